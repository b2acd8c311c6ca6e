// Least privilege per statement: from what the rules found unused for each entity, the `Action` list each statement
// should have, so a fix (the CLI's `fix`, the action's review suggestions) edits the statement the code wrote.
import {
  type ActionSet,
  actionNames,
  actionSetOfNames,
  actionsInRange,
  actionsOfService,
  countOfService,
  denseBits,
  difference,
  emptyActionSet,
  indexOfAction,
  intersection,
  patternActions,
  serviceRange,
  servicesOf,
  union,
} from '../policy/action-set.js';
import { type ActionCatalog, loadCatalog } from '../policy/catalog.js';
import type { ActionSpace } from '../policy/catalog-index.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { type EntityKind, entityKey, type SourceFormat, type Statement } from '../policy/model.js';
import type { Finding } from './model.js';

/** What the rules found unused for one entity, after suppressions and ignores: what a fix may take away. */
export interface UnusedGrants {
  /** Lower-case service prefixes not used within the window (`unused-service`, `widened-unused-service`). */
  services: string[];
  /** Lower-case `service:action` tracked actions not used within the window (`unused-action`, `widened-unused-action`). */
  actions: string[];
}

export const NOTHING_UNUSED: UnusedGrants = Object.freeze({ services: [], actions: [] }) as UnusedGrants;

/** The unused grants the (unsuppressed, unfolded) findings of one entity name. */
export function unusedGrantsOf(findings: readonly Finding[]): UnusedGrants {
  const services = new Set<string>();
  const actions = new Set<string>();
  for (const finding of findings) {
    if (!finding.service) continue;
    if (finding.rule === 'unused-service' || finding.rule === 'widened-unused-service') {
      services.add(finding.service.toLowerCase());
    } else if (
      (finding.rule === 'unused-action' || finding.rule === 'widened-unused-action') &&
      finding.action
    ) {
      actions.add(finding.action.toLowerCase());
    }
  }
  if (services.size === 0 && actions.size === 0) return NOTHING_UNUSED;
  return { services: [...services].sort(), actions: [...actions].sort() };
}

/** One statement's least-privilege `Action` list. */
export interface StatementEdit {
  /** Where the statement is written (its file, line and path, as the reader located it). */
  file: string;
  line: number;
  path: string;
  format: SourceFormat;
  /** The entities that hold the statement (a policy attached to several roles names them all). */
  entities: { id: string; kind: EntityKind }[];
  /** The `Action` patterns as written, in order. */
  written: string[];
  /**
   * The new `Action` list, in the written order: patterns kept as written, a pattern that grants some unused
   * actions narrowed to the rest (catalog spelling). Empty: the statement grants nothing used and goes.
   */
  actions: string[];
  /** Catalog actions the statement no longer grants, sorted. */
  removed: string[];
  /** Why no tool can make the edit in this file (NotAction, a generated file); null when the file can be edited. */
  manual: string | null;
}

interface Holding {
  statement: Statement;
  holders: GrantedEntity[];
}

/**
 * The statements whose grants the rules found unused, each with its new `Action` list. An action is removed from a
 * statement only when every entity that holds the statement has it unused: a policy shared by two roles keeps what
 * either uses. Patterns that match nothing in the catalog stay (nobody can judge them), and so does everything of a
 * service the report does not list (it is too new to judge).
 */
