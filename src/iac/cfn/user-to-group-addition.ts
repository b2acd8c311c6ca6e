// AWS::IAM::UserToGroupAddition: the users it names join the group; each user's grants then include the group's.
import type { PathSegment } from '../../policy/located.js';
import { forEachBranch } from '../../policy/statements.js';
import { isNoValue } from '../intrinsics.js';
import type { ResourceView, TemplateContext } from './context.js';
import { resolveTargets } from './targets.js';

export function readUserToGroupAddition(ctx: TemplateContext, view: ResourceView): void {
  const { properties, propertiesPath } = view;
  const group = properties['GroupName'];
  const usersPath: PathSegment[] = [...propertiesPath, 'Users'];
  const visit = (value: unknown, path: PathSegment[], conditional: boolean): void => {
    if (value === undefined || value === null || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path, (_s, branch, p) => visit(branch, p, true))) return;
    resolveTargets(ctx, value, 'user', path, view.id, (user) => {
      ctx.memberships.push({
        entity: user,
        value: group,
        path: [...propertiesPath, 'GroupName'],
        conditional: conditional || view.conditional,
      });
    });
  };
  // Users may be declared after this resource: resolved once every entity of the template is known.
  ctx.deferred.push(() => visit(properties['Users'], usersPath, false));
}
