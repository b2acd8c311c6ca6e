// One report job: GenerateServiceLastAccessedDetails, then poll GetServiceLastAccessedDetails (backoff, jitter)
// until COMPLETED or FAILED, then every page; plus the WithEntities pages for a group or policy report.
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { Granularity, ServiceEntityUsage, ServiceLastAccessed, UsageReport } from './model.js';
import { CALL_PRIORITY, type Scheduler } from './scheduler.js';

/** IAM's page size limit; the fewer pages, the fewer calls. */
export const MAX_ITEMS = 1000;

/** What IAM answered about a FAILED job, as the AWS CLI prints it. */
export interface FailedJob {
  JobStatus: 'FAILED';
  JobType?: Granularity;
  JobCreationDate?: string;
  ServicesLastAccessed: [];
  JobCompletionDate?: string;
  Error: { Code?: string; Message?: string };
}

/** The report job ended FAILED; `Error` is IAM's own, `job` the whole answer. */
export class JobFailedError extends Error {
  override name = 'JobFailedError';
  readonly job: FailedJob;
  constructor(
    readonly error: { Code?: string | undefined; Message?: string | undefined } | undefined,
    answer: {
      JobType?: string | undefined;
      JobCreationDate?: Date | undefined;
      JobCompletionDate?: Date | undefined;
    } = {},
  ) {
    super(`the report job FAILED (${error?.Code ?? 'no code'}: ${error?.Message ?? 'no message'})`);
    this.job = {
      JobStatus: 'FAILED',
      ...(answer.JobType ? { JobType: answer.JobType as Granularity } : {}),
      ...(answer.JobCreationDate ? { JobCreationDate: answer.JobCreationDate.toISOString() } : {}),
      ServicesLastAccessed: [],
      ...(answer.JobCompletionDate ? { JobCompletionDate: answer.JobCompletionDate.toISOString() } : {}),
      Error: {
        ...(error?.Code ? { Code: error.Code } : {}),
        ...(error?.Message ? { Message: error.Message } : {}),
      },
    };
  }
}

/** SDK output → the JSON the AWS CLI prints: dates as RFC 3339 strings, no `$metadata`, no undefined. */
export function toPlain<T>(value: unknown): T {
  if (value instanceof Date) return value.toISOString() as T;
  if (Array.isArray(value)) return value.map((v) => toPlain(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '$metadata' || child === undefined) continue;
      out[key] = toPlain(child);
    }
    return out as T;
  }
  return value as T;
}

const DATE_KEYS = /(Date|^LastAuthenticated|^LastAccessedTime)$/;

/**
 * A date as the AWS CLI prints it: whole seconds when the wire has no fraction (`2026-03-01T10:00:00+00:00`),
 * else microseconds (`2026-03-01T10:00:00.250000+00:00`), always with the `+00:00` offset.
 */
export function awsCliDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const ms = date.getUTCMilliseconds();
  return `${date.toISOString().slice(0, 19)}${ms ? `.${String(ms).padStart(3, '0')}000` : ''}+00:00`;
}

/** Plain JSON (as `toPlain` makes it) with every IAM date field in the AWS CLI's format. */
export function asAwsCliOutput<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => asAwsCliOutput(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = typeof child === 'string' && DATE_KEYS.test(key) ? awsCliDate(child) : asAwsCliOutput(child);
    }
    return out as T;
  }
  return value;
}

export function abortOption(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return signal ? { abortSignal: signal } : {};
}

/**
 * When to poll. No job duration is documented; the first poll waits as long as the longest job seen so far
 * (a guess of 1 s before any), so that most jobs take one poll. A job still running is polled again when it reaches
 * the longest duration seen, and once it runs longer than any, after half its age again (with jitter): a few polls
 * for a long job, and the knowledge from jobs that finished meanwhile is used at once.
 */
export class PollTiming {
  private observed = 0;
  constructor(
    private readonly initialMs = 1000,
    private readonly maxIntervalMs = 10_000,
    private readonly random: () => number = Math.random,
  ) {}

  firstDelayMs(): number {
    return this.observed > 0 ? Math.min(this.maxIntervalMs, this.observed * 1.05) : this.initialMs;
  }

  /** After an IN_PROGRESS answer for a job generated `elapsedMs` ago. */
  nextDelayMs(elapsedMs: number): number {
    const expected = this.observed * 1.05 - elapsedMs;
    const base = expected >= 250 ? expected : Math.max(250, elapsedMs / 2) * (0.8 + 0.4 * this.random());
    return Math.min(this.maxIntervalMs, base);
  }

