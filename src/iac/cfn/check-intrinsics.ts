// Unknown intrinsic functions anywhere under an IAM resource's properties are errors at their place: what they
// compute cannot be judged.
import type { PathSegment } from '../../policy/located.js';
import { type DocumentScope, reportUnknownIntrinsic, type StatementSink } from '../../policy/statements.js';
import { isKnownIntrinsic } from '../intrinsics.js';

/** `path` is a stack: restored on return. */
export function checkIntrinsics(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
  depth = 0,
): void {
  if (depth > 64 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      checkIntrinsics(scope, sink, item, path, depth + 1);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if ((key.startsWith('Fn::') || key === 'Ref') && !isKnownIntrinsic(key)) {
      reportUnknownIntrinsic(scope, sink, value, [...path], key);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    path.push(key);
    checkIntrinsics(scope, sink, item, path, depth + 1);
    path.pop();
  }
}
