// What each entity grants: its statements' Action/NotAction expanded against the catalog, minus unconditional Deny.
import { statementsFromDocument } from '../iac/index.js';
import { type ActionCatalog, loadCatalog } from './catalog.js';
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

// Above this many granted actions, filtering the catalog's sorted list beats sorting the granted ones.
const SORT_BY_FILTER_THRESHOLD = 2_000;

/**
 * Expands everything an entity grants.
 * - `Action` patterns match case-insensitively with `*` and `?`; the first pattern (in statement order) that grants
 *   an action is its source.
 * - `NotAction` with Allow grants every catalog action the patterns do not match; its source is the statement.
 * - An Allow with a `Condition` or a narrower `Resource` still grants: the code allows the action in some case.
 * - Only a Deny with no `Condition` on every resource (`allResources`) subtracts; a conditional or resource-scoped
 *   Deny leaves the grant in place, because the action stays allowed somewhere.
 * - Patterns matching nothing are kept as written in `unknownActions` (removed only when a subtracting Deny covers
 *   them); their service counts in `services` when the catalog knows the prefix (most likely an action newer than
 *   the catalog), not otherwise.
 */
export function grantsOf(entity: Entity, options: GrantOptions = {}): GrantSet {
  const catalog = options.catalog ?? loadCatalog();
  const managed = managedPolicyStatements(entity, options.managedPolicyDocuments);
  const statements = [...entity.statements, ...managed.statements];

  const granted = new Map<string, SourceLocation>();
  const unknown = new Map<string, SourceLocation>();
  const denyPatterns: string[] = [];
  const denyNotPatterns: string[][] = [];

  for (const statement of statements) {
    if (statement.effect === 'Deny') {
      if (statement.hasCondition || !statement.allResources) continue;
      if (statement.actions) denyPatterns.push(...statement.actions.map((a) => a.pattern));
      else if (statement.notActions) denyNotPatterns.push(statement.notActions.map((a) => a.pattern));
      continue;
    }
    if (statement.actions) {
      for (const action of statement.actions) {
        const expansion = catalog.expand(action.pattern);
        if (!expansion.known) {
          if (!unknown.has(action.pattern)) unknown.set(action.pattern, action.location);
          continue;
        }
        for (const name of expansion.actions) {
          if (!granted.has(name)) granted.set(name, action.location);
        }
      }
    } else if (statement.notActions) {
      const excluded = excludedBy(
        catalog,
        statement.notActions.map((a) => a.pattern),
      );
      for (const name of catalog.allActions()) {
        if (!excluded.has(name) && !granted.has(name)) granted.set(name, statement.location);
      }
      for (const action of statement.notActions) {
        // A NotAction string the catalog does not know excludes nothing; worth a reviewer's look all the same.
        if (!catalog.expand(action.pattern).known && !unknown.has(action.pattern)) {
          unknown.set(action.pattern, action.location);
        }
      }
    }
  }

  // Deny wins whatever the statement order, so it is applied once every Allow is in.
  for (const pattern of denyPatterns) {
    for (const name of catalog.expand(pattern).actions) granted.delete(name);
  }
  for (const notPatterns of denyNotPatterns) {
    const spared = excludedBy(catalog, notPatterns);
    for (const name of [...granted.keys()]) {
      if (!spared.has(name)) granted.delete(name);
    }
  }
  for (const written of [...unknown.keys()]) {
    const denied =
      denyPatterns.some((pattern) => catalog.matches(pattern, written)) ||
      denyNotPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
    if (denied) unknown.delete(written);
  }

  const actions = sortActions(catalog, granted);
  const unknownActions = [...unknown.keys()].sort();
  const services = new Set<string>();
  for (const action of actions) services.add(action.slice(0, action.indexOf(':')));
  for (const written of unknownActions) {
    const colon = written.indexOf(':');
    const prefix = colon > 0 ? written.slice(0, colon).toLowerCase() : '';
    if (prefix && catalog.hasService(prefix)) services.add(prefix);
  }

  const sources: Record<string, SourceLocation> = {};
  for (const action of actions) sources[action] = granted.get(action)!;
  const unknownActionSources: Record<string, SourceLocation> = {};
  for (const written of unknownActions) unknownActionSources[written] = unknown.get(written)!;

  const grants: GrantSet = {
    services: [...services].sort(),
    actions,
    unknownActions,
    sources,
    unknownActionSources,
  };
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

function excludedBy(catalog: ActionCatalog, patterns: string[]): Set<string> {
  const excluded = new Set<string>();
  for (const pattern of patterns) {
    for (const name of catalog.expand(pattern).actions) excluded.add(name);
  }
  return excluded;
}

function sortActions(catalog: ActionCatalog, granted: Map<string, SourceLocation>): string[] {
  if (granted.size > SORT_BY_FILTER_THRESHOLD)
    return catalog.allActions().filter((name) => granted.has(name));
  return [...granted.keys()].sort();
}

function difference(from: string[], minus: string[]): string[] {
  const drop = new Set(minus);
  return from.filter((item) => !drop.has(item));
}
