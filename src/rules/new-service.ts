// The PR grants a service the entity never had: no usage can exist yet, so a reviewer should look at it on purpose.
import { entityLabel, locateService, makeFinding } from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';
import { usageView } from './usage-view.js';

// A grant of `*` makes this finding for every service of the catalog: each message is the service's head (shared by
// every entity) and the entity's tail (shared by its findings), see FindingParts.message.
const heads = new Map<string, string>();

function headOf(service: string): string {
  let head = heads.get(service);
  if (head === undefined) {
    if (heads.size > 10_000) heads.clear();
    head = `New service ${service}: `;
    heads.set(service, head);
  }
  return head;
}

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
    const label = entityLabel(input);
    // The reason is the entity's, not the service's: each of the three is written once, when first needed.
    const tails = new Map<string, string>();
    const tailOf = (reason: 'added' | 'not-at-base' | 'not-deployed') => {
      let tail = tails.get(reason);
      if (tail === undefined) {
        const why =
          reason === 'added'
            ? `the change adds ${label}`
            : reason === 'not-at-base'
              ? `${label} did not grant it at base`
              : `the deployed ${label} does not grant it yet (the last-accessed report does not list it)`;
        tail = `${why}, so no usage can exist yet.`;
        tails.set(reason, tail);
      }
      return tail;
    };
    const findings: RuleFinding[] = [];
    for (const service of grants.services) {
      const reason = newEntity
        ? 'added'
        : input.hasBase && base && !base.services.includes(service)
          ? 'not-at-base'
          : view && !view.services.has(service)
            ? 'not-deployed'
            : null;
      if (!reason) continue;
      findings.push(
        makeFinding('new-service', input.severity, input, {
          service,
          location: locateService(input, service),
          grantedService: service,
          message: [headOf(service), tailOf(reason)],
        }),
      );
    }
    return findings;
  },
});
