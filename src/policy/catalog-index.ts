// Actions as numbers for grant computation, plus scratch marks reused across entities so nothing is cleared.
import { type ActionCatalog, type CatalogCore, catalogCore } from './catalog.js';

export interface CatalogIndex extends CatalogCore {
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

/** The index of a catalog, built once per catalog object. */
export function catalogIndex(catalog: ActionCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = withMarks(catalogCore(catalog) ?? coreFromInterface(catalog));
    indexes.set(catalog, index);
  }
  return index;
}

function withMarks(core: CatalogCore): CatalogIndex {
  let stamp = 0;
  const granted = new Uint32Array(core.names.length);
  const scratch = new Uint32Array(core.names.length);
  const serviceMarks = new Uint32Array(core.serviceNames.length);
  return {
    ...core,
    granted,
    scratch,
    serviceMarks,
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

/** For a catalog implemented elsewhere (a test double): the same view, built from its public methods. */
function coreFromInterface(catalog: ActionCatalog): CatalogCore {
  const names = catalog.allActions();
  const serviceNames = [...new Set(names.map((name) => name.slice(0, name.indexOf(':'))))].sort();
  const serviceId = new Map(serviceNames.map((prefix, id) => [prefix, id]));
  const serviceOf = new Uint16Array(names.length);
  const position = new Map<string, number>();
  names.forEach((name, i) => {
    position.set(name, i);
    serviceOf[i] = serviceId.get(name.slice(0, name.indexOf(':')))!;
  });
  const cache = new Map<string, Int32Array | null>();
  return {
    names,
    serviceOf,
    serviceNames,
    expandIndexes(pattern) {
      const cached = cache.get(pattern);
      if (cached !== undefined) return cached;
      const { actions, known } = catalog.expand(pattern);
      const found: number[] = [];
      for (const action of actions) {
        const i = position.get(action);
        if (i !== undefined) found.push(i);
      }
      const result = known ? Int32Array.from(found).sort() : null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(pattern, result);
      return result;
    },
  };
}
