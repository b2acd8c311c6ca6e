// The documents of AWS-managed policies bundled at build time (scripts/build-managed-policies.mjs), for attached
// AWS-managed ARNs that neither AWS nor a snapshot gave a document for. Loaded on first need only: start-up and
// runs that attach no AWS-managed policy never read it.
import { gunzipSync } from 'node:zlib';
import { inPartition, isAwsManagedPolicyArn } from './arn.js';
import type { Entity } from './model.js';

export interface BundledPolicies {
  /** `bundled 2026-08-26`: what a grant set says its document came from. */
  label: string;
  source: string;
  version: string;
  dataDate: string;
  documents: ReadonlyMap<string, unknown>;
  /** Policy name (lower case) → its ARN, for names written without their path (`AWSLambdaBasicExecutionRole`). */
  arnsByName: ReadonlyMap<string, string>;
}

interface BundledData {
  source: string;
  license: string;
  version: string;
  dataDate: string;
  policyCount: number;
  documents: string;
}

export { isAwsManagedPolicyArn };

/** The partition-neutral key the bundled data uses (`arn:aws-cn:…` → `arn:aws:…`). */
export function bundledKey(arn: string): string {
  return inPartition(arn, 'aws');
}

/**
 * The bundled document of an AWS-managed ARN, also when it is written without the policy's path
 * (`arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole` for `…/service-role/AWSLambdaBasicExecutionRole`, as SAM
 * writes a policy given by name): IAM policy names are unique across paths.
 */
export function bundledDocument(bundled: BundledPolicies, arn: string): unknown {
  const key = bundledKey(arn);
  const exact = bundled.documents.get(key);
  if (exact !== undefined) return exact;
  const rest = key.slice('arn:aws:iam::aws:policy/'.length);
  if (rest.includes('/')) return undefined;
  const byName = bundled.arnsByName.get(rest.toLowerCase());
  return byName === undefined ? undefined : bundled.documents.get(byName);
}

/** Whether any entity attaches, or is bounded by, an AWS-managed policy. */
export function needsBundledPolicies(entities: Iterable<Entity>): boolean {
  for (const entity of entities) {
    if (entity.managedPolicyArns.some(isAwsManagedPolicyArn)) return true;
    const boundary = entity.permissionsBoundary?.arn;
    if (boundary && isAwsManagedPolicyArn(boundary)) return true;
  }
  return false;
}

let loading: Promise<BundledPolicies> | null = null;

/** The bundled documents, decoded once per process. */
export function loadBundledPolicies(): Promise<BundledPolicies> {
  loading ??= (async () => {
    const module = (await import('./managed-policies.data.json', { with: { type: 'json' } })) as {
      default: BundledData;
    };
    const data = module.default;
    const documents = JSON.parse(
      gunzipSync(Buffer.from(data.documents, 'base64')).toString('utf8'),
    ) as Record<string, unknown>;
    const arnsByName = new Map<string, string>();
    for (const arn of Object.keys(documents))
      arnsByName.set(arn.slice(arn.lastIndexOf('/') + 1).toLowerCase(), arn);
    return {
      arnsByName,
      label: `bundled ${data.dataDate}`,
      source: data.source,
      version: data.version,
      dataDate: data.dataDate,
      documents: new Map(Object.entries(documents)),
    };
  })();
  return loading;
}

/** The bundled documents when `entities` need them, else null (nothing is loaded). */
export async function bundledPoliciesFor(entities: Iterable<Entity>): Promise<BundledPolicies | null> {
  return needsBundledPolicies(entities) ? loadBundledPolicies() : null;
}
