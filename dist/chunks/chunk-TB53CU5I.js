import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/rules/usage-view.ts
var DATA_DELAY_MS = 4 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function parseTime(value) {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
function windowStartFor(reference, days) {
  return new Date(reference.getTime() - DATA_DELAY_MS - days * DAY_MS);
}
var views = /* @__PURE__ */ new WeakMap();
function usageView(usage, days, now) {
  if (!usage) return null;
  const key = `${days}\0${now.getTime()}\0${usage.report?.JobCompletionDate ?? ""}`;
  let cached = views.get(usage);
  if (!cached) {
    cached = /* @__PURE__ */ new Map();
    views.set(usage, cached);
  }
  if (cached.has(key)) return cached.get(key) ?? null;
  const view = buildView(usage, days, now);
  cached.set(key, view);
  return view;
}
function buildView(usage, days, now) {
  const report = usage.report;
  if (report?.JobStatus !== "COMPLETED") return null;
  const referenceMs = parseTime(report.JobCompletionDate) ?? parseTime(report.JobCreationDate) ?? now.getTime();
  const reference = new Date(referenceMs);
  const windowStart = windowStartFor(reference, days);
  const startMs = windowStart.getTime();
  const createDate = usage.createDate ?? report.CreateDate ?? null;
  const createdMs = parseTime(createDate);
  const services = /* @__PURE__ */ new Map();
  for (const entry of report.ServicesLastAccessed ?? []) {
    services.set(entry.ServiceNamespace.toLowerCase(), serviceView(entry, startMs));
  }
  return {
    report,
    reference,
    windowStart,
    createDate,
    young: createdMs !== null && createdMs > startMs,
    services
  };
}
function serviceView(entry, startMs) {
  const namespace = entry.ServiceNamespace.toLowerCase();
  const lastMs = parseTime(entry.LastAuthenticated);
  let tracked = null;
  if (entry.TrackedActionsLastAccessed && entry.TrackedActionsLastAccessed.length > 0) {
    tracked = /* @__PURE__ */ new Map();
    for (const item of entry.TrackedActionsLastAccessed) {
      if (!item.ActionName) continue;
      const name = item.ActionName.includes(":") ? item.ActionName.slice(item.ActionName.indexOf(":") + 1) : item.ActionName;
      const at = parseTime(item.LastAccessedTime);
      tracked.set(`${namespace}:${name}`.toLowerCase(), {
        action: `${namespace}:${name}`,
        lastAccessed: item.LastAccessedTime ?? null,
        used: at !== null && at >= startMs
      });
    }
  }
  return {
    namespace,
    lastAccessed: entry.LastAuthenticated ?? null,
    used: lastMs !== null && lastMs >= startMs,
    tracked,
    anyTrackedUsed: tracked !== null && [...tracked.values()].some((t) => t.used)
  };
}
function isoDay(date) {
  return (typeof date === "string" ? date : date.toISOString()).slice(0, 10);
}
function usedPhrase(lastAccessed, view) {
  const ms = parseTime(lastAccessed);
  if (ms === null) return "it was not used in the tracking period";
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `it was last used on ${isoDay(lastAccessed)}, ${days} days before the report of ${isoDay(view.reference)}`;
}
function describeLastUse(lastAccessed, view) {
  const ms = parseTime(lastAccessed);
  if (ms === null) return "not used in the tracking period";
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `last used ${isoDay(lastAccessed)}, ${days} days before the report of ${isoDay(view.reference)}`;
}
function daysBetween(laterMs, earlierMs) {
  return Math.floor((laterMs - earlierMs) / DAY_MS);
}

export {
  DATA_DELAY_MS,
  DAY_MS,
  parseTime,
  usageView,
  isoDay,
  usedPhrase,
  describeLastUse,
  daysBetween
};
//# sourceMappingURL=chunk-TB53CU5I.js.map
