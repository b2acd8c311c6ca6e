// The collector: for every entity, its ARN, creation date, last-accessed report, access keys and (groups, policies)
// who used what — from AWS or a snapshot. Every input entity gets an answer: a report, or the reason there is none.
import { type Entity, entityKey } from '../policy/model.js';
import type { CollectionFailure } from './aws-errors.js';
import type { AwsClients } from './clients.js';
import { fromSnapshot } from './collect-snapshot.js';
import {
  type EntityUsage,
  emptyUsage,
  type Granularity,
  type SnapshotFile,
  type UsageReport,
} from './model.js';

export { readSnapshot } from './snapshot.js';

export interface CollectOptions {
  /** Absent together with `snapshot`: every entity gets the reason "no AWS credentials or snapshot". */
  clients?: AwsClients;
  /** When given, no AWS call at all. */
  snapshot?: SnapshotFile;
  /** Default ACTION_LEVEL. */
  granularity?: Granularity;
  /** Entities in flight at once (each holds its report job); default: tied to the current request rate. */
  concurrency?: number;
  /** A fixed ceiling on requests per second; default: found at run time (from 10/s, up while IAM allows). */
  requestsPerSecond?: number;
  /** Bound on the whole collection; default 300 000 (5 minutes). */
  deadlineMs?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Where reports are cached; null or absent: no cache. Front doors pass `defaultCacheDir(env)`. */
  cacheDir?: string | null;
  /** Default 4 h, IAM's own delay. */
  cacheMaxAgeMs?: number;
  /** Else STS GetCallerIdentity (only asked for when an ARN has to be built or checked). */
  accountId?: string;
  /** Config `entities`: the first whose glob matches `file#id` gives the ARN. */
  entityArns?: { match: string; arn: string }[];
  /** Config `stacks`: the first whose glob matches the entity's file gives the stack name. */
  stacks?: { template: string; stackName: string }[];
  /** Namespaces to ask `...WithEntities` for (groups and policies); `*` = every used service. */
  withEntitiesServices?: (entity: Entity) => string[];
  /** Namespaces to ask `ListPoliciesGrantingServiceAccess` for, given the report; `*` = every service in it. */
  grantingPoliciesFor?: (entity: Entity, report: UsageReport) => string[];
  onProgress?: (p: { done: number; total: number; throttled: number; elapsedMs: number }) => void;
  /** Retries per call after the first, for throttling and transient failures; default 8. */
  maxRetries?: number;
  /** Concurrent HTTP requests; default 16. */
  maxInFlight?: number;
  /**
   * From this many entities of one kind on, their ARNs and creation dates come from one listing (ListRoles, ListUsers,
   * ListGroups, ListPolicies: 1000 per call) instead of one Get per entity; default 10.
   */
  listThreshold?: number;
  /** First poll of a job before any job has been seen to finish; default 1000 ms. */
  firstPollMs?: number;
  /** For jitter; default Math.random. */
  random?: () => number;
}

export interface CollectionStats {
  /** Calls made through the scheduler (each attempt). */
  calls: number;
  throttled: number;
  /** HTTP requests the clients sent (each attempt, as counted on the wire). */
  requests: number;
  /** Reports taken from the local cache instead of a new job. */
  cached: number;
  elapsedMs: number;
}

export interface UsageCollection {
  /** By entityKey(entity); every input entity has an entry. */
  usage: Map<string, EntityUsage>;
  /** AWS-managed or external policy ARN → document (GetPolicy + GetPolicyVersion, or snapshot `policies`). */
  managedPolicyDocuments: Map<string, unknown>;
  /** Why a managed policy's document could not be had. */
  managedPolicyErrors: Map<string, string>;
  /** DescribeStackResources answers used for resolution (snapshot `resources`). */
  stackResources: SnapshotFile['resources'];
  stats: CollectionStats;
  /** Set when the run as a whole failed (AWS stopped accepting the credentials); the front door fails. */
  failure: CollectionFailure | null;
}

export const NO_SOURCE_REASON = 'no AWS credentials or snapshot';

export async function collectUsage(entities: Entity[], options: CollectOptions): Promise<UsageCollection> {
  const clock = options.clock ?? (() => new Date());
  const started = clock().getTime();
  if (options.snapshot) return fromSnapshot(entities, options.snapshot, options, clock, started);
  if (!options.clients) {
    options.onProgress?.({ done: entities.length, total: entities.length, throttled: 0, elapsedMs: 0 });
    return {
      usage: new Map(entities.map((e) => [entityKey(e), { ...emptyUsage(e), reason: NO_SOURCE_REASON }])),
      managedPolicyDocuments: new Map(),
      managedPolicyErrors: new Map(),
      stackResources: [],
      stats: { calls: 0, throttled: 0, requests: 0, cached: 0, elapsedMs: 0 },
      failure: null,
    };
  }
  // Loaded only for a live collection: a snapshot needs none of the AWS SDK's commands.
  const { LiveCollection } = await import('./collect-live.js');
  return new LiveCollection(entities, options.clients, options, clock, started).run();
}
