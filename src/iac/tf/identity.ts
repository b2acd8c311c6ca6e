// aws_iam_role, aws_iam_user, aws_iam_group and aws_iam_policy: the entity, its own documents, managed policy ARNs
// and permissions boundary.
import type { EntityKind } from '../../policy/model.js';
import { isRecord, readPolicyDocument } from '../../policy/statements.js';
import { noteUnknown, type PlanContext, planEntity, sinkOf } from './context.js';
import type { PlanResource } from './plan.js';

export function identityReader(kind: EntityKind) {
  return (ctx: PlanContext, resource: PlanResource): void => {
    const { values } = resource;
    const entity = planEntity(ctx, resource, kind);
    entity.name = typeof values['name'] === 'string' ? values['name'] : null;
    entity.iamPath = typeof values['path'] === 'string' ? values['path'] : null;
    entity.arn =
      ctx.priorArn.get(resource.address) ?? (typeof values['arn'] === 'string' ? values['arn'] : null);
    // A name known only after apply (`name_prefix`, a generated name) hides no grant: the entity is new, or its ARN
    // comes from the prior state.
    const sink = sinkOf(entity);
    if (kind === 'policy' && !noteUnknown(ctx, entity, resource, 'policy', 'the policy document')) {
      readPolicyDocument(
        ctx.scope,
        sink,
        values['policy'],
        [...resource.valuesPath, 'policy'],
        entity.name ?? resource.address,
      );
    }
    if (kind === 'role' && !noteUnknown(ctx, entity, resource, 'inline_policy', 'an inline policy', true)) {
      const inline = Array.isArray(values['inline_policy']) ? values['inline_policy'] : [];
      inline.forEach((policy, i) => {
        if (!isRecord(policy) || policy['policy'] === undefined || policy['policy'] === '') return;
        const name = typeof policy['name'] === 'string' ? policy['name'] : null;
        readPolicyDocument(
          ctx.scope,
          sink,
          policy['policy'],
          [...resource.valuesPath, 'inline_policy', i, 'policy'],
          name,
        );
      });
    }
    if (
      kind === 'role' &&
      !noteUnknown(ctx, entity, resource, 'managed_policy_arns', 'the managed policy ARNs', true)
    ) {
      const arns = Array.isArray(values['managed_policy_arns']) ? values['managed_policy_arns'] : [];
      for (const arn of arns)
        if (typeof arn === 'string' && !entity.managedPolicyArns.includes(arn))
          entity.managedPolicyArns.push(arn);
    }
    ctx.entities.push(entity);
    ctx.byAddress.set(resource.address, entity);
  };
}
