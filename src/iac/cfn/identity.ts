// AWS::IAM::Role, User and Group: the entity, its inline policies, and what later passes resolve (managed policy
// ARNs, a permissions boundary, a user's groups).
import type { EntityKind } from '../../policy/model.js';
import { renderString } from '../intrinsics.js';
import { checkIntrinsics } from './check-intrinsics.js';
import {
  addEntity,
  physicalName,
  type ResourceReader,
  type ResourceView,
  sinkOf,
  type TemplateContext,
} from './context.js';
import { readInlinePolicies } from './inline-policies.js';

export function identityReader(kind: Exclude<EntityKind, 'policy'>, nameKey: string): ResourceReader {
  return (ctx: TemplateContext, view: ResourceView) => {
    const { properties, propertiesPath } = view;
    const entity = addEntity(ctx, view, kind);
    const sink = sinkOf(entity);
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    entity.name = physicalName(properties[nameKey]);
    const written = renderString(properties[nameKey]);
    if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
    entity.iamPath = typeof properties['Path'] === 'string' ? properties['Path'] : null;
    readInlinePolicies(ctx.scope, sink, properties['Policies'], [...propertiesPath, 'Policies']);
    const later = (key: string) => ({
      entity,
      value: properties[key],
      path: [...propertiesPath, key],
      conditional: false,
    });
    if (properties['ManagedPolicyArns'] !== undefined) ctx.attachments.push(later('ManagedPolicyArns'));
    if (kind !== 'group' && properties['PermissionsBoundary'] !== undefined)
      ctx.boundaries.push(later('PermissionsBoundary'));
    if (kind === 'user' && properties['Groups'] !== undefined) ctx.memberships.push(later('Groups'));
  };
}
