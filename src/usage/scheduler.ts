// Every AWS call of a collection goes through here: a client-side token bucket with priorities, bounded in-flight
// requests, retries with jittered exponential backoff on throttling and transient failures, and one deadline.

/** Thrown when the collection's deadline passes before a call or wait could finish. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

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

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN']);

/** The error code AWS sent (`NoSuchEntity`, `AccessDenied`, `Throttling`), or a Node error code. */
export function awsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { Code?: unknown; code?: unknown; name?: unknown };
  if (typeof e.Code === 'string') return e.Code;
  if (typeof e.code === 'string') return e.code;
  if (typeof e.name === 'string' && e.name !== 'Error') return e.name.replace(/Exception$/, '');
  return undefined;
}

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

export function isThrottling(error: unknown): boolean {
  const code = awsErrorCode(error);
  const name = (error as { name?: unknown } | null)?.name;
  return (
    (code !== undefined && THROTTLING_CODES.has(code)) ||
    (typeof name === 'string' && THROTTLING_CODES.has(name)) ||
    httpStatus(error) === 429
  );
}

export function isTransient(error: unknown): boolean {
  const status = httpStatus(error);
  const code = awsErrorCode(error);
  return (
    (status !== undefined && status >= 500) ||
    (code !== undefined &&
      (TRANSIENT_NETWORK.has(code) || code === 'ServiceFailure' || code === 'TimeoutError'))
  );
}

/**
 * A token bucket (burst 1, so calls are spread evenly) that serves waiters by priority (lower first), then in
 * arrival order. The rate drops when IAM throttles and creeps back on success.
 */
export class RateLimiter {
  private tokens = 1;
  private last: number;
  private rate: number;
  private readonly waiters: { priority: number; seq: number; resolve: () => void }[] = [];
  private seq = 0;
  private pumping = false;

  constructor(
    private readonly targetRate: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    this.rate = targetRate;
    this.last = now();
  }

  get currentRate(): number {
    return this.rate;
  }

  acquire(priority: number): Promise<void> {
    return new Promise((resolve) => {
      const waiter = { priority, seq: this.seq++, resolve };
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1]!.priority > priority) i--;
      this.waiters.splice(i, 0, waiter);
      void this.pump();
    });
  }

  onThrottle(): void {
    this.rate = Math.max(this.targetRate / 20, this.rate * 0.7);
    this.tokens = Math.min(this.tokens, 0);
  }

  onSuccess(): void {
    if (this.rate < this.targetRate) this.rate = Math.min(this.targetRate, this.rate + this.targetRate / 50);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(1, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.waiters.shift()!.resolve();
          continue;
        }
        await this.sleep(Math.max(1, Math.ceil(((1 - this.tokens) / this.rate) * 1000)));
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** Limits how many things run at once. */
export class Semaphore {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
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

export interface SchedulerOptions {
  requestsPerSecond: number;
  maxInFlight: number;
  /** Retries after the first attempt, for throttling and transient failures. */
  maxRetries: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Epoch ms; no call starts and no wait ends after it. */
  deadlineAt: number;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  /** Aborts in-flight requests when the deadline passes in real time. */
  signal?: AbortSignal;
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

  constructor(private readonly options: SchedulerOptions) {
    this.limiter = new RateLimiter(options.requestsPerSecond, () => options.clock().getTime(), options.sleep);
    this.inFlight = new Semaphore(options.maxInFlight);
    this.random = options.random ?? Math.random;
  }

  now(): number {
    return this.options.clock().getTime();
  }

  remainingMs(): number {
    return this.options.deadlineAt - this.now();
  }

  private checkDeadline(): void {
    if (this.remainingMs() <= 0 || this.options.signal?.aborted) {
      throw new DeadlineError('the deadline passed');
    }
  }

  /** Sleeps `ms`, but never past the deadline (then throws). */
  async wait(ms: number): Promise<void> {
    this.checkDeadline();
    const remaining = this.remainingMs();
    if (ms >= remaining) {
      await this.options.sleep(Math.max(0, remaining));
      throw new DeadlineError('the deadline passed');
    }
    await this.options.sleep(ms);
    this.checkDeadline();
  }

  backoffMs(attempt: number): number {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.baseBackoffMs * 2 ** (attempt - 1));
    // Full jitter, with a floor so a retry never comes back within the same token.
    return Math.max(1000 / this.options.requestsPerSecond, this.random() * ceiling);
  }

  async call<T>(operation: string, priority: number, send: (signal?: AbortSignal) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      this.checkDeadline();
      await this.limiter.acquire(priority);
      this.checkDeadline();
      await this.inFlight.acquire();
      let failure: unknown;
      try {
        this.stats.calls++;
        const result = await send(this.options.signal);
        this.limiter.onSuccess();
        return result;
      } catch (error) {
        failure = error;
      } finally {
        this.inFlight.release();
      }
      if (this.options.signal?.aborted) throw new DeadlineError('the deadline passed');
      const throttled = isThrottling(failure);
      if (throttled) {
        this.stats.throttled++;
        this.limiter.onThrottle();
      } else if (!isTransient(failure)) {
        throw failure;
      }
      if (attempt > this.options.maxRetries)
        throw new RetryBudgetError(operation, attempt, failure, throttled);
      await this.wait(this.backoffMs(attempt));
    }
  }
}
