// The collector: for every entity, its ARN, creation date, last-accessed report, access keys and (groups, policies)
// who used what — from AWS or a snapshot. Every input entity gets an answer: a report, or the reason there is none.
import { setMaxListeners } from 'node:events';
import { DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import {
  GetGroupCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetUserCommand,
  ListGroupsCommand,
  ListPoliciesCommand,
  ListPoliciesGrantingServiceAccessCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { minimatch } from 'minimatch';
import { errorMessage } from '../errors.js';
import { type Entity, type EntityKind, entityKey } from '../policy/model.js';
import { accessKeysOf } from './access-keys.js';
import { iamArn, parseIamArn, partitionOf } from './arn.js';
import { DEFAULT_CACHE_MAX_AGE_MS, ReportCache } from './cache.js';
import type { AwsClients } from './clients.js';
import {
  abortOption,
  entitiesForService,
  JobFailedError,
  type JobResult,
  PollTiming,
  runReportJob,
  toPlain,
} from './jobs.js';
import type {
  EntityUsage,
  Granularity,
  PolicyGrantingServiceAccess,
  ServiceEntityUsage,
  SnapshotFile,
  UsageReport,
} from './model.js';
import {
  awsErrorCode,
  CALL_PRIORITY,
  DeadlineError,
  RetryBudgetError,
  Scheduler,
  Semaphore,
} from './scheduler.js';

export { readSnapshot } from './snapshot.js';

export interface CollectOptions {
  /** Absent together with `snapshot`: every entity gets the reason "no AWS credentials or snapshot". */
  clients?: AwsClients;
  /** When given, no AWS call at all. */
  snapshot?: SnapshotFile;
  /** Default ACTION_LEVEL. */
  granularity?: Granularity;
  /** Entities in flight at once (each holds its report job); default 50. */
  concurrency?: number;
  /** Client-side rate limit over all calls; default 10 (IAM documents none; it throttles bursts). */
  requestsPerSecond?: number;
  /** Bound on the whole collection; default 300 000 (5 minutes). */
  deadlineMs?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Where reports are cached; null or absent: no cache. Front doors pass `defaultCacheDir(env)`. */
  cacheDir?: string | null;
  /** Default 4 h, IAM's own delay. */
  cacheMaxAgeMs?: number;
  /** Else STS GetCallerIdentity (only asked for when an ARN has to be built). */
  accountId?: string;
  /** Config `entities`: the first whose glob matches `file#id` gives the ARN. */
  entityArns?: { match: string; arn: string }[];
  /** Config `stacks`: the first whose glob matches the entity's file gives the stack name. */
  stacks?: { template: string; stackName: string }[];
  /** Namespaces to ask `...WithEntities` for (groups and policies); `*` = every used service. */
  withEntitiesServices?: (entity: Entity) => string[];
  /** Namespaces to ask `ListPoliciesGrantingServiceAccess` for; `*` = every service in the report. */
  grantingPoliciesFor?: (entity: Entity) => string[];
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
  /** First poll of a job before any job has been seen to finish; default 2000 ms. */
  firstPollMs?: number;
  /** For jitter; default Math.random. */
  random?: () => number;
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
  stats: { calls: number; throttled: number; elapsedMs: number };
}

export const NO_SOURCE_REASON = 'no AWS credentials or snapshot';
const POLICY_HINT = 'the tool needs the actions in rules/iam-usage-guard-policy.json';

function emptyUsage(entity: Entity): EntityUsage {
  return {
    entityKey: entityKey(entity),
    arn: null,
    createDate: null,
    report: null,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null,
  };
}

/** What IAM says about a deployed entity: its ARN (with its path) and creation date. */
interface Described {
  arn: string;
  createDate: string | null;
}

/** Entities of one kind by name, from a listing; `complete` false when it stopped before the last page. */
interface Directory {
  byName: Map<string, Described>;
  complete: boolean;
}

/** A reason that ends an entity's collection, already in words. */
class Unresolved extends Error {}

function stackNameFor(entity: Entity, options: CollectOptions): string | null {
  if (entity.stackName) return entity.stackName;
  return options.stacks?.find((s) => minimatch(entity.file, s.template, { dot: true }))?.stackName ?? null;
}

function mappedArn(entity: Entity, options: CollectOptions): string | null {
  const key = entityKey(entity);
  return options.entityArns?.find((m) => minimatch(key, m.match, { dot: true }))?.arn ?? null;
}

function unresolvableReason(entity: Entity): string {
  return `cannot tell which deployed ${entity.kind} ${entity.id} is: the code fixes no name, no stack name is known (set \`stacks\` in the config) and no \`entities\` mapping matches ${entityKey(entity)}`;
}

function addWarning(usage: EntityUsage, warning: string): void {
  if (!usage.warnings) usage.warnings = [];
  usage.warnings.push(warning);
}

export async function collectUsage(entities: Entity[], options: CollectOptions): Promise<UsageCollection> {
  const clock = options.clock ?? (() => new Date());
  const started = clock().getTime();
  const usage = new Map<string, EntityUsage>();
  for (const entity of entities) usage.set(entityKey(entity), emptyUsage(entity));
  if (options.snapshot) return fromSnapshot(entities, options.snapshot, options, usage, clock, started);
  if (!options.clients) {
    for (const entry of usage.values()) entry.reason = NO_SOURCE_REASON;
    options.onProgress?.({ done: entities.length, total: entities.length, throttled: 0, elapsedMs: 0 });
    return {
      usage,
      managedPolicyDocuments: new Map(),
      managedPolicyErrors: new Map(),
      stackResources: [],
      stats: { calls: 0, throttled: 0, elapsedMs: 0 },
    };
  }
  return new OnlineCollection(entities, options.clients, options, usage, clock, started).run();
}

class OnlineCollection {
  private readonly scheduler: Scheduler;
  private readonly timing: PollTiming;
  private readonly granularity: Granularity;
  private cache: ReportCache | null = null;
  private readonly deadlineMs: number;
  private readonly abort = new AbortController();
  private account: Promise<{ account: string; partition: string }> | null = null;
  private readonly stacks = new Map<string, Promise<SnapshotFile['resources']>>();
  private readonly stackResources: SnapshotFile['resources'] = [];
  private readonly jobs = new Map<string, Promise<JobResult>>();
  /** Per kind: every entity of the account by name, or null when listing is not possible (then one Get each). */
  private readonly directories = new Map<EntityKind, Promise<Directory | null>>();
  private kindCounts: Map<EntityKind, number> | null = null;
  private done = 0;

  constructor(
    private readonly entities: Entity[],
    private readonly clients: AwsClients,
    private readonly options: CollectOptions,
    private readonly usage: Map<string, EntityUsage>,
    private readonly clock: () => Date,
    private readonly started: number,
  ) {
    // Every in-flight call listens on this one signal; hundreds at once is the design, not a leak.
    setMaxListeners(0, this.abort.signal);
    this.deadlineMs = options.deadlineMs ?? 300_000;
    const random = options.random ?? Math.random;
    this.scheduler = new Scheduler({
      requestsPerSecond: options.requestsPerSecond ?? 10,
      maxInFlight: options.maxInFlight ?? 16,
      maxRetries: options.maxRetries ?? 8,
      baseBackoffMs: 250,
      maxBackoffMs: 10_000,
      deadlineAt: started + this.deadlineMs,
      clock,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random,
      signal: this.abort.signal,
    });
    this.timing = new PollTiming(options.firstPollMs ?? 2000, 10_000, random);
    this.granularity = options.granularity ?? 'ACTION_LEVEL';
  }

  async run(): Promise<UsageCollection> {
    if (this.options.cacheDir) {
      // Reports from a local endpoint must not answer for AWS (or another endpoint) with the same ARN.
      const endpoint = await this.clients.iam.config.endpoint?.().catch(() => undefined);
      const scope = endpoint
        ? `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port ?? ''}${endpoint.path}`
        : 'aws';
      this.cache = new ReportCache(
        this.options.cacheDir,
        this.options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS,
        () => this.clock().getTime(),
        scope,
      );
    }
    // In real time too: a request that hangs must not outlive the deadline.
    const timer = setTimeout(() => this.abort.abort(), this.deadlineMs);
    timer.unref?.();
    try {
      const slots = new Semaphore(Math.max(1, this.options.concurrency ?? 50));
      const policies = this.managedPolicies();
      const seen = new Set<string>();
      await Promise.all(
        this.entities.map((entity) => {
          const key = entityKey(entity);
          if (seen.has(key)) return Promise.resolve(); // the same file#id twice answers once
          seen.add(key);
          return slots.run(() => this.entity(entity, this.usage.get(key)!));
        }),
      );
      const { documents, errors } = await policies;
      return {
        usage: this.usage,
        managedPolicyDocuments: documents,
        managedPolicyErrors: errors,
        stackResources: this.stackResources,
        stats: { ...this.scheduler.stats, elapsedMs: this.clock().getTime() - this.started },
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private progress(): void {
    this.done++;
    this.options.onProgress?.({
      done: this.done,
      total: this.usage.size,
      throttled: this.scheduler.stats.throttled,
      elapsedMs: this.clock().getTime() - this.started,
    });
  }

  private async entity(entity: Entity, usage: EntityUsage): Promise<void> {
    let stage = 'resolving its ARN';
    try {
      const resolved = await this.resolve(entity, usage);
      usage.arn = resolved.arn || null;
      usage.createDate = resolved.createDate;
      if (!resolved.exists) throw new Unresolved(resolved.missingReason ?? `${resolved.arn} does not exist`);
      stage = 'getting its report';
      await this.report(entity, usage, resolved.arn, (s) => {
        stage = s;
      });
      try {
        await this.extras(entity, usage);
      } catch (error) {
        // The report is had: what is missing besides it is a warning, not a reason.
        addWarning(usage, `${this.reasonFor(error, 'reading its access keys and granting policies')}`);
      }
    } catch (error) {
      usage.reason = this.reasonFor(error, stage);
    } finally {
      this.progress();
    }
  }

  private reasonFor(error: unknown, stage: string): string {
    if (error instanceof Unresolved) return error.message;
    if (error instanceof DeadlineError) {
      return `the ${Math.round(this.deadlineMs / 1000)} s deadline passed while ${stage}`;
    }
    if (error instanceof RetryBudgetError) {
      return error.throttled ? `throttled by AWS: ${error.message}` : `AWS kept failing: ${error.message}`;
    }
    if (error instanceof JobFailedError) return error.message;
    const code = awsErrorCode(error);
    if (code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'UnauthorizedOperation') {
      return `AccessDenied while ${stage}: ${error instanceof Error ? error.message : String(error)} (${POLICY_HINT})`;
    }
    if (code === 'NoSuchEntity') return `NoSuchEntity while ${stage}: ${errorMessage(error)}`;
    return `${stage} failed: ${errorMessage(error)}`;
  }

  private accountOf(): Promise<{ account: string; partition: string }> {
    if (!this.account) {
      const configured = this.options.accountId;
      this.account = configured
        ? Promise.resolve({ account: configured, partition: 'aws' })
        : this.scheduler
            .call('GetCallerIdentity', CALL_PRIORITY.resolve, (signal) =>
              this.clients.sts.send(new GetCallerIdentityCommand({}), abortOption(signal)),
            )
            .then((identity) => {
              if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account');
              return { account: identity.Account, partition: partitionOf(identity.Arn) };
            });
      // A failure here is reported per entity; keep it from being an unhandled rejection.
      this.account.catch(() => {});
    }
    return this.account;
  }

  private resourcesOf(stackName: string): Promise<SnapshotFile['resources']> {
    let pending = this.stacks.get(stackName);
    if (!pending) {
      pending = this.scheduler
        .call('DescribeStackResources', CALL_PRIORITY.resolve, (signal) =>
          this.clients.cloudformation.send(
            new DescribeStackResourcesCommand({ StackName: stackName }),
            abortOption(signal),
          ),
        )
        .then((answer) => {
          const resources = (answer.StackResources ?? []).flatMap((r) =>
            r.LogicalResourceId && r.PhysicalResourceId
              ? [
                  {
                    StackName: stackName,
                    LogicalResourceId: r.LogicalResourceId,
                    PhysicalResourceId: r.PhysicalResourceId,
                    ...(r.ResourceType ? { ResourceType: r.ResourceType } : {}),
                  },
                ]
              : [],
          );
          this.stackResources.push(
            ...resources.filter((r) => r.ResourceType?.startsWith('AWS::IAM::') ?? true),
          );
          return resources;
        });
      pending.catch(() => {});
      this.stacks.set(stackName, pending);
    }
    return pending;
  }

  private countOf(kind: EntityKind): number {
    if (!this.kindCounts) {
      this.kindCounts = new Map();
      for (const e of this.entities) this.kindCounts.set(e.kind, (this.kindCounts.get(e.kind) ?? 0) + 1);
    }
    return this.kindCounts.get(kind) ?? 0;
  }

  /** Whether entities of `kind` are many enough that listing them all beats one Get each. */
  private listable(kind: EntityKind): boolean {
    const threshold = this.options.listThreshold ?? 10;
    return this.countOf(kind) >= threshold;
  }

  private directory(kind: EntityKind): Promise<Directory | null> {
    let pending = this.directories.get(kind);
    if (!pending) {
      // Any failure (denied, throttled past the budget) falls back to one Get per entity, which retries on its own.
      pending = this.listAll(kind).catch((error: unknown) => {
        if (error instanceof DeadlineError) throw error;
        return null;
      });
      this.directories.set(kind, pending);
    }
    return pending;
  }

  /**
   * Lists the account's entities of `kind`, but never more pages than half the Gets it replaces: in an account
   * with far more entities than the input names, the rest are got one by one.
   */
  private async listAll(kind: EntityKind): Promise<Directory> {
    const out = new Map<string, Described>();
    const maxPages = Math.max(1, Math.floor(this.countOf(kind) / 2));
    let pages = 0;
    const add = (name: string | undefined, arn: string | undefined, created: Date | undefined) => {
      if (name && arn) out.set(name, { arn, createDate: created ? created.toISOString() : null });
    };
    const operation = { role: 'ListRoles', user: 'ListUsers', group: 'ListGroups', policy: 'ListPolicies' }[
      kind
    ];
    let marker: string | undefined;
    do {
      const paging = { MaxItems: 1000, ...(marker ? { Marker: marker } : {}) };
      marker = await this.scheduler.call(operation, CALL_PRIORITY.resolve, async (signal) => {
        const iam = this.clients.iam;
        const abort = abortOption(signal);
        if (kind === 'role') {
          const page = await iam.send(new ListRolesCommand(paging), abort);
          for (const r of page.Roles ?? []) add(r.RoleName, r.Arn, r.CreateDate);
          return page.IsTruncated ? page.Marker : undefined;
        }
        if (kind === 'user') {
          const page = await iam.send(new ListUsersCommand(paging), abort);
          for (const u of page.Users ?? []) add(u.UserName, u.Arn, u.CreateDate);
          return page.IsTruncated ? page.Marker : undefined;
        }
        if (kind === 'group') {
          const page = await iam.send(new ListGroupsCommand(paging), abort);
          for (const g of page.Groups ?? []) add(g.GroupName, g.Arn, g.CreateDate);
          return page.IsTruncated ? page.Marker : undefined;
        }
        // Customer-managed policies only: AWS-managed ones are looked up one by one.
        const page = await iam.send(new ListPoliciesCommand({ ...paging, Scope: 'Local' }), abort);
        for (const p of page.Policies ?? []) add(p.PolicyName, p.Arn, p.CreateDate);
        return page.IsTruncated ? page.Marker : undefined;
      });
      pages++;
    } while (marker && pages < maxPages);
    return { byName: out, complete: !marker };
  }

  /** The entity from the account's listing; undefined when the listing cannot answer (then Get it). */
  private async fromDirectory(
    kind: EntityKind,
    name: string,
    knownArn: string | null,
  ): Promise<
    { arn: string; createDate: string | null; exists: boolean; missingReason?: string } | undefined
  > {
    if (!this.listable(kind) || (knownArn && parseIamArn(knownArn)?.account === 'aws')) return undefined;
    const directory = await this.directory(kind);
    if (!directory) return undefined;
    const found = directory.byName.get(name);
    if (found && (!knownArn || found.arn === knownArn)) return { ...found, exists: true };
    // Another account or path than the listing's, or past the pages read: ask for it directly.
    if (found || !directory.complete) return undefined;
    const what = knownArn ?? `${kind} ${name}`;
    const operation = { role: 'ListRoles', user: 'ListUsers', group: 'ListGroups', policy: 'ListPolicies' }[
      kind
    ];
    return {
      arn: knownArn ?? '',
      createDate: null,
      exists: false,
      missingReason: `${what} does not exist in the account (not in ${operation}): not deployed yet, so there is no usage`,
    };
  }

  /** ARN and creation date; `exists` false when IAM says there is no such entity (not deployed yet). */
  private async resolve(
    entity: Entity,
    usage: EntityUsage,
  ): Promise<{ arn: string; createDate: string | null; exists: boolean; missingReason?: string }> {
    let arn = mappedArn(entity, this.options) ?? entity.arn;
    let name: string | null = null;
    if (!arn) {
      const stackName = stackNameFor(entity, this.options);
      if (stackName) {
        let resources: SnapshotFile['resources'];
        try {
          resources = await this.resourcesOf(stackName);
        } catch (error) {
          if (awsErrorCode(error) === 'ValidationError' && !entity.name) {
            throw new Unresolved(
              `stack ${stackName} does not exist (DescribeStackResources: ${errorMessage(error)}); deployed under another name? Set \`stacks\` in the config`,
            );
          }
          if (!entity.name) throw error;
          resources = [];
          addWarning(usage, `DescribeStackResources ${stackName} failed: ${errorMessage(error)}`);
        }
        const physical = resources.find((r) => r.LogicalResourceId === entity.id)?.PhysicalResourceId;
        if (physical) {
          if (parseIamArn(physical)) arn = physical;
          else name = physical;
        } else if (!entity.name) {
          return {
            arn: '',
            createDate: null,
            exists: false,
            missingReason: `${entity.id} is not (yet) a resource of stack ${stackName}: not deployed, so there is no usage`,
          };
        }
      }
    }
    name ??= arn ? null : entity.name;
    if (!arn && !name) throw new Unresolved(unresolvableReason(entity));
    if (arn && !parseIamArn(arn))
      throw new Unresolved(`${arn} is not an IAM role, user, group or policy ARN`);
    const kind = arn ? parseIamArn(arn)!.kind : entity.kind;
    const listed = await this.fromDirectory(kind, name ?? parseIamArn(arn!)!.name, arn);
    if (listed) return listed;
    if (kind === 'policy') {
      if (!arn) {
        const { account, partition } = await this.accountOf();
        arn = iamArn({ partition, account, kind: 'policy', path: entity.iamPath, name: name! });
      }
      return this.described(usage, arn, () =>
        this.clients.iam
          .send(new GetPolicyCommand({ PolicyArn: arn! }), abortOption(this.abort.signal))
          .then((a) => ({ arn: a.Policy?.Arn, createDate: a.Policy?.CreateDate })),
      );
    }
    const entityName = name ?? parseIamArn(arn!)!.name;
    const fallbackArn = async () => {
      if (arn) return arn;
      const { account, partition } = await this.accountOf();
      return iamArn({ partition, account, kind, path: entity.iamPath, name: entityName });
    };
    const get = async () => {
      const signal = abortOption(this.abort.signal);
      if (kind === 'role') {
        const a = await this.clients.iam.send(new GetRoleCommand({ RoleName: entityName }), signal);
        return { arn: a.Role?.Arn, createDate: a.Role?.CreateDate };
      }
      if (kind === 'user') {
        const a = await this.clients.iam.send(new GetUserCommand({ UserName: entityName }), signal);
        return { arn: a.User?.Arn, createDate: a.User?.CreateDate };
      }
      const a = await this.clients.iam.send(
        new GetGroupCommand({ GroupName: entityName, MaxItems: 1 }),
        signal,
      );
      return { arn: a.Group?.Arn, createDate: a.Group?.CreateDate };
    };
    return this.described(usage, arn, get, fallbackArn, kind, entityName);
  }

  /** Runs a Get{Role,User,Group,Policy} for the ARN and CreateDate; AccessDenied only costs the date. */
  private async described(
    usage: EntityUsage,
    knownArn: string | null,
    get: () => Promise<{ arn: string | undefined; createDate: Date | undefined }>,
    fallbackArn?: () => Promise<string>,
    kind?: string,
    name?: string,
  ): Promise<{ arn: string; createDate: string | null; exists: boolean; missingReason?: string }> {
    const operation =
      kind === 'role' ? 'GetRole' : kind === 'user' ? 'GetUser' : kind === 'group' ? 'GetGroup' : 'GetPolicy';
    try {
      const answer = await this.scheduler.call(operation, CALL_PRIORITY.resolve, () => get());
      const arn = answer.arn ?? knownArn;
      if (!arn) throw new Error(`${operation} returned no ARN`);
      return { arn, createDate: answer.createDate ? answer.createDate.toISOString() : null, exists: true };
    } catch (error) {
      const code = awsErrorCode(error);
      if (code === 'NoSuchEntity') {
        const what = knownArn ?? `${kind} ${name}`;
        return {
          arn: knownArn ?? (fallbackArn ? await fallbackArn().catch(() => '') : ''),
          createDate: null,
          exists: false,
          missingReason: `${what} does not exist in the account (${operation}: NoSuchEntity): not deployed yet, so there is no usage`,
        };
      }
      if (code === 'AccessDenied' && (knownArn || fallbackArn)) {
        const arn = knownArn ?? (await fallbackArn!());
        addWarning(usage, `creation date unknown: AccessDenied on iam:${operation} (${POLICY_HINT})`);
        return { arn, createDate: null, exists: true };
      }
      throw error;
    }
  }

  private async report(
    entity: Entity,
    usage: EntityUsage,
    arn: string,
    onStage: (stage: string) => void,
  ): Promise<void> {
    const wanted =
      this.options.withEntitiesServices && (entity.kind === 'group' || entity.kind === 'policy')
        ? this.options.withEntitiesServices(entity)
        : [];
    const cached = this.cache?.get(arn, this.granularity) ?? null;
    if (cached && namespacesToAsk(cached.report, wanted).every((ns) => ns in cached.servicesWithEntities)) {
      usage.report = { ...cached.report, ...(usage.createDate ? { CreateDate: usage.createDate } : {}) };
      usage.servicesWithEntities = pick(
        cached.servicesWithEntities,
        namespacesToAsk(cached.report, wanted),
        wanted,
      );
      return;
    }
    // Two entities in the code can be the same deployed one (a CDK app and its synthesized template): one job.
    let job = this.jobs.get(arn);
    if (!job) {
      job = runReportJob(this.clients.iam, this.scheduler, arn, this.granularity, this.timing, onStage);
      this.jobs.set(arn, job);
    }
    const { jobId, report: shared } = await job;
    const report: UsageReport = { ...shared };
    if (usage.createDate) report.CreateDate = usage.createDate;
    usage.report = report;
    const servicesWithEntities: Record<string, ServiceEntityUsage[]> = {};
    const ask = namespacesToAsk(report, wanted);
    if (ask.length > 0) onStage('reading which users and roles used its services');
    for (const namespace of ask) {
      try {
        servicesWithEntities[namespace] = await entitiesForService(
          this.clients.iam,
          this.scheduler,
          jobId,
          namespace,
        );
      } catch (error) {
        if (error instanceof DeadlineError) {
          addWarning(
            usage,
            `the deadline passed before GetServiceLastAccessedDetailsWithEntities ${namespace}`,
          );
          break;
        }
        addWarning(usage, `GetServiceLastAccessedDetailsWithEntities ${namespace}: ${errorMessage(error)}`);
      }
    }
    usage.servicesWithEntities = pick(servicesWithEntities, ask, wanted);
    this.cache?.put(this.granularity, { report, servicesWithEntities });
  }

  private async extras(entity: Entity, usage: EntityUsage): Promise<void> {
    const arn = usage.arn!;
    const parts = parseIamArn(arn);
    if (parts?.kind === 'user') {
      try {
        usage.accessKeys = await accessKeysOf(this.clients.iam, this.scheduler, parts.name);
      } catch (error) {
        if (error instanceof DeadlineError) throw error;
        addWarning(usage, `access keys unknown: ${errorMessage(error)}`);
      }
    }
    const granting = this.options.grantingPoliciesFor?.(entity) ?? [];
    if (granting.length > 0 && usage.report) {
      const namespaces = granting.includes('*')
        ? usage.report.ServicesLastAccessed.map((s) => s.ServiceNamespace)
        : [...new Set(granting)];
      try {
        usage.policiesGranting = await this.policiesGranting(arn, namespaces);
      } catch (error) {
        if (error instanceof DeadlineError) throw error;
        addWarning(usage, `ListPoliciesGrantingServiceAccess: ${errorMessage(error)}`);
      }
    }
  }

  private async policiesGranting(
    arn: string,
    namespaces: string[],
  ): Promise<Record<string, PolicyGrantingServiceAccess[]>> {
    const out: Record<string, PolicyGrantingServiceAccess[]> = {};
    // IAM takes at most 200 namespaces per call.
    for (let i = 0; i < namespaces.length; i += 200) {
      const chunk = namespaces.slice(i, i + 200);
      let marker: string | undefined;
      do {
        const pageMarker = marker;
        const page = await this.scheduler.call(
          'ListPoliciesGrantingServiceAccess',
          CALL_PRIORITY.extra,
          (signal) =>
            this.clients.iam.send(
              new ListPoliciesGrantingServiceAccessCommand({
                Arn: arn,
                ServiceNamespaces: chunk,
                ...(pageMarker ? { Marker: pageMarker } : {}),
              }),
              abortOption(signal),
            ),
        );
        for (const entry of page.PoliciesGrantingServiceAccess ?? []) {
          if (!entry.ServiceNamespace) continue;
          const list = out[entry.ServiceNamespace] ?? [];
          list.push(...toPlain<PolicyGrantingServiceAccess[]>(entry.Policies ?? []));
          out[entry.ServiceNamespace] = list;
        }
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);
    }
    return out;
  }

  private async managedPolicies(): Promise<{ documents: Map<string, unknown>; errors: Map<string, string> }> {
    const documents = new Map<string, unknown>();
    const errors = new Map<string, string>();
    const arns = [...new Set(this.entities.flatMap((e) => e.managedPolicyArns))].sort();
    await Promise.all(
      arns.map(async (arn) => {
        try {
          const policy = await this.scheduler.call('GetPolicy', CALL_PRIORITY.extra, (signal) =>
            this.clients.iam.send(new GetPolicyCommand({ PolicyArn: arn }), abortOption(signal)),
          );
          const versionId = policy.Policy?.DefaultVersionId;
          if (!versionId) throw new Error('GetPolicy returned no DefaultVersionId');
          const version = await this.scheduler.call('GetPolicyVersion', CALL_PRIORITY.extra, (signal) =>
            this.clients.iam.send(
              new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }),
              abortOption(signal),
            ),
          );
          const text = version.PolicyVersion?.Document;
          if (!text) throw new Error('GetPolicyVersion returned no Document');
          // IAM returns the document URL-encoded (RFC 3986).
          documents.set(arn, JSON.parse(decodeURIComponent(text)));
        } catch (error) {
          errors.set(arn, error instanceof DeadlineError ? 'the deadline passed' : errorMessage(error));
        }
      }),
    );
    return { documents, errors };
  }
}

/** The requested namespaces that the report says were used (nobody used the others, so no call is needed). */
function namespacesToAsk(report: UsageReport, wanted: string[]): string[] {
  if (wanted.length === 0) return [];
  const used = report.ServicesLastAccessed.filter((s) => s.LastAuthenticated).map((s) => s.ServiceNamespace);
  return wanted.includes('*') ? used : used.filter((ns) => wanted.includes(ns));
}

/** Asked-for namespaces with their answers; unused ones get an empty list (IAM would say the same). */
function pick(
  all: Record<string, ServiceEntityUsage[]>,
  asked: string[],
  wanted: string[],
): Record<string, ServiceEntityUsage[]> {
  const out: Record<string, ServiceEntityUsage[]> = {};
  for (const ns of wanted) if (ns !== '*') out[ns] = all[ns] ?? [];
  for (const ns of asked) if (all[ns]) out[ns] = all[ns];
  return out;
}

function fromSnapshot(
  entities: Entity[],
  snapshot: SnapshotFile,
  options: CollectOptions,
  usage: Map<string, EntityUsage>,
  clock: () => Date,
  started: number,
): UsageCollection {
  const reports = new Map(snapshot.reports.map((r) => [r.Arn, r]));
  let done = 0;
  for (const entity of entities) {
    const entry = usage.get(entityKey(entity))!;
    let arn = mappedArn(entity, options) ?? entity.arn;
    let name: string | null = null;
    if (!arn) {
      const stackName = stackNameFor(entity, options);
      const physical = stackName
        ? snapshot.resources.find((r) => r.StackName === stackName && r.LogicalResourceId === entity.id)
            ?.PhysicalResourceId
        : undefined;
      if (physical && parseIamArn(physical)) arn = physical;
      else if (physical) name = physical;
      else name = entity.name;
      if (!name && !arn) {
        entry.reason = stackName
          ? `${entity.id} is not in the snapshot's resources of stack ${stackName} (not deployed when the snapshot was taken, or another stack name)`
          : unresolvableReason(entity);
      }
    }
    let report: UsageReport | undefined;
    if (arn) report = reports.get(arn);
    else if (name) {
      const candidates = snapshot.reports.filter((r) => {
        const parts = parseIamArn(r.Arn);
        return (
          parts?.kind === entity.kind &&
          parts.name === name &&
          (!options.accountId || parts.account === options.accountId)
        );
      });
      report =
        candidates.find((r) => entity.iamPath && parseIamArn(r.Arn)?.path === entity.iamPath) ??
        candidates[0];
      arn = report?.Arn ?? null;
    }
    entry.arn = arn;
    if (entry.reason === null) {
      if (!report) {
        entry.reason = `the snapshot has no report for ${arn ?? `${entity.kind} ${name}`}`;
      } else if (report.JobStatus !== 'COMPLETED') {
        entry.reason = `the snapshot's report for ${report.Arn} is ${report.JobStatus}${report.Error?.Message ? `: ${report.Error.Message}` : ''}`;
      } else {
        entry.report = report;
        entry.createDate = report.CreateDate ?? null;
      }
    }
    const parts = arn ? parseIamArn(arn) : null;
    if (parts?.kind === 'user') {
      entry.accessKeys = snapshot.accessKeys.filter((k) => k.UserName === parts.name);
    }
    if (arn) {
      for (const detail of snapshot.entityDetails ?? []) {
        if (detail.Arn === arn)
          entry.servicesWithEntities[detail.ServiceNamespace] = detail.EntityDetailsList;
      }
      const granting = snapshot.policiesGranting?.find((p) => p.Arn === arn);
      if (granting) {
        entry.policiesGranting = Object.fromEntries(
          granting.PoliciesGrantingServiceAccess.map((g) => [g.ServiceNamespace, g.Policies]),
        );
      }
    }
    done++;
    options.onProgress?.({
      done,
      total: entities.length,
      throttled: 0,
      elapsedMs: clock().getTime() - started,
    });
  }
  return {
    usage,
    managedPolicyDocuments: new Map(snapshot.policies.map((p) => [p.Arn, p.Document])),
    managedPolicyErrors: new Map(),
    stackResources: snapshot.resources,
    stats: { calls: 0, throttled: 0, elapsedMs: clock().getTime() - started },
  };
}
