// Actions as numbers: each catalog action's position in the sorted list, so expansion, union and Deny are array work.
import type { ActionCatalog } from './catalog.js';

export interface CatalogIndex {
  /** Every action, sorted; an action's index is its position here. */
  names: string[];
  /** Service id of each action index; ids follow the sorted service prefixes. */
  serviceOf: Uint16Array;
  serviceNames: string[];
  serviceId: Map<string, number>;
  /** Sorted action indexes a pattern matches, null when it matches nothing. Cached by the pattern as written. */
  expand(pattern: string): Int32Array | null;
  /**
   * Scratch marks reused by every grant computation (synchronous, so never shared by two at once): a fresh stamp
   * from `nextStamp()` tells "marked in this pass" apart from old marks without clearing the arrays.
   */
  granted: Uint32Array;
  scratch: Uint32Array;
  serviceMarks: Uint32Array;
  nextStamp(): number;
}

const CACHE_LIMIT = 20_000;
const indexes = new WeakMap<ActionCatalog, CatalogIndex>();

/** The index of a catalog, built once per catalog object from its public interface. */
export function catalogIndex(catalog: ActionCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: ActionCatalog): CatalogIndex {
  const names = catalog.allActions();
  const serviceNames = [...new Set(names.map((name) => name.slice(0, name.indexOf(':'))))].sort();
  const serviceId = new Map(serviceNames.map((prefix, id) => [prefix, id]));
  const serviceOf = new Uint16Array(names.length);
  const position = new Map<string, number>();
  names.forEach((name, i) => {
    position.set(name, i);
    serviceOf[i] = serviceId.get(name.slice(0, name.indexOf(':')))!;
  });
  const everything = Int32Array.from(names, (_, i) => i);
  const cache = new Map<string, Int32Array | null>();
  let stamp = 0;
  const granted = new Uint32Array(names.length);
  const scratch = new Uint32Array(names.length);
  const serviceMarks = new Uint32Array(serviceNames.length);

  return {
    names,
    serviceOf,
    serviceNames,
    serviceId,
    granted,
    scratch,
    serviceMarks,
    expand(pattern) {
      const cached = cache.get(pattern);
      if (cached !== undefined) return cached;
      const { actions, known } = catalog.expand(pattern);
      let result: Int32Array | null = null;
      if (known) {
        result = actions.length === names.length ? everything : new Int32Array(actions.length);
        if (result !== everything) {
          let n = 0;
          for (const action of actions) {
            const i = position.get(action);
            if (i !== undefined) result[n++] = i;
          }
          result = result.subarray(0, n).sort();
        }
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(pattern, result);
      return result;
    },
    nextStamp() {
      stamp++;
      if (stamp === 0xffffffff) {
        // Wrapped: clear the marks so no stale one can equal a new stamp.
        granted.fill(0);
        scratch.fill(0);
        serviceMarks.fill(0);
        stamp = 1;
      }
      return stamp;
    },
  };
}
