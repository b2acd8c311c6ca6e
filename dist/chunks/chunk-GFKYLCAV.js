import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CredentialsRejectedError,
  awsErrorCode,
  classifyAwsError
} from "./chunk-CXI7UASZ.js";

// src/usage/rate.ts
var DeadlineError = class extends Error {
  name = "DeadlineError";
};
var GROW_INTERVAL_MS = 500;
var GROWTH = 1.5;
var PLATEAU = 0.97;
var FIRST_PROBE_MS = 8e3;
var MAX_PROBE_MS = 64e3;
var PROBE_STEP = 1.08;
var Pace = class _Pace {
  value;
  max;
  min;
  /** The rate in effect at the last throttle: the search climbs back toward it. */
  ceiling = null;
  cuts = 0;
  lastCutAt = Number.NEGATIVE_INFINITY;
  lastChangeAt;
  /** The last cut or probe: a plateau counts as quiet from here. */
  quietSince = Number.NEGATIVE_INFINITY;
  probeAfterMs = FIRST_PROBE_MS;
  probing = false;
  /** Times of recent successes and grants (the last second). */
  successes = [];
  grants = [];
  /** Throttles answered by a cut, for tests and stats. */
  throttles = 0;
  constructor(options, now) {
    this.max = options.max ?? 1e3;
    this.min = Math.min(options.min ?? 0.5, this.max);
    this.value = Math.min(this.max, Math.max(this.min, options.initial ?? 10));
    this.lastChangeAt = now;
  }
  get rate() {
    return this.value;
  }
  static trim(times, now, windowMs) {
    while (times.length > 0 && times[0] <= now - windowMs) times.shift();
  }
  onGrant(now) {
    this.grants.push(now);
    _Pace.trim(this.grants, now, 1e3);
  }
  onSuccess(now) {
    this.successes.push(now);
    _Pace.trim(this.successes, now, 1e3);
  }
  /** A call sent at `sentAt` was throttled. Calls sent before the last cut were answered by it already. */
  onThrottle(now, sentAt) {
    if (sentAt < this.lastCutAt) return;
    _Pace.trim(this.successes, now, 1e3);
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
  onQueued(now) {
    if (now - this.lastChangeAt < GROW_INTERVAL_MS || this.value >= this.max) return;
    _Pace.trim(this.grants, now, GROW_INTERVAL_MS);
    if (this.grants.length < 0.8 * this.value * (GROW_INTERVAL_MS / 1e3)) return;
    let next;
    if (this.ceiling === null) next = this.value * GROWTH;
    else if (this.value < PLATEAU * this.ceiling) next = (this.value + this.ceiling) / 2;
    else if (now - this.quietSince >= this.probeAfterMs) {
      this.probing = true;
      this.ceiling *= PROBE_STEP;
      next = Math.max(this.value, PLATEAU * this.ceiling);
      this.quietSince = now;
    } else return;
    this.value = Math.min(this.max, next);
    this.lastChangeAt = now;
  }
};
var RateLimiter = class {
  constructor(pace, now, sleep, deadlineAt = Number.POSITIVE_INFINITY, signal) {
    this.pace = pace;
    this.now = now;
    this.sleep = sleep;
    this.deadlineAt = deadlineAt;
    this.last = now();
    signal?.addEventListener("abort", () => this.fail(new DeadlineError("the deadline passed")), {
      once: true
    });
  }
  pace;
  now;
  sleep;
  deadlineAt;
  tokens = 1;
  last;
  waiters = [];
  seq = 0;
  pumping = false;
  failure = null;
  get currentRate() {
    return this.pace.rate;
  }
  get waiting() {
    return this.waiters.length;
  }
  acquire(priority) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter = { priority, seq: this.seq++, resolve, reject };
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1].priority > priority) i--;
      this.waiters.splice(i, 0, waiter);
      void this.pump();
    });
  }
  /** Every waiter, now and later, is turned away with `error` (the first failure wins). */
  fail(error) {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
  }
  refill(now) {
    const burst = Math.max(1, this.pace.rate / 20);
    this.tokens = Math.min(burst, this.tokens + (now - this.last) / 1e3 * this.pace.rate);
    this.last = now;
  }
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const now = this.now();
        if (now >= this.deadlineAt) {
          this.fail(new DeadlineError("the deadline passed"));
          break;
        }
        this.refill(now);
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.pace.onGrant(now);
          this.waiters.shift().resolve();
          continue;
        }
        this.pace.onQueued(now);
        const untilToken = Math.ceil((1 - this.tokens) / this.pace.rate * 1e3);
        await this.sleep(Math.max(1, Math.min(untilToken, this.deadlineAt - now)));
      }
    } finally {
      this.pumping = false;
    }
  }
};

