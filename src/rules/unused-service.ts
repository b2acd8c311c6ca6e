// A touched entity grants a service it has not used within unusedDays.
import {
  actionsOfService,
  addedRecently,
  entityLabel,
  grantedByNote,
  locate,
  makeFinding,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
} from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usageView, usedPhrase } from './usage-view.js';

export const unusedService = defineRule({
  id: 'unused-service',
  defaultSeverity: 'warning',
  strictSeverity: 'error',
  description: 'A changed entity grants a service it has not used within unusedDays.',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: 'unused-action', scope: 'service' }],
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young) return [];
    const findings: RuleFinding[] = [];
    for (const service of input.granted.grants.services) {
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      const granted = actionsOfService(input.granted.grants, service);
      findings.push(
        makeFinding('unused-service', input.severity, input, {
          service,
          location: locate(input, granted),
          lastAccessed: seen.lastAccessed,
          grantedActions: granted,
          message: `${entityLabel(input)} grants ${service} but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`,
        }),
      );
    }
    return findings;
  },
});
