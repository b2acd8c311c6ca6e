// aws_iam_role_policy/user_policy/group_policy (an inline document) and the policy attachments: statements folded
// into the entities they name.
import type { Entity, EntityKind } from '../../policy/model.js';
import { locate, readPolicyDocument, type StatementSink } from '../../policy/statements.js';
import {
  fold,
  type PlanContext,
  readTags,
  referenced,
  targets,
  unknownOf,
  unknownTarget,
} from './context.js';
import { isUnknown, type PlanResource } from './plan.js';

type Target = { key: string; kind: EntityKind };

export function inlinePolicyReader(target: Target) {
  return (ctx: PlanContext, resource: PlanResource): void => {
    const sink: StatementSink = { statements: [], unknowns: [], entityId: resource.address };
    if (ctx.withUnknowns && isUnknown(resource.unknown, 'policy')) {
      sink.unknowns.push(unknownOf(ctx, resource, 'policy', 'the policy document'));
    } else {
      const name = typeof resource.values['name'] === 'string' ? resource.values['name'] : resource.address;
      readPolicyDocument(
        ctx.scope,
        sink,
        resource.values['policy'],
        [...resource.valuesPath, 'policy'],
        name,
      );
    }
    const found = targets(ctx, resource, target.key, target.kind);
    if (found.length === 0) found.push(unknownTarget(ctx, resource, target.key, target.kind));
    const suppressions = readTags(ctx.scope, resource);
    for (const entity of found)
      fold(entity, { statements: sink.statements, unknowns: sink.unknowns, suppressions }, resource.address);
  };
}

/** An attachment: the policy is one of this plan's aws_iam_policy resources, or an ARN attached as is. */
export function attachmentReader(keys: readonly Target[]) {
  return (ctx: PlanContext, resource: PlanResource): void => {
    const arn = resource.values['policy_arn'];
    let policies: Entity[] =
      typeof arn === 'string'
        ? ctx.entities.filter((e) => e.kind === 'policy' && e.arn !== null && e.arn === arn)
        : [];
    if (policies.length === 0) {
      policies = referenced(ctx, resource, 'policy_arn')
        .map((address) => ctx.byAddress.get(address))
        .filter((p): p is Entity => p?.kind === 'policy');
    }
    const found = keys.flatMap(({ key, kind }) => targets(ctx, resource, key, kind));
    if (found.length === 0)
      found.push(unknownTarget(ctx, resource, keys.map((k) => k.key).join('/'), keys[0]!.kind));
    const suppressions = readTags(ctx.scope, resource);
    for (const target of found) {
      for (const policy of policies) {
        // The attachment's tags and the policy's own both cover what the policy grants through it.
        const carried = [...suppressions, ...policy.suppressions];
        fold(
          target,
          { statements: policy.statements, unknowns: policy.unknowns, suppressions: carried },
          policy.id,
        );
      }
      if (policies.length > 0) continue;
      if (typeof arn === 'string' && arn !== '') {
        if (!target.managedPolicyArns.includes(arn)) target.managedPolicyArns.push(arn);
      } else if (arn === '') {
        target.unknowns.push({
          message: `${resource.address}: the attached policy ARN (policy_arn) is empty`,
          location: locate(ctx.scope, [...resource.valuesPath, 'policy_arn']),
        });
      } else {
        target.unknowns.push(unknownOf(ctx, resource, 'policy_arn', 'the attached policy ARN'));
      }
    }
  };
}
