// AWS::Serverless::Function and StateMachine without `Role`: SAM creates `<Function>Role` with the function's
// Policies (managed policy names or ARNs, documents, SAM policy templates) and, for functions, basic execution.
import type { PathSegment } from '../../policy/located.js';
import type { Entity } from '../../policy/model.js';
import {
  type DocumentScope,
  forEachBranch,
  isRecord,
  locate,
  readPolicyDocument,
  reportUnknownIntrinsic,
  type StatementSink,
  unknownAt,
} from '../../policy/statements.js';
import { intrinsicName, isNoValue } from '../intrinsics.js';
import { expandSamPolicyTemplate, SAM_BASIC_EXECUTION_ARN } from '../sam.js';
import { addManagedPolicyArn } from './attachments.js';
import { checkIntrinsics } from './check-intrinsics.js';
import {
  addEntity,
  type ResourceReader,
  type ResourceView,
  sinkOf,
  type TemplateContext,
} from './context.js';

export function samRoleReader(basicExecution: boolean): ResourceReader {
  return (ctx: TemplateContext, view: ResourceView) => {
    const { properties, propertiesPath } = view;
    if (properties['Role'] !== undefined) return;
    const entity = addEntity(ctx, view, 'role', `${view.id}Role`);
    checkIntrinsics(ctx.scope, sinkOf(entity), properties, [...propertiesPath]);
    if (basicExecution) entity.managedPolicyArns.push(SAM_BASIC_EXECUTION_ARN);
    const policies = properties['Policies'];
    const path: PathSegment[] = [...propertiesPath, 'Policies'];
    if (policies === null || policies === undefined || isNoValue(policies)) return;
    if (!Array.isArray(policies)) readSamPolicy(ctx, entity, policies, path);
    else
      policies.forEach((item, i) => {
        readSamPolicy(ctx, entity, item, [...path, i]);
      });
  };
}

function readSamPolicy(
  ctx: TemplateContext,
  entity: Entity,
  item: unknown,
  path: PathSegment[],
  scope: DocumentScope = ctx.scope,
): void {
  const sink = sinkOf(entity);
  if (typeof item === 'string') {
    // A managed policy: a full ARN, or the name of an AWS managed policy.
    const arn = item.startsWith('arn:') ? item : `arn:aws:iam::aws:policy/${item}`;
    if (!entity.managedPolicyArns.includes(arn)) entity.managedPolicyArns.push(arn);
    return;
  }
  if (forEachBranch(scope, item, path, (s, branch, p) => readSamPolicy(ctx, entity, branch, p, s))) return;
  if (intrinsicName(item) !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path)) addManagedPolicyArn(ctx, entity, item, path);
    return;
  }
  if (!isRecord(item)) {
    entity.unknowns.push(unknownAt(scope, path, 'SAM policy cannot be read from code'));
    return;
  }
  if (Object.hasOwn(item, 'Statement')) {
    readPolicyDocument(scope, sink, item, path, `${entity.id}Policy`);
    return;
  }
  readPolicyTemplate(scope, sink, item, path);
}

/** `{ S3ReadPolicy: { BucketName: … } }`: the actions of a documented SAM policy template. */
function readPolicyTemplate(
  scope: DocumentScope,
  sink: StatementSink,
  item: Record<string, unknown>,
  path: PathSegment[],
): void {
  const names = Object.keys(item);
  const templateName = names[0];
  if (names.length !== 1 || templateName === undefined) {
    sink.unknowns.push(unknownAt(scope, path, 'SAM policy cannot be read from code'));
    return;
  }
  const document = expandSamPolicyTemplate(templateName);
  if (!document) {
    sink.unknowns.push(
      unknownAt(
        scope,
        path,
        `SAM policy template ${templateName} is not known to this tool; its actions are not counted`,
      ),
    );
    return;
  }
  const location = locate(scope, [...path, templateName]);
  for (const actions of document) {
    sink.statements.push({
      effect: 'Allow',
      actions: actions.map((pattern: string) => ({ pattern, location })),
      notActions: null,
      allResources: false,
      hasCondition: false,
      policyName: templateName,
      location,
    });
  }
}
