// An entity the rules need usage for has none: say why instead of staying silent.
import { entityLabel, entityLocation, makeFinding } from './attribution.js';
import type { Severity } from './model.js';
import { defineRule, type RuleInput } from './types.js';

export const noUsageData = defineRule({
  id: 'no-usage-data',
  defaultSeverity: 'notice',
  strictSeverity: 'warning',
  description:
    'An entity could not be resolved or its last-accessed report could not be had (reason in the message).',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  evaluate(input) {
    // A new entity has no usage by definition; new-service speaks for it.
    if (!input.touched || (input.hasBase && input.granted.base === null)) return [];
    let reason: string | null = null;
    if (input.usageUnavailable) reason = input.usageUnavailable;
    else if (!input.usage) reason = 'no usage was collected for it';
    else if (input.usage.reason) reason = input.usage.reason;
    else if (!input.usage.report) reason = 'no last-accessed report was returned';
    else if (input.usage.report.JobStatus !== 'COMPLETED')
      reason = `the report job ended ${input.usage.report.JobStatus}${input.usage.report.Error?.Message ? `: ${input.usage.report.Error.Message}` : ''}`;
    if (!reason) return [];
    return [
      makeFinding('no-usage-data', severityOf(input), input, {
        location: entityLocation(input),
        // Reasons are sentences of their own (some end with a period): one period between them, not two.
        message: `No usage data for ${entityLabel(input)}: ${reason.replace(/\.+$/, '')}. Its grants could not be compared with use.`,
      }),
    ];
  },
});

/**
 * `onMissingData: fail` makes missing data an error. An entity whose own data went missing while AWS or a snapshot
 * answered for others is data loss, not the announced degraded mode (no credentials, a fork): at least a warning,
 * never a quiet notice.
 */
function severityOf(input: RuleInput): Severity {
  if (input.settings.onMissingData === 'fail') return 'error';
  if (!input.usageUnavailable && input.severity === 'notice') return 'warning';
  return input.severity;
}
