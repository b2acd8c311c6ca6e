// A touched entity grants tracked actions it has not used within unusedDays; untracked actions are never judged.
import {
  addedRecentlyAction,
  entityLabel,
  locate,
  makeFinding,
  serviceOf,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
} from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usageView, usedPhrase } from './usage-view.js';

export const unusedAction = defineRule({
  id: 'unused-action',
  defaultSeverity: 'notice',
  strictSeverity: 'warning',
  description:
    'A changed entity grants tracked actions it has not used within unusedDays (action-level data).',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young) return [];
    const findings: RuleFinding[] = [];
    for (const action of input.granted.grants.actions) {
      const service = serviceOf(action);
      const tracked = view.services.get(service)?.tracked?.get(action.toLowerCase());
      if (!tracked || tracked.used || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding('unused-action', input.severity, input, {
          service,
          action,
          location: locate(input, [action]),
          lastAccessed: tracked.lastAccessed,
          grantedActions: [action],
          message: `${entityLabel(input)} grants the tracked action ${action} but ${usedPhrase(tracked.lastAccessed, view)} (window: ${days} days).`,
        }),
      );
    }
    return findings;
  },
});
