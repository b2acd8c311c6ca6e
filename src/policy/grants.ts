// What each entity grants: its statements' Action/NotAction expanded against the catalog, minus unconditional Deny.

import { type ActionCatalog, loadCatalog } from './catalog.js';
import { type CatalogIndex, catalogIndex } from './catalog-index.js';
import type { GrantedEntity, GrantSet } from './grants.types.js';
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
}

export interface GrantDiff {
  addedServices: string[];
  addedActions: string[];
  removedServices: string[];
  removedActions: string[];
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
 * `sources` is computed when first read: most consumers never need it, and it is one key per granted action.
 */
export function grantsOf(entity: Entity, options: GrantOptions = {}): GrantSet {
  const catalog = options.catalog ?? loadCatalog();
  const index = catalogIndex(catalog);
  const documents = documentLookup(options);
  const managed = managedPolicyStatements(entity, documents);
  const statements =
    managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];

  let expansion = expandStatements(index, catalog, statements);
  const boundary = boundaryOf(entity, documents);
  if (boundary.statements) {
    // A boundary caps what the identity's policies allow: effective grants are the intersection.
    const allowed = new Set(expandStatements(index, catalog, boundary.statements).indexes);
    expansion = restrict(index, expansion, allowed);
  }
  const { indexes, actions, services, unknownActions } = expansion;
  const unknownActionSources: Record<string, SourceLocation> = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written)!;

  const grants = { services, actions, unknownActions, unknownActionSources } as GrantSet;
  defineLazy(grants, 'sources', () => sourcesOf(index, statements, indexes));
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

/** The expansion keeping only the action indexes `allowed` holds (unknown strings stay: they cannot be matched). */
function restrict(index: CatalogIndex, expansion: Expansion, allowed: ReadonlySet<number>): Expansion {
  const kept = expansion.indexes.filter((i) => allowed.has(i));
  const actions = Array.from(kept, (i) => index.names[i]!);
  const services = [...new Set(Array.from(kept, (i) => index.serviceNames[index.serviceOf[i]!]!))].sort();
  const unknownServices = expansion.services.filter(
    (service) =>
      !services.includes(service) &&
      expansion.unknownActions.some((a) => a.toLowerCase().startsWith(`${service}:`)),
  );
  return {
    indexes: kept,
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
      addedActions: [...grants.actions],
      removedServices: [],
      removedActions: [],
    };
  }
  return {
    addedServices: difference(grants.services, base.services),
    addedActions: difference(grants.actions, base.actions),
    removedServices: difference(base.services, grants.services),
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
  /** Granted action indexes in catalog order. */
  indexes: Int32Array;
  actions: string[];
  services: string[];
  unknownActions: string[];
}

function expandStatements(
  index: CatalogIndex,
  catalog: ActionCatalog,
  statements: readonly Statement[],
): Expansion {
  // Allow: mark every granted action index once, in `grantedList`.
  const allowStamp = index.nextStamp();
  const { granted: marks, scratch } = index;

  const grantedList: number[] = [];
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
        const matched = index.expandIndexes(action.pattern);
        if (matched === null) {
          unknown.add(action.pattern);
          continue;
        }
        for (let k = 0; k < matched.length; k++) {
          const i = matched[k]!;
          if (marks[i] !== allowStamp) {
            marks[i] = allowStamp;
            grantedList.push(i);
          }
        }
      }
    } else if (statement.notActions) {
      const excluded = index.nextStamp();
      for (const action of statement.notActions) {
        // Excluded in one branch only: the other branch grants it.
        if (action.conditional) continue;
        const matched = index.expandIndexes(action.pattern);
        // A NotAction string the catalog does not know excludes nothing; worth a reviewer's look all the same.
        if (matched === null) {
          unknown.add(action.pattern);
          continue;
        }
        for (let k = 0; k < matched.length; k++) scratch[matched[k]!] = excluded;
      }
      for (let i = 0; i < marks.length; i++) {
        if (scratch[i] !== excluded && marks[i] !== allowStamp) {
          marks[i] = allowStamp;
          grantedList.push(i);
        }
      }
    }
  }

  // Deny wins whatever the statement order, so it is applied once every Allow is in: it unmarks.
  applyDenies(index, catalog, { patterns: denyPatterns, notPatterns: denyNotPatterns }, grantedList, unknown);
  return summarize(index, catalog, sortedGranted(index, grantedList, allowStamp), unknown);
}

