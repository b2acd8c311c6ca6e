// The collection against AWS: each entity resolved (usage/resolve.ts), its report job run, then its extras (access
// keys, who used its services, which policies grant them), all through one scheduler under one deadline.
import { setMaxListeners } from 'node:events';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListPoliciesGrantingServiceAccessCommand,
} from '@aws-sdk/client-iam';
import { errorMessage } from '../errors.js';
import { type Entity, type EntityKind, entityKey } from '../policy/model.js';
import { accessKeysOf } from './access-keys.js';
import { parseIamArn } from './arn.js';
import { awsErrorCode, CredentialsRejectedError, classifyAwsError, POLICY_FILE } from './aws-errors.js';
import { DEFAULT_CACHE_MAX_AGE_MS, ReportCache } from './cache.js';
import { type AwsClients, refreshCredentials } from './clients.js';
import type { CollectOptions, UsageCollection } from './collect.js';
import { LiveSource } from './deployed-live.js';
import {
  abortOption,
  entitiesForService,
  JobFailedError,
  type JobResult,
  PollTiming,
  runReportJob,
  toPlain,
} from './jobs.js';
import {
  addWarning,
  type EntityUsage,
  type Granularity,
  type PolicyGrantingServiceAccess,
  type ServiceEntityUsage,
  type UsageReport,
} from './model.js';
import { resolveAsync, targetOf } from './resolve.js';
import {
  CALL_PRIORITY,
  DeadlineError,
  RetryBudgetError,
  realSleep,
  Scheduler,
  Semaphore,
} from './scheduler.js';

/**
 * Entities in flight per request/s of the current rate. An entity holds its slot for about a job's latency (a few
 * seconds) and spends about two calls, so the rate is kept busy — and generating stays ahead of polling — with a
 * few seconds' worth of entities at once; at a low rate few are started, so each finishes before the deadline.
 */
const ENTITIES_PER_RATE = 3;
const MIN_ENTITY_SLOTS = 4;

