// AWS::IAM::Policy (Roles/Users/Groups lists) and RolePolicy/UserPolicy/GroupPolicy (one target): statements that
// only add to the entities they name.
import type { EntityKind } from '../../policy/model.js';
import { readPolicyDocument, type StatementSink } from '../../policy/statements.js';
import { checkIntrinsics } from './check-intrinsics.js';
import {
  type PolicyResource,
  physicalName,
  type ResourceReader,
  type ResourceView,
  type TemplateContext,
} from './context.js';
import { readSuppressions, SUPPRESSION_KEY } from './suppressions.js';

export const TARGET_LISTS: ReadonlyArray<{ key: string; kind: EntityKind }> = [
  { key: 'Roles', kind: 'role' },
  { key: 'Users', kind: 'user' },
  { key: 'Groups', kind: 'group' },
];

export function policyReader(targets: ReadonlyArray<{ key: string; kind: EntityKind }>): ResourceReader {
  return (ctx: TemplateContext, view: ResourceView) => {
    const { properties, propertiesPath } = view;
    const sink: StatementSink = { statements: [], unknowns: [], entityId: ctx.scope.idPrefix + view.id };
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    const policyName = physicalName(properties['PolicyName']) ?? view.id;
    readPolicyDocument(
      ctx.scope,
      sink,
      properties['PolicyDocument'],
      [...propertiesPath, 'PolicyDocument'],
      policyName,
    );
    const policy: PolicyResource = {
      id: view.id,
      type: view.type,
      statements: sink.statements,
      unknowns: sink.unknowns,
      suppressions: readSuppressions(ctx.scope, view.metadata, [...view.path, 'Metadata', SUPPRESSION_KEY]),
      entity: null,
      conditional: view.conditional,
      targets,
      properties,
    };
    ctx.policies.push(policy);
  };
}