/** Unmarks what unconditional Denies take away, and drops the unknown strings they cover. */
function applyDenies(
  index: CatalogIndex,
  catalog: ActionCatalog,
  deny: { patterns: string[]; notPatterns: string[][] },
  grantedList: readonly number[],
  unknown: Set<string>,
): void {
  if (deny.patterns.length === 0 && deny.notPatterns.length === 0) return;
  const { granted: marks, scratch } = index;
  for (const pattern of deny.patterns) {
    const matched = index.expandIndexes(pattern);
    if (matched) for (let k = 0; k < matched.length; k++) marks[matched[k]!] = 0;
  }
  for (const notPatterns of deny.notPatterns) {
    const spared = index.nextStamp();
    for (const pattern of notPatterns) {
      const matched = index.expandIndexes(pattern);
      if (matched) for (let k = 0; k < matched.length; k++) scratch[matched[k]!] = spared;
    }
    for (const i of grantedList) if (scratch[i] !== spared) marks[i] = 0;
  }
  for (const written of [...unknown]) {
    const denied =
      deny.patterns.some((pattern) => catalog.matches(pattern, written)) ||
      deny.notPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
    if (denied) unknown.delete(written);
  }
}

/** Action names and services of the granted indexes, plus the known services of unknown action strings. */
function summarize(
  index: CatalogIndex,
  catalog: ActionCatalog,
  finalIndexes: Int32Array,
  unknown: ReadonlySet<string>,
): Expansion {
  const actions = new Array<string>(finalIndexes.length);
  const serviceStamp = index.nextStamp();
  const serviceIds: number[] = [];
  for (let k = 0; k < finalIndexes.length; k++) {
    const i = finalIndexes[k]!;
    actions[k] = index.names[i]!;
    const service = index.serviceOf[i]!;
    if (index.serviceMarks[service] !== serviceStamp) {
      index.serviceMarks[service] = serviceStamp;
      serviceIds.push(service);
    }
  }
  const unknownActions = [...unknown].sort();
  const services = serviceIds.sort((a, b) => a - b).map((id) => index.serviceNames[id]!);
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

  return { indexes: finalIndexes, actions, services, unknownActions };
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

/** Granted indexes in catalog order: a scan of the marks when most of the catalog is granted, else a sort. */
function sortedGranted(index: CatalogIndex, grantedList: number[], allowStamp: number): Int32Array {
  const marks = index.granted;
  if (grantedList.length > marks.length / 8) {
    const out = new Int32Array(grantedList.length);
    let n = 0;
    for (let i = 0; i < marks.length; i++) if (marks[i] === allowStamp) out[n++] = i;
    return out.subarray(0, n);
  }
  const out = new Int32Array(grantedList.length);
  let n = 0;
  for (const i of grantedList) if (marks[i] === allowStamp) out[n++] = i;
  return out.subarray(0, n).sort();
}

/** For each granted action, the first Action string (statement order) that grants it, else the NotAction statement. */
function sourcesOf(
  index: CatalogIndex,
  statements: readonly Statement[],
  finalIndexes: Int32Array,
): Record<string, SourceLocation> {
  const found = new Map<number, SourceLocation>();
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue;
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = index.expandIndexes(action.pattern);
        if (!matched) continue;
        for (let k = 0; k < matched.length; k++) {
          if (!found.has(matched[k]!)) found.set(matched[k]!, action.location);
        }
      }
    } else if (statement.notActions) {
      const excluded = new Set<number>();
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        for (const i of index.expandIndexes(action.pattern) ?? []) excluded.add(i);
      }
      for (const i of finalIndexes) if (!excluded.has(i) && !found.has(i)) found.set(i, statement.location);
    }
  }
  const sources: Record<string, SourceLocation> = {};
  for (const i of finalIndexes) sources[index.names[i]!] = found.get(i)!;
  return sources;
}

/**
 * An enumerable property computed on first read and then stored as plain data, so JSON, spreads and equality see
 * an ordinary value.
 */
function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

function difference(from: string[], minus: string[]): string[] {
  const drop = new Set(minus);
  return from.filter((item) => !drop.has(item));
}
