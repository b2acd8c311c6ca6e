// run() in this process (no bundle, no child process): a runtime over the GitHub stand-in with the real Octokit,
// action.yml's input defaults, the step's AWS settings as an explicit environment, and a log that records every
// workflow command the action issues (info lines, annotations, masks, outputs, the failure) and the job summary.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationProperties } from '../../src/action/annotations.js';
import { run } from '../../src/action/main.js';
import { createGitHubClient } from '../../src/action/octokit.js';
import type { ActionEnvironment, ActionRuntime } from '../../src/action/runtime.js';
import type { TempRepo } from '../cli/e2e-support.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import { actionDefaults, REPOSITORY } from './run-action.js';

export interface RecordedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: AnnotationProperties | undefined;
}

export interface InProcessRun {
  /** `core.info` lines. */
  info: string[];
  annotations: RecordedAnnotation[];
  secrets: string[];
  outputs: Record<string, string | number | boolean>;
  /** `setFailed` messages (at most one is expected). */
  failed: string[];
  /** Markdown appended to the job summary. */
  summary: string;
  /** Waits the run asked for (ms): the AWS collection's polls and backoffs. */
  sleeps: number[];
  /** GitHub client log lines (retries, rate limits). */
  githubLog: string[];
  /** Everything the run said, in one string, for "never printed" checks. */
  text(): string;
}

export interface InProcessOptions {
  repo: TempRepo;
  gh: GitHubStandIn;
  event: string;
  payload: unknown;
  sha: string;
  inputs?: Record<string, string>;
  /** The AWS_* settings of the step (keys, endpoints, region). */
  aws?: Record<string, string>;
  env?: Partial<Omit<ActionEnvironment, 'aws'>>;
  /** The repository as the runner names it; null: it cannot say (no GITHUB_REPOSITORY, no payload repository). */
  eventRepo?: { owner: string; repo: string } | null;
  /** false: the step has no job summary file; 'broken': writing it fails. */
  summary?: boolean | 'broken';
}

export async function runInProcess(options: InProcessOptions): Promise<InProcessRun> {
  const recorded: InProcessRun = {
    info: [],
    annotations: [],
    secrets: [],
    outputs: {},
    failed: [],
    summary: '',
    sleeps: [],
    githubLog: [],
    text() {
      return [
        ...this.info,
        ...this.annotations.map((a) => `${a.message} ${JSON.stringify(a.properties ?? {})}`),
        ...this.failed,
        ...Object.values(this.outputs).map(String),
        this.summary,
        ...this.githubLog,
      ].join('\n');
    },
  };
  const annotation =
    (level: RecordedAnnotation['level']) => (message: string, properties?: AnnotationProperties) =>
      recorded.annotations.push({ level, message, properties });
  const inputs: Record<string, string> = { ...actionDefaults(), ...options.inputs };
  const [owner, name] = REPOSITORY.split('/') as [string, string];
  const summaryOption = options.summary ?? true;
  const runtime: ActionRuntime = {
    input: (input) => inputs[input] ?? '',
    event: {
      name: options.event,
      payload: options.payload,
      sha: options.sha,
      repo: options.eventRepo === undefined ? { owner, repo: name } : options.eventRepo,
    },
    env: {
      workspace: options.repo.root,
      repository: REPOSITORY,
      serverUrl: 'https://github.com',
      runId: '4242',
      runnerTemp: mkdtempSync(join(tmpdir(), 'iug-in-process-')),
      selfHosted: false,
      ...options.env,
      aws: { ...options.aws },
    },
    github: (token) =>
      createGitHubClient(token, {
        baseUrl: options.gh.url,
        // Octokit's retry plugin waits `retry-after` × this many ms (1 000 on a runner): no real waiting here.
        retryAfterBaseValue: 1,
        // The throttling plugin spaces writes 1 s apart (GitHub's advice); the stand-in has no secondary limit.
        writeSpacingMs: 0,
        log: (message) => recorded.githubLog.push(message),
      }),
    log: {
      info: (message) => recorded.info.push(message),
      notice: annotation('notice'),
      warning: annotation('warning'),
      error: annotation('error'),
      setSecret: (value) => recorded.secrets.push(value),
      setOutput: (output, value) => {
        recorded.outputs[output] = value;
      },
      setFailed: (message) => recorded.failed.push(message),
    },
    summary:
      summaryOption === false
        ? null
        : async (markdown) => {
            if (summaryOption === 'broken')
              throw new Error('EACCES: permission denied, open step-summary.md');
            recorded.summary += markdown;
          },
    clock: () => new Date(),
    sleep: async (ms) => {
      recorded.sleeps.push(ms);
    },
  };
  await run(runtime);
  return recorded;
}

/**
 * Runs `body` with the process environment changed (`undefined` removes a variable), then puts it back as it was, in
 * place: what the AWS SDK's shared-file and metadata providers, and @actions/core, read from the process itself.
 */
export async function withProcessEnv<T>(
  changes: Record<string, string | undefined>,
  body: () => Promise<T> | T,
): Promise<T> {
  const before = new Map(Object.keys(changes).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return await body();
  } finally {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
