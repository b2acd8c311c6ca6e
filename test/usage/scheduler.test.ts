// The rate limiter, retries with backoff, and the deadline, on virtual time.
import { describe, expect, it } from 'vitest';
import { isThrottling } from '../../src/usage/aws-errors.js';
import { PollTiming } from '../../src/usage/jobs.js';
import { Pace } from '../../src/usage/rate.js';
import {
  DeadlineError,
  RateLimiter,
  RetryBudgetError,
  Scheduler,
  type SchedulerOptions,
} from '../../src/usage/scheduler.js';
import { awsError, fakeTime } from './fakes.js';

function scheduler(time: ReturnType<typeof fakeTime>, overrides: Partial<SchedulerOptions> = {}) {
  return new Scheduler({
    requestsPerSecond: 10,
    maxInFlight: 4,
    maxRetries: 3,
    baseBackoffMs: 100,
    maxBackoffMs: 1000,
    deadlineAt: time.now() + 60_000,
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0.5,
    ...overrides,
  });
}

describe('RateLimiter', () => {
  it('spreads calls evenly at the rate', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(new Pace({ initial: 5, max: 5 }, time.now()), time.now, time.sleep);
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () => limiter.acquire(0).then(() => granted.push(time.elapsed()))),
    );
    expect(granted).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('serves the lowest priority number first, then arrival order', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(new Pace({ initial: 1, max: 1 }, time.now()), time.now, time.sleep);
    const order: string[] = [];
    await limiter.acquire(0); // spends the first token
    await Promise.all([
      limiter.acquire(2).then(() => order.push('poll-1')),
      limiter.acquire(2).then(() => order.push('poll-2')),
      limiter.acquire(1).then(() => order.push('get-role')),
      limiter.acquire(0).then(() => order.push('generate')),
    ]);
    expect(order).toEqual(['generate', 'get-role', 'poll-1', 'poll-2']);
  });

  it('turns every waiter away at the deadline, and later callers at once', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(
      new Pace({ initial: 1, max: 1 }, time.now()),
      time.now,
      time.sleep,
      time.now() + 2500,
    );
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        limiter.acquire(1).then(
          () => `granted at ${time.elapsed()}`,
          (e: unknown) => `${(e as Error).name} at ${time.elapsed()}`,
        ),
      ),
    );
    expect(outcomes).toEqual([
      'granted at 0',
      'granted at 1000',
      'granted at 2000',
      'DeadlineError at 2500',
      'DeadlineError at 2500',
    ]);
    await expect(limiter.acquire(0)).rejects.toBeInstanceOf(DeadlineError);
  });
});

describe('Pace', () => {
  /** Drives a pace as a limiter would: `queued` means calls wait for the rate. */
  function drive(pace: Pace, from: number, to: number, queued = true) {
    for (let t = from; t < to; t += 1000 / pace.rate) {
      pace.onGrant(t);
      pace.onSuccess(t);
      if (queued) pace.onQueued(t);
    }
  }

  it('starts at 10/s and grows ×1.5 every 500 ms while calls queue and none is throttled', () => {
    const pace = new Pace({}, 0);
    expect(pace.rate).toBe(10);
    drive(pace, 0, 1600);
    expect(pace.rate).toBeCloseTo(10 * 1.5 ** 3, 0);
  });

  it('does not grow when calls do not queue', () => {
    const pace = new Pace({}, 0);
    drive(pace, 0, 5000, false);
    expect(pace.rate).toBe(10);
  });

  it('halves on the first throttle, then climbs back toward the throttled rate by halving the distance', () => {
    const pace = new Pace({ initial: 40 }, 0);
    pace.onThrottle(1000, 999);
    expect(pace.rate).toBe(20);
    const seen: number[] = [];
    for (let t = 1500; t <= 4000; t += 500) {
      drive(pace, t - 500, t);
      seen.push(Math.round(pace.rate));
    }
    expect(seen.slice(0, 4)).toEqual([20, 30, 35, 38]);
    // Within 3 % of the ceiling the search stops: a plateau, not a probe.
    expect(pace.rate).toBeLessThanOrEqual(40);
  });

  it('cuts again only for calls sent after the last cut, to the rate IAM actually served', () => {
    const pace = new Pace({ initial: 40 }, 0);
    pace.onThrottle(1000, 999); // → 20
    pace.onThrottle(1010, 990); // sent before that cut: already answered
    expect(pace.rate).toBe(20);
    for (let t = 1030; t < 2020; t += 1000 / 18) pace.onSuccess(t); // IAM served 18 in the last second
    pace.onThrottle(2020, 2015);
    // min(0.85 × 20, max(0.95 × 18, 20 / 2)) = 17
    expect(pace.rate).toBeCloseTo(17);
  });

  it('a fixed rate is a ceiling: it never grows past it, but still slows down when throttled', () => {
    const pace = new Pace({ initial: 8, max: 8 }, 0);
    drive(pace, 0, 5000);
    expect(pace.rate).toBe(8);
    pace.onThrottle(5000, 5000);
    expect(pace.rate).toBe(4);
  });

  it('on a long quiet plateau it probes a little above the last throttled rate', () => {
    const pace = new Pace({ initial: 20 }, 0);
    pace.onThrottle(0, 0); // ceiling 20 → 10
    drive(pace, 0, 4000);
    const plateau = pace.rate;
    expect(plateau).toBeGreaterThan(19);
    expect(plateau).toBeLessThanOrEqual(20);
    drive(pace, 4000, 9000);
    expect(pace.rate).toBeGreaterThan(20);
  });
});

