// Temp git repositories and child-process runs of the bundled CLI (`node dist/cli.js`), as a user's shell runs it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distFile } from './bundle.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment with no AWS settings at all: no credentials, no profile, no config files, no instance metadata. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key.startsWith('AWS_') ||
      key.startsWith('IAM_USAGE_GUARD') ||
      key === 'NO_COLOR' ||
      key === 'FORCE_COLOR'
    )
      continue;
    if (key.startsWith('GITHUB_') || key === 'CI') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-aws-credentials'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    ...extra,
  };
}

/** Runs the bundled CLI with stdout and stderr as pipes (not a terminal). */
export function runBundledCli(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [distFile('cli.js'), ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Runs a shell pipeline (e.g. `node dist/cli.js check --format json | jq ...`) and returns its exit code and output. */
export function runShell(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export class TempRepo {
  readonly root: string;
  readonly home: string;

  constructor(prefix = 'iug-e2e-') {
    const base = mkdtempSync(join(tmpdir(), prefix));
    this.home = join(base, 'home');
    this.root = join(base, 'repo');
    mkdirSync(this.home, { recursive: true });
    mkdirSync(this.root, { recursive: true });
    this.git('init', '-q', '-b', 'main');
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return cleanEnv(this.home, extra);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: this.env(), encoding: 'utf8' });
  }

  write(file: string, content: string): void {
    const path = join(this.root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }

  commit(message: string, ...files: string[]): void {
    this.git('add', ...(files.length ? files : ['-A']));
    this.git('commit', '-q', '-m', message);
  }

  run(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
    return runBundledCli(args, { cwd: this.root, env: this.env(extraEnv) });
  }

  shell(command: string, extraEnv: Record<string, string> = {}): Promise<RunResult> {
    return runShell(command, { cwd: this.root, env: this.env(extraEnv) });
  }

  remove(): void {
    rmSync(dirname(this.root), { recursive: true, force: true });
  }
}
