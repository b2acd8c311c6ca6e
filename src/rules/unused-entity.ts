// A touched entity used no service at all within unusedDays: a candidate for removal, not for trimming.

import { plural } from '../words.js';
import {
  entityLabel,
  entityLocation,
  makeFinding,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
} from './attribution.js';
import { defineRule } from './types.js';
import { describeLastUse, parseTime, usageView } from './usage-view.js';

export const unusedEntity = defineRule({
  id: 'unused-entity',
  defaultSeverity: 'warning',
  strictSeverity: 'error',
  description: 'A changed entity used no service within unusedDays.',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: 'unused-service', scope: 'entity' },
    { rule: 'unused-action', scope: 'entity' },
  ],
  evaluate(input) {
    if (!input.touched || input.granted.grants.services.length === 0) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young || view.services.size === 0) return [];
    if ([...view.services.values()].some((service) => service.used)) return [];
    let latest: string | null = null;
    for (const service of view.services.values()) {
      if ((parseTime(service.lastAccessed) ?? -1) > (parseTime(latest) ?? -1)) latest = service.lastAccessed;
    }
    return [
      makeFinding('unused-entity', input.severity, input, {
        location: entityLocation(input),
        lastAccessed: latest,
        grantedActions: input.granted.grants.actions,
        message: `${entityLabel(input)} used none of its ${plural(view.services.size, 'service')} within ${days} days (${latest ? describeLastUse(latest, view).replace('last used', 'the last use was') : 'none was used in the tracking period'}). Consider removing it.`,
      }),
    ];
  },
});
