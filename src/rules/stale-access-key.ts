// A touched user holds an active access key unused for accessKeyMaxIdleDays, or never used.
import { entityLabel, entityLocation, makeFinding } from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { DATA_DELAY_MS, DAY_MS, daysBetween, isoDay, parseTime } from './usage-view.js';

/** Access key ids are not secret, but a report needs no more than enough to tell keys apart. */
export function maskKeyId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}

export const staleAccessKey = defineRule({
  id: 'stale-access-key',
  defaultSeverity: 'warning',
  strictSeverity: 'error',
  description: 'A changed user has an active access key not used within accessKeyMaxIdleDays, or never used.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { maxIdleDays: { type: 'integer', minimum: 1 } },
  },
  evaluate(input) {
    if (!input.touched || input.granted.entity.kind !== 'user' || !input.usage) return [];
    const own = input.options['maxIdleDays'];
    const days = typeof own === 'number' ? own : input.settings.accessKeyMaxIdleDays;
    // GetAccessKeyLastUsed has no report time; count from now, less AWS's delay.
    const nowMs = input.now.getTime();
    const thresholdMs = nowMs - DATA_DELAY_MS - days * DAY_MS;
    const findings: RuleFinding[] = [];
    for (const key of input.usage.accessKeys) {
      if (key.Status !== 'Active') continue;
      const lastUsed = parseTime(key.AccessKeyLastUsed?.LastUsedDate);
      const created = parseTime(key.CreateDate);
      let why: string | null = null;
      if (lastUsed === null) {
        if (created === null || created <= thresholdMs) {
          why =
            created === null
              ? 'has not been used in the tracking period'
              : `has not been used since it was created on ${isoDay(new Date(created))}`;
        }
      } else if (lastUsed < thresholdMs) {
        why = `was last used on ${isoDay(new Date(lastUsed))}, ${daysBetween(nowMs, lastUsed)} days ago`;
      }
      if (!why) continue;
      findings.push(
        makeFinding('stale-access-key', input.severity, input, {
          location: entityLocation(input),
          lastAccessed: key.AccessKeyLastUsed?.LastUsedDate ?? null,
          message: `Active access key ${maskKeyId(key.AccessKeyId)} of ${entityLabel(input)} ${why} (limit: ${days} days). Deactivate or rotate it.`,
        }),
      );
    }
    return findings;
  },
});
