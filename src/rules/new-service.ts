// The PR grants a service the entity never had: no usage can exist yet, so a reviewer should look at it on purpose.
import { actionsOfService, entityLabel, locate, makeFinding } from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usageView } from './usage-view.js';

export const newService = defineRule({
  id: 'new-service',
  defaultSeverity: 'notice',
  strictSeverity: 'warning',
  description: 'The change grants a service the entity never had, so no usage can exist yet.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      includeNewEntities: {
        type: 'boolean',
        description: 'Also report each service of an entity the change adds (default true).',
      },
    },
  },
  evaluate(input) {
    if (!input.touched) return [];
    const { grants, base } = input.granted;
    const newEntity = input.hasBase && base === null;
    if (newEntity && input.options['includeNewEntities'] === false) return [];
    const view = usageView(input.usage, input.settings.unusedDays, input.now);
    const findings: RuleFinding[] = [];
    for (const service of grants.services) {
      let why: string | null = null;
      if (newEntity) why = `the change adds ${entityLabel(input)}`;
      else if (input.hasBase && base && !base.services.includes(service))
        why = `${entityLabel(input)} did not grant it at base`;
      else if (view && !view.services.has(service))
        why = `the deployed ${entityLabel(input)} does not grant it yet (the last-accessed report does not list it)`;
      if (!why) continue;
      const granted = actionsOfService(grants, service);
      findings.push(
        makeFinding('new-service', input.severity, input, {
          service,
          location: locate(input, granted),
          grantedActions: granted,
          message: `New service ${service}: ${why}, so no usage can exist yet.`,
        }),
      );
    }
    return findings;
  },
});
