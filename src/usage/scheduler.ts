// Every AWS call of a collection goes through here, the one retry layer: the rate limiter (its pace found at run
// time), bounded in-flight requests, retries with jittered exponential backoff on throttling and transient
// failures, one refresh of rejected credentials, and one deadline that every wait respects.
import { setMaxListeners } from 'node:events';
import { awsErrorCode, CredentialsRejectedError, classifyAwsError } from './aws-errors.js';
import { DeadlineError, Pace, RateLimiter } from './rate.js';

export { DeadlineError, RateLimiter } from './rate.js';

/** Thrown when a call is still throttled (or failing transiently) after the retry budget is spent. */
export class RetryBudgetError extends Error {
  override name = 'RetryBudgetError';
  constructor(
    readonly operation: string,
    readonly attempts: number,
    readonly last: unknown,
    readonly throttled: boolean,
  ) {
    super(
      `${operation} ${throttled ? 'still throttled' : 'still failing'} after ${attempts} attempts (${awsErrorCode(last) ?? 'error'}: ${
        last instanceof Error ? last.message : String(last)
      })`,
    );
  }
}

/** Limits how many things run at once; the limit may follow a function (the collector ties it to the rate). */
export class Semaphore {
  private active = 0;
  private readonly queue: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private failure: Error | null = null;

  constructor(private readonly limit: number | (() => number)) {}

  private get capacity(): number {
    return Math.max(1, typeof this.limit === 'number' ? this.limit : this.limit());
  }

  async acquire(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.active < this.capacity) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve, reject) => this.queue.push({ resolve, reject }));
  }

  release(): void {
    this.active--;
    while (this.queue.length > 0 && this.active < this.capacity) {
      this.active++;
      this.queue.shift()!.resolve();
    }
  }

  /** Waiters leave with `error`; later acquires fail at once. */
  fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.queue.splice(0)) waiter.reject(this.failure);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A real sleep that ends early (resolving) when `signal` aborts, so no timer outlives the collection. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export interface SchedulerOptions {
  /** A fixed ceiling on the rate (and where it starts); absent: found at run time from 10 requests/s on. */
  requestsPerSecond?: number;
  maxInFlight: number;
  /** Retries after the first attempt, for throttling and transient failures. */
  maxRetries: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Epoch ms; no call starts and no wait ends after it. */
  deadlineAt: number;
  clock: () => Date;
  sleep?: Sleep;
  random?: () => number;
  /** Aborts in-flight requests and waits (the deadline in real time). */
  signal?: AbortSignal;
  /** Asked once when AWS rejects the credentials; the rejected call is then tried once more. */
  refreshCredentials?: () => Promise<void>;
}

/**
 * Lower goes first. Generating starts a job's clock, so it leads. A status poll may come back IN_PROGRESS and be
 * wasted, so it yields to every call whose answer is sure to be useful: while such calls wait, the rate limit is
 * spent on them and the jobs keep running; a poll served later is more likely to find its job COMPLETED.
 */
export const CALL_PRIORITY = { generate: 0, resolve: 1, page: 1, extra: 1, poll: 2 } as const;