export function planStatementEdits(
  entities: readonly GrantedEntity[],
  unused: ReadonlyMap<string, UnusedGrants>,
  catalog: ActionCatalog = loadCatalog(),
): StatementEdit[] {
  const holdings = new Map<string, Holding>();
  for (const granted of entities) {
    for (const statement of granted.entity.statements) {
      const key = `${statement.location.file}\u0000${statement.location.path}`;
      const holding = holdings.get(key);
      if (holding) {
        if (!holding.holders.includes(granted)) holding.holders.push(granted);
      } else holdings.set(key, { statement, holders: [granted] });
    }
  }
  const edits: StatementEdit[] = [];
  for (const { statement, holders } of holdings.values()) {
    if (statement.effect !== 'Allow') continue;
    const sets = holders.map((h) => unused.get(entityKey(h.entity)) ?? NOTHING_UNUSED);
    if (sets.some((s) => s.services.length === 0 && s.actions.length === 0)) continue;
    const edit = statement.actions
      ? actionEdit(statement, holders, sets, catalog)
      : notActionEdit(statement, holders, sets);
    if (edit) edits.push(edit);
  }
  return edits.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.path.localeCompare(b.path),
  );
}

function base(statement: Statement, holders: GrantedEntity[]): Omit<StatementEdit, 'actions' | 'removed'> {
  const format = holders[0]!.entity.format;
  return {
    file: statement.location.file,
    line: statement.location.line,
    path: statement.location.path,
    format,
    entities: holders.map((h) => ({ id: h.entity.id, kind: h.entity.kind })),
    written: (statement.actions ?? []).map((a) => a.pattern),
    manual: generatedReason(format, holders),
  };
}

/** A CDK template or a Terraform plan is generated: the edit belongs in the code it was generated from. */
function generatedReason(format: SourceFormat, holders: GrantedEntity[]): string | null {
  if (format === 'cdk') {
    const where = holders.map((h) => h.entity.constructPath).find((p) => p);
    return `the template is synthesized by CDK: change the construct that grants it${where ? ` (${where})` : ''} and synthesize again`;
  }
  if (format === 'terraform') {
    return 'the plan is generated by Terraform: change the policy in the .tf source and plan again';
  }
  return null;
}

function actionEdit(
  statement: Statement,
  holders: GrantedEntity[],
  sets: UnusedGrants[],
  catalog: ActionCatalog,
): StatementEdit | null {
  const space = holders[0]!.grants.actions.space;
  const dropped = droppedSet(space, sets);
  const out: string[] = [];
  let removed = emptyActionSet(space);
  let changed = false;
  for (const { pattern } of statement.actions ?? []) {
    const expansion = patternActions(space, pattern.trim());
    // Unknown to the catalog (a typo, or newer than it): nobody can judge it, so it stays.
    if (!expansion) {
      out.push(pattern);
      continue;
    }
    const kept = difference(expansion, dropped);
    if (kept.size === expansion.size) {
      out.push(pattern);
      continue;
    }
    changed = true;
    removed = union(removed, intersection(expansion, dropped));
    out.push(...narrowed(pattern.trim(), kept, expansion));
  }
  if (!changed) return null;
  return {
    ...base(statement, holders),
    actions: dedupe(out, space, catalog),
    removed: actionNames(removed).sort(),
  };
}

/**
 * The actions every holder has unused, as a set: the whole range of each unused service, and each unused tracked
 * action. Worked on as bits, so a statement of `*` (22,000 actions) costs what a narrow one does.
 */
function droppedSet(space: ActionSpace, sets: readonly UnusedGrants[]): ActionSet {
  let dropped: ActionSet | null = null;
  for (const unused of sets) {
    let mine = actionSetOfNames(space, unused.actions).set;
    for (const service of unused.services) {
      const range = serviceRange(space, service);
      if (range) mine = union(mine, actionsInRange(everything(space), range[0], range[1]));
    }
    dropped = dropped ? intersection(dropped, mine) : mine;
  }
  return dropped ?? emptyActionSet(space);
}

const everyAction = new WeakMap<ActionSpace, ActionSet>();

/** The set of every action of the space (built once per space). */
function everything(space: ActionSpace): ActionSet {
  let all = everyAction.get(space);
  if (!all) {
    all = patternActions(space, '*') ?? emptyActionSet(space);
    everyAction.set(space, all);
  }
  return all;
}

