import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-2RVL4NVX.js";
import {
  UNUSED_DAYS_OPTIONS,
  actionNamesOfServices,
  actionsOfService,
  addedRecently,
  addedRecentlyAction,
  entityLabel,
  entityLocation,
  grantedByNote,
  listSomeActions,
  locate,
  locateAction,
  locateService,
  makeFinding,
  oneAction,
  serviceOf,
  unusedWindow
} from "./chunk-F7X5GEDP.js";
import {
  DATA_DELAY_MS,
  DAY_MS,
  daysBetween,
  describeLastUse,
  isoDay,
  parseTime,
  usageView,
  usedPhrase
} from "./chunk-TB53CU5I.js";
import {
  actionNames,
  difference
} from "./chunk-3AEIT2PU.js";
import {
  plural
} from "./chunk-3YVYB553.js";

// src/rules/new-service.ts
var heads = /* @__PURE__ */ new Map();
function headOf(service) {
  let head = heads.get(service);
  if (head === void 0) {
    if (heads.size > 1e4) heads.clear();
    head = `New service ${service}: `;
    heads.set(service, head);
  }
  return head;
}
var newService = defineRule({
  id: "new-service",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "The change grants a service the entity never had, so no usage can exist yet.",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      includeNewEntities: {
        type: "boolean",
        description: "Also report each service of an entity the change adds (default true)."
      }
    }
  },
  evaluate(input) {
    if (!input.touched) return [];
    const { grants, base } = input.granted;
    const newEntity = input.hasBase && base === null;
    if (newEntity && input.options["includeNewEntities"] === false) return [];
    const view = usageView(input.usage, input.settings.unusedDays, input.now);
    const label = entityLabel(input);
    const tails = /* @__PURE__ */ new Map();
    const tailOf = (reason) => {
      let tail = tails.get(reason);
      if (tail === void 0) {
        const why = reason === "added" ? `the change adds ${label}` : reason === "not-at-base" ? `${label} did not grant it at base` : `the deployed ${label} does not grant it yet (the last-accessed report does not list it)`;
        tail = `${why}, so no usage can exist yet.`;
        tails.set(reason, tail);
      }
      return tail;
    };
    const findings = [];
    for (const service of grants.services) {
      const reason = newEntity ? "added" : input.hasBase && base && !base.services.includes(service) ? "not-at-base" : view && !view.services.has(service) ? "not-deployed" : null;
      if (!reason) continue;
      findings.push(
        makeFinding("new-service", input.severity, input, {
          service,
          location: locateService(input, service),
          grantedService: service,
          message: [headOf(service), tailOf(reason)]
        })
      );
    }
    return findings;
  }
});

// src/rules/no-usage-data.ts
var noUsageData = defineRule({
  id: "no-usage-data",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "An entity could not be resolved or its last-accessed report could not be had (reason in the message).",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  evaluate(input) {
    if (!input.touched || input.hasBase && input.granted.base === null) return [];
    let reason = null;
    if (input.usageUnavailable) reason = input.usageUnavailable;
    else if (!input.usage) reason = "no usage was collected for it";
    else if (input.usage.reason) reason = input.usage.reason;
    else if (!input.usage.report) reason = "no last-accessed report was returned";
    else if (input.usage.report.JobStatus !== "COMPLETED")
      reason = `the report job ended ${input.usage.report.JobStatus}${input.usage.report.Error?.Message ? `: ${input.usage.report.Error.Message}` : ""}`;
    if (!reason) return [];
    return [
      makeFinding("no-usage-data", severityOf(input), input, {
        location: entityLocation(input),
        // Reasons are sentences of their own (some end with a period): one period between them, not two.
        message: `No usage data for ${entityLabel(input)}: ${reason.replace(/\.+$/, "")}. Its grants could not be compared with use.`
      })
    ];
  }
});
function severityOf(input) {
  if (input.settings.onMissingData === "fail") return "error";
  if (!input.usageUnavailable && input.severity === "notice") return "warning";
  return input.severity;
}

