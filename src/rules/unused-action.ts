// A touched entity grants tracked actions it has not used within unusedDays; untracked actions are never judged.
import {
  actionNamesOfServices,
  addedRecentlyAction,
  entityLabel,
  locateAction,
  makeFinding,
  oneAction,
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
    // Only tracked actions are judged: read the services the report tracks actions of.
    const trackedServices = [...view.services.values()].filter((s) => s.tracked).map((s) => s.namespace);
    for (const action of actionNamesOfServices(input.granted.grants.actions, trackedServices)) {
      const service = serviceOf(action);
      const tracked = view.services.get(service)?.tracked?.get(action.toLowerCase());
      if (!tracked || tracked.used || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding('unused-action', input.severity, input, {
          service,
          action,
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(input.granted.grants.actions, action),
          message: `${entityLabel(input)} grants the tracked action ${action} but ${usedPhrase(tracked.lastAccessed, view)} (window: ${days} days).`,
        }),
      );
    }
    return findings;
  },
});
