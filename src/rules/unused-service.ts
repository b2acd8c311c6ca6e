// A touched entity grants a service it has not used within unusedDays.
import {
  addedRecently,
  entityLabel,
  grantedByNote,
  locateService,
  makeFinding,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
} from './attribution.js';
import type { Finding } from './model.js';
import type { Rule } from './types.js';
import { usageView, usedPhrase } from './usage-view.js';

export const unusedService: Rule = {
  id: 'unused-service',
  defaultSeverity: 'warning',
  description: 'A changed entity grants a service it has not used within unusedDays.',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  evaluate(input) {
    if (!input.touched) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young) return [];
    const findings: Finding[] = [];
    for (const service of input.granted.grants.services) {
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding('unused-service', input.severity, input, {
          service,
          location: locateService(input, service),
          lastAccessed: seen.lastAccessed,
          message: `${entityLabel(input)} grants ${service} but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`,
        }),
      );
    }
    return findings;
  },
};