export class Scheduler {
  readonly stats = { calls: 0, throttled: 0 };
  private readonly limiter: RateLimiter;
  private readonly inFlight: Semaphore;
  private readonly random: () => number;
  private readonly sleep: Sleep;
  private readonly abort = new AbortController();
  private readonly aborted: Promise<void>;
  private fatal: CredentialsRejectedError | null = null;
  private refreshing: Promise<void> | null = null;
  private lastRefreshAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: SchedulerOptions) {
    // Every request and wait in flight listens on this one signal; hundreds at once is the design, not a leak.
    setMaxListeners(0, this.abort.signal);
    const outer = options.signal;
    if (outer?.aborted) this.abort.abort();
    else outer?.addEventListener('abort', () => this.abort.abort(), { once: true });
    this.aborted = new Promise((resolve) => this.abort.signal.addEventListener('abort', () => resolve()));
    this.sleep = options.sleep ?? realSleep;
    const fixed = options.requestsPerSecond;
    const pace = new Pace(fixed ? { initial: fixed, max: fixed } : {}, this.now());
    this.limiter = new RateLimiter(
      pace,
      () => this.now(),
      (ms) => this.sleep(ms, this.abort.signal),
      options.deadlineAt,
      this.abort.signal,
    );
    this.inFlight = new Semaphore(options.maxInFlight);
    this.abort.signal.addEventListener('abort', () => this.inFlight.fail(this.stopReason()), { once: true });
    this.random = options.random ?? Math.random;
  }

  now(): number {
    return this.options.clock().getTime();
  }

  /** Requests per second the limiter allows right now. */
  get rate(): number {
    return this.limiter.currentRate;
  }

  /** Set once AWS rejected refreshed credentials: every call since fails with it. */
  get failure(): CredentialsRejectedError | null {
    return this.fatal;
  }

  remainingMs(): number {
    return this.options.deadlineAt - this.now();
  }

  private stopReason(): Error {
    return this.fatal ?? new DeadlineError('the deadline passed');
  }

  private checkDeadline(): void {
    if (this.fatal) throw this.fatal;
    if (this.remainingMs() <= 0 || this.abort.signal.aborted) throw this.stopReason();
  }

  /** Sleeps `ms`, but never past the deadline (then throws). */
  async wait(ms: number): Promise<void> {
    this.checkDeadline();
    const remaining = this.remainingMs();
    const capped = Math.max(0, Math.min(ms, remaining));
    await Promise.race([this.sleep(capped, this.abort.signal), this.aborted]);
    if (ms >= remaining) throw this.stopReason();
    this.checkDeadline();
  }

  backoffMs(attempt: number): number {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.baseBackoffMs * 2 ** (attempt - 1));
    // Full jitter, with a floor so a retry never comes back within the same token.
    return Math.max(1000 / this.rate, this.random() * ceiling);
  }

  /** The run cannot go on (AWS rejects the credentials): everything waiting or in flight ends with `error`. */
  private stop(error: CredentialsRejectedError): CredentialsRejectedError {
    this.fatal ??= error;
    this.limiter.fail(this.fatal);
    this.abort.abort();
    return this.fatal;
  }

  private async refresh(): Promise<void> {
    this.refreshing ??= this.options.refreshCredentials!().finally(() => {
      this.refreshing = null;
      this.lastRefreshAt = this.now();
    });
    await this.refreshing;
  }

  async call<T>(operation: string, priority: number, send: (signal?: AbortSignal) => Promise<T>): Promise<T> {
    let retriedCredentials = false;
    for (let attempt = 1; ; attempt++) {
      this.checkDeadline();
      await this.limiter.acquire(priority);
      this.checkDeadline();
      await this.inFlight.acquire();
      const sentAt = this.now();
      let failure: unknown;
      try {
        this.stats.calls++;
        const result = await send(this.abort.signal);
        this.limiter.pace.onSuccess(this.now());
        return result;
      } catch (error) {
        failure = error;
      } finally {
        this.inFlight.release();
      }
      if (this.abort.signal.aborted) throw this.stopReason();
      const kind = classifyAwsError(failure);
      if (kind === 'credentials') {
        const code = awsErrorCode(failure) ?? 'credentials rejected';
        if (retriedCredentials || !this.options.refreshCredentials)
          throw this.stop(new CredentialsRejectedError(code));
        retriedCredentials = true;
        // Credentials renewed since this call went out are already fresh: just try again.
        if (sentAt >= this.lastRefreshAt) {
          await this.refresh().catch(() => {
            throw this.stop(new CredentialsRejectedError(code));
          });
        }
        attempt--;
        continue;
      }
      const throttled = kind === 'throttling';
      if (throttled) {
        this.stats.throttled++;
        this.limiter.pace.onThrottle(this.now(), sentAt);
      } else if (kind !== 'transient') {
        throw failure;
      }
      if (attempt > this.options.maxRetries)
        throw new RetryBudgetError(operation, attempt, failure, throttled);
      await this.wait(this.backoffMs(attempt));
    }
  }
}
