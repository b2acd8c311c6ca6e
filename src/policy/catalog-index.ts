// Actions as numbers: the catalog's action index (each service a contiguous range), which action sets are bits over.
import { type ActionCatalog, type CatalogCore, catalogCore } from './catalog.js';

/** The numbering action sets use: the catalog's actions (sorted as strings) and each service's range of them. */
export interface ActionSpace {
  readonly names: readonly string[];
  /** Sorted service prefixes; a service's id is its position here. */
  readonly serviceNames: readonly string[];
  /** Service id of each action index. */
  readonly serviceOf: Uint16Array;
  /** Per service id: its first action index, and one past its last. */
  readonly serviceStart: Int32Array;
  readonly serviceEnd: Int32Array;
  /** Words a set over every action needs (32 actions a word). */
  readonly wordCount: number;
  serviceId(prefix: string): number | undefined;
  /** Sorted action indexes a pattern matches (any case), null when it matches nothing. Shared: do not mutate. */
  expandIndexes(pattern: string): Int32Array | null;
}

const CACHE_LIMIT = 20_000;
const spaces = new WeakMap<ActionCatalog, ActionSpace>();

/** The action space of a catalog, built once per catalog object. */
export function actionSpace(catalog: ActionCatalog): ActionSpace {
  let space = spaces.get(catalog);
  if (!space) {
    space = spaceOf(catalogCore(catalog) ?? coreFromInterface(catalog));
    spaces.set(catalog, space);
  }
  return space;
}

function spaceOf(core: CatalogCore): ActionSpace {
  const services = core.serviceNames.length;
  const serviceStart = new Int32Array(services).fill(-1);
  const serviceEnd = new Int32Array(services);
  core.serviceOf.forEach((service, i) => {
    if (serviceStart[service] === -1) serviceStart[service] = i;
    serviceEnd[service] = i + 1;
  });
  // A service with no action (possible in a test double) is an empty range.
  for (let s = 0; s < services; s++) if (serviceStart[s] === -1) serviceStart[s] = serviceEnd[s] = 0;
  const ids = new Map(core.serviceNames.map((prefix, id) => [prefix, id]));
  return Object.freeze({
    names: core.names,
    serviceNames: core.serviceNames,
    serviceOf: core.serviceOf,
    serviceStart,
    serviceEnd,
    wordCount: Math.ceil(core.names.length / 32),
    serviceId: (prefix: string) => ids.get(prefix.toLowerCase()),
    expandIndexes: core.expandIndexes,
  });
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
