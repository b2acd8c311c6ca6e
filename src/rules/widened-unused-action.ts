// The PR adds a tracked action on a service whose tracked actions the entity has not used within unusedDays.
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
import { describeLastUse, usageView } from './usage-view.js';

export const widenedUnusedAction = defineRule({
  id: 'widened-unused-action',
  defaultSeverity: 'warning',
  strictSeverity: 'error',
  description:
    'The change adds a tracked action on a service whose tracked actions the entity has not used within unusedDays (action-level data).',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: 'unused-action', scope: 'service' }],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young) return [];
    const findings: RuleFinding[] = [];
    const baseActions = new Set(base.actions);
    for (const action of grants.actions) {
      if (baseActions.has(action)) continue;
      const service = serviceOf(action);
      if (!base.services.includes(service)) continue; // a new service: new-service
      const seen = view.services.get(service);
      const tracked = seen?.tracked?.get(action.toLowerCase());
      // Untracked actions are unknown, never unused.
      if (!seen?.tracked || !tracked) continue;
      if (seen.anyTrackedUsed || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding('widened-unused-action', input.severity, input, {
          service,
          action,
          location: locate(input, [action]),
          lastAccessed: tracked.lastAccessed,
          grantedActions: [action],
          message: `This change adds the tracked action ${action} to ${entityLabel(input)}, which used none of its tracked ${service} actions within ${days} days (${action}: ${describeLastUse(tracked.lastAccessed, view)}).`,
        }),
      );
    }
    return findings;
  },
});
