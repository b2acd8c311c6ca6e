// The PR adds actions of a service the entity already had and has not used within unusedDays: widening dead weight.
import {
  actionsOfService,
  addedRecently,
  entityLabel,
  grantedByNote,
  listSome,
  locate,
  makeFinding,
  UNUSED_DAYS_OPTIONS,
  unusedDaysOf,
} from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usageView, usedPhrase } from './usage-view.js';

export const widenedUnusedService = defineRule({
  id: 'widened-unused-service',
  defaultSeverity: 'error',
  strictSeverity: 'error',
  description:
    'The change adds actions of a service the entity already had at base and has not used within unusedDays.',
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: 'widened-unused-action', scope: 'service' },
    { rule: 'unused-service', scope: 'service' },
    { rule: 'unused-action', scope: 'service' },
  ],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const days = unusedDaysOf(input);
    const view = usageView(input.usage, days, input.now);
    if (!view || view.young) return [];
    const findings: RuleFinding[] = [];
    const baseActions = new Set(base.actions);
    for (const service of grants.services) {
      if (!base.services.includes(service)) continue; // new to the entity: new-service says so
      const added = actionsOfService(grants, service).filter((action) => !baseActions.has(action));
      if (added.length === 0) continue;
      const seen = view.services.get(service);
      // Not in the report: the deployed policies do not grant it, so there is nothing to judge.
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding('widened-unused-service', input.severity, input, {
          service,
          action: added.length === 1 ? added[0]! : null,
          location: locate(input, added),
          lastAccessed: seen.lastAccessed,
          grantedActions: added,
          message: `This change adds ${listSome(added)} to ${entityLabel(input)}, which already had ${service}, but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`,
        }),
      );
    }
    return findings;
  },
});
