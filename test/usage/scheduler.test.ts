// The rate limiter, retries with backoff, and the deadline, on virtual time.
import { describe, expect, it } from 'vitest';
import { PollTiming } from '../../src/usage/jobs.js';
import {
  DeadlineError,
  isThrottling,
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
    const limiter = new RateLimiter(5, time.now, time.sleep);
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () => limiter.acquire(0).then(() => granted.push(time.elapsed()))),
    );
    expect(granted).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('serves the lowest priority number first, then arrival order', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(1, time.now, time.sleep);
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

  it('slows down when throttled and recovers on success', () => {
    const time = fakeTime();
    const limiter = new RateLimiter(20, time.now, time.sleep);
    limiter.onThrottle();
    expect(limiter.currentRate).toBeCloseTo(14);
    for (let i = 0; i < 100; i++) limiter.onSuccess();
    expect(limiter.currentRate).toBe(20);
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
    // random 0.5 × min(1000, 100 × 2^(n-1)), floored at one token (100 ms at 10/s)
    expect(time.sleeps.filter((ms) => ms >= 100)).toEqual(expect.arrayContaining([100, 100]));
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

  it('backs off between polls of one job, capped', () => {
    const timing = new PollTiming(2000, 10_000, () => 0.5);
    const delays = [1, 2, 3, 10].map((n) => timing.nextDelayMs(n));
    expect(delays[0]).toBe(500);
    expect(delays[1]).toBe(750);
    expect(delays[2]).toBe(1125);
    expect(delays[3]).toBe(10_000);
  });
});
