// `Policies` of a role, user or group: a list of `{ PolicyName, PolicyDocument }`, any of them in an `Fn::If`.
import type { PathSegment } from '../../policy/located.js';
import {
  type DocumentScope,
  forEachBranch,
  isRecord,
  readPolicyDocument,
  reportUnknownIntrinsic,
  type StatementSink,
  unknownAt,
} from '../../policy/statements.js';
import { isNoValue } from '../intrinsics.js';
import { physicalName } from './context.js';

export function readInlinePolicies(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
): void {
  if (value === null || value === undefined || isNoValue(value)) return;
  if (forEachBranch(scope, value, path, (s, branch, p) => readInlinePolicies(s, sink, branch, p))) return;
  if (!Array.isArray(value)) {
    if (!reportUnknownIntrinsic(scope, sink, value, path)) {
      sink.unknowns.push(unknownAt(scope, path, 'Policies is not a list and cannot be read from code'));
    }
    return;
  }
  value.forEach((policy, i) => {
    readInlinePolicy(scope, sink, policy, [...path, i]);
  });
}

function readInlinePolicy(
  scope: DocumentScope,
  sink: StatementSink,
  policy: unknown,
  path: PathSegment[],
): void {
  if (policy === null || policy === undefined || isNoValue(policy)) return;
  if (forEachBranch(scope, policy, path, (s, branch, p) => readInlinePolicy(s, sink, branch, p))) return;
  if (!isRecord(policy)) {
    if (!reportUnknownIntrinsic(scope, sink, policy, path)) {
      sink.unknowns.push(unknownAt(scope, path, 'inline policy cannot be read from code'));
    }
    return;
  }
  const name = physicalName(policy['PolicyName']);
  readPolicyDocument(scope, sink, policy['PolicyDocument'], [...path, 'PolicyDocument'], name);
}
