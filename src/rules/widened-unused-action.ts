// The PR adds a tracked action on a service whose tracked actions the entity has not used within unusedDays.
import { difference } from '../policy/action-set.js';
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
import { describeLastUse } from './usage-view.js';

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
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings: RuleFinding[] = [];
    // Only services of the base whose tracked actions all went unused can yield a finding: read just those.
    const candidates = base.services.filter((service) => {
      const seen = view.services.get(service);
      return seen?.tracked && !seen.anyTrackedUsed;
    });
    if (candidates.length === 0) return [];
    const added = difference(grants.actions, base.actions);
    for (const action of actionNamesOfServices(added, candidates)) {
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
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(grants.actions, action),
          message: `This change adds the tracked action ${action} to ${entityLabel(input)}, which used none of its tracked ${service} actions within ${days} days (${action}: ${describeLastUse(tracked.lastAccessed, view)}).`,
        }),
      );
    }
    return findings;
  },
});
