// AWS::IAM::ManagedPolicy: an entity of its own, and a policy resource folded into the roles, users and groups it
// names (and into those that attach it through ManagedPolicyArns).
import { readPolicyDocument } from '../../policy/statements.js';
import { renderString } from '../intrinsics.js';
import { checkIntrinsics } from './check-intrinsics.js';
import {
  addEntity,
  type PolicyResource,
  physicalName,
  type ResourceView,
  sinkOf,
  type TemplateContext,
} from './context.js';
import { TARGET_LISTS } from './policy.js';

export function readManagedPolicy(ctx: TemplateContext, view: ResourceView): void {
  const { properties, propertiesPath } = view;
  const entity = addEntity(ctx, view, 'policy');
  const sink = sinkOf(entity);
  checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
  entity.name = physicalName(properties['ManagedPolicyName']);
  const written = renderString(properties['ManagedPolicyName']);
  if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
  entity.iamPath = typeof properties['Path'] === 'string' ? properties['Path'] : null;
  readPolicyDocument(
    ctx.scope,
    sink,
    properties['PolicyDocument'],
    [...propertiesPath, 'PolicyDocument'],
    entity.name ?? view.id,
  );
  const policy: PolicyResource = {
    id: view.id,
    type: view.type,
    statements: entity.statements,
    unknowns: entity.unknowns,
    // Its own suppressions cover the policy entity, and what it grants to the entities it is attached to.
    suppressions: entity.suppressions,
    entity,
    conditional: view.conditional,
    targets: TARGET_LISTS,
    properties,
  };
  ctx.managedPolicies.set(view.id, policy);
  ctx.policies.push(policy);
}
