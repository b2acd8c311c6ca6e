import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/rules/attribution.ts
function serviceOf(action) {
  const colon = action.indexOf(":");
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
var byService = /* @__PURE__ */ new WeakMap();
function actionsOfService(grants, service) {
  let groups = byService.get(grants);
  if (!groups) {
    groups = /* @__PURE__ */ new Map();
    for (const action of grants.actions) {
      const key = serviceOf(action);
      const list = groups.get(key);
      if (list) list.push(action);
      else groups.set(key, [action]);
    }
    byService.set(grants, groups);
  }
  return groups.get(service) ?? [];
}
function earliest(locations) {
  let best = null;
  for (const location of locations) {
    if (!best || location.file < best.file || location.file === best.file && location.line < best.line) {
      best = location;
    }
  }
  return best;
}
function locate(input, actions) {
  const { grants, entity } = input.granted;
  const found = earliest(
    actions.flatMap((action) => grants.sources[action] ? [grants.sources[action]] : [])
  );
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}
function entityLocation(input) {
  return { file: input.granted.entity.file, line: input.granted.entity.line };
}
function makeFinding(rule, severity, input, parts) {
  const { entity } = input.granted;
  return {
    rule,
    severity,
    entity: { id: entity.id, kind: entity.kind, arn: input.usage?.arn ?? entity.arn },
    service: parts.service ?? null,
    action: parts.action ?? null,
    file: parts.location.file,
    line: parts.location.line,
    lastAccessed: parts.lastAccessed ?? null,
    message: parts.message,
    suggestion: null,
    ...parts.grantedActions ? { grantedActions: parts.grantedActions } : {},
    ...parts.codePaths ? { codePaths: parts.codePaths } : {}
  };
}
function entityLabel(input) {
  const { entity } = input.granted;
  return `${entity.kind} ${entity.id}`;
}
var UNUSED_DAYS_OPTIONS = {
  type: "object",
  additionalProperties: false,
  properties: { unusedDays: { type: "integer", minimum: 1, maximum: 400 } }
};
function unusedDaysOf(input) {
  const own = input.options["unusedDays"];
  return typeof own === "number" ? own : input.settings.unusedDays;
}
function addedRecently(input, service) {
  const historic = input.historic;
  return historic != null && !historic.services.includes(service);
}
function addedRecentlyAction(input, action) {
  const historic = input.historic;
  return historic != null && !historic.actions.includes(action);
}
function grantedByNote(input, service) {
  const policies = input.usage?.policiesGranting?.[service] ?? [];
  if (policies.length === 0) return "";
  const names = policies.map(
    (p) => `${p.PolicyType === "INLINE" ? "inline" : "managed"} policy ${p.PolicyName}`
  );
  return ` Granted in AWS by ${listSome([...new Set(names)], 3)}.`;
}
function listSome(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export {
  serviceOf,
  actionsOfService,
  locate,
  entityLocation,
  makeFinding,
  entityLabel,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
  addedRecently,
  addedRecentlyAction,
  grantedByNote,
  listSome
};
//# sourceMappingURL=chunk-5S7Q27CS.js.map
