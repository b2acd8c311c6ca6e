// What each entity grants: its statements' Action/NotAction expanded against the catalog, minus unconditional Deny,
// held as action sets (bits over the catalog's action index), so the width of a grant costs nothing.

import {
  type ActionSet,
  actionSetFromBits,
  actionSetFromWords,
  actionSetOfIndexes,
  countInRange,
  denseBits,
  difference,
  hasAction,
  indexOfAction,
  intersection,
  intersects,
  patternActions as patternSet,
  servicesOf,
} from './action-set.js';
import { type ActionCatalog, loadCatalog } from './catalog.js';
import { type ActionSpace, actionSpace } from './catalog-index.js';
import type { ActionSource, GrantedEntity, GrantSet } from './grants.types.js';
import { type BundledPolicies, bundledDocument, isAwsManagedPolicyArn } from './managed-policies.js';
import {
  type Diagnostic,
  type Entity,
  entityKey,
  type ParseResult,
  type SourceLocation,
  type Statement,
} from './model.js';
import { statementsFromDocument } from './statements.js';

export interface GrantOptions {
  catalog?: ActionCatalog;
  /** AWS-managed or external policy documents by ARN (from AWS or a snapshot); attached ARNs found here are expanded. */
  managedPolicyDocuments?: ReadonlyMap<string, unknown>;
  /** Where `managedPolicyDocuments` came from: `live` or `snapshot` (default `live`). */
  managedPolicySource?: string;
  /** AWS-managed policy documents bundled at build time: used for ARNs the other sources lack. */
  bundledPolicies?: BundledPolicies | null;
  /** Whether to say where each action is granted (`sources`; default true): grants compared only need not. */
  attribute?: boolean;
}

export interface GrantDiff {
  addedServices: string[];
  addedActions: ActionSet;
  removedServices: string[];
  removedActions: ActionSet;
}

/**
 * Expands everything an entity grants.
 * - `Action` patterns match case-insensitively with `*` and `?`; the first pattern (in statement order) that grants
 *   an action is its source.
 * - `NotAction` with Allow grants every catalog action the patterns do not match; its source is the statement.
 * - An Allow with a `Condition` or a narrower `Resource` still grants: the code allows the action in some case.
 * - Only a Deny with no `Condition` on every resource (`allResources`) that applies in every deployment (not
 *   `conditional`) subtracts; a conditional, resource-scoped or principal-scoped Deny leaves the grant in place,
 *   because the action stays allowed somewhere.
 * - Patterns matching nothing are kept as written in `unknownActions` (removed only when a subtracting Deny covers
 *   them); their service counts in `services` when the catalog knows the prefix (most likely an action newer than
 *   the catalog), not otherwise.
 */
export function grantsOf(entity: Entity, options: GrantOptions = {}): GrantSet {
  const catalog = options.catalog ?? loadCatalog();
  const space = actionSpace(catalog);
  const documents = documentLookup(options);
  const managed = managedPolicyStatements(entity, documents);
  const statements =
    managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];

  let expansion = expandStatements(space, catalog, statements);
  const boundary = boundaryOf(entity, documents);
  if (boundary.statements) {
    // A boundary caps what the identity's policies allow: effective grants are the intersection.
    expansion = restrict(expansion, expandStatements(space, catalog, boundary.statements).actions);
  }
  const { actions, services, unknownActions } = expansion;
  const unknownActionSources: Record<string, SourceLocation> = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written)!;

  const grants: GrantSet = {
    services,
    actions,
    unknownActions,
    sources: options.attribute === false ? [] : sourcesOf(space, statements, actions),
    unknownActionSources,
  };
  const diagnostics = [...managed.diagnostics, ...boundary.diagnostics];
  if (diagnostics.length > 0) grants.diagnostics = diagnostics;
  if (entity.managedPolicyArns.length > 0) grants.managedPolicySources = managed.sources;
  if (entity.permissionsBoundary) {
    grants.boundary = {
      arn: entity.permissionsBoundary.arn,
      source: boundary.source,
      applied: boundary.statements !== null,
    };
  }
  return grants;
}

/**
 * A grant set from action names and where each is written: the constructor for grants not read from statements
 * (tests, library callers); `grantsOf` is the one for entities. Names the catalog does not know are kept in
 * `unknownActions`, and their service counts when the catalog knows the prefix, as `grantsOf` does.
 */
