// Time semantics of last-accessed data: the window counts back from the report, data is up to 4 hours late,
// an entity younger than the window is never unused, and only tracked actions can be called unused.
import type { EntityUsage, ServiceLastAccessed, UsageReport } from '../usage/model.js';

/** IAM's last-accessed data lags activity by up to 4 hours (AWS documentation). */
export const DATA_DELAY_MS = 4 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrackedAction {
  /** `s3:CreateBucket`, as the service namespace plus the report's action name. */
  action: string;
  lastAccessed: string | null;
  used: boolean;
}

export interface ServiceView {
  namespace: string;
  lastAccessed: string | null;
  used: boolean;
  /** Lower-cased `service:action` → tracked action; null when the report has no action-level data for it. */
  tracked: Map<string, TrackedAction> | null;
  /** Whether any tracked action of the service was used within the window. */
  anyTrackedUsed: boolean;
}

export interface UsageView {
  report: UsageReport;
  /** The report's job completion time: what "N days ago" counts from. */
  reference: Date;
  /**
   * Start of the window in which a use counts: `reference − 4 h − unusedDays`. The last 4 hours before the report
   * may be missing from it, so the window is the `unusedDays` the data can vouch for, ending 4 hours early.
   */
  windowStart: Date;
  createDate: string | null;
  /** Created after `windowStart`: too young to be called unused. */
  young: boolean;
  /** Lower-cased service namespace → what the report says. */
  services: Map<string, ServiceView>;
}

export function parseTime(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function windowStartFor(reference: Date, days: number): Date {
  return new Date(reference.getTime() - DATA_DELAY_MS - days * DAY_MS);
}

// Several rules read the same report with the same window; the view is derived data, so caching keeps them pure.
const views = new WeakMap<EntityUsage, Map<string, UsageView | null>>();

/** A view of the entity's report for a window of `days`; null when there is no usable report. */
export function usageView(usage: EntityUsage | null, days: number, now: Date): UsageView | null {
  if (!usage) return null;
  const key = `${days}\u0000${now.getTime()}\u0000${usage.report?.JobCompletionDate ?? ''}`;
  let cached = views.get(usage);
  if (!cached) {
    cached = new Map();
    views.set(usage, cached);
  }
  if (cached.has(key)) return cached.get(key) ?? null;
  const view = buildView(usage, days, now);
  cached.set(key, view);
  return view;
}

function buildView(usage: EntityUsage, days: number, now: Date): UsageView | null {
  const report = usage.report;
  if (report?.JobStatus !== 'COMPLETED') return null;
  const referenceMs =
    parseTime(report.JobCompletionDate) ?? parseTime(report.JobCreationDate) ?? now.getTime();
  const reference = new Date(referenceMs);
  const windowStart = windowStartFor(reference, days);
  const startMs = windowStart.getTime();
  const createDate = usage.createDate ?? report.CreateDate ?? null;
  const createdMs = parseTime(createDate);
  const services = new Map<string, ServiceView>();
  for (const entry of report.ServicesLastAccessed ?? []) {
    services.set(entry.ServiceNamespace.toLowerCase(), serviceView(entry, startMs));
  }
  return {
    report,
    reference,
    windowStart,
    createDate,
    young: createdMs !== null && createdMs > startMs,
    services,
  };
}

function serviceView(entry: ServiceLastAccessed, startMs: number): ServiceView {
  const namespace = entry.ServiceNamespace.toLowerCase();
  const lastMs = parseTime(entry.LastAuthenticated);
  let tracked: Map<string, TrackedAction> | null = null;
  if (entry.TrackedActionsLastAccessed && entry.TrackedActionsLastAccessed.length > 0) {
    tracked = new Map();
    for (const item of entry.TrackedActionsLastAccessed) {
      if (!item.ActionName) continue;
      // The API documents no prefix for ActionName; accept both spellings.
      const name = item.ActionName.includes(':')
        ? item.ActionName.slice(item.ActionName.indexOf(':') + 1)
        : item.ActionName;
      const at = parseTime(item.LastAccessedTime);
      tracked.set(`${namespace}:${name}`.toLowerCase(), {
        action: `${namespace}:${name}`,
        lastAccessed: item.LastAccessedTime ?? null,
        used: at !== null && at >= startMs,
      });
    }
  }
  return {
    namespace,
    lastAccessed: entry.LastAuthenticated ?? null,
    used: lastMs !== null && lastMs >= startMs,
    tracked,
    anyTrackedUsed: tracked !== null && [...tracked.values()].some((t) => t.used),
  };
}

export function isoDay(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}

/** "it was not used in the tracking period" or "it was last used on 2026-03-01, 201 days before the report of …". */
export function usedPhrase(lastAccessed: string | null, view: UsageView): string {
  const ms = parseTime(lastAccessed);
  if (ms === null) return 'it was not used in the tracking period';
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `it was last used on ${isoDay(lastAccessed as string)}, ${days} days before the report of ${isoDay(view.reference)}`;
}

/** "not used in the tracking period" or "last used 2026-03-01, 201 days before the report". */
export function describeLastUse(lastAccessed: string | null, view: UsageView): string {
  const ms = parseTime(lastAccessed);
  if (ms === null) return 'not used in the tracking period';
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `last used ${isoDay(lastAccessed as string)}, ${days} days before the report of ${isoDay(view.reference)}`;
}

export function daysBetween(laterMs: number, earlierMs: number): number {
  return Math.floor((laterMs - earlierMs) / DAY_MS);
}
