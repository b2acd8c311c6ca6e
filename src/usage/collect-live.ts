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
  type EntityUsage,
  emptyUsage,
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

  /** Entities by key, first of each: the same file#id twice answers once. */
  private readonly unique: Map<string, Entity>;

  constructor(
    private readonly entities: Entity[],
    private readonly clients: AwsClients,
    private readonly options: CollectOptions,
    private readonly clock: () => Date,
    private readonly started: number,
  ) {
    this.unique = new Map();
    for (const entity of entities) {
      const key = entityKey(entity);
      if (!this.unique.has(key)) this.unique.set(key, entity);
    }
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
      const answers = await Promise.all(
        [...this.unique].map(
          async ([key, entity]) => [key, await slots.run(() => this.entity(entity))] as const,
        ),
      );
      const usage = new Map<string, EntityUsage>(answers);
      const { documents, errors } = await policies;
      const fatal = this.scheduler.failure;
      return {
        usage,
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
              completed: answers.filter(([, u]) => u.report !== null).length,
              total: this.unique.size,
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
      total: this.unique.size,
      throttled: this.scheduler.stats.throttled,
      elapsedMs: this.clock().getTime() - this.started,
    });
  }

  /** One entity's answer, from the steps' answers: resolution, then its report, then its extras. */
  private async entity(entity: Entity): Promise<EntityUsage> {
    let answer = emptyUsage(entity);
    const warnings: string[] = [];
    let stage = 'resolving its ARN';
    try {
      const resolution = await resolveAsync(targetOf(entity), this.options, this.source);
      warnings.push(...resolution.warnings);
      if (resolution.status !== 'resolved') {
        answer = {
          ...answer,
          arn: resolution.status === 'ambiguous' ? null : resolution.arn,
          reason: resolution.reason,
          ...(resolution.status === 'ambiguous' ? { candidates: resolution.candidates } : {}),
        };
      } else {
        answer = { ...answer, arn: resolution.arn, createDate: resolution.createDate };
        stage = 'getting its report';
        const reported = await this.report(entity, resolution.arn, resolution.createDate, (s) => {
          stage = s;
        });
        warnings.push(...reported.warnings);
        answer = { ...answer, report: reported.report, servicesWithEntities: reported.servicesWithEntities };
        // The report is had: what is missing besides it is a warning, not a reason.
        const extras = await this.extras(entity, resolution.arn, reported.report);
        warnings.push(...extras.warnings);
        answer = { ...answer, ...extras.found };
      }
    } catch (error) {
      answer = { ...answer, reason: this.reasonFor(error, stage) };
    } finally {
      this.progress();
    }
    return warnings.length > 0 ? { ...answer, warnings } : answer;
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
    arn: string,
    createDate: string | null,
    onStage: (stage: string) => void,
  ): Promise<{
    report: UsageReport;
    servicesWithEntities: Record<string, ServiceEntityUsage[]>;
    warnings: string[];
  }> {
    const wanted =
      this.options.withEntitiesServices && (entity.kind === 'group' || entity.kind === 'policy')
        ? this.options.withEntitiesServices(entity)
        : [];
    const created = createDate ? { CreateDate: createDate } : {};
    const cached = this.cache?.get(arn, this.granularity) ?? null;
    if (cached && namespacesToAsk(cached.report, wanted).every((ns) => ns in cached.servicesWithEntities)) {
      this.cached++;
      return {
        report: { ...cached.report, ...created },
        servicesWithEntities: pick(
          cached.servicesWithEntities,
          namespacesToAsk(cached.report, wanted),
          wanted,
        ),
        warnings: [],
      };
    }
    // Two entities in the code can be the same deployed one (a CDK app and its synthesized template): one job.
    let job = this.jobs.get(arn);
    if (!job) {
      job = runReportJob(this.clients.iam, this.scheduler, arn, this.granularity, this.timing, onStage);
      this.jobs.set(arn, job);
    }
    const { jobId, report: shared } = await job;
    const report: UsageReport = { ...shared, ...created };
    const ask = namespacesToAsk(report, wanted);
    if (ask.length > 0) onStage('reading which users and roles used its services');
    const asked = await this.withEntities(jobId, ask);
    const servicesWithEntities = pick(asked.answers, ask, wanted);
    this.cache?.put(this.granularity, { report, servicesWithEntities });
    return { report, servicesWithEntities, warnings: asked.warnings };
  }

  private async withEntities(
    jobId: string,
    namespaces: string[],
  ): Promise<{ answers: Record<string, ServiceEntityUsage[]>; warnings: string[] }> {
    const answers: Record<string, ServiceEntityUsage[]> = {};
    const warnings: string[] = [];
    for (const namespace of namespaces) {
      try {
        answers[namespace] = await entitiesForService(this.clients.iam, this.scheduler, jobId, namespace);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) {
          warnings.push(this.reasonFor(error, `GetServiceLastAccessedDetailsWithEntities ${namespace}`));
          break;
        }
        warnings.push(`GetServiceLastAccessedDetailsWithEntities ${namespace}: ${errorMessage(error)}`);
      }
    }
    return { answers, warnings };
  }

  /**
   * A user's access keys and the policies granting what the report shows, as far as they can be had: what cannot
   * is a warning (the report stands). Past the deadline, or with the credentials refused, the rest is not asked.
   */
  private async extras(
    entity: Entity,
    arn: string,
    report: UsageReport,
  ): Promise<{ found: Pick<EntityUsage, 'accessKeys' | 'policiesGranting'>; warnings: string[] }> {
    const found: Pick<EntityUsage, 'accessKeys' | 'policiesGranting'> = { accessKeys: [] };
    const warnings: string[] = [];
    const fatal = (error: unknown) =>
      error instanceof DeadlineError || error instanceof CredentialsRejectedError;
    try {
      const parts = parseIamArn(arn);
      if (parts?.kind === 'user') {
        try {
          found.accessKeys = await accessKeysOf(this.clients.iam, this.scheduler, parts.name);
        } catch (error) {
          if (fatal(error)) throw error;
          warnings.push(`access keys unknown: ${errorMessage(error)}`);
        }
      }
      const granting = this.options.grantingPoliciesFor?.(entity, report) ?? [];
      if (granting.length > 0) {
        const namespaces = granting.includes('*')
          ? report.ServicesLastAccessed.map((s) => s.ServiceNamespace)
          : [...new Set(granting)];
        try {
          found.policiesGranting = await this.policiesGranting(arn, namespaces);
        } catch (error) {
          if (fatal(error)) throw error;
          warnings.push(`ListPoliciesGrantingServiceAccess: ${errorMessage(error)}`);
        }
      }
    } catch (error) {
      warnings.push(this.reasonFor(error, 'reading its access keys and granting policies'));
    }
    return { found, warnings };
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