export function grantSetOf(
  written: Readonly<Record<string, SourceLocation>>,
  options: { catalog?: ActionCatalog } = {},
): GrantSet {
  const catalog = options.catalog ?? loadCatalog();
  const space = actionSpace(catalog);
  const byPlace = new Map<string, { location: SourceLocation; indexes: number[] }>();
  const known: number[] = [];
  const unknown = new Set<string>();
  const unknownActionSources: Record<string, SourceLocation> = {};
  for (const [name, location] of Object.entries(written)) {
    const i = indexOfAction(space, name);
    if (i === undefined) {
      unknown.add(name);
      unknownActionSources[name] = location;
      continue;
    }
    known.push(i);
    const place = `${location.file}\u0000${location.line}\u0000${location.path}`;
    const entry = byPlace.get(place) ?? { location, indexes: [] };
    entry.indexes.push(i);
    byPlace.set(place, entry);
  }
  const { actions, services, unknownActions } = summarize(catalog, actionSetOfIndexes(space, known), unknown);
  return {
    services,
    actions,
    unknownActions,
    sources: [...byPlace.values()].map(({ location, indexes }) => ({
      location,
      actions: actionSetOfIndexes(space, indexes),
    })),
    unknownActionSources,
  };
}

/** `earliestSource` of the granted actions whose index is in [start, end) (one service's range), building no set. */
export function earliestSourceIn(grants: GrantSet, start: number, end: number): SourceLocation | null {
  let best: SourceLocation | null = null;
  for (const { location, actions } of grants.sources) {
    if (best && (location.file > best.file || (location.file === best.file && location.line >= best.line))) {
      continue;
    }
    if (countInRange(actions, start, end) > 0) best = location;
  }
  return best;
}

/** Where one granted action is written; undefined when the set does not grant it. */
export function sourceOf(grants: GrantSet, action: string): SourceLocation | undefined {
  return grants.sources.find((source) => hasAction(source.actions, action))?.location;
}

/**
 * The earliest place (by file, then line) that grants any of `actions`; null when the set grants none of them. What
 * a finding about several actions points at.
 */
export function earliestSource(grants: GrantSet, actions: ActionSet): SourceLocation | null {
  let best: SourceLocation | null = null;
  for (const { location, actions: granted } of grants.sources) {
    if (best && (location.file > best.file || (location.file === best.file && location.line >= best.line))) {
      continue;
    }
    if (intersects(granted, actions)) best = location;
  }
  return best;
}

/** A document by ARN from AWS or a snapshot, else the bundled AWS-managed ones, with where it came from. */
type DocumentLookup = (arn: string) => { document: unknown; source: string } | null;

function documentLookup(options: GrantOptions): DocumentLookup {
  const given = options.managedPolicyDocuments;
  const label = options.managedPolicySource ?? 'live';
  const bundled = options.bundledPolicies ?? null;
  return (arn) => {
    if (given?.has(arn)) return { document: given.get(arn), source: label };
    if (bundled && isAwsManagedPolicyArn(arn)) {
      const document = bundledDocument(bundled, arn);
      if (document !== undefined) return { document, source: bundled.label };
    }
    return null;
  };
}

/** The boundary's statements (same file, or by ARN from a document source), or null when they are not known. */
function boundaryOf(
  entity: Entity,
  documents: DocumentLookup,
): { statements: Statement[] | null; source: string | null; diagnostics: Diagnostic[] } {
  const boundary = entity.permissionsBoundary;
  if (!boundary) return { statements: null, source: null, diagnostics: [] };
  if (boundary.statements) return { statements: boundary.statements, source: 'code', diagnostics: [] };
  const found = boundary.arn ? documents(boundary.arn) : null;
  if (!found) return { statements: null, source: null, diagnostics: [] };
  const name = boundary.arn!.slice(boundary.arn!.lastIndexOf('/') + 1);
  const read = statementsFromDocument(found.document, boundary.location, name);
  const diagnostics = read.diagnostics.map((d) => ({
    ...d,
    message: `permissions boundary ${boundary.arn}: ${d.message}`,
    entity: entity.id,
  }));
  // A boundary document that cannot be read caps nothing that can be counted: grants are shown without it.
  return { statements: diagnostics.length > 0 ? null : read.statements, source: found.source, diagnostics };
}

/** The expansion keeping only the actions `allowed` holds (unknown strings stay: they cannot be matched). */
function restrict(expansion: Expansion, allowed: ActionSet): Expansion {
  const actions = intersection(expansion.actions, allowed);
  const services = servicesOf(actions);
  const unknownServices = expansion.services.filter(
    (service) =>
      !services.includes(service) &&
      expansion.unknownActions.some((a) => a.toLowerCase().startsWith(`${service}:`)),
  );
  return {
    actions,
    services: [...services, ...unknownServices].sort(),
    unknownActions: expansion.unknownActions,
  };
}

