// One reader per Terraform resource type that makes or changes IAM entities, in three passes: entities, then what
// folds into them (inline policies, attachments), then what needs their final grants (memberships, boundaries). A
// new IAM resource type is one new reader and one line here.
import { readBoundary } from './boundary.js';
import type { PlanContext } from './context.js';
import { identityReader } from './identity.js';
import { readGroupMembership, readUserGroupMembership } from './membership.js';
import type { PlanResource } from './plan.js';
import { attachmentReader, inlinePolicyReader } from './policy.js';

export type PlanReader = (ctx: PlanContext, resource: PlanResource) => void;

const PASSES: ReadonlyArray<Readonly<Record<string, PlanReader>>> = [
  {
    aws_iam_role: identityReader('role'),
    aws_iam_user: identityReader('user'),
    aws_iam_group: identityReader('group'),
    aws_iam_policy: identityReader('policy'),
  },
  {
    aws_iam_role_policy: inlinePolicyReader({ key: 'role', kind: 'role' }),
    aws_iam_user_policy: inlinePolicyReader({ key: 'user', kind: 'user' }),
    aws_iam_group_policy: inlinePolicyReader({ key: 'group', kind: 'group' }),
    aws_iam_role_policy_attachment: attachmentReader([{ key: 'role', kind: 'role' }]),
    aws_iam_user_policy_attachment: attachmentReader([{ key: 'user', kind: 'user' }]),
    aws_iam_group_policy_attachment: attachmentReader([{ key: 'group', kind: 'group' }]),
    aws_iam_policy_attachment: attachmentReader([
      { key: 'roles', kind: 'role' },
      { key: 'users', kind: 'user' },
      { key: 'groups', kind: 'group' },
    ]),
  },
  {
    aws_iam_user_group_membership: readUserGroupMembership,
    aws_iam_group_membership: readGroupMembership,
    aws_iam_role: readBoundary,
    aws_iam_user: readBoundary,
  },
];

/** The passes as Maps: a resource type named `constructor` is data, never a prototype member. */
export const PLAN_READERS: ReadonlyArray<ReadonlyMap<string, PlanReader>> = PASSES.map(
  (pass) => new Map(Object.entries(pass)),
);