  observe(durationMs: number): void {
    if (durationMs > this.observed) this.observed = durationMs;
  }
}

export interface JobResult {
  jobId: string;
  report: UsageReport;
}

/** Time left for the final poll's round trip before the deadline. */
const LAST_POLL_MARGIN_MS = 500;

/** Generate → poll → all pages, merged into one `ServicesLastAccessed`. Throws JobFailedError on FAILED. */
export async function runReportJob(
  iam: IAMClient,
  scheduler: Scheduler,
  arn: string,
  granularity: Granularity,
  timing: PollTiming,
  onStage: (stage: string) => void = () => {},
): Promise<JobResult> {
  onStage('generating the report job');
  const generated = await scheduler.call(
    'GenerateServiceLastAccessedDetails',
    CALL_PRIORITY.generate,
    (signal) =>
      iam.send(
        new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }),
        abortOption(signal),
      ),
  );
  const jobId = generated.JobId;
  if (!jobId) throw new Error('GenerateServiceLastAccessedDetails returned no JobId');
  onStage('waiting for the report job (IN_PROGRESS)');
  const generatedAt = scheduler.now();
  let delay = timing.firstDelayMs();
  for (let attempt = 1; ; attempt++) {
    // Never sleep through the deadline: the last poll goes out just before it, so a job that finished in the
    // meantime is not lost to a long backoff. After that last poll, wait out the deadline as before.
    const lastPollIn = scheduler.remainingMs() - LAST_POLL_MARGIN_MS;
    if (lastPollIn <= 0 && attempt > 1) await scheduler.wait(scheduler.remainingMs());
    await scheduler.wait(Math.max(0, Math.min(delay, lastPollIn)));
    const first = await scheduler.call('GetServiceLastAccessedDetails', CALL_PRIORITY.poll, (signal) =>
      iam.send(
        new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: MAX_ITEMS }),
        abortOption(signal),
      ),
    );
    if (first.JobStatus === 'IN_PROGRESS') {
      delay = timing.nextDelayMs(scheduler.now() - generatedAt);
      continue;
    }
    if (first.JobStatus === 'FAILED') throw new JobFailedError(first.Error, first);
    if (first.JobCreationDate && first.JobCompletionDate) {
      timing.observe(first.JobCompletionDate.getTime() - first.JobCreationDate.getTime());
    }
    onStage('reading the report pages');
    const services: ServiceLastAccessed[] = toPlain(first.ServicesLastAccessed ?? []);
    let marker = first.IsTruncated ? first.Marker : undefined;
    while (marker) {
      const pageMarker = marker;
      const page = await scheduler.call('GetServiceLastAccessedDetails', CALL_PRIORITY.page, (signal) =>
        iam.send(
          new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: MAX_ITEMS, Marker: pageMarker }),
          abortOption(signal),
        ),
      );
      services.push(...toPlain<ServiceLastAccessed[]>(page.ServicesLastAccessed ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
    }
    const report: UsageReport = { Arn: arn, JobStatus: 'COMPLETED', ServicesLastAccessed: services };
    if (first.JobType) report.JobType = first.JobType;
    if (first.JobCreationDate) report.JobCreationDate = first.JobCreationDate.toISOString();
    if (first.JobCompletionDate) report.JobCompletionDate = first.JobCompletionDate.toISOString();
    return { jobId, report };
  }
}

/** Which users and roles used `namespace`, for a group or policy job, newest first, all pages. */
export async function entitiesForService(
  iam: IAMClient,
  scheduler: Scheduler,
  jobId: string,
  namespace: string,
): Promise<ServiceEntityUsage[]> {
  const details: ServiceEntityUsage[] = [];
  let marker: string | undefined;
  do {
    const pageMarker = marker;
    const page = await scheduler.call(
      'GetServiceLastAccessedDetailsWithEntities',
      CALL_PRIORITY.page,
      (signal) =>
        iam.send(
          new GetServiceLastAccessedDetailsWithEntitiesCommand({
            JobId: jobId,
            ServiceNamespace: namespace,
            MaxItems: MAX_ITEMS,
            ...(pageMarker ? { Marker: pageMarker } : {}),
          }),
          abortOption(signal),
        ),
    );
    if (page.JobStatus === 'FAILED') throw new JobFailedError(page.Error);
    details.push(...toPlain<ServiceEntityUsage[]>(page.EntityDetailsList ?? []));
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return details;
}
