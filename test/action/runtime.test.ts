// The runner's side of run(): runnerRuntime() reads the GITHUB_*/RUNNER_* settings once into a typed value, and its
// log speaks @actions/core's workflow commands (annotations, masks, outputs, the failure, the job summary).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runnerRuntime } from '../../src/action/runtime.js';
import { withProcessEnv } from './in-process.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs `body` with stdout captured and the process environment and exit code as they were afterwards. */
async function capturing(env: Record<string, string>, body: () => Promise<void> | void): Promise<string> {
  const exitCode = process.exitCode;
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await withProcessEnv(env, body);
  } finally {
    process.stdout.write = write;
    process.exitCode = exitCode;
  }
  return out;
}

describe('runnerRuntime', () => {
  it('reads the workspace, repository, run, temp folder and runner kind from the environment it is given', () => {
    const env = {
      GITHUB_WORKSPACE: '/work/checkout',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_RUN_ID: '99',
      RUNNER_TEMP: '/runner/tmp',
      RUNNER_ENVIRONMENT: 'self-hosted',
      AWS_REGION: 'eu-west-1',
    };
    const runtime = runnerRuntime(env);
    expect(runtime.env).toEqual({
      workspace: '/work/checkout',
      repository: 'octo-org/octo-repo',
      serverUrl: 'https://ghe.example',
      runId: '99',
      runnerTemp: '/runner/tmp',
      selfHosted: true,
      aws: env,
    });
    // no GITHUB_STEP_SUMMARY: no summary
    expect(runtime.summary).toBeNull();
    expect(runtime.clock()).toBeInstanceOf(Date);
    expect(runtime.sleep).toBeUndefined();
  });

  it('an empty environment: the current folder, no repository, a GitHub-hosted runner', () => {
    const runtime = runnerRuntime({});
    expect(runtime.env).toMatchObject({
      workspace: process.cwd(),
      repository: '',
      serverUrl: null,
      runId: null,
      runnerTemp: null,
      selfHosted: false,
    });
  });

  it('reads inputs as the runner passes them (INPUT_*)', async () => {
    let value = '';
    await capturing({ 'INPUT_FAIL-ON': ' warning ' }, () => {
      value = runnerRuntime({}).input('fail-on');
    });
    expect(value).toBe('warning');
  });

  it('its log issues the workflow commands: annotations with file and line, masks, outputs, the failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-runtime-'));
    dirs.push(dir);
    const output = join(dir, 'output.txt');
    writeFileSync(output, '');
    let exitCode: typeof process.exitCode;
    const out = await capturing({ GITHUB_OUTPUT: output }, () => {
      const { log } = runnerRuntime({});
      log.info('plain line');
      log.notice('a notice', { title: 'new-service', file: 'infra/app.yaml', startLine: 3 });
      log.warning('a warning');
      log.error('an error', { title: 'unjudged', file: 'a.yaml', startLine: 1 });
      log.setSecret('s3cr3t');
      log.setOutput('blocked', true);
      log.setFailed('iam-usage-guard: 1 finding');
      exitCode = process.exitCode;
    });
    expect(out.split('\n')).toEqual([
      'plain line',
      '::notice title=new-service,file=infra/app.yaml,line=3::a notice',
      '::warning::a warning',
      '::error title=unjudged,file=a.yaml,line=1::an error',
      '::add-mask::s3cr3t',
      '::error::iam-usage-guard: 1 finding',
      '',
    ]);
    expect(exitCode).toBe(1);
    expect(readFileSync(output, 'utf8')).toMatch(
      /^blocked<<ghadelimiter_[\w-]+\ntrue\nghadelimiter_[\w-]+\n$/,
    );
  });

  it('appends to the job summary file the step names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-runtime-'));
    dirs.push(dir);
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'before\n');
    await capturing({ GITHUB_STEP_SUMMARY: file }, async () => {
      const runtime = runnerRuntime({ GITHUB_STEP_SUMMARY: file });
      await runtime.summary?.('## iam-usage-guard\n');
    });
    expect(readFileSync(file, 'utf8')).toBe('before\n## iam-usage-guard\n');
  });
});
