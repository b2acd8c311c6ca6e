// Later passes over what identities name: attached managed policies (ManagedPolicyArns), the groups a user joins,
// and permissions boundaries. Managed policies of the same template fold in; other ARNs stay listed.
import type { PathSegment } from '../../policy/located.js';
import { joinPath } from '../../policy/located.js';
import type { Entity } from '../../policy/model.js';
import { forEachBranch, unknownAt } from '../../policy/statements.js';
import { intrinsicName, isNoValue, referencedNames, refTarget, renderString } from '../intrinsics.js';
import { diagnoseAt, type PolicyResource, type Reference, type TemplateContext } from './context.js';
import { fold, resolveTargets } from './targets.js';

/** Adds an attached managed policy ARN as written, or says why it cannot be known. */
export function addManagedPolicyArn(
  ctx: TemplateContext,
  entity: Entity,
  value: unknown,
  path: PathSegment[],
): void {
  const rendered = renderString(value);
  // Only pseudo parameters left (`arn:aws:iam::${AWS::AccountId}:policy/x`): the ARN is known once the account is.
  if (rendered?.unresolved.every((name) => name.startsWith('AWS::'))) {
    if (!entity.managedPolicyArns.includes(rendered.text)) entity.managedPolicyArns.push(rendered.text);
    return;
  }
  const names = referencedNames(value);
  const what = rendered
    ? `"${rendered.text}" is built from ${rendered.unresolved.join(', ')}`
    : `is built with ${intrinsicName(value) ?? 'a value'}${names.length > 0 ? ` from ${names.join(', ')}` : ''}`;
  entity.unknowns.push(
    unknownAt(ctx.scope, path, `managed policy ARN ${what}; its permissions cannot be known from code`),
  );
}

/** A managed policy of this template that an ARN expression names (`!Sub …:policy/${Name}`), else undefined. */
function managedPolicyByArn(ctx: TemplateContext, value: unknown): PolicyResource | undefined {
  const rendered = renderString(value);
  const name = rendered ? /:policy\/(?:.*\/)?([^/]+)$/.exec(rendered.text)?.[1]?.toLowerCase() : undefined;
  if (name === undefined) return undefined;
  for (const policy of ctx.managedPolicies.values()) {
    const entity = policy.entity!;
    if (entity.name?.toLowerCase() === name || ctx.nameExpressions.get(entity) === name) return policy;
  }
  return undefined;
}

function eachItem(
  ctx: TemplateContext,
  reference: Reference,
  visit: (value: unknown, path: PathSegment[], conditional: boolean) => void,
): void {
  const walk = (value: unknown, path: PathSegment[], conditional: boolean): void => {
    if (value === null || value === undefined || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path, (_s, branch, p) => walk(branch, p, true))) return;
    visit(value, path, conditional);
  };
  walk(reference.value, reference.path, reference.conditional);
}

/** Pass 3: ManagedPolicyArns — managed policies of this template fold in, the rest stay ARNs. */
export function attachManagedPolicies(ctx: TemplateContext): void {
  for (const reference of ctx.attachments) {
    const { entity } = reference;
    eachItem(ctx, reference, (value, path, conditional) => {
      const target = refTarget(value);
      const policy =
        (target !== null ? ctx.managedPolicies.get(target) : undefined) ?? managedPolicyByArn(ctx, value);
      if (policy) {
        fold(ctx, entity, policy, conditional);
        return;
      }
      if (target !== null && ctx.types.has(target)) {
        const where = joinPath(ctx.scope.pathPrefix, path);
        diagnoseAt(
          ctx,
          path,
          `${where} refers to ${target} (${ctx.types.get(target)}), not a managed policy`,
          entity.id,
        );
        return;
      }
      addManagedPolicyArn(ctx, entity, value, path);
    });
  }
}

/** Pass 4: a user's groups — the group's statements, attachments and unknowns count as the user's own. */
export function addMemberships(ctx: TemplateContext): void {
  for (const reference of ctx.memberships) {
    const user = reference.entity;
    eachItem(ctx, reference, (value, path, conditional) => {
      resolveTargets(ctx, value, 'group', path, user.id.slice(ctx.scope.idPrefix.length), (group, branch) => {
        if (!user.groups.includes(group.id)) user.groups.push(group.id);
        if ([...ctx.external.values()].includes(group)) {
          const message = `group ${group.name ?? group.id} is not defined in this template; what it grants the user cannot be known from code`;
          user.unknowns.push(unknownAt(ctx.scope, path, message));
        }
        const policy: PolicyResource = {
          id: `group:${group.id}`,
          type: 'AWS::IAM::Group',
          statements: group.statements,
          unknowns: group.unknowns,
          suppressions: [],
          entity: group,
          conditional: false,
          targets: [],
          properties: {},
        };
        fold(ctx, user, policy, conditional || branch);
        for (const arn of group.managedPolicyArns)
          if (!user.managedPolicyArns.includes(arn)) user.managedPolicyArns.push(arn);
      });
    });
  }
}

/** Pass 5: permissions boundaries — a managed policy here gives its statements; otherwise the ARN as written. */
export function addBoundaries(ctx: TemplateContext): void {
  for (const reference of ctx.boundaries) {
    const { entity, value, path } = reference;
    if (value === null || value === undefined || isNoValue(value)) continue;
    const location = {
      file: ctx.scope.file,
      line: ctx.scope.lines.lineAt(path),
      path: joinPath(ctx.scope.pathPrefix, path),
    };
    const target = refTarget(value);
    const policy =
      (target !== null ? ctx.managedPolicies.get(target) : undefined) ?? managedPolicyByArn(ctx, value);
    if (policy && policy.unknowns.length === 0) {
      entity.permissionsBoundary = { arn: null, statements: policy.statements, location };
      continue;
    }
    const rendered = renderString(value);
    if (!policy && rendered?.unresolved.every((name) => name.startsWith('AWS::'))) {
      entity.permissionsBoundary = { arn: rendered.text, statements: null, location };
      continue;
    }
    // A boundary the code does not fix (an Fn::If, a parameter) narrows nothing that can be counted: grants are
    // judged without it, which can only show more than is granted.
    entity.permissionsBoundary = { arn: rendered?.text ?? null, statements: null, location };
  }
}