// src/rules/stale-access-key.ts
function maskKeyId(id) {
  return id.length > 8 ? `${id.slice(0, 4)}\u2026${id.slice(-4)}` : id;
}
var staleAccessKey = defineRule({
  id: "stale-access-key",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed user has an active access key not used within accessKeyMaxIdleDays, or never used.",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { maxIdleDays: { type: "integer", minimum: 1 } }
  },
  evaluate(input) {
    if (!input.touched || input.granted.entity.kind !== "user" || !input.usage) return [];
    const own = input.options["maxIdleDays"];
    const days = typeof own === "number" ? own : input.settings.accessKeyMaxIdleDays;
    const nowMs = input.now.getTime();
    const thresholdMs = nowMs - DATA_DELAY_MS - days * DAY_MS;
    const findings = [];
    for (const key of input.usage.accessKeys) {
      if (key.Status !== "Active") continue;
      const lastUsed = parseTime(key.AccessKeyLastUsed?.LastUsedDate);
      const created = parseTime(key.CreateDate);
      let why = null;
      if (lastUsed === null) {
        if (created === null || created <= thresholdMs) {
          why = created === null ? "has not been used in the tracking period" : `has not been used since it was created on ${isoDay(new Date(created))}`;
        }
      } else if (lastUsed < thresholdMs) {
        why = `was last used on ${isoDay(new Date(lastUsed))}, ${daysBetween(nowMs, lastUsed)} days ago`;
      }
      if (!why) continue;
      findings.push(
        makeFinding("stale-access-key", input.severity, input, {
          location: entityLocation(input),
          lastAccessed: key.AccessKeyLastUsed?.LastUsedDate ?? null,
          message: `Active access key ${maskKeyId(key.AccessKeyId)} of ${entityLabel(input)} ${why} (limit: ${days} days). Deactivate or rotate it.`
        })
      );
    }
    return findings;
  }
});

// src/rules/unjudged.ts
function unjudgedCauses(entity, grants) {
  const causes = [...entity.unknowns];
  const at = { file: entity.file, line: entity.line, path: entity.path };
  for (const [arn, source] of Object.entries(grants.managedPolicySources ?? {})) {
    if (source !== null) continue;
    causes.push({
      message: `managed policy ${arn} has no document from AWS, a snapshot or the bundled AWS-managed policies, so what it grants is not known`,
      location: at
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return causes.filter((cause) => {
    const key = `${cause.location.file}:${cause.location.line}\0${cause.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var unjudged = defineRule({
  id: "unjudged",
  defaultSeverity: "error",
  strictSeverity: "error",
  description: "An entity the change touches grants something the code does not let the tool know (unrendered action, unresolved target, managed policy without a document, plan-time unknown).",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  evaluate(input) {
    if (!input.touched) return [];
    const { entity, grants } = input.granted;
    return unjudgedCauses(entity, grants).map(
      (cause) => makeFinding("unjudged", input.severity, input, {
        location: { file: cause.location.file, line: cause.location.line },
        codePaths: [`${cause.location.file}#${cause.location.path}`],
        message: `Cannot judge ${entityLabel(input)}: ${cause.message}. Make it knowable from the code, configure it (parameters, entities, stacks, or a snapshot with the policy document), or suppress unjudged with a reason.`
      })
    );
  }
});

// src/rules/unused-action.ts
var unusedAction = defineRule({
  id: "unused-action",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "A changed entity grants tracked actions it has not used within unusedDays (action-level data).",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    const trackedServices = [...view.services.values()].filter((s) => s.tracked).map((s) => s.namespace);
    for (const action of actionNamesOfServices(input.granted.grants.actions, trackedServices)) {
      const service = serviceOf(action);
      const tracked = view.services.get(service)?.tracked?.get(action.toLowerCase());
      if (!tracked || tracked.used || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding("unused-action", input.severity, input, {
          service,
          action,
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(input.granted.grants.actions, action),
          message: `${entityLabel(input)} grants the tracked action ${action} but ${usedPhrase(tracked.lastAccessed, view)} (window: ${days} days).`
        })
      );
    }
    return findings;
  }
});

