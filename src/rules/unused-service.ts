// A touched entity grants a service it has not used within unusedDays.
import {
  addedRecently,
  entityLabel,
  grantedByNote,
  locateService,
  makeFinding,
  UNUSED_DAYS_OPTIONS,
  unusedWindow,
} from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usedPhrase } from './usage-view.js';

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
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings: RuleFinding[] = [];
    for (const service of input.granted.grants.services) {
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding('unused-service', input.severity, input, {
          service,
          location: locateService(input, service),
          lastAccessed: seen.lastAccessed,
          grantedService: service,
          message: `${entityLabel(input)} grants ${service} but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`,
        }),
      );
    }
    return findings;
  },
});
