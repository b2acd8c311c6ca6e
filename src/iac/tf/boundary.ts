// permissions_boundary of aws_iam_role and aws_iam_user: a policy of this plan (by ARN or configuration reference)
// gives its statements; any other ARN is kept for its document from AWS, a snapshot or the bundled policies.
import type { Entity } from '../../policy/model.js';
import { locate } from '../../policy/statements.js';
import { type PlanContext, referenced } from './context.js';
import { isUnknown, type PlanResource } from './plan.js';

export function readBoundary(ctx: PlanContext, resource: PlanResource): void {
  const entity = ctx.byAddress.get(resource.address);
  const value = resource.values['permissions_boundary'];
  const unknown = ctx.withUnknowns && isUnknown(resource.unknown, 'permissions_boundary');
  if (!entity || ((value === undefined || value === null || value === '') && !unknown)) return;
  const location = locate(ctx.scope, [...resource.valuesPath, 'permissions_boundary']);
  const policy: Entity | undefined =
    (typeof value === 'string'
      ? ctx.entities.find((e) => e.kind === 'policy' && e.arn === value)
      : undefined) ??
    referenced(ctx, resource, 'permissions_boundary')
      .map((address) => ctx.byAddress.get(address))
      .find((e) => e?.kind === 'policy');
  if (policy && policy.unknowns.length === 0) {
    entity.permissionsBoundary = { arn: policy.arn, statements: policy.statements, location };
    return;
  }
  entity.permissionsBoundary = { arn: typeof value === 'string' ? value : null, statements: null, location };
}