// src/rules/unused-entity.ts
var unusedEntity = defineRule({
  id: "unused-entity",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed entity used no service within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: "unused-service", scope: "entity" },
    { rule: "unused-action", scope: "entity" }
  ],
  evaluate(input) {
    if (!input.touched || input.granted.grants.services.length === 0) return [];
    const window = unusedWindow(input);
    if (!window || window.view.services.size === 0) return [];
    const { days, view } = window;
    if ([...view.services.values()].some((service) => service.used)) return [];
    let latest = null;
    for (const service of view.services.values()) {
      if ((parseTime(service.lastAccessed) ?? -1) > (parseTime(latest) ?? -1)) latest = service.lastAccessed;
    }
    return [
      makeFinding("unused-entity", input.severity, input, {
        location: entityLocation(input),
        lastAccessed: latest,
        grantedActions: input.granted.grants.actions,
        message: `${entityLabel(input)} used none of its ${plural(view.services.size, "service")} within ${days} days (${latest ? describeLastUse(latest, view).replace("last used", "the last use was") : "none was used in the tracking period"}). Consider removing it.`
      })
    ];
  }
});

// src/rules/unused-service.ts
var unusedService = defineRule({
  id: "unused-service",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed entity grants a service it has not used within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: "unused-action", scope: "service" }],
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    for (const service of input.granted.grants.services) {
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding("unused-service", input.severity, input, {
          service,
          location: locateService(input, service),
          lastAccessed: seen.lastAccessed,
          grantedService: service,
          message: `${entityLabel(input)} grants ${service} but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`
        })
      );
    }
    return findings;
  }
});

// src/rules/widened-unused-action.ts
var widenedUnusedAction = defineRule({
  id: "widened-unused-action",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "The change adds a tracked action on a service whose tracked actions the entity has not used within unusedDays (action-level data).",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: "unused-action", scope: "service" }],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    const candidates = base.services.filter((service) => {
      const seen = view.services.get(service);
      return seen?.tracked && !seen.anyTrackedUsed;
    });
    if (candidates.length === 0) return [];
    const added = difference(grants.actions, base.actions);
    for (const action of actionNamesOfServices(added, candidates)) {
      const service = serviceOf(action);
      if (!base.services.includes(service)) continue;
      const seen = view.services.get(service);
      const tracked = seen?.tracked?.get(action.toLowerCase());
      if (!seen?.tracked || !tracked) continue;
      if (seen.anyTrackedUsed || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding("widened-unused-action", input.severity, input, {
          service,
          action,
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(grants.actions, action),
          message: `This change adds the tracked action ${action} to ${entityLabel(input)}, which used none of its tracked ${service} actions within ${days} days (${action}: ${describeLastUse(tracked.lastAccessed, view)}).`
        })
      );
    }
    return findings;
  }
});

// src/rules/widened-unused-service.ts
var widenedUnusedService = defineRule({
  id: "widened-unused-service",
  defaultSeverity: "error",
  strictSeverity: "error",
  description: "The change adds actions of a service the entity already had at base and has not used within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: "widened-unused-action", scope: "service" },
    { rule: "unused-service", scope: "service" },
    { rule: "unused-action", scope: "service" }
  ],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    for (const service of grants.services) {
      if (!base.services.includes(service)) continue;
      const added = difference(actionsOfService(grants, service), base.actions);
      if (added.size === 0) continue;
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding("widened-unused-service", input.severity, input, {
          service,
          action: added.size === 1 ? actionNames(added)[0] : null,
          location: locate(input, added),
          lastAccessed: seen.lastAccessed,
          grantedActions: added,
          message: `This change adds ${listSomeActions(added)} to ${entityLabel(input)}, which already had ${service}, but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`
        })
      );
    }
    return findings;
  }
});

// src/rules/index.ts
var RULES = [
  widenedUnusedService,
  widenedUnusedAction,
  unusedService,
  unusedAction,
  unusedEntity,
  newService,
  staleAccessKey,
  noUsageData,
  unjudged
];
var RULE_IDS = RULES.map((rule) => rule.id);
function isRuleId(id) {
  return RULE_IDS.includes(id);
}

export {
  unjudgedCauses,
  RULES,
  RULE_IDS,
  isRuleId
};
//# sourceMappingURL=chunk-PUX2MLRJ.js.map
