// Where a finding points: the action string that grants it, else its statement, else the entity.
import {
  type ActionSet,
  actionNames,
  actionSetOfNames,
  forEachIndex,
  hasAction,
  actionsOfService as serviceActions,
  serviceRange,
} from '../policy/action-set.js';
import { earliestSource, earliestSourceIn, sourceOf } from '../policy/grants.js';
import type { GrantSet } from '../policy/grants.types.js';
import type { Finding, RuleId, Severity } from './model.js';
import type { RuleFinding, RuleInput } from './types.js';
import { type UsageView, usageView } from './usage-view.js';

export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

/** Granted actions of one service (a slice of the grant set's bits). */
export function actionsOfService(grants: GrantSet, service: string): ActionSet {
  return serviceActions(grants.actions, service);
}

/** One granted action as a set, in the numbering of `actions` (what a finding about that action is about). */
export function oneAction(actions: ActionSet, action: string): ActionSet {
  return actionSetOfNames(actions.space, [action]).set;
}

/**
 * The names of the set's actions of these services, in catalog order (the order of a full listing), reading only
 * those services' bits: a rule that judges tracked actions looks at the few services a report tracks.
 */
export function actionNamesOfServices(set: ActionSet, services: Iterable<string>): string[] {
  const { space } = set;
  const ranges: [number, number][] = [];
  for (const service of new Set(services)) {
    const range = serviceRange(space, service);
    if (range) ranges.push(range);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const names: string[] = [];
  for (const [start, end] of ranges) forEachIndex(set, (i) => names.push(space.names[i]!), start, end);
  return names;
}

/** The first place that grants any of `actions` (falls back to the entity's declaration). */
export function locate(input: RuleInput, actions: ActionSet): { file: string; line: number } {
  const { grants, entity } = input.granted;
  const found = actions.size === 0 ? null : earliestSource(grants, actions);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}

/**
 * The first place that grants any action of `service` (falls back to the entity's declaration), building no set
 * and no object: a finding copies the file and line.
 */
export function locateService(
  input: RuleInput,
  service: string,
): { readonly file: string; readonly line: number } {
  const { grants, entity } = input.granted;
  const { space } = grants.actions;
  const id = space.serviceId(service);
  const found =
    id === undefined ? null : earliestSourceIn(grants, space.serviceStart[id]!, space.serviceEnd[id]!);
  return found ?? entity;
}

/** Where one granted action is written (falls back to the entity's declaration). */
export function locateAction(input: RuleInput, action: string): { file: string; line: number } {
  const { grants, entity } = input.granted;
  const found = sourceOf(grants, action);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}

export function entityLocation(input: RuleInput): { file: string; line: number } {
  return { file: input.granted.entity.file, line: input.granted.entity.line };
}

export interface FindingParts {
  service?: string | null;
  action?: string | null;
  location: { readonly file: string; readonly line: number };
  lastAccessed?: string | null;
  /**
   * The message, or its two halves when many findings share each half (one per service, one per entity): the join
   * is then kept as a pair of references (32 bytes in V8) rather than a copy of the text (see `makeFinding`).
   */
  message: string | readonly [string, string];
  /** The granted actions the finding is about (see `RuleFinding`); none for findings about the entity itself. */
  grantedActions?: ActionSet;
  /** Or: every granted action of this service (see `RuleFinding`). */
  grantedService?: string;
  /** Or the places in the code it is about (`file#path`). */
  codePaths?: readonly string[];
}

// A grant of `*` makes a finding per service (400+ per entity): what every finding of an entity repeats is one
// frozen object, and each message is stored flat, or as two shared halves.
const findingEntities = new WeakMap<RuleInput['granted'], Finding['entity']>();

function findingEntity(input: RuleInput): Finding['entity'] {
  const { entity } = input.granted;
  const arn = input.usage?.arn ?? entity.arn;
  let shared = findingEntities.get(input.granted);
  if (!shared || shared.arn !== arn) {
    shared = Object.freeze({ id: entity.id, kind: entity.kind, arn });
    findingEntities.set(input.granted, shared);
  }
  return shared;
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text as one flat string. A message built from template parts is held by V8 as a tree of pieces, about
 * 200 bytes for 85 characters against 120 flat; the latin1 round trip writes it out (it is exact for latin1 text,
 * and other text is kept as it is).
 */
function flat(text: string): string {
  return text.length > 12 && !BEYOND_LATIN1.test(text)
    ? Buffer.from(text, 'latin1').toString('latin1')
    : text;
}

/** A rule's id is a plain string here, so a rule file can name itself before the registry knows it. */
export function makeFinding(
  rule: string,
  severity: Severity,
  input: RuleInput,
  parts: FindingParts,
): RuleFinding {
  const finding: RuleFinding = {
    rule: rule as RuleId,
    severity,
    entity: findingEntity(input),
    service: parts.service ?? null,
    action: parts.action ?? null,
    file: parts.location.file,
    line: parts.location.line,
    lastAccessed: parts.lastAccessed ?? null,
    message: typeof parts.message === 'string' ? flat(parts.message) : parts.message[0] + parts.message[1],
    suggestion: null,
  };
  if (parts.grantedActions) finding.grantedActions = parts.grantedActions;
  if (parts.grantedService) finding.grantedService = parts.grantedService;
  if (parts.codePaths) finding.codePaths = parts.codePaths;
  return finding;
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
  return historic != null && !hasAction(historic.actions, action);
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

/**
 * What a rule about unused grants judges by: its window (`unusedDays`, the rule's own or the configuration's) and
 * the usage seen in it; null without a report, or for an entity younger than the window (it cannot be unused yet).
 */
export function unusedWindow(input: RuleInput): { days: number; view: UsageView } | null {
  const days = unusedDaysOf(input);
  const view = usageView(input.usage, days, input.now);
  return view && !view.young ? { days, view } : null;
}

/** `listSome` of an action set's names (in catalog order), reading only the names it shows. */
export function listSomeActions(actions: ActionSet, max = 5): string {
  const shown = actionNames(actions, max + 1);
  if (shown.length <= max) return shown.join(', ');
  return `${shown.slice(0, max).join(', ')} and ${actions.size - max} more`;
}
