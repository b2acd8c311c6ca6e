import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  serviceOf
} from "./chunk-SMRU6VXP.js";
import {
  actionSetOfNames,
  coveredInRange,
  forEachIndex,
  hasAction,
  patternActions,
  serviceRange
} from "./chunk-OUXZ3H3A.js";

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
  const { grants, entity } = granted;
  const written = entity.statements.filter((statement) => statement.effect === "Allow" && statement.actions).flatMap((statement) => (statement.actions ?? []).map((a) => a.pattern.trim()));
  const { space } = grants.actions;
  const keep = /* @__PURE__ */ new Set();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const [start, end] = serviceRange(space, service) ?? [0, 0];
    const unusedTracked = new Set(
      [...seen?.tracked?.values() ?? []].filter((t) => !t.used).map((t) => t.action.toLowerCase())
    );
    const dropsSome = [...unusedTracked].some((action) => hasAction(grants.actions, action));
    const patterns = written.filter((p) => p === "*" || serviceOf(p) === service);
    const patternsCover = coveredInRange(
      grants.actions,
      coverOf(grants.actions, patterns, start, end),
      start,
      end
    );
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
function coverOf(granted, patterns, start, end) {
  const covers = [];
  for (const pattern of patterns) {
    if (/^[\x20-\x7e]*$/.test(pattern)) {
      const matched = patternActions(granted.space, pattern);
      if (matched) covers.push(matched);
      continue;
    }
    const names = [];
    forEachIndex(
      granted,
      (i) => {
        const action = granted.space.names[i];
        if (patternRegex(pattern).test(action)) names.push(action);
      },
      start,
      end
    );
    covers.push(actionSetOfNames(granted.space, names).set);
  }
  return covers;
}
function formatSuggestion(actions) {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(", ")}]`;
}

export {
  suggestActions,
  formatSuggestion
};
//# sourceMappingURL=chunk-XR5JCTI2.js.map