export class LiveCollection {
  private readonly scheduler: Scheduler;
  private readonly source: LiveSource;
  private readonly timing: PollTiming;
  private readonly granularity: Granularity;
  private cache: ReportCache | null = null;
  private readonly deadlineMs: number;
  private readonly abort = new AbortController();
  private readonly jobs = new Map<string, Promise<JobResult>>();
  private done = 0;
  private cached = 0;

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
    const sleep = options.sleep;
    this.scheduler = new Scheduler({
      ...(options.requestsPerSecond ? { requestsPerSecond: options.requestsPerSecond } : {}),
      maxInFlight: options.maxInFlight ?? 16,
      maxRetries: options.maxRetries ?? 8,
      baseBackoffMs: 250,
      maxBackoffMs: 10_000,
      deadlineAt: started + this.deadlineMs,
      clock,
      sleep: sleep ? (ms) => sleep(ms) : realSleep,
      random,
      signal: this.abort.signal,
      refreshCredentials: () => refreshCredentials(clients),
    });
    const kindCounts = new Map<EntityKind, number>();
    for (const e of entities) kindCounts.set(e.kind, (kindCounts.get(e.kind) ?? 0) + 1);
    this.source = new LiveSource(clients, this.scheduler, {
      kindCounts,
      ...(options.accountId ? { accountId: options.accountId } : {}),
      ...(options.listThreshold !== undefined ? { listThreshold: options.listThreshold } : {}),
    });
    this.timing = new PollTiming(options.firstPollMs ?? 1000, 10_000, random);
    this.granularity = options.granularity ?? 'ACTION_LEVEL';
  }

  async run(): Promise<UsageCollection> {
    await this.openCache();
    const requestsBefore = this.clients.requests?.sent ?? 0;
    // In real time too: a request that hangs must not outlive the deadline.
    const timer = setTimeout(() => this.abort.abort(), this.deadlineMs);
    timer.unref?.();
    try {
      const fixed = this.options.concurrency;
      const slots = new Semaphore(
        fixed
          ? Math.max(1, fixed)
          : () => Math.max(MIN_ENTITY_SLOTS, Math.ceil(this.scheduler.rate * ENTITIES_PER_RATE)),
      );
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
      const fatal = this.scheduler.failure;
      return {
        usage: this.usage,
        managedPolicyDocuments: documents,
        managedPolicyErrors: errors,
        stackResources: this.source.stackResources,
        stats: {
          ...this.scheduler.stats,
          requests: this.clients.requests
            ? this.clients.requests.sent - requestsBefore
            : this.scheduler.stats.calls,
          cached: this.cached,
          elapsedMs: this.clock().getTime() - this.started,
        },
        failure: fatal
          ? {
              kind: 'credentials-rejected',
              code: fatal.code,
              completed: [...this.usage.values()].filter((u) => u.report !== null).length,
              total: seen.size,
            }
          : null,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private async openCache(): Promise<void> {
    if (!this.options.cacheDir) return;
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
      const resolution = await resolveAsync(targetOf(entity), this.options, this.source);
      for (const warning of resolution.warnings) addWarning(usage, warning);
      if (resolution.status !== 'resolved') {
        usage.arn = resolution.status === 'ambiguous' ? null : resolution.arn;
        usage.reason = resolution.reason;
        if (resolution.status === 'ambiguous') usage.candidates = resolution.candidates;
        return;
      }
      usage.arn = resolution.arn;
      usage.createDate = resolution.createDate;
      stage = 'getting its report';
      await this.report(entity, usage, resolution.arn, (s) => {
        stage = s;
      });
      try {
        await this.extras(entity, usage);
      } catch (error) {
        // The report is had: what is missing besides it is a warning, not a reason.
        addWarning(usage, this.reasonFor(error, 'reading its access keys and granting policies'));
      }
    } catch (error) {
      usage.reason = this.reasonFor(error, stage);
    } finally {
      this.progress();
    }
  }

  private reasonFor(error: unknown, stage: string): string {
    if (error instanceof CredentialsRejectedError) return `not judged: ${error.message}`;
    if (error instanceof DeadlineError) {
      return `the ${Math.round(this.deadlineMs / 1000)} s deadline passed while ${stage}`;
    }
    if (error instanceof RetryBudgetError) {
      return error.throttled ? `throttled by AWS: ${error.message}` : `AWS kept failing: ${error.message}`;
    }
    if (error instanceof JobFailedError) return error.message;
    const message = error instanceof Error ? error.message : String(error);
    switch (classifyAwsError(error)) {
      case 'access-denied':
        return `${awsErrorCode(error)} while ${stage}: ${message} (the tool needs the actions in ${POLICY_FILE})`;
      case 'no-such-entity':
        return `NoSuchEntity while ${stage}: ${errorMessage(error)}`;
      case 'not-aws':
        return `${message} while ${stage}`;
      default:
        return `${stage} failed: ${errorMessage(error)}`;
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
      this.cached++;
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
    const ask = namespacesToAsk(report, wanted);
    if (ask.length > 0) onStage('reading which users and roles used its services');
    usage.servicesWithEntities = pick(await this.withEntities(usage, jobId, ask), ask, wanted);
    this.cache?.put(this.granularity, { report, servicesWithEntities: usage.servicesWithEntities });
  }

  private async withEntities(
    usage: EntityUsage,
    jobId: string,
    namespaces: string[],
  ): Promise<Record<string, ServiceEntityUsage[]>> {
    const out: Record<string, ServiceEntityUsage[]> = {};
    for (const namespace of namespaces) {
      try {
        out[namespace] = await entitiesForService(this.clients.iam, this.scheduler, jobId, namespace);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) {
          addWarning(
            usage,
            `${this.reasonFor(error, `GetServiceLastAccessedDetailsWithEntities ${namespace}`)}`,
          );
          break;
        }
        addWarning(usage, `GetServiceLastAccessedDetailsWithEntities ${namespace}: ${errorMessage(error)}`);
      }
    }
    return out;
  }

  private async extras(entity: Entity, usage: EntityUsage): Promise<void> {
    const arn = usage.arn!;
    const parts = parseIamArn(arn);
    if (parts?.kind === 'user') {
      try {
        usage.accessKeys = await accessKeysOf(this.clients.iam, this.scheduler, parts.name);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) throw error;
        addWarning(usage, `access keys unknown: ${errorMessage(error)}`);
      }
    }
    const granting = usage.report ? (this.options.grantingPoliciesFor?.(entity, usage.report) ?? []) : [];
    if (granting.length > 0 && usage.report) {
      const namespaces = granting.includes('*')
        ? usage.report.ServicesLastAccessed.map((s) => s.ServiceNamespace)
        : [...new Set(granting)];
      try {
        usage.policiesGranting = await this.policiesGranting(arn, namespaces);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) throw error;
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
          documents.set(arn, await this.policyDocument(arn));
        } catch (error) {
          errors.set(arn, error instanceof DeadlineError ? 'the deadline passed' : errorMessage(error));
        }
      }),
    );
    return { documents, errors };
  }

  private async policyDocument(arn: string): Promise<unknown> {
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
    return JSON.parse(decodeURIComponent(text));
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
