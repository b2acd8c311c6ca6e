import { describe, expect, it } from 'vitest';
import { createProgress, formatElapsed } from '../../src/cli/progress.js';
import { capture } from './support.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createProgress on a terminal', () => {
  it('rewrites one line with done/total, throttling retries and elapsed time, then clears it', () => {
    const out = capture(true);
    const time = clock();
    const progress = createProgress(out.stream, { isTTY: true, now: time.now });
    progress({ done: 0, total: 40, throttled: 0, elapsedMs: 0 });
    time.advance(500);
    progress({ done: 12, total: 40, throttled: 3, elapsedMs: 14_000 });
    time.advance(500);
    progress({ done: 40, total: 40, throttled: 3, elapsedMs: 75_000 });
    progress.finish();
    expect(out.text()).toBe(
      '\r\x1b[Kiam-usage-guard: usage reports: 0/40 entities, 0s elapsed' +
        '\r\x1b[Kiam-usage-guard: usage reports: 12/40 entities, 3 throttling retries, 14s elapsed' +
        '\r\x1b[Kiam-usage-guard: usage reports: 40/40 entities, 3 throttling retries, 1m15s elapsed' +
        '\r\x1b[K',
    );
    expect(out.text()).not.toContain('\n');
  });

  it('repaints at most every repaintMs but always shows completion', () => {
    const out = capture(true);
    const time = clock();
    const progress = createProgress(out.stream, { isTTY: true, now: time.now, repaintMs: 100 });
    for (let done = 1; done <= 50; done++) {
      time.advance(10);
      progress({ done, total: 50, throttled: 0, elapsedMs: done * 10 });
    }
    const paints = out.text().split('\r\x1b[K').filter(Boolean);
    expect(paints.length).toBeLessThanOrEqual(6);
    expect(paints.at(-1)).toContain('50/50 entities');
  });

  it('writes nothing when there is nothing to do, and finish() then writes nothing either', () => {
    const out = capture(true);
    const progress = createProgress(out.stream, { isTTY: true, now: clock().now });
    progress({ done: 0, total: 0, throttled: 0, elapsedMs: 0 });
    progress.finish();
    expect(out.text()).toBe('');
  });

  it('ignores events after finish()', () => {
    const out = capture(true);
    const progress = createProgress(out.stream, { isTTY: true, now: clock().now });
    progress.finish();
    progress({ done: 1, total: 2, throttled: 0, elapsedMs: 0 });
    expect(out.text()).toBe('');
  });
});

describe('createProgress in a log (not a terminal)', () => {
  it('stays silent for a run shorter than the interval', () => {
    const out = capture(false);
    const time = clock();
    const progress = createProgress(out.stream, { isTTY: false, now: time.now, intervalMs: 10_000 });
    for (let done = 0; done <= 5; done++) {
      time.advance(1000);
      progress({ done, total: 5, throttled: 0, elapsedMs: done * 1000 });
    }
    progress.finish();
    expect(out.text()).toBe('');
  });

  it('writes plain lines at most once per interval, and the completion line', () => {
    const out = capture(false);
    const time = clock();
    const progress = createProgress(out.stream, { isTTY: false, now: time.now, intervalMs: 10_000 });
    for (let done = 1; done <= 30; done++) {
      time.advance(1000);
      progress({ done, total: 30, throttled: done > 20 ? 2 : 0, elapsedMs: done * 1000 });
    }
    progress.finish();
    expect(out.text()).toBe(
      [
        'iam-usage-guard: usage reports: 10/30 entities, 10s elapsed',
        'iam-usage-guard: usage reports: 20/30 entities, 20s elapsed',
        'iam-usage-guard: usage reports: 30/30 entities, 2 throttling retries, 30s elapsed',
        '',
      ].join('\n'),
    );
    expect(out.text()).not.toContain('\r');
    expect(out.text()).not.toContain('\x1b');
  });

  it('says "retry" for one throttling retry', () => {
    const out = capture(false);
    const time = clock();
    const progress = createProgress(out.stream, { isTTY: false, now: time.now, intervalMs: 1 });
    time.advance(5);
    progress({ done: 1, total: 3, throttled: 1, elapsedMs: 5 });
    expect(out.text()).toContain('1 throttling retry,');
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [59_999, '59s'],
    [60_000, '1m00s'],
    [3_725_000, '62m05s'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
