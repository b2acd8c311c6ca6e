import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/catalog.data.json
import { readFileSync } from "node:fs";
var here = new URL(".", import.meta.url);
var catalog_data_default = JSON.parse(readFileSync(new URL("catalog.data.json", here.pathname.endsWith("/chunks/") ? new URL("..", here) : here), "utf8"));

// src/policy/catalog.ts
var NO_ACTIONS = Object.freeze([]);
var NOTHING = Object.freeze({ actions: NO_ACTIONS, known: false });
var CACHE_LIMIT = 2e4;
var cores = /* @__PURE__ */ new WeakMap();
function catalogCore(catalog) {
  return cores.get(catalog);
}
function layoutOf(data) {
  const entries = Object.entries(data.services).map(([prefix, names2]) => ({
    prefix: prefix.toLowerCase(),
    names: isSorted(names2) ? names2 : [...names2].sort()
  }));
  entries.sort((a, b) => compare(`${a.prefix}:`, `${b.prefix}:`));
  const serviceNames = Object.freeze(entries.map((e) => e.prefix).sort());
  const serviceIds = new Map(serviceNames.map((prefix, id) => [prefix, id]));
  const total = entries.reduce((n, e) => n + e.names.length, 0);
  const names = new Array(total);
  const serviceOf = new Uint16Array(total);
  const ranges = /* @__PURE__ */ new Map();
  let next = 0;
  for (const { prefix, names: serviceActions } of entries) {
    const id = serviceIds.get(prefix);
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
var PatternMatcher = class {
  constructor(layout) {
    this.layout = layout;
    this.everything = Int32Array.from({ length: layout.names.length }, (_, i) => i);
  }
  layout;
  everything;
  lowerAll;
  byWritten = /* @__PURE__ */ new Map();
  byLower = /* @__PURE__ */ new Map();
  expandIndexes(pattern) {
    const cached = this.byWritten.get(pattern);
    if (cached !== void 0) return cached;
    const lower = pattern.toLowerCase();
    let result = this.byLower.get(lower);
    if (result === void 0) {
      result = this.expandLower(lower);
      if (this.byLower.size >= CACHE_LIMIT) this.byLower.clear();
      this.byLower.set(lower, result);
    }
    if (this.byWritten.size >= CACHE_LIMIT) this.byWritten.clear();
    this.byWritten.set(pattern, result);
    return result;
  }
  expandLower(lower) {
    if (lower === "*") return this.everything;
    const colon = lower.indexOf(":");
    let matched;
    if (colon < 0) {
      if (!hasWildcard(lower)) return null;
      const test = globTester(lower, true);
      const found = [];
      this.lowerAll ??= this.layout.names.map((n) => n.toLowerCase());
      this.lowerAll.forEach((n, i) => {
        if (test(n)) found.push(i);
      });
      matched = Int32Array.from(found);
    } else {
      const service = lower.slice(0, colon);
      const name = lower.slice(colon + 1);
      if (name.includes(":")) return null;
      if (hasWildcard(service)) {
        const testService = globTester(service, false);
        const parts = [];
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
  lowerNamesOf(range) {
    range.lowerNames ??= this.layout.names.slice(range.start, range.end).map((n) => n.slice(range.prefix.length + 1).toLowerCase());
    return range.lowerNames;
  }
  indexOfName(range, lowerName) {
    if (!range.byLowerName) {
      const byLowerName = /* @__PURE__ */ new Map();
      this.lowerNamesOf(range).forEach((lower, k) => {
        byLowerName.set(lower, range.start + k);
      });
      range.byLowerName = byLowerName;
    }
    return range.byLowerName.get(lowerName);
  }
  matchName(range, name) {
    if (name === "*") return this.everything.subarray(range.start, range.end);
    if (!hasWildcard(name)) {
      const i = this.indexOfName(range, name);
      return i === void 0 ? new Int32Array(0) : Int32Array.of(i);
    }
    const lowerNames = this.lowerNamesOf(range);
    const found = [];
    const star = name.indexOf("*");
    const stem = star === name.length - 1 && !name.includes("?") ? name.slice(0, -1) : null;
    const test = stem === null ? globTester(name, false) : (lower) => lower.startsWith(stem);
    lowerNames.forEach((lower, k) => {
      if (test(lower)) found.push(range.start + k);
    });
    return Int32Array.from(found);
  }
};
function createCatalog(data) {
  const layout = layoutOf(data);
  const { names, serviceNames, ranges } = layout;
  const matcher = new PatternMatcher(layout);
  const expandIndexes = (pattern) => matcher.expandIndexes(pattern);
  const expansions = /* @__PURE__ */ new Map();
  const catalog = {
    dataVersion: data.dataVersion,
    dataUpdatedAt: data.dataUpdatedAt ?? null,
    services: () => serviceNames,
    hasService: (prefix) => ranges.has(prefix.toLowerCase()),
    actionsOf(service) {
      const range = ranges.get(service.toLowerCase());
      if (!range) return NO_ACTIONS;
      range.actions ??= Object.freeze(names.slice(range.start, range.end));
      return range.actions;
    },
    allActions: () => names,
    matches: (pattern, value) => globTester(pattern.toLowerCase(), true)(value.toLowerCase()),
    expand(pattern) {
      const cached = expansions.get(pattern);
      if (cached) return cached;
      const indexes = expandIndexes(pattern);
      const expansion = indexes === null ? NOTHING : Object.freeze({
        actions: indexes === matcher.everything ? names : Object.freeze(Array.from(indexes, (i) => names[i])),
        known: true
      });
      if (expansions.size >= CACHE_LIMIT) expansions.clear();
      expansions.set(pattern, expansion);
      return expansion;
    }
  };
  cores.set(catalog, { names, serviceOf: layout.serviceOf, serviceNames, expandIndexes });
  return catalog;
}
function isSorted(list) {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function hasWildcard(text) {
  return text.includes("*") || text.includes("?");
}
function globTester(glob, anything) {
  if (!hasWildcard(glob)) return (value) => value === glob;
  if (anything) return (value) => globMatch(glob, value);
  const parts = glob.split(":");
  return (value) => {
    const values = value.split(":");
    return values.length === parts.length && parts.every((part, i) => globMatch(part, values[i]));
  };
}
function globMatch(glob, value) {
  let g = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = glob.charCodeAt(g);
    if (g < glob.length && (c === 63 || c === value.charCodeAt(v))) {
      g++;
      v++;
    } else if (g < glob.length && c === 42) {
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
var shared;
function loadCatalog() {
  shared ??= createCatalog(catalog_data_default);
  return shared;
}

export {
  catalogCore,
  createCatalog,
  globMatch,
  loadCatalog
};
//# sourceMappingURL=chunk-AHZI5S5D.js.map