/**
 * Grants of every head entity, with its base grants matched by `file#id`: `base` is null when no base was read
 * or the entity is not at base.
 */
export function collectGrants(
  head: ParseResult,
  base: ParseResult | null,
  options: GrantOptions = {},
): GrantedEntity[] {
  const baseEntities = new Map<string, Entity>();
  for (const entity of base?.entities ?? []) baseEntities.set(entityKey(entity), entity);
  return head.entities.map((entity) => {
    const atBase = baseEntities.get(entityKey(entity));
    return { entity, grants: grantsOf(entity, options), base: atBase ? grantsOf(atBase, options) : null };
  });
}

/** What head grants that base did not, and the reverse; a null base (new entity) makes everything added. */
export function grantDiff(grants: GrantSet, base: GrantSet | null): GrantDiff {
  if (!base) {
    return {
      addedServices: [...grants.services],
      addedActions: grants.actions,
      removedServices: [],
      removedActions: difference(grants.actions, grants.actions),
    };
  }
  return {
    addedServices: without(grants.services, base.services),
    addedActions: difference(grants.actions, base.actions),
    removedServices: without(base.services, grants.services),
    removedActions: difference(base.actions, grants.actions),
  };
}

/** Statements of attached managed policies whose documents were found; other ARNs stay listed, unexpanded. */
function managedPolicyStatements(
  entity: Entity,
  documents: DocumentLookup,
): { statements: Statement[]; diagnostics: Diagnostic[]; sources: Record<string, string | null> } {
  const statements: Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources: Record<string, string | null> = {};
  for (const arn of entity.managedPolicyArns) {
    const found = documents(arn);
    sources[arn] = found?.source ?? null;
    if (!found) continue;
    // The attachment is what a reviewer would edit, so the entity's own location stands for the managed policy.
    const at: SourceLocation = { file: entity.file, line: entity.line, path: entity.path };
    const policyName = arn.slice(arn.lastIndexOf('/') + 1) || arn;
    const read = statementsFromDocument(found.document, at, policyName);
    statements.push(...read.statements);
    for (const diagnostic of read.diagnostics) {
      diagnostics.push({
        ...diagnostic,
        message: `managed policy ${arn}: ${diagnostic.message}`,
        entity: entity.id,
      });
    }
  }
  return { statements, diagnostics, sources };
}

interface Expansion {
  actions: ActionSet;
  services: string[];
  unknownActions: string[];
}

function orInto(dense: Uint32Array, set: ActionSet): void {
  const { words, offset } = set;
  for (let k = 0; k < words.length; k++) dense[offset + k]! |= words[k]!;
}

/** Clears in `dense` what `set` holds (`keep`: what it does not hold). */
function clearFrom(dense: Uint32Array, set: ActionSet, keep = false): void {
  if (!keep) {
    const { words, offset } = set;
    for (let k = 0; k < words.length; k++) dense[offset + k]! &= ~words[k]!;
    return;
  }
  for (let k = 0; k < dense.length; k++) {
    const j = k - set.offset;
    dense[k]! &= j >= 0 && j < set.words.length ? set.words[j]! : 0;
  }
}

/** Every action of the space that `excluded` does not hold, ORed into `dense`. */
function orComplement(space: ActionSpace, dense: Uint32Array, excluded: Uint32Array): void {
  for (let k = 0; k < dense.length; k++) dense[k]! |= ~excluded[k]!;
  const tail = space.names.length & 31;
  // Bits past the last action are no action.
  if (tail !== 0) dense[dense.length - 1]! &= (1 << tail) - 1;
}

function expandStatements(
  space: ActionSpace,
  catalog: ActionCatalog,
  statements: readonly Statement[],
): Expansion {
  const granted = denseBits(space);
  const unknown = new Set<string>();
  const denyPatterns: string[] = [];
  const denyNotPatterns: string[][] = [];
  for (const statement of statements) {
    if (statement.effect === 'Deny') {
      if (statement.hasCondition || statement.conditional || !statement.allResources) continue;
      // A pattern in one branch of an Fn::If may not be deployed: it subtracts nothing, but it spares in NotAction.
      if (statement.actions) {
        for (const a of statement.actions) if (!a.conditional) denyPatterns.push(a.pattern);
      } else if (statement.notActions) denyNotPatterns.push(statement.notActions.map((a) => a.pattern));
      continue;
    }
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = patternSet(space, action.pattern);
        if (matched === null) unknown.add(action.pattern);
        else orInto(granted, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        // Excluded in one branch only: the other branch grants it.
        if (action.conditional) continue;
        const matched = patternSet(space, action.pattern);
        // A NotAction string the catalog does not know excludes nothing; worth a reviewer's look all the same.
        if (matched === null) unknown.add(action.pattern);
        else orInto(excluded, matched);
      }
      orComplement(space, granted, excluded);
    }
  }

  // Deny wins whatever the statement order, so it is applied once every Allow is in.
  applyDenies(space, catalog, { patterns: denyPatterns, notPatterns: denyNotPatterns }, granted, unknown);
  return summarize(catalog, actionSetFromBits(space, granted), unknown);
}

