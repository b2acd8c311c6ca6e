// Which entities the change touches: new ones, ones without a base, and ones whose statements, attachments,
// boundaries, group memberships or policy targets differ from the base as text (where they are written aside) or
// whose expanded grants differ. Text first: a statement the reader cannot expand still differs as text.
import { sameActions } from '../policy/action-set.js';
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import { type Entity, entityKey } from '../policy/model.js';
import type { EntityBase } from './model.js';

/** Where something is written, not what it says: left out of the comparison. */
const PLACE_KEYS = new Set(['file', 'line', 'column', 'path', 'location', 'constructPath', 'suppressions']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (PLACE_KEYS.has(key)) continue;
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = canonical(child);
  }
  return out;
}

/**
 * An entity as normalized text: every field the reader produced (statements as written, attached ARNs, and
 * whatever else the model carries: boundaries, memberships, unknowns), without file, line and document path.
 */
export function entityText(entity: Entity): string {
  return JSON.stringify(canonical(entity));
}

function sameGrants(a: GrantSet, b: GrantSet): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    sameActions(a.actions, b.actions) && same([...a.unknownActions].sort(), [...b.unknownActions].sort())
  );
}

/**
 * Keys (`file#id`) of the entities the change touches. `baseEntities` are the chosen bases under head keys.
 * Without a base for an entity (source `none`) it counts as touched: there is nothing to say it is unchanged.
 */
export function touchedEntities(
  granted: GrantedEntity[],
  bases: ReadonlyMap<string, EntityBase>,
  baseEntities: ReadonlyMap<string, Entity>,
): Set<string> {
  const touched = new Set<string>();
  for (const g of granted) {
    const key = entityKey(g.entity);
    const base = bases.get(key);
    const atBase = baseEntities.get(key);
    if (!base || base.source === 'none' || !g.base || !atBase) touched.add(key);
    else if (!sameGrants(g.grants, g.base)) touched.add(key);
    else if (entityText(atBase) !== entityText(g.entity)) touched.add(key);
  }
  return touched;
}
