// IAM ARNs: building them from a physical name, account and path, reading them back, and entities named only by ARN.
import { type Entity, type EntityKind, newEntity } from '../policy/model.js';

export interface IamArnParts {
  partition: string;
  /** 12 digits, or `aws` for AWS-managed policies. */
  account: string;
  kind: EntityKind;
  /** `/` or `/service-role/` */
  path: string;
  name: string;
}

const IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):(role|user|group|policy)((?:\/[^/]*)*\/)?([^/]+)$/;

export function parseIamArn(arn: string): IamArnParts | null {
  const m = IAM_ARN.exec(arn);
  if (!m) return null;
  return { partition: m[1]!, account: m[2]!, kind: m[3] as EntityKind, path: m[4] ?? '/', name: m[5]! };
}

/** A normalized IAM path: starts and ends with `/`. */
export function normalizeIamPath(path: string | null | undefined): string {
  if (!path) return '/';
  let p = path.startsWith('/') ? path : `/${path}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

export function iamArn(parts: Omit<IamArnParts, 'path'> & { path?: string | null }): string {
  return `arn:${parts.partition}:iam::${parts.account}:${parts.kind}${normalizeIamPath(parts.path)}${parts.name}`;
}

export { isAwsManagedPolicyArn } from '../policy/managed-policies.js';

/** The partition of a caller ARN from STS (`arn:aws-cn:sts::…`), `aws` when unknown. */
export function partitionOf(arn: string | undefined): string {
  return /^arn:(aws[a-z-]*):/.exec(arn ?? '')?.[1] ?? 'aws';
}

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
