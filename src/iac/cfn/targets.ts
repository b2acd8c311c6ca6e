// Which entities a policy, attachment or membership names: `!Ref`/`!GetAtt` of a resource here, or a name (IAM
// names are case-insensitive) that a resource here declares, also as the same expression (`${AWS::StackName}-app`).
// A name that no resource here declares is an entity known by name only; one the code cannot fix is unknown.
import type { PathSegment } from '../../policy/located.js';
import { joinPath } from '../../policy/located.js';
import { type Entity, type EntityKind, newEntity, scopedSuppressions } from '../../policy/model.js';
import { forEachBranch, unknownAt } from '../../policy/statements.js';
import { intrinsicName, isKnownIntrinsic, isNoValue, refTarget, renderString } from '../intrinsics.js';
import { diagnoseAt, type PolicyResource, type TemplateContext } from './context.js';
import { NESTED_STACK_TYPES } from './opaque.js';

/** Calls `visit` for each entity of `kind` that `value` names; `conditional` when named inside an `Fn::If`. */
export function resolveTargets(
  ctx: TemplateContext,
  value: unknown,
  kind: EntityKind,
  path: PathSegment[],
  sourceId: string,
  visit: (entity: Entity, conditional: boolean) => void,
  conditional = false,
): void {
  if (value === null || value === undefined || isNoValue(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      resolveTargets(ctx, item, kind, [...path, i], sourceId, visit, conditional);
    });
    return;
  }
  const branched = forEachBranch(ctx.scope, value, path, (_s, branch, p) =>
    resolveTargets(ctx, branch, kind, p, sourceId, visit, true),
  );
  if (branched) return;
  const entity = targetEntity(ctx, value, kind, path, sourceId);
  if (entity) visit(entity, conditional);
}

/** `!Sub "${AppRole}"` is `!Ref AppRole`; `!Select [0, [!Ref AppRole]]` is its item. */
function simplify(value: unknown): unknown {
  const fn = intrinsicName(value);
  const argument = fn ? (value as Record<string, unknown>)[fn] : undefined;
  if (fn === 'Fn::Sub' && typeof argument === 'string') {
    const only = /^\$\{([A-Za-z0-9]+)\}$/.exec(argument);
    if (only) return { Ref: only[1] };
  }
  if (fn === 'Fn::Select' && Array.isArray(argument) && Array.isArray(argument[1])) {
    const index = Number(argument[0]);
    if (Number.isInteger(index) && argument[1][index] !== undefined) return simplify(argument[1][index]);
  }
  return value;
}

function targetEntity(
  ctx: TemplateContext,
  written: unknown,
  kind: EntityKind,
  path: PathSegment[],
  sourceId: string,
): Entity | null {
  const value = simplify(written);
  const where = joinPath(ctx.scope.pathPrefix, path);
  const entityId = ctx.scope.idPrefix + sourceId;
  const target = refTarget(value);
  if (target !== null && !Object.hasOwn(ctx.parameters, target)) {
    const entity = ctx.byId.get(target);
    if (entity?.kind === kind) return entity;
    if (
      !entity &&
      NESTED_STACK_TYPES.has(ctx.types.get(target) ?? '') &&
      intrinsicName(value) === 'Fn::GetAtt'
    ) {
      return unknownTarget(
        ctx,
        kind,
        path,
        `the ${kind} is named by an output of the nested stack ${target} (${ctx.types.get(target)}), whose template is not read here; which ${kind} it is cannot be known from code`,
      );
    }
    if (entity)
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target}, which is a ${entity.kind}, not a ${kind}`,
        entityId,
      );
    else if (ctx.types.has(target))
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target} (${ctx.types.get(target)}), not a ${kind}`,
        entityId,
      );
    else
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target}, which is not a resource in this template`,
        entityId,
      );
    return null;
  }
  const fn = intrinsicName(value);
  if (fn !== null && !isKnownIntrinsic(fn)) return null;
  const rendered = renderString(value);
  if (rendered === null) {
    return unknownTarget(
      ctx,
      kind,
      path,
      `the ${kind} is named by ${fn ?? 'a value'} and cannot be matched from code`,
    );
  }
  const expression = rendered.text.toLowerCase();
  const known =
    ctx.entities.find((e) => e.kind === kind && e.name !== null && e.name.toLowerCase() === expression) ??
    ctx.entities.find((e) => e.kind === kind && ctx.nameExpressions.get(e) === expression);
  if (known) return known;
  if (rendered.unresolved.length > 0) {
    const through = rendered.unresolved.map((name) =>
      Object.hasOwn(ctx.parameters, name) ? `parameter ${name} (no Default)` : name,
    );
    return unknownTarget(
      ctx,
      kind,
      path,
      `the ${kind} is named "${rendered.text}", built from ${through.join(', ')}; which ${kind} it is cannot be known from code`,
    );
  }
  return externalEntity(ctx, kind, rendered.text, path);
}

/**
 * A literal name of an entity defined elsewhere: known by name only, holding what the policies here give it. What
 * they add is known, so it is judged like any entity (its report comes from the name).
 */
function externalEntity(ctx: TemplateContext, kind: EntityKind, name: string, path: PathSegment[]): Entity {
  const key = `${kind}/${name.toLowerCase()}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const { scope } = ctx;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}/${name}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path),
    path: joinPath(scope.pathPrefix, path),
    name,
    stackName: scope.stackName,
    namedOnly: true,
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}

/** A target the code does not fix: an entity of its own, so what the policy grants is shown and judged unknown. */
function unknownTarget(ctx: TemplateContext, kind: EntityKind, path: PathSegment[], message: string): Entity {
  const { scope } = ctx;
  const where = joinPath(scope.pathPrefix, path);
  const key = `${kind}\u0000${where}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}@${where}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path),
    path: where,
    stackName: scope.stackName,
    unknowns: [unknownAt(scope, path, message)],
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}

/** Folds a policy resource into an entity once; conditionally attached or conditional policies cannot subtract. */
export function fold(
  ctx: TemplateContext,
  entity: Entity,
  policy: PolicyResource,
  conditional: boolean,
): void {
  const key = `${policy.id}\u0000${entity.id}`;
  if (entity === policy.entity || ctx.folded.has(key)) return;
  ctx.folded.add(key);
  const onlySometimes = conditional || policy.conditional;
  entity.statements.push(
    ...(onlySometimes
      ? policy.statements.map((s) => ({ ...s, conditional: true as const }))
      : policy.statements),
  );
  entity.unknowns.push(...policy.unknowns);
  // A suppression written on the policy covers what the policy grants, never the rest of the entity.
  entity.suppressions.push(
    ...scopedSuppressions(policy.suppressions, ctx.scope.idPrefix + policy.id, policy.statements),
  );
}

/** Pass 2: every policy resource into the entities it names. */
export function foldPolicies(ctx: TemplateContext): void {
  for (const policy of ctx.policies) {
    const propertiesPath: PathSegment[] = ['Resources', policy.id, 'Properties'];
    for (const { key, kind } of policy.targets) {
      resolveTargets(
        ctx,
        policy.properties[key],
        kind,
        [...propertiesPath, key],
        policy.id,
        (e, conditional) => fold(ctx, e, policy, conditional),
      );
    }
  }
}
