// What each entity grants: its statements' Action/NotAction expanded against the catalog, minus unconditional Deny.
import { statementsFromDocument } from '../iac/index.js';
import { type ActionCatalog, loadCatalog } from './catalog.js';
import { type CatalogIndex, catalogIndex } from './catalog-index.js';
import type { GrantedEntity, GrantSet } from './grants.types.js';
import {
  type Diagnostic,
  type Entity,
  entityKey,
  type ParseResult,
  type SourceLocation,
  type Statement,
} from './model.js';

export interface GrantOptions {
  catalog?: ActionCatalog;
  /** AWS-managed or external policy documents by ARN (from AWS or a snapshot); attached ARNs found here are expanded. */
  managedPolicyDocuments?: ReadonlyMap<string, unknown>;
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
  const managed = managedPolicyStatements(entity, options.managedPolicyDocuments);
  const statements =
    managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];

  const { indexes, actions, services, unknownActions } = expandStatements(index, catalog, statements);
  const unknownActionSources: Record<string, SourceLocation> = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written)!;

  const grants = { services, actions, unknownActions, unknownActionSources } as GrantSet;
  defineLazy(grants, 'sources', () => sourcesOf(index, statements, indexes));
  if (managed.diagnostics.length > 0) grants.diagnostics = managed.diagnostics;
  return grants;
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

/** Statements of attached managed policies whose documents were provided; other ARNs stay listed, unexpanded. */
function managedPolicyStatements(
  entity: Entity,
  documents: ReadonlyMap<string, unknown> | undefined,
): { statements: Statement[]; diagnostics: Diagnostic[] } {
  const statements: Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!documents || entity.managedPolicyArns.length === 0) return { statements, diagnostics };
  for (const arn of entity.managedPolicyArns) {
    if (!documents.has(arn)) continue;
    // The attachment is what a reviewer would edit, so the entity's own location stands for the managed policy.
    const at: SourceLocation = { file: entity.file, line: entity.line, path: entity.path };
    const policyName = arn.slice(arn.lastIndexOf('/') + 1) || arn;
    const read = statementsFromDocument(documents.get(arn), at, policyName);
    statements.push(...read.statements);
    for (const diagnostic of read.diagnostics) {
      diagnostics.push({
        ...diagnostic,
        message: `managed policy ${arn}: ${diagnostic.message}`,
        entity: entity.id,
      });
    }
  }
  return { statements, diagnostics };
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
      if (statement.actions) for (const a of statement.actions) denyPatterns.push(a.pattern);
      else if (statement.notActions) denyNotPatterns.push(statement.notActions.map((a) => a.pattern));
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
  if (denyPatterns.length > 0 || denyNotPatterns.length > 0) {
    for (const pattern of denyPatterns) {
      const matched = index.expandIndexes(pattern);
      if (matched) for (let k = 0; k < matched.length; k++) marks[matched[k]!] = 0;
    }
    for (const notPatterns of denyNotPatterns) {
      const spared = index.nextStamp();
      for (const pattern of notPatterns) {
        const matched = index.expandIndexes(pattern);
        if (matched) for (let k = 0; k < matched.length; k++) scratch[matched[k]!] = spared;
      }
      for (const i of grantedList) if (scratch[i] !== spared) marks[i] = 0;
    }
    for (const written of [...unknown]) {
      const denied =
        denyPatterns.some((pattern) => catalog.matches(pattern, written)) ||
        denyNotPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
      if (denied) unknown.delete(written);
    }
  }

  const finalIndexes = sortedGranted(index, grantedList, allowStamp);
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
      for (const action of statement.notActions)
        for (const i of index.expandIndexes(action.pattern) ?? []) excluded.add(i);
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