describe('Scheduler.call', () => {
  it('retries throttling with growing jittered backoff and counts it', async () => {
    const time = fakeTime();
    const s = scheduler(time);
    let attempts = 0;
    const result = await s.call('GetRole', 1, async () => {
      attempts++;
      if (attempts <= 2) throw awsError('Throttling', 'Rate exceeded');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(s.stats).toEqual({ calls: 3, throttled: 2 });
    // random 0.5 × min(1000, 100 × 2^(n-1)), floored at one token of the (halved) rate
    expect(time.sleeps.filter((ms) => ms >= 100)).toEqual(expect.arrayContaining([200, 200]));
  });

  it('gives up after the retry budget with a RetryBudgetError that says throttled', async () => {
    const time = fakeTime();
    const s = scheduler(time, { maxRetries: 2 });
    const failure = await s
      .call('GenerateServiceLastAccessedDetails', 0, async () => {
        throw awsError('Throttling', 'Rate exceeded');
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RetryBudgetError);
    expect((failure as RetryBudgetError).throttled).toBe(true);
    expect((failure as Error).message).toContain('still throttled after 3 attempts');
    expect(s.stats.calls).toBe(3);
  });

  it('retries a 5xx but not AccessDenied', async () => {
    const time = fakeTime();
    const s = scheduler(time);
    let attempts = 0;
    await expect(
      s.call('GetRole', 1, async () => {
        attempts++;
        if (attempts === 1) throw awsError('ServiceFailure', 'oops', 500);
        throw awsError('AccessDenied', 'no', 403);
      }),
    ).rejects.toThrow('no');
    expect(attempts).toBe(2);
  });

  it('never starts a call after the deadline, and a wait past it throws', async () => {
    const time = fakeTime();
    const s = scheduler(time, { deadlineAt: time.now() + 1000 });
    await expect(s.wait(5000)).rejects.toBeInstanceOf(DeadlineError);
    expect(time.elapsed()).toBe(1000);
    await expect(s.call('GetRole', 1, async () => 'never')).rejects.toBeInstanceOf(DeadlineError);
    expect(s.stats.calls).toBe(0);
  });

  it('recognizes IAM and SDK throttling codes', () => {
    expect(isThrottling(awsError('Throttling', 'Rate exceeded'))).toBe(true);
    expect(isThrottling(awsError('ThrottlingException', 'x'))).toBe(true);
    expect(isThrottling(awsError('SomethingElse', 'x', 429))).toBe(true);
    expect(isThrottling(awsError('AccessDenied', 'x', 403))).toBe(false);
  });
});

describe('PollTiming', () => {
  it('guesses before any job finished, then waits as long as the longest job seen', () => {
    const timing = new PollTiming(2000, 10_000, () => 0.5);
    expect(timing.firstDelayMs()).toBe(2000);
    timing.observe(1200);
    timing.observe(2800);
    timing.observe(1500);
    expect(timing.firstDelayMs()).toBeCloseTo(2940);
  });

  it('polls a running job again when it reaches the longest duration seen, then after half its age', () => {
    const timing = new PollTiming(1000, 10_000, () => 0.5);
    // Nothing seen yet: half the job's age, at least 250 ms.
    expect([1000, 1500, 2250, 100].map((age) => timing.nextDelayMs(age))).toEqual([500, 750, 1125, 250]);
    timing.observe(3000);
    // Younger than the longest seen (× 1.05): wait until it gets there.
    expect(timing.nextDelayMs(1000)).toBe(2150);
    // Older: half its age again, capped at the maximum interval.
    expect(timing.nextDelayMs(4000)).toBe(2000);
    expect(timing.nextDelayMs(60_000)).toBe(10_000);
  });
});
