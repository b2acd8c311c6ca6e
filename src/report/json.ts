// `check --format json`: the findings and summary exactly as ARCHITECTURE.md's contract, plus what was suppressed.
import type { Artifact, BaseSource, FileBase } from '../change/model.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { type Diagnostic, entityKey, type ParseNote } from '../policy/model.js';
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
  /** With these, the report lists every entity with where its base came from, and (for the touched ones) where
   * the documents of their attached managed policies came from. */
  entities?: GrantedEntity[];
  baseSources?: Record<string, BaseSource>;
  touched?: string[];
  bases?: FileBase[];
  artifacts?: Artifact[];
  /** Notes on single entities (no base from any source, new to the base but known to IAM). */
  baseNotices?: { file: string; line: number; entity: string; message: string }[];
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

/** One entity as `grants --format json` has it, with `baseSource` and whether the change touches it. */
function contractEntity(g: GrantedEntity, result: CheckReportInput, touched: ReadonlySet<string>) {
  const key = entityKey(g.entity);
  return {
    id: g.entity.id,
    kind: g.entity.kind,
    file: g.entity.file,
    line: g.entity.line,
    name: g.entity.name,
    arn: g.entity.arn,
    services: g.grants.services,
    actions: g.grants.actions,
    base: g.base ? { services: g.base.services, actions: g.base.actions } : null,
    baseSource: result.baseSources?.[key] ?? 'none',
    touched: touched.has(key),
  };
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

export function renderJson(result: CheckReportInput): string {
  const touched = new Set(result.touched ?? []);
  const body = {
    findings: result.findings.map(contractFinding),
    summary: result.summary,
    ...(result.entities ? { entities: result.entities.map((g) => contractEntity(g, result, touched)) } : {}),
    ...(result.bases ? { bases: result.bases } : {}),
    ...(result.artifacts ? { artifacts: result.artifacts } : {}),
    ...(result.baseNotices ? { baseNotices: result.baseNotices } : {}),
    suppressed: result.suppressed.map((f) => ({ ...contractFinding(f), reason: f.reason })),
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
    managedPolicies: managedPolicySources(result),
  };
  return `${inertJson(JSON.stringify(body, null, 2))}\n`;
}