// src/usage/scheduler.ts
import { setMaxListeners } from "node:events";
var RetryBudgetError = class extends Error {
  constructor(operation, attempts, last, throttled) {
    super(
      `${operation} ${throttled ? "still throttled" : "still failing"} after ${attempts} attempts (${awsErrorCode(last) ?? "error"}: ${last instanceof Error ? last.message : String(last)})`
    );
    this.operation = operation;
    this.attempts = attempts;
    this.last = last;
    this.throttled = throttled;
  }
  operation;
  attempts;
  last;
  throttled;
  name = "RetryBudgetError";
};
var Semaphore = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  queue = [];
  failure = null;
  get capacity() {
    return Math.max(1, typeof this.limit === "number" ? this.limit : this.limit());
  }
  async acquire() {
    if (this.failure) throw this.failure;
    if (this.active < this.capacity) {
      this.active++;
      return;
    }
    await new Promise((resolve, reject) => this.queue.push({ resolve, reject }));
  }
  release() {
    this.active--;
    while (this.queue.length > 0 && this.active < this.capacity) {
      this.active++;
      this.queue.shift().resolve();
    }
  }
  /** Waiters leave with `error`; later acquires fail at once. */
  fail(error) {
    this.failure ??= error;
    for (const waiter of this.queue.splice(0)) waiter.reject(this.failure);
  }
  async run(fn) {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
};
var realSleep = (ms, signal) => new Promise((resolve) => {
  if (signal?.aborted) return resolve();
  const timer = setTimeout(done, ms);
  function done() {
    clearTimeout(timer);
    signal?.removeEventListener("abort", done);
    resolve();
  }
  signal?.addEventListener("abort", done, { once: true });
});
var CALL_PRIORITY = { generate: 0, resolve: 1, page: 1, extra: 1, poll: 2 };
var Scheduler = class {
  constructor(options) {
    this.options = options;
    setMaxListeners(0, this.abort.signal);
    const outer = options.signal;
    if (outer?.aborted) this.abort.abort();
    else outer?.addEventListener("abort", () => this.abort.abort(), { once: true });
    this.aborted = new Promise((resolve) => this.abort.signal.addEventListener("abort", () => resolve()));
    this.sleep = options.sleep ?? realSleep;
    const fixed = options.requestsPerSecond;
    const pace = new Pace(fixed ? { initial: fixed, max: fixed } : {}, this.now());
    this.limiter = new RateLimiter(
      pace,
      () => this.now(),
      (ms) => this.sleep(ms, this.abort.signal),
      options.deadlineAt,
      this.abort.signal
    );
    this.inFlight = new Semaphore(options.maxInFlight);
    this.abort.signal.addEventListener("abort", () => this.inFlight.fail(this.stopReason()), { once: true });
    this.random = options.random ?? Math.random;
  }
  options;
  stats = { calls: 0, throttled: 0 };
  limiter;
  inFlight;
  random;
  sleep;
  abort = new AbortController();
  aborted;
  fatal = null;
  refreshing = null;
  lastRefreshAt = Number.NEGATIVE_INFINITY;
  now() {
    return this.options.clock().getTime();
  }
  /** Requests per second the limiter allows right now. */
  get rate() {
    return this.limiter.currentRate;
  }
  /** Set once AWS rejected refreshed credentials: every call since fails with it. */
  get failure() {
    return this.fatal;
  }
  remainingMs() {
    return this.options.deadlineAt - this.now();
  }
  stopReason() {
    return this.fatal ?? new DeadlineError("the deadline passed");
  }
  checkDeadline() {
    if (this.fatal) throw this.fatal;
    if (this.remainingMs() <= 0 || this.abort.signal.aborted) throw this.stopReason();
  }
  /** Sleeps `ms`, but never past the deadline (then throws). */
  async wait(ms) {
    this.checkDeadline();
    const remaining = this.remainingMs();
    const capped = Math.max(0, Math.min(ms, remaining));
    await Promise.race([this.sleep(capped, this.abort.signal), this.aborted]);
    if (ms >= remaining) throw this.stopReason();
    this.checkDeadline();
  }
  backoffMs(attempt) {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.baseBackoffMs * 2 ** (attempt - 1));
    return Math.max(1e3 / this.rate, this.random() * ceiling);
  }
  /** The run cannot go on (AWS rejects the credentials): everything waiting or in flight ends with `error`. */
  stop(error) {
    this.fatal ??= error;
    this.limiter.fail(this.fatal);
    this.abort.abort();
    return this.fatal;
  }
  async refresh() {
    this.refreshing ??= this.options.refreshCredentials().finally(() => {
      this.refreshing = null;
      this.lastRefreshAt = this.now();
    });
    await this.refreshing;
  }
  async call(operation, priority, send) {
    let retriedCredentials = false;
    for (let attempt = 1; ; attempt++) {
      this.checkDeadline();
      await this.limiter.acquire(priority);
      this.checkDeadline();
      await this.inFlight.acquire();
      const sentAt = this.now();
      let failure;
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
      if (kind === "credentials") {
        const code = awsErrorCode(failure) ?? "credentials rejected";
        if (retriedCredentials || !this.options.refreshCredentials)
          throw this.stop(new CredentialsRejectedError(code));
        retriedCredentials = true;
        if (sentAt >= this.lastRefreshAt) {
          await this.refresh().catch(() => {
            throw this.stop(new CredentialsRejectedError(code));
          });
        }
        attempt--;
        continue;
      }
      const throttled = kind === "throttling";
      if (throttled) {
        this.stats.throttled++;
        this.limiter.pace.onThrottle(this.now(), sentAt);
      } else if (kind !== "transient") {
        throw failure;
      }
      if (attempt > this.options.maxRetries)
        throw new RetryBudgetError(operation, attempt, failure, throttled);
      await this.wait(this.backoffMs(attempt));
    }
  }
};

export {
  DeadlineError,
  RetryBudgetError,
  Semaphore,
  realSleep,
  CALL_PRIORITY,
  Scheduler
};
//# sourceMappingURL=chunk-GFKYLCAV.js.map
