// Helpers for the check end-to-end tests: a git repo with base and head commits, and in-process CLI runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const examples = path.join(repoRoot, 'examples');

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: gitEnv,
    encoding: 'utf8',
  });
}

/** main = `base` folder, branch `change` = `head` folder (checked out). */
export function exampleRepo(base = path.join(examples, 'base'), head = path.join(examples, 'head')): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'iug-check-'));
  git(repo, 'init', '-q');
  cpSync(base, repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'change');
  for (const entry of ['infra', 'cdk.out', 'terraform'])
    rmSync(path.join(repo, entry), { recursive: true, force: true });
  cpSync(head, repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'head');
  return repo;
}

function capture(isTTY = false) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => chunks.join('') };
}

/**
 * A sleep for in-process CLI runs: every wait (polling a report job, backing off a throttled call, waiting for a
 * rate limit) is a tenth as long. Waits keep their order and every loop still checks the wall clock, so what the
 * tool does is the same; the suite just does not sit through the 2-second first poll of each job.
 */
export function testSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms / 10));
}

/**
 * Time for in-process runs against an endpoint that never throttles: sleeping moves a clock of the tool's own ahead
 * instead of waiting, so its own pacing (the first poll of a job, its requests-per-second limit) costs nothing,
 * while the endpoint answers on the wall clock. Its time only moves forward.
 */
export function aheadOfTime(): { clock: () => Date; sleep: (ms: number) => Promise<void> } {
  let ahead = 0;
  return {
    clock: () => new Date(Date.now() + ahead),
    sleep: (ms) => {
      ahead += Math.max(0, ms);
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
}

// One for every run in a test file, so what one run writes (a cached report) is never in a later run's future.
const time = aheadOfTime();

export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}, tty = false) {
  const stdout = capture(tty);
  const stderr = capture(false);
  const code = await runCli(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { HOME: cwd, ...env },
    cwd,
    ...time,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The local endpoint's environment for the real SDK clients, plus what keeps test runs independent. */
export function localAwsEnv(endpointEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...endpointEnv,
    AWS_EC2_METADATA_DISABLED: 'true',
    // Each test starts its own endpoint; a report cache would only hide what the endpoint says.
    IAM_USAGE_GUARD_CACHE_DIR: 'off',
  };
}
