// Entities named only by an ARN (`snapshot --arn`); the ARN itself is policy/arn.ts's, re-exported for usage/.
import { parseIamArn } from '../policy/arn.js';
import { type Entity, newEntity } from '../policy/model.js';

export {
  type IamArnParts,
  iamArn,
  isAwsManagedPolicyArn,
  normalizeIamPath,
  parseIamArn,
  partitionOf,
} from '../policy/arn.js';

/** An entity known only by its ARN (`snapshot --arn`), keyed `arn#<ARN>`. */
export function entityFromArn(arn: string): Entity | null {
  const parts = parseIamArn(arn);
  if (!parts) return null;
  return newEntity({
    id: arn,
    kind: parts.kind,
    format: 'policy',
    file: 'arn',
    line: 1,
    path: '',
    name: parts.name,
    iamPath: parts.path,
    arn,
  });
}
