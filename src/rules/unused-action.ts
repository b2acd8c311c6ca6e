// A touched entity grants tracked actions it has not used within unusedDays; untracked actions are never judged.
import {
  addedRecentlyAction,
  entityLabel,
  locate,
  makeFinding,
  serviceOf,
  UNUSED_DAYS_OPTIONS,
  unusedWindow,
} from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usedPhrase } from './usage-view.js';

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
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
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
