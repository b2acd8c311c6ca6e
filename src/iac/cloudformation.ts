// CloudFormation templates (and CDK stack templates) → IAM entities: roles, users, groups and managed policies, with
// every AWS::IAM::*Policy, attachment, group membership, boundary and SAM function role folded into the entities it
// concerns. Each resource type has its reader in cfn/ (registered in cfn/readers.ts); this file runs the passes.
import type { Entity } from '../policy/model.js';
import { addBoundaries, addMemberships, attachManagedPolicies } from './cfn/attachments.js';
import { createContext, type TemplateScope, viewOf } from './cfn/context.js';
import { markOpaque } from './cfn/opaque.js';
import { RESOURCE_READERS } from './cfn/readers.js';
import { readEmbeddedConnectors } from './cfn/serverless-connector.js';
import { stackSetReader } from './cfn/stack-set.js';
import { foldPolicies } from './cfn/targets.js';
import { isRecord } from './intrinsics.js';

export type { TemplateScope } from './cfn/context.js';
export { SUPPRESSION_KEY } from './cfn/suppressions.js';

/** True when a parsed document looks like a CloudFormation template. */
export function isTemplate(document: unknown): document is Record<string, unknown> {
  if (!isRecord(document)) return false;
  if (typeof document['AWSTemplateFormatVersion'] === 'string' && isRecord(document['Resources']))
    return true;
  const resources = document['Resources'];
  if (!isRecord(resources)) return false;
  for (const key in resources) {
    const resource = resources[key];
    if (isRecord(resource) && typeof resource['Type'] === 'string' && resource['Type'].includes('::'))
      return true;
  }
  return false;
}

const readStackSet = stackSetReader(entitiesFromTemplate, isTemplate);

export function entitiesFromTemplate(template: Record<string, unknown>, scope: TemplateScope): Entity[] {
  if (!isRecord(template['Resources'])) return [];
  const ctx = createContext(template, scope);
  // Pass 1: entities, and the statements each resource writes itself.
  for (const [id, type] of ctx.types) {
    const reader = type === 'AWS::CloudFormation::StackSet' ? readStackSet : RESOURCE_READERS.get(type);
    const view = viewOf(ctx, id);
    reader?.(ctx, view);
    readEmbeddedConnectors(ctx, view);
  }
  for (const work of ctx.deferred) work();
  // Then what names other resources: policies into their targets, attachments, groups, boundaries.
  foldPolicies(ctx);
  attachManagedPolicies(ctx);
  addMemberships(ctx);
  addBoundaries(ctx);
  // Last: what a nested stack, an include or a macro may add to them is unknown.
  markOpaque(ctx, template);
  return ctx.entities;
}
