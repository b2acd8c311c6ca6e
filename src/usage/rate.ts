// How fast to call AWS, found at run time. IAM documents no rate; it throttles. The pace starts low, grows while
// calls queue and nothing is throttled, is cut when IAM throttles, and climbs back toward the last throttled rate
// by halving the distance (a binary search), probing above it only after a quiet while.

/** Thrown when the collection's deadline passes (or it is aborted) before a call or wait could finish. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

export interface PaceOptions {
  /** Requests per second to start at (default 10). */
  initial?: number;
  /** Never above this (default 1000). A fixed `requestsPerSecond` sets both `initial` and `max`. */
  max?: number;
  /** Never below this (default 0.5). */
  min?: number;
}

/** Growth is considered this often, and only while the rate was used in full. */
const GROW_INTERVAL_MS = 500;
/** Before the first throttle: ×1.5 per interval. */
const GROWTH = 1.5;
/** Closer than this to the last throttled rate, the search stops and the pace holds. */
const PLATEAU = 0.97;
/** A quiet plateau this long (doubling after each probe that was throttled) lets the pace probe above it. */
const FIRST_PROBE_MS = 8000;
const MAX_PROBE_MS = 64_000;
const PROBE_STEP = 1.08;

export class Pace {
  private value: number;
  private readonly max: number;
  private readonly min: number;
  /** The rate in effect at the last throttle: the search climbs back toward it. */
  private ceiling: number | null = null;
  private cuts = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;
  private lastChangeAt: number;
  /** The last cut or probe: a plateau counts as quiet from here. */
  private quietSince = Number.NEGATIVE_INFINITY;
  private probeAfterMs = FIRST_PROBE_MS;
  private probing = false;
  /** Times of recent successes and grants (the last second). */
  private readonly successes: number[] = [];
  private readonly grants: number[] = [];
  /** Throttles answered by a cut, for tests and stats. */
  throttles = 0;

  constructor(options: PaceOptions, now: number) {
    this.max = options.max ?? 1000;
    this.min = Math.min(options.min ?? 0.5, this.max);
    this.value = Math.min(this.max, Math.max(this.min, options.initial ?? 10));
    this.lastChangeAt = now;
  }

  get rate(): number {
    return this.value;
  }

  private static trim(times: number[], now: number, windowMs: number): void {
    while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
  }

  onGrant(now: number): void {
    this.grants.push(now);
    Pace.trim(this.grants, now, 1000);
  }

  onSuccess(now: number): void {
    this.successes.push(now);
    Pace.trim(this.successes, now, 1000);
  }

  /** A call sent at `sentAt` was throttled. Calls sent before the last cut were answered by it already. */
  onThrottle(now: number, sentAt: number): void {
    if (sentAt < this.lastCutAt) return;
    Pace.trim(this.successes, now, 1000);
    const served = this.successes.length;
    const before = this.value;
    this.ceiling = before;
    const cut = this.cuts === 0 ? before / 2 : Math.min(0.85 * before, Math.max(0.95 * served, before / 2));
    this.value = Math.max(this.min, cut);
    if (this.probing) this.probeAfterMs = Math.min(MAX_PROBE_MS, this.probeAfterMs * 2);
    this.probing = false;
    this.cuts++;
    this.throttles++;
    this.lastCutAt = now;
    this.quietSince = now;
    this.lastChangeAt = now;
  }

  /** Calls are waiting for the rate: grow if the rate has been used in full and nothing was throttled since. */
  onQueued(now: number): void {
    if (now - this.lastChangeAt < GROW_INTERVAL_MS || this.value >= this.max) return;
    Pace.trim(this.grants, now, GROW_INTERVAL_MS);
    if (this.grants.length < 0.8 * this.value * (GROW_INTERVAL_MS / 1000)) return;
    let next: number;
    if (this.ceiling === null) next = this.value * GROWTH;
    else if (this.value < PLATEAU * this.ceiling) next = (this.value + this.ceiling) / 2;
    else if (now - this.quietSince >= this.probeAfterMs) {
      // A quiet plateau: IAM may allow more now (or the last cut overshot). Look a little above.
      this.probing = true;
      this.ceiling *= PROBE_STEP;
      next = Math.max(this.value, PLATEAU * this.ceiling);
      this.quietSince = now;
    } else return;
    this.value = Math.min(this.max, next);
    this.lastChangeAt = now;
  }
}

interface Waiter {
  priority: number;
  seq: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A token bucket at the pace's rate (a burst of a twentieth of a second, so calls are spread evenly) that serves
 * waiters by priority (lower first), then in arrival order. At the deadline, or when the run is aborted or failed,
 * every waiter leaves the queue with the reason.
 */
export class RateLimiter {
  private tokens = 1;
  private last: number;
  private readonly waiters: Waiter[] = [];
  private seq = 0;
  private pumping = false;
  private failure: Error | null = null;

  constructor(
    readonly pace: Pace,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly deadlineAt: number = Number.POSITIVE_INFINITY,
    signal?: AbortSignal,
  ) {
    this.last = now();
    signal?.addEventListener('abort', () => this.fail(new DeadlineError('the deadline passed')), {
      once: true,
    });
  }

  get currentRate(): number {
    return this.pace.rate;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  acquire(priority: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter = { priority, seq: this.seq++, resolve, reject };
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1]!.priority > priority) i--;
      this.waiters.splice(i, 0, waiter);
      void this.pump();
    });
  }

  /** Every waiter, now and later, is turned away with `error` (the first failure wins). */
  fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
  }

  private refill(now: number): void {
    const burst = Math.max(1, this.pace.rate / 20);
    this.tokens = Math.min(burst, this.tokens + ((now - this.last) / 1000) * this.pace.rate);
    this.last = now;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const now = this.now();
        if (now >= this.deadlineAt) {
          this.fail(new DeadlineError('the deadline passed'));
          break;
        }
        this.refill(now);
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.pace.onGrant(now);
          this.waiters.shift()!.resolve();
          continue;
        }
        this.pace.onQueued(now);
        const untilToken = Math.ceil(((1 - this.tokens) / this.pace.rate) * 1000);
        await this.sleep(Math.max(1, Math.min(untilToken, this.deadlineAt - now)));
      }
    } finally {
      this.pumping = false;
    }
  }
}
