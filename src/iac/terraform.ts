// Terraform plan JSON (`terraform show -json`, format 0.1–1.2) → IAM entities after the plan, and before it. Each
// resource type has its reader in tf/ (registered in tf/readers.ts); this file picks the resources and runs passes.
import type { LineIndex } from '../policy/located.js';
import type { Diagnostic, Entity } from '../policy/model.js';
import { type DocumentScope, isRecord } from '../policy/statements.js';
import type { PlanContext } from './tf/context.js';
import {
  changeResource,
  configurationReferences,
  configuredAttributes,
  moduleResources,
  type PlanResource,
} from './tf/plan.js';
import { PLAN_READERS } from './tf/readers.js';

export { TERRAFORM_SUPPRESSION_TAG } from './tf/context.js';

export function isTerraformPlan(document: unknown): document is Record<string, unknown> {
  return (
    isRecord(document) &&
    typeof document['format_version'] === 'string' &&
    (isRecord(document['planned_values']) ||
      Array.isArray(document['resource_changes']) ||
      typeof document['terraform_version'] === 'string')
  );
}

export interface PlanEntities {
  entities: Entity[];
  priorEntities: Entity[];
}

export function entitiesFromPlan(
  plan: Record<string, unknown>,
  file: string,
  lines: LineIndex,
  diagnostics: Diagnostic[],
): PlanEntities {
  const scope: DocumentScope = { file, lines, pathPrefix: '', diagnostics };
  const changes = Array.isArray(plan['resource_changes']) ? plan['resource_changes'] : [];
  const references = configurationReferences(plan['configuration']);
  const configured = configuredAttributes(plan['configuration']);
  const priorArn = priorArns(plan);
  const read = (resources: PlanResource[], withUnknowns: boolean): Entity[] => {
    const ctx: PlanContext = {
      scope,
      priorArn,
      references,
      configured,
      withUnknowns,
      entities: [],
      byAddress: new Map(),
      external: new Map(),
    };
    for (const readers of PLAN_READERS) {
      for (const resource of resources) readers.get(resource.type)?.(ctx, resource);
    }
    return ctx.entities;
  };
  // Before the plan: each change's `before` (null for resources the plan creates).
  const before = changes.flatMap((item, index) => {
    const resource = changeResource(item, index, 'before');
    return resource ? [resource] : [];
  });
  return { entities: read(afterPlan(plan, changes), true), priorEntities: read(before, false) };
}

function priorArns(plan: Record<string, unknown>): Map<string, string> {
  const priorArn = new Map<string, string>();
  const prior =
    isRecord(plan['prior_state']) && isRecord(plan['prior_state']['values'])
      ? plan['prior_state']['values']
      : null;
  if (prior && isRecord(prior['root_module'])) {
    for (const resource of moduleResources(prior['root_module'], ['prior_state', 'values', 'root_module'])) {
      const arn = resource.values['arn'];
      if (typeof arn === 'string') priorArn.set(resource.address, arn);
    }
  }
  return priorArn;
}

/** After the plan: planned_values (or, without them, each change's `after`), with each change's `after_unknown`. */
function afterPlan(plan: Record<string, unknown>, changes: unknown[]): PlanResource[] {
  const unknownByAddress = new Map<string, Record<string, unknown>>();
  for (const item of changes) {
    if (!isRecord(item) || typeof item['address'] !== 'string' || !isRecord(item['change'])) continue;
    const unknown = item['change']['after_unknown'];
    unknownByAddress.set(item['address'], isRecord(unknown) ? unknown : {});
  }
  const planned = plan['planned_values'];
  if (isRecord(planned) && isRecord(planned['root_module'])) {
    return moduleResources(planned['root_module'], ['planned_values', 'root_module']).map((r) => ({
      ...r,
      unknown: unknownByAddress.get(r.address) ?? {},
    }));
  }
  return changes.flatMap((item, index) => {
    const resource = changeResource(item, index, 'after');
    return resource ? [{ ...resource, unknown: unknownByAddress.get(resource.address) ?? {} }] : [];
  });
}
