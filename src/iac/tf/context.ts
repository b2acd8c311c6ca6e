// What the readers of one Terraform plan share: the resources at one point in time, the entities found so far, and
// how a policy, attachment or membership finds the entities it names (configuration reference, name or ARN).
import { joinPath } from '../../policy/located.js';
import {
  type Entity,
  type EntityKind,
  newEntity,
  type Suppression,
  scopedSuppressions,
  type Unknown,
} from '../../policy/model.js';
import { type DocumentScope, isRecord, locate, type StatementSink } from '../../policy/statements.js';
import { baseAddress, isUnknown, type PlanResource } from './plan.js';

export const TERRAFORM_SUPPRESSION_TAG = 'iam-usage-guard:ignore:';

export interface PlanContext {
  scope: DocumentScope;
  priorArn: ReadonlyMap<string, string>;
  references: ReadonlyMap<string, ReadonlyMap<string, string[]>>;
  /** The attributes each resource's configuration sets; null when the plan carries no configuration. */
  configured: ReadonlyMap<string, ReadonlySet<string>> | null;
  /** After the plan (`after_unknown` applies), not before it. */
  withUnknowns: boolean;
  entities: Entity[];
  byAddress: Map<string, Entity>;
  external: Map<string, Entity>;
}

export function sinkOf(entity: Entity): StatementSink {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}

export function unknownOf(ctx: PlanContext, resource: PlanResource, key: string, what: string): Unknown {
  return {
    message: `${resource.address}: ${what} (${key}) is known only after apply`,
    location: locate(ctx.scope, [...resource.valuesPath, key]),
  };
}

/**
 * Records `key` as known only after apply on `entity`; true when it is (then it is not read). A `computed` attribute
 * (Optional+Computed: a role's `inline_policy`, `managed_policy_arns`) is recorded only when the configuration sets
 * it, or the plan does not say: left unset, the provider fills it from the attachments the plan lists, and nothing
 * the change writes is hidden there.
 */
export function noteUnknown(
  ctx: PlanContext,
  entity: Entity,
  resource: PlanResource,
  key: string,
  what: string,
  computed = false,
): boolean {
  if (!ctx.withUnknowns || !isUnknown(resource.unknown, key)) return false;
  const configured = ctx.configured?.get(baseAddress(resource.address));
  if (computed && ctx.configured !== null && !configured?.has(key)) return true;
  entity.unknowns.push(unknownOf(ctx, resource, key, what));
  return true;
}

export function planEntity(ctx: PlanContext, resource: PlanResource, kind: EntityKind): Entity {
  return newEntity({
    id: resource.address,
    kind,
    format: 'terraform',
    file: ctx.scope.file,
    line: ctx.scope.lines.lineAt(resource.path),
    path: joinPath('', resource.path),
    suppressions: readTags(ctx.scope, resource),
  });
}

/** Suppressions written as tags: `iam-usage-guard:ignore:<rule-id>` = reason. */
export function readTags(scope: DocumentScope, resource: PlanResource): Suppression[] {
  const tags = resource.values['tags'];
  if (!isRecord(tags)) return [];
  const out: Suppression[] = [];
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith(TERRAFORM_SUPPRESSION_TAG)) continue;
    out.push({
      rule: key.slice(TERRAFORM_SUPPRESSION_TAG.length),
      reason: typeof value === 'string' && value.trim() !== '' ? value : null,
      services: null,
      location: locate(scope, [...resource.valuesPath, 'tags', key]),
      scope: null,
    });
  }
  return out;
}

/** Entity addresses the configuration says `key` of `resource` refers to (same instance key when both have one). */
export function referenced(ctx: PlanContext, resource: PlanResource, key: string): string[] {
  const refs = ctx.references.get(baseAddress(resource.address))?.get(key) ?? [];
  const index = /(\[[^\]]*\])$/.exec(resource.address)?.[1] ?? '';
  const out: string[] = [];
  for (const ref of refs) {
    for (const entity of ctx.entities) {
      const base = baseAddress(entity.id);
      if (ref !== base && !ref.startsWith(`${base}.`)) continue;
      if (index && entity.id !== base + index && ctx.entities.some((e) => e.id === base + index)) continue;
      if (!out.includes(entity.id)) out.push(entity.id);
    }
  }
  return out;
}

/** Entities of `kind` that `key` names: by name or ARN (IAM names are case-insensitive), else by reference. */
export function targets(ctx: PlanContext, resource: PlanResource, key: string, kind: EntityKind): Entity[] {
  const found: Entity[] = [];
  const names = resource.values[key];
  const list = Array.isArray(names) ? names : names === undefined || names === null ? [] : [names];
  for (const name of list) {
    if (typeof name !== 'string') continue;
    const lower = name.toLowerCase();
    const entity =
      ctx.entities.find((e) => e.kind === kind && (e.name?.toLowerCase() === lower || e.arn === name)) ??
      externalEntity(ctx, resource, kind, name, key);
    if (!found.includes(entity)) found.push(entity);
  }
  if (list.length === 0 || (ctx.withUnknowns && isUnknown(resource.unknown, key))) {
    for (const address of referenced(ctx, resource, key)) {
      const entity = ctx.byAddress.get(address);
      if (entity && entity.kind === kind && !found.includes(entity)) found.push(entity);
    }
  }
  return found;
}

function externalEntity(
  ctx: PlanContext,
  resource: PlanResource,
  kind: EntityKind,
  name: string,
  key: string,
): Entity {
  const id = `${kind}/${name}`;
  let entity = ctx.external.get(id.toLowerCase());
  if (!entity) {
    entity = newEntity({
      ...planEntity(ctx, resource, kind),
      id,
      name,
      suppressions: [],
      path: joinPath('', [...resource.valuesPath, key]),
      namedOnly: true,
    });
    ctx.external.set(id.toLowerCase(), entity);
    ctx.entities.push(entity);
  }
  return entity;
}

/**
 * Adds what `carrier` (a policy, attachment or membership resource) gives `target`. Suppressions it carries cover
 * the statements it adds, never the rest of the target.
 */
export function fold(
  target: Entity,
  from: Pick<Entity, 'statements' | 'unknowns' | 'suppressions'>,
  carrier: string,
): void {
  target.statements.push(...from.statements);
  target.unknowns.push(...from.unknowns);
  target.suppressions.push(...scopedSuppressions(from.suppressions, carrier, from.statements));
}

/**
 * A policy resource whose target the plan does not say: an entity of its own holding the statements, with the
 * unknown, so what it grants is shown and cannot pass unjudged.
 */
export function unknownTarget(
  ctx: PlanContext,
  resource: PlanResource,
  key: string,
  kind: EntityKind,
): Entity {
  const entity = newEntity({
    ...planEntity(ctx, resource, kind),
    id: `${kind}@${resource.address}`,
    suppressions: [],
    unknowns: [
      {
        message: `${resource.address}: cannot tell which ${key} it applies to; what it grants cannot be judged`,
        location: locate(ctx.scope, resource.path),
      },
    ],
  });
  ctx.entities.push(entity);
  return entity;
}
