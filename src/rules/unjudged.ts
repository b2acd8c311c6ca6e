// Fail closed: an entity the change touches grants something the code does not let the tool know (an unrendered
// action or document, a parameter without a Default, a target that cannot be resolved, a managed policy with no
// document from any source, a plan-time unknown). Its widening cannot be judged, so the change is blocked until it
// is made knowable, configured, or suppressed with a reason.
import type { GrantSet } from '../policy/grants.types.js';
import type { Entity, Unknown } from '../policy/model.js';
import { entityLabel, makeFinding } from './attribution.js';
import { defineRule, type RuleFinding } from './types.js';

/** What the entity's head grants depend on and the code does not say: its own unknowns, then documents missing. */
export function unjudgedCauses(entity: Entity, grants: GrantSet): Unknown[] {
  const causes: Unknown[] = [...entity.unknowns];
  const at = { file: entity.file, line: entity.line, path: entity.path };
  for (const [arn, source] of Object.entries(grants.managedPolicySources ?? {})) {
    if (source !== null) continue;
    causes.push({
      message: `managed policy ${arn} has no document from AWS, a snapshot or the bundled AWS-managed policies, so what it grants is not known`,
      location: at,
    });
  }
  const seen = new Set<string>();
  return causes.filter((cause) => {
    const key = `${cause.location.file}:${cause.location.line}\u0000${cause.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const unjudged = defineRule({
  id: 'unjudged',
  defaultSeverity: 'error',
  strictSeverity: 'error',
  description:
    'An entity the change touches grants something the code does not let the tool know (unrendered action, unresolved target, managed policy without a document, plan-time unknown).',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  evaluate(input) {
    if (!input.touched) return [];
    const { entity, grants } = input.granted;
    return unjudgedCauses(entity, grants).map(
      (cause): RuleFinding =>
        makeFinding('unjudged', input.severity, input, {
          location: { file: cause.location.file, line: cause.location.line },
          codePaths: [`${cause.location.file}#${cause.location.path}`],
          message: `Cannot judge ${entityLabel(input)}: ${cause.message}. Make it knowable from the code, configure it (parameters, entities, stacks, or a snapshot with the policy document), or suppress unjudged with a reason.`,
        }),
    );
  },
});
