// `check --format json`: the findings and summary exactly as ARCHITECTURE.md's contract, plus what was suppressed.
import type { Artifact, BaseSource, FileBase } from '../change/model.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { type Diagnostic, entityKey, type ParseNote } from '../policy/model.js';
import type { CheckSummary, Finding } from '../rules/model.js';
import { ruleHelpUri } from '../rules/types.js';
import { jsonDocument } from './json-chunks.js';
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
    // Action sets write their names (JSON.stringify, or jsonChunks from the bits).
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
  return [...jsonReportChunks(result)].join('');
}

/**
 * `renderJson` in pieces, a finding or an entity at a time, for a front door that writes as it goes: a change that
 * widens 2,000 roles to `*` makes 900,000 findings and lists 22,000 actions for each role.
 */
export function* jsonReportChunks(result: CheckReportInput): Generator<string> {
  const touched = new Set(result.touched ?? []);
  const body = {
    findings: result.findings,
    summary: result.summary,
    ...(result.entities ? { entities: result.entities } : {}),
    ...(result.bases ? { bases: result.bases } : {}),
    ...(result.artifacts ? { artifacts: result.artifacts } : {}),
    ...(result.baseNotices ? { baseNotices: result.baseNotices } : {}),
    suppressed: result.suppressed,
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
    managedPolicies: managedPolicySources(result),
  };
  const pieces = jsonDocument(body, {
    findings: contractFinding,
    entities: (g: GrantedEntity) => contractEntity(g, result, touched),
    suppressed: (f: Finding & { reason: string }) => ({ ...contractFinding(f), reason: f.reason }),
  });
  // A piece ends between items, so no `##[` is cut in two.
  for (const piece of pieces) yield inertJson(piece);
}
