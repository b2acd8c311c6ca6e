// `check --format json`: the findings and summary exactly as ARCHITECTURE.md's contract, plus what was suppressed.
import type { Diagnostic, ParseNote } from '../policy/model.js';
import type { CheckSummary, Finding } from '../rules/model.js';
import { ruleHelpUri } from '../rules/types.js';
import { inertJson } from './terminal.js';

export interface CheckReportInput {
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  summary: CheckSummary;
  diagnostics: Diagnostic[];
  usageUnavailable: string | null;
  /** Documents left out on purpose (resource-based policies). */
  notes?: ParseNote[];
}

/** The contract's fields, in its order, plus the link to the rule's page. */
function contractFinding(f: Finding): Finding & { helpUri: string } {
  return {
    rule: f.rule,
    severity: f.severity,
    entity: { id: f.entity.id, kind: f.entity.kind, arn: f.entity.arn },
    service: f.service,
    action: f.action,
    file: f.file,
    line: f.line,
    lastAccessed: f.lastAccessed,
    message: f.message,
    suggestion: f.suggestion,
    helpUri: ruleHelpUri(f.rule),
  };
}

export function renderJson(result: CheckReportInput): string {
  const body = {
    findings: result.findings.map(contractFinding),
    summary: result.summary,
    suppressed: result.suppressed.map((f) => ({ ...contractFinding(f), reason: f.reason })),
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
  };
  return `${inertJson(JSON.stringify(body, null, 2))}\n`;
}
