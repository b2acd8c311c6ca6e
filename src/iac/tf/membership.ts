// aws_iam_user_group_membership (one user, its groups) and aws_iam_group_membership (one group, its users): a
// user's grants include each group's.
import type { Entity } from '../../policy/model.js';
import { locate } from '../../policy/statements.js';
import { fold, type PlanContext, targets } from './context.js';
import type { PlanResource } from './plan.js';

function join(ctx: PlanContext, resource: PlanResource, user: Entity, group: Entity): void {
  if (user.groups.includes(group.id)) return;
  user.groups.push(group.id);
  if ([...ctx.external.values()].includes(group)) {
    user.unknowns.push({
      message: `${resource.address}: group ${group.name} is not managed in this plan; what it grants the user cannot be known from code`,
      location: locate(ctx.scope, resource.path),
    });
  }
  fold(user, { statements: group.statements, unknowns: group.unknowns, suppressions: [] }, group.id);
  for (const arn of group.managedPolicyArns)
    if (!user.managedPolicyArns.includes(arn)) user.managedPolicyArns.push(arn);
}

export function readUserGroupMembership(ctx: PlanContext, resource: PlanResource): void {
  const groups = targets(ctx, resource, 'groups', 'group');
  for (const user of targets(ctx, resource, 'user', 'user'))
    for (const group of groups) join(ctx, resource, user, group);
}

export function readGroupMembership(ctx: PlanContext, resource: PlanResource): void {
  const groups = targets(ctx, resource, 'group', 'group');
  for (const user of targets(ctx, resource, 'users', 'user'))
    for (const group of groups) join(ctx, resource, user, group);
}
