import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  actionsOfService,
  serviceOf
} from "./chunk-5S7Q27CS.js";

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
  const keep = /* @__PURE__ */ new Set();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const granted2 = actionsOfService(grants, service);
    const unusedTracked = new Set(
      [...seen?.tracked?.values() ?? []].filter((t) => !t.used).map((t) => t.action.toLowerCase())
    );
    const dropsSome = granted2.some((action) => unusedTracked.has(action.toLowerCase()));
    const patterns = written.filter((p) => p === "*" || serviceOf(p) === service);
    const patternsCover = granted2.every((action) => patterns.some((p) => patternRegex(p).test(action)));
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === "*" ? `${service}:*` : p);
    } else {
      for (const action of granted2) if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}
function formatSuggestion(actions) {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(", ")}]`;
}

export {
  suggestActions,
  formatSuggestion
};
//# sourceMappingURL=chunk-WY5X5GVF.js.map
