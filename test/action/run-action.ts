// Runs the bundled action (`node dist/index.js`) the way the GitHub runner does: event file, GITHUB_* variables,
// INPUT_* with action.yml's defaults, output and summary files; parses annotations and outputs back.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { distFile, repoRoot } from '../cli/bundle.js';
import type { TempRepo } from '../cli/e2e-support.js';

export const REPOSITORY = 'octo-org/octo-repo';
export const TOKEN = 'ghs_e2eTestTokenThatMustNeverBePrinted0001';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Milliseconds from spawn to exit. */
  elapsedMs: number;
}

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** A real webhook example payload (deep copy), optionally the first with the given `action`. */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const list = examples.find((e) => e.name === name)?.examples ?? [];
  const found = action ? list.find((e) => e['action'] === action) : list[0];
  if (!found) throw new Error(`no webhook example ${name}${action ? `/${action}` : ''}`);
  return structuredClone(found);
}

/** A `pull_request` payload for our repository with the given number and SHAs. */
export function pullRequestPayload(
  number: number,
  baseSha: string,
  headSha: string,
  headRepository = REPOSITORY,
): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'synchronize') as {
    number: number;
    pull_request: {
      number: number;
      base: { sha: string; repo: { full_name: string } };
      head: { sha: string; repo: { full_name: string } };
    };
    repository: { full_name: string };
  };
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = baseSha;
  payload.pull_request.head.sha = headSha;
  payload.pull_request.base.repo.full_name = REPOSITORY;
  payload.pull_request.head.repo.full_name = headRepository;
  payload.repository.full_name = REPOSITORY;
  return payload as unknown as Record<string, unknown>;
}

/** Input defaults exactly as action.yml declares them (the runner passes them as INPUT_*). */
export function actionDefaults(): Record<string, string> {
  const manifest = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const value = input.default ?? '';
    // The runner evaluates `${{ github.token }}`; we stand in with our test token.
    defaults[name] = /^\$\{\{\s*github\.token\s*\}\}$/.test(value) ? TOKEN : value;
  }
  return defaults;
}

/** Undoes @actions/core's workflow-command escaping. */
function unescapeCommand(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
    }
    annotations.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescapeCommand(match[3] ?? ''),
    });
  }
  return annotations;
}

/** Reads a GITHUB_OUTPUT file (`name<<delimiter` blocks or `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

export interface RunActionOptions {
  /** The checkout: its folder and the clean environment a step starts from. */
  repo: Pick<TempRepo, 'root' | 'env'>;
  apiUrl: string;
  event: string;
  payload: unknown;
  /** GITHUB_SHA: the checked-out commit. */
  sha: string;
  inputs?: Record<string, string>;
  /** AWS_* and anything else the step's environment would hold. */
  env?: Record<string, string>;
}

export function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'iug-action-run-'));
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'step-summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs = { ...actionDefaults(), ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    ...options.repo.env(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0],
    GITHUB_API_URL: options.apiUrl,
    // The stand-in has no secondary rate limits: no 1 s / 3 s pauses between writes.
    IAM_USAGE_GUARD_GITHUB_WRITE_SPACING_MS: '0',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKSPACE: options.repo.root,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_JOB: 'iam',
    GITHUB_WORKFLOW: 'iam-usage-guard',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...options.env,
  };
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [distFile('index.js')], {
      cwd: options.repo.root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolvePromise({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        annotations: parseAnnotations(stdout),
        elapsedMs: performance.now() - started,
      });
    });
  });
}
