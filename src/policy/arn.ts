// IAM ARNs: the one pattern, read into parts and written back. Everything that checks or splits an IAM ARN (the
// collector, the resolver, snapshots, the configuration schema, the local IAM endpoint) uses these.
import type { EntityKind } from './model.js';

export interface IamArnParts {
  partition: string;
  /** 12 digits, or `aws` for AWS-managed policies. */
  account: string;
  kind: EntityKind;
  /** `/` or `/service-role/` */
  path: string;
  name: string;
}

/** `arn:<partition>:iam::<account>:<kind><path><name>`; the path starts and ends with `/`. */
const IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):(role|user|group|policy)(\/(?:[^/]*\/)*)([^/]+)$/;

/** The same pattern as a string, for the configuration's JSON Schema (`entities[].arn`). */
export const IAM_ARN_PATTERN = IAM_ARN.source;

/** The partition at the start of any ARN (`arn:aws-cn:sts::…`). */
const PARTITION = /^arn:(aws[a-z-]*):/;

export function parseIamArn(arn: string): IamArnParts | null {
  const m = IAM_ARN.exec(arn);
  if (!m) return null;
  return { partition: m[1]!, account: m[2]!, kind: m[3] as EntityKind, path: m[4]!, name: m[5]! };
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

/** The partition of any ARN (a caller's from STS, `arn:aws-cn:sts::…`); `aws` when there is none. */
export function partitionOf(arn: string | undefined): string {
  return PARTITION.exec(arn ?? '')?.[1] ?? 'aws';
}

/** The same ARN in another partition (`arn:aws-cn:…` → `arn:aws:…`); anything else as it is. */
export function inPartition(arn: string, partition: string): string {
  return arn.replace(PARTITION, `arn:${partition}:`);
}

/** `arn:aws:iam::aws:policy/…` in any partition. */
export function isAwsManagedPolicyArn(arn: string): boolean {
  const parts = parseIamArn(arn);
  return parts?.account === 'aws' && parts.kind === 'policy';
}
