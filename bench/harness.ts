// Shared by every benchmark: each bench/*.bench.ts runs in its own process and reports one result through `report`.
import { execFileSync } from 'node:child_process';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
}

export interface BenchResult {
  name: string;
  description: string;
  rows: BenchRow[];
  /** The headline: measured ÷ baseline, both taken in the same run. */
  ratio?: { value: number; baseline: string; target?: number };
}

/** Prints the result as the process's last stdout line, prefixed so scripts/bench.mjs can find it. */
export function report(result: BenchResult): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

/** Median wall time in milliseconds of `runs` calls, after one warm-up call. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs git in `cwd` as a fixed author (benchmarks build their repositories on the fly); returns its stdout. */
export function gitIn(cwd: string, env: NodeJS.ProcessEnv = {}): (...args: string[]) => string {
  return (...args) =>
    execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@b',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@b',
        ...env,
      },
      encoding: 'utf8',
    }).trim();
}

/** True when the bench runs as part of `.ci/run`'s reduced form (smaller sizes, same code). */
export const quick = process.env['BENCH_QUICK'] === '1';