/** part → service → `service:part`, one string per pair for the run, found without building the string. */
const servicePatterns = new Map<string, Map<string, string>>();
let servicePatternCount = 0;

/** `service:part`, one string per pair for the run: a `*` narrowed per service writes 400+ of them per statement. */
function servicePattern(service: string, part: string): string {
  let byService = servicePatterns.get(part);
  if (!byService) {
    byService = new Map();
    servicePatterns.set(part, byService);
  }
  let pattern = byService.get(service);
  if (pattern === undefined) {
    pattern = `${service}:${part}`;
    if (servicePatternCount < 100_000) {
      byService.set(service, pattern);
      servicePatternCount++;
    }
  }
  return pattern;
}

/**
 * The rest of a pattern once some of its actions go: per service, the pattern's own action part when the whole of
 * that service's share survives (`*` → `s3:*`, `s*:Get*` → `s3:Get*`), else the surviving actions one by one.
 */
function narrowed(pattern: string, kept: ActionSet, all: ActionSet): string[] {
  const parts = pattern === '*' ? ['*', '*'] : pattern.split(':');
  const perService = parts.length === 2 && /[*?]/.test(parts[0]!);
  if (!perService) return actionNames(kept);
  const out: string[] = [];
  for (const service of servicesOf(kept)) {
    const count = countOfService(kept, service);
    const whole = count === countOfService(all, service);
    const candidate = servicePattern(service, parts[1]!);
    // The narrower pattern must grant exactly the survivors of that service.
    const exact = whole && patternActions(kept.space, candidate)?.size === count;
    if (exact) out.push(candidate);
    else out.push(...actionNames(actionsOfService(kept, service)));
  }
  return out;
}

/** Each pattern once (as IAM compares them, case-insensitively), and no explicit action another kept pattern grants. */
function dedupe(patterns: string[], space: ActionSpace, catalog: ActionCatalog): string[] {
  const seen = new Set<string>();
  const wildcards = patterns.filter((p) => /[*?]/.test(p));
  // What the kept wildcards grant, as one bit array (a `*` narrowed per service leaves hundreds of them).
  const covered = denseBits(space);
  for (const w of wildcards) {
    const set = patternActions(space, w);
    if (set) for (let k = 0; k < set.words.length; k++) covered[set.offset + k]! |= set.words[k]!;
  }
  const grantedByWildcard = (i: number) => (covered[i >>> 5]! & (1 << (i & 31))) !== 0;
  return patterns.filter((pattern) => {
    const lower = pattern.toLowerCase();
    if (seen.has(lower)) return false;
    seen.add(lower);
    if (/[*?]/.test(pattern)) return true;
    // An action the catalog knows is covered when a kept wildcard grants it; one it does not know, by matching.
    const index = indexOfAction(space, pattern);
    if (index !== undefined) return !grantedByWildcard(index);
    return !wildcards.some((w) => catalog.matches(w, pattern));
  });
}

/** A `NotAction` Allow cannot be narrowed in place: say which unused services it grants, for a manual rewrite. */
function notActionEdit(
  statement: Statement,
  holders: GrantedEntity[],
  sets: UnusedGrants[],
): StatementEdit | null {
  const space = holders[0]!.grants.actions.space;
  let excluded = emptyActionSet(space);
  for (const { pattern } of statement.notActions ?? []) {
    excluded = union(excluded, patternActions(space, pattern.trim()) ?? emptyActionSet(space));
  }
  const gone = difference(droppedSet(space, sets), excluded);
  if (gone.size === 0) return null;
  const unusedServices = servicesOf(gone);
  return {
    ...base(statement, holders),
    actions: [],
    removed: unusedServices.flatMap((service) => actionNames(actionsOfService(gone, service))),
    manual: `the statement grants with NotAction, which cannot be narrowed in place: rewrite it with an Action list, or add ${unusedServices.map((s) => `${s}:*`).join(', ')} to its NotAction`,
  };
}
