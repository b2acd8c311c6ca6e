import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  earliestSource,
  earliestSourceIn,
  sourceOf
} from "./chunk-BCIBQX6Q.js";
import {
  usageView
} from "./chunk-TB53CU5I.js";
import {
  actionNames,
  actionSetOfNames,
  actionsOfService,
  forEachIndex,
  hasAction,
  serviceRange
} from "./chunk-3AEIT2PU.js";

// src/rules/attribution.ts
function serviceOf(action) {
  const colon = action.indexOf(":");
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
function actionsOfService2(grants, service) {
  return actionsOfService(grants.actions, service);
}
function oneAction(actions, action) {
  return actionSetOfNames(actions.space, [action]).set;
}
function actionNamesOfServices(set, services) {
  const { space } = set;
  const ranges = [];
  for (const service of new Set(services)) {
    const range = serviceRange(space, service);
    if (range) ranges.push(range);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const names = [];
  for (const [start, end] of ranges) forEachIndex(set, (i) => names.push(space.names[i]), start, end);
  return names;
}
function locate(input, actions) {
  const { grants, entity } = input.granted;
  const found = actions.size === 0 ? null : earliestSource(grants, actions);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}
function locateService(input, service) {
  const { grants, entity } = input.granted;
  const { space } = grants.actions;
  const id = space.serviceId(service);
  const found = id === void 0 ? null : earliestSourceIn(grants, space.serviceStart[id], space.serviceEnd[id]);
  return found ?? entity;
}
function locateAction(input, action) {
  const { grants, entity } = input.granted;
  const found = sourceOf(grants, action);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}
function entityLocation(input) {
  return { file: input.granted.entity.file, line: input.granted.entity.line };
}
var findingEntities = /* @__PURE__ */ new WeakMap();
function findingEntity(input) {
  const { entity } = input.granted;
  const arn = input.usage?.arn ?? entity.arn;
  let shared = findingEntities.get(input.granted);
  if (!shared || shared.arn !== arn) {
    shared = Object.freeze({ id: entity.id, kind: entity.kind, arn });
    findingEntities.set(input.granted, shared);
  }
  return shared;
}
var BEYOND_LATIN1 = /[\u0100-\uffff]/;
function flat(text) {
  return text.length > 12 && !BEYOND_LATIN1.test(text) ? Buffer.from(text, "latin1").toString("latin1") : text;
}
function makeFinding(rule, severity, input, parts) {
  const finding = {
    rule,
    severity,
    entity: findingEntity(input),
    service: parts.service ?? null,
    action: parts.action ?? null,
    file: parts.location.file,
    line: parts.location.line,
    lastAccessed: parts.lastAccessed ?? null,
    message: typeof parts.message === "string" ? flat(parts.message) : parts.message[0] + parts.message[1],
    suggestion: null
  };
  if (parts.grantedActions) finding.grantedActions = parts.grantedActions;
  if (parts.grantedService) finding.grantedService = parts.grantedService;
  if (parts.codePaths) finding.codePaths = parts.codePaths;
  return finding;
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
  return historic != null && !hasAction(historic.actions, action);
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
function unusedWindow(input) {
  const days = unusedDaysOf(input);
  const view = usageView(input.usage, days, input.now);
  return view && !view.young ? { days, view } : null;
}
function listSomeActions(actions, max = 5) {
  const shown = actionNames(actions, max + 1);
  if (shown.length <= max) return shown.join(", ");
  return `${shown.slice(0, max).join(", ")} and ${actions.size - max} more`;
}

export {
  serviceOf,
  actionsOfService2 as actionsOfService,
  oneAction,
  actionNamesOfServices,
  locate,
  locateService,
  locateAction,
  entityLocation,
  makeFinding,
  entityLabel,
  UNUSED_DAYS_OPTIONS,
  addedRecently,
  addedRecentlyAction,
  grantedByNote,
  unusedWindow,
  listSomeActions
};
//# sourceMappingURL=chunk-F7X5GEDP.js.map
