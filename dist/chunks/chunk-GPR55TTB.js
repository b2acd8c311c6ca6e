import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  serviceOf
} from "./chunk-F7X5GEDP.js";
import {
  actionSetOfNames,
  coveredInRange,
  forEachIndex,
  hasAction,
  patternActions,
  serviceRange
} from "./chunk-3AEIT2PU.js";

// src/rules/suggestion.ts
var regexes = /* @__PURE__ */ new Map();
function patternRegex(pattern) {
  const known = regexes.get(pattern);
  if (known) return known;
  if (regexes.size > 1e4) regexes.clear();
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  const regex = new RegExp(`^${body}$`, "i");
  regexes.set(pattern, regex);
  return regex;
}
function suggestActions(granted, view) {
  const { grants } = granted;
  const { space } = grants.actions;
  const written = writtenPatterns(granted);
  const covers = /* @__PURE__ */ new Map();
  const coverOfPattern = (pattern, start, end) => {
    if (!PRINTABLE.test(pattern)) return coverOf(grants.actions, pattern, start, end);
    if (!covers.has(pattern)) covers.set(pattern, patternActions(space, pattern));
    return covers.get(pattern) ?? null;
  };
  const keep = /* @__PURE__ */ new Set();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const [start, end] = serviceRange(space, service) ?? [0, 0];
    const unusedTracked = unusedTrackedOf(seen?.tracked ?? null);
    let dropsSome = false;
    for (const action of unusedTracked) dropsSome ||= hasAction(grants.actions, action);
    const patterns = [...written.any, ...written.byService.get(service) ?? []];
    const patternCovers = [];
    for (const pattern of patterns) {
      const cover = coverOfPattern(pattern, start, end);
      if (cover) patternCovers.push(cover);
    }
    const patternsCover = coveredInRange(grants.actions, patternCovers, start, end);
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === "*" ? `${service}:*` : p);
    } else {
      forEachIndex(
        grants.actions,
        (i) => {
          const action = space.names[i];
          if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
        },
        start,
        end
      );
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}
var PRINTABLE = /^[\x20-\x7e]*$/;
var NONE = /* @__PURE__ */ new Set();
function writtenPatterns(granted) {
  const any = [];
  const byService = /* @__PURE__ */ new Map();
  for (const statement of granted.entity.statements) {
    if (statement.effect !== "Allow" || !statement.actions) continue;
    for (const action of statement.actions) {
      const pattern = action.pattern.trim();
      if (pattern === "*") any.push(pattern);
      else {
        const service = serviceOf(pattern);
        const list = byService.get(service);
        if (list) list.push(pattern);
        else byService.set(service, [pattern]);
      }
    }
  }
  return { any, byService };
}
function unusedTrackedOf(tracked) {
  if (!tracked) return NONE;
  const unused = /* @__PURE__ */ new Set();
  for (const t of tracked.values()) if (!t.used) unused.add(t.action.toLowerCase());
  return unused;
}
function coverOf(granted, pattern, start, end) {
  const names = [];
  const regex = patternRegex(pattern);
  forEachIndex(
    granted,
    (i) => {
      const action = granted.space.names[i];
      if (regex.test(action)) names.push(action);
    },
    start,
    end
  );
  return actionSetOfNames(granted.space, names).set;
}
function formatSuggestion(actions) {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(", ")}]`;
}

export {
  suggestActions,
  formatSuggestion
};
//# sourceMappingURL=chunk-GPR55TTB.js.map
