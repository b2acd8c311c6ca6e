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

/** The report job ended FAILED; `Error` is IAM's own. */
export class JobFailedError extends Error {
  override name = 'JobFailedError';
  constructor(readonly error: { Code?: string | undefined; Message?: string | undefined } | undefined) {
    super(`the report job FAILED (${error?.Code ?? 'no code'}: ${error?.Message ?? 'no message'})`);
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

export function abortOption(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return signal ? { abortSignal: signal } : {};
}

/**
 * When to poll. No job duration is documented; the first poll waits as long as the longest job seen so far
 * (a guess of 2 s before any), so that most jobs take one poll; later polls back off with jitter.
 */
export class PollTiming {
  private observed = 0;
  constructor(
    private readonly initialMs = 2000,
    private readonly maxIntervalMs = 10_000,
    private readonly random: () => number = Math.random,
  ) {}

  firstDelayMs(): number {
    return this.observed > 0 ? Math.min(this.maxIntervalMs, this.observed * 1.05) : this.initialMs;
  }

  nextDelayMs(attempt: number): number {
    const base = Math.max(250, this.firstDelayMs() / 4) * 1.5 ** (attempt - 1);
    return Math.min(this.maxIntervalMs, base) * (0.8 + 0.4 * this.random());
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
      delay = timing.nextDelayMs(attempt);
      continue;
    }
    if (first.JobStatus === 'FAILED') throw new JobFailedError(first.Error);
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
