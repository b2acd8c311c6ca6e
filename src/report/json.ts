// `check --format json`: the findings and summary exactly as ARCHITECTURE.md's contract, plus what was suppressed.
import type { GrantedEntity } from '../policy/grants.types.js';
import { type Diagnostic, entityKey, type ParseNote } from '../policy/model.js';
import type { CheckSummary, Finding } from '../rules/model.js';
import { jsonDocument } from './json-chunks.js';

export interface CheckReportInput {
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  summary: CheckSummary;
  diagnostics: Diagnostic[];
  usageUnavailable: string | null;
  /** Documents left out on purpose (resource-based policies). */
  notes?: ParseNote[];
  /** With `touched`: where the managed policy documents of the touched entities came from. */
  entities?: GrantedEntity[];
  touched?: string[];
}

/** For each touched entity's attached managed policy: where its document came from (null: nowhere). */
function managedPolicySources(result: CheckReportInput) {
  const touched = new Set(result.touched ?? []);
  return (result.entities ?? [])
    .filter((g) => touched.has(entityKey(g.entity)))
    .flatMap(({ entity, grants }) =>
      Object.entries(grants.managedPolicySources ?? {}).map(([arn, source]) => ({
        entity: entity.id,
        file: entity.file,
        arn,
        source,
      })),
    );
}

function contractFinding(f: Finding): Finding {
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
  };
}

export function renderJson(result: CheckReportInput): string {
  return [...jsonReportChunks(result)].join('');
}

/** `renderJson` in pieces, a finding at a time, for a front door that writes as it goes. */
export function jsonReportChunks(result: CheckReportInput): Generator<string> {
  const body = {
    findings: result.findings,
    summary: result.summary,
    suppressed: result.suppressed,
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
    managedPolicies: managedPolicySources(result),
  };
  return jsonDocument(body, {
    findings: contractFinding,
    suppressed: (f: Finding & { reason: string }) => ({ ...contractFinding(f), reason: f.reason }),
  });
}