/** Clears what unconditional Denies take away, and drops the unknown strings they cover. */
function applyDenies(
  space: ActionSpace,
  catalog: ActionCatalog,
  deny: { patterns: string[]; notPatterns: string[][] },
  granted: Uint32Array,
  unknown: Set<string>,
): void {
  if (deny.patterns.length === 0 && deny.notPatterns.length === 0) return;
  for (const pattern of deny.patterns) {
    const matched = patternSet(space, pattern);
    if (matched) clearFrom(granted, matched);
  }
  for (const notPatterns of deny.notPatterns) {
    const spared = denseBits(space);
    for (const pattern of notPatterns) {
      const matched = patternSet(space, pattern);
      if (matched) orInto(spared, matched);
    }
    // Everything the NotAction Deny does not spare is denied.
    for (let k = 0; k < granted.length; k++) granted[k]! &= spared[k]!;
  }
  for (const written of [...unknown]) {
    const denied =
      deny.patterns.some((pattern) => catalog.matches(pattern, written)) ||
      deny.notPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
    if (denied) unknown.delete(written);
  }
}

/** The services of the granted actions, plus the known services of unknown action strings. */
function summarize(catalog: ActionCatalog, actions: ActionSet, unknown: ReadonlySet<string>): Expansion {
  const unknownActions = [...unknown].sort();
  const services = servicesOf(actions);
  const unknownServices = new Set<string>();
  for (const written of unknownActions) {
    const colon = written.indexOf(':');
    const prefix = colon > 0 ? written.slice(0, colon).toLowerCase() : '';
    if (prefix && catalog.hasService(prefix) && !services.includes(prefix)) unknownServices.add(prefix);
  }
  if (unknownServices.size > 0) {
    services.push(...unknownServices);
    services.sort();
  }
  return { actions, services, unknownActions };
}

/** Where an unknown action string is first written among the Allow statements. */
function firstWritten(statements: readonly Statement[], written: string): SourceLocation | undefined {
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue;
    for (const action of statement.actions ?? statement.notActions ?? []) {
      if (action.pattern === written) return action.location;
    }
  }
  return undefined;
}

/**
 * For the granted actions, the first Action string (statement order) that grants each, else the NotAction
 * statement: one entry per place that grants something first, its actions disjoint from the earlier entries'.
 */
function sourcesOf(space: ActionSpace, statements: readonly Statement[], granted: ActionSet): ActionSource[] {
  const left = denseBits(space);
  orInto(left, granted);
  let remaining = granted.size;
  const sources: ActionSource[] = [];
  const take = (location: SourceLocation, candidates: Uint32Array | ActionSet) => {
    let actions: ActionSet;
    if (candidates instanceof Uint32Array) {
      const taken = denseBits(space);
      for (let k = 0; k < left.length; k++) taken[k] = left[k]! & candidates[k]!;
      actions = actionSetFromBits(space, taken);
    } else {
      // Only the pattern's own words: one action is one word, not the whole catalog's.
      const { words, offset } = candidates;
      const taken = new Uint32Array(words.length);
      for (let k = 0; k < words.length; k++) taken[k] = left[offset + k]! & words[k]!;
      actions = actionSetFromWords(space, taken, offset);
    }
    if (actions.size === 0) return;
    clearFrom(left, actions);
    remaining -= actions.size;
    sources.push({ location, actions });
  };
  for (const statement of statements) {
    if (remaining === 0) break;
    if (statement.effect !== 'Allow') continue;
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = patternSet(space, action.pattern);
        if (matched) take(action.location, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = patternSet(space, action.pattern);
        if (matched) orInto(excluded, matched);
      }
      const allowed = denseBits(space);
      orComplement(space, allowed, excluded);
      take(statement.location, allowed);
    }
  }
  return sources;
}

function without(from: string[], minus: string[]): string[] {
  const drop = new Set(minus);
  return from.filter((item) => !drop.has(item));
}
