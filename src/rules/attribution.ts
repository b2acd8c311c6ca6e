// Where a finding points: the action string that grants it, else its statement, else the entity.
import type { GrantSet } from '../policy/grants.types.js';
import type { SourceLocation } from '../policy/model.js';
import type { RuleId, Severity } from './model.js';
import type { RuleFinding, RuleInput } from './types.js';

export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

const byService = new WeakMap<GrantSet, Map<string, string[]>>();

/** Granted actions of one service, in catalog spelling (grouped once per grant set). */
export function actionsOfService(grants: GrantSet, service: string): string[] {
  let groups = byService.get(grants);
  if (!groups) {
    groups = new Map();
    for (const action of grants.actions) {
      const key = serviceOf(action);
      const list = groups.get(key);
      if (list) list.push(action);
      else groups.set(key, [action]);
    }
    byService.set(grants, groups);
  }
  return groups.get(service) ?? [];
}

function earliest(locations: SourceLocation[]): SourceLocation | null {
  let best: SourceLocation | null = null;
  for (const location of locations) {
    if (!best || location.file < best.file || (location.file === best.file && location.line < best.line)) {
      best = location;
    }
  }
  return best;
}

/** The first place that grants any of `actions` (falls back to the entity's declaration). */
export function locate(input: RuleInput, actions: string[]): { file: string; line: number } {
  const { grants, entity } = input.granted;
  const found = earliest(
    actions.flatMap((action) => (grants.sources[action] ? [grants.sources[action]] : [])),
  );
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}

export function entityLocation(input: RuleInput): { file: string; line: number } {
  return { file: input.granted.entity.file, line: input.granted.entity.line };
}

export interface FindingParts {
  service?: string | null;
  action?: string | null;
  location: { file: string; line: number };
  lastAccessed?: string | null;
  message: string;
  /** The granted actions the finding is about (see `RuleFinding`); none for findings about the entity itself. */
  grantedActions?: readonly string[];
  /** Or the places in the code it is about (`file#path`). */
  codePaths?: readonly string[];
}

/** A rule's id is a plain string here, so a rule file can name itself before the registry knows it. */
export function makeFinding(
  rule: string,
  severity: Severity,
  input: RuleInput,
  parts: FindingParts,
): RuleFinding {
  const { entity } = input.granted;
  return {
    rule: rule as RuleId,
    severity,
    entity: { id: entity.id, kind: entity.kind, arn: input.usage?.arn ?? entity.arn },
    service: parts.service ?? null,
    action: parts.action ?? null,
    file: parts.location.file,
    line: parts.location.line,
    lastAccessed: parts.lastAccessed ?? null,
    message: parts.message,
    suggestion: null,
    ...(parts.grantedActions ? { grantedActions: parts.grantedActions } : {}),
    ...(parts.codePaths ? { codePaths: parts.codePaths } : {}),
  };
}

export function entityLabel(input: RuleInput): string {
  const { entity } = input.granted;
  return `${entity.kind} ${entity.id}`;
}

/** The options of every rule that judges use within a window: its own `unusedDays`, else the top-level one. */
export const UNUSED_DAYS_OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: { unusedDays: { type: 'integer', minimum: 1, maximum: 400 } },
} as const;

/** The rule's own `unusedDays` option, else the configuration's. */
export function unusedDaysOf(input: RuleInput): number {
  const own = input.options['unusedDays'];
  return typeof own === 'number' ? own : input.settings.unusedDays;
}

/** A service the code did not grant `unusedDays` ago was added recently: it cannot be unused for that long yet. */
export function addedRecently(input: RuleInput, service: string): boolean {
  const historic = input.historic;
  return historic != null && !historic.services.includes(service);
}

export function addedRecentlyAction(input: RuleInput, action: string): boolean {
  const historic = input.historic;
  return historic != null && !historic.actions.includes(action);
}

/** " Granted in AWS by inline policy app." when IAM said which deployed policies grant the service. */
export function grantedByNote(input: RuleInput, service: string): string {
  const policies = input.usage?.policiesGranting?.[service] ?? [];
  if (policies.length === 0) return '';
  const names = policies.map(
    (p) => `${p.PolicyType === 'INLINE' ? 'inline' : 'managed'} policy ${p.PolicyName}`,
  );
  return ` Granted in AWS by ${listSome([...new Set(names)], 3)}.`;
}

export function listSome(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
