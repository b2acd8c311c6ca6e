// What the action gets from the runner, as one typed value: its inputs, the event, the GITHUB_*/RUNNER_* settings,
// the AWS settings, a GitHub client, the log, the job summary, a clock and a sleep. `runnerRuntime()` reads them
// (the only place that reads `process.env` or the `context` singleton); tests build a runtime of their own.
import * as core from '@actions/core';
import { context } from '@actions/github';
import type { AnnotationProperties } from './annotations.js';
import type { InputReader } from './inputs.js';
import { createGitHubClient, type GitHubClient } from './octokit.js';

/** The workflow commands the action issues: log lines, annotations, masks, outputs and the step's failure. */
export interface ActionLog {
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Masks a value in the rest of the log. */
  setSecret(value: string): void;
  setOutput(name: string, value: string | number | boolean): void;
  setFailed(message: string): void;
}

export interface ActionEnvironment {
  /** GITHUB_WORKSPACE, else the current folder: where the repository is checked out. */
  workspace: string;
  /** GITHUB_REPOSITORY (`owner/repo`); empty when unset. */
  repository: string;
  /** GITHUB_SERVER_URL; null when unset. */
  serverUrl: string | null;
  /** GITHUB_RUN_ID; null when unset. */
  runId: string | null;
  /** RUNNER_TEMP; null when unset (the JSON report then goes to the workspace). */
  runnerTemp: string | null;
  /** RUNNER_ENVIRONMENT is `self-hosted`: the machine may have credentials of its own (an instance profile). */
  selfHosted: boolean;
  /** The step's environment as the AWS SDK reads it: keys, profile, web identity, region, endpoints. */
  aws: NodeJS.ProcessEnv;
}

export interface ActionEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  /** The webhook payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  /** GITHUB_SHA: the checked-out commit. */
  sha: string;
  /** The repository the event is about; null when neither GITHUB_REPOSITORY nor the payload names one. */
  repo: { owner: string; repo: string } | null;
}

export interface ActionRuntime {
  /** Reads an input the way `core.getInput` does. */
  input: InputReader;
  event: ActionEvent;
  env: ActionEnvironment;
  /** A GitHub client for a token: base URL, retries and rate-limit handling. */
  github: (token: string) => GitHubClient;
  log: ActionLog;
  /** Appends markdown to the job summary; null when the step has none (GITHUB_STEP_SUMMARY unset). */
  summary: ((markdown: string) => Promise<void>) | null;
  clock: () => Date;
  /** How every wait of the AWS collection sleeps; absent: real timers (that end early when a collection stops). */
  sleep?: (ms: number) => Promise<void>;
}

/** `context.repo` throws when it cannot say; here that is null, and the step that needs it says why. */
function eventRepo(): ActionEvent['repo'] {
  try {
    return context.repo;
  } catch {
    return null;
  }
}

/**
 * `IAM_USAGE_GUARD_GITHUB_WRITE_SPACING_MS`: the pause between writes, for a GitHub API stand-in without GitHub's
 * secondary rate limits (the test suite's); unset, GitHub's advice (1 s between writes, 3 s between comments).
 */
function writeSpacing(env: NodeJS.ProcessEnv): { writeSpacingMs?: number } {
  const raw = env['IAM_USAGE_GUARD_GITHUB_WRITE_SPACING_MS'];
  const ms = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isInteger(ms) && ms >= 0 ? { writeSpacingMs: ms } : {};
}

/** The runtime of a real run (the bundle's entry, @github/local-action): read once, when the action starts. */
export function runnerRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  // Read now, not when @actions/github was loaded: @github/local-action loads its .env file after that.
  const apiUrl = env['GITHUB_API_URL'] || undefined;
  return {
    input: (name) => core.getInput(name),
    event: { name: context.eventName, payload: context.payload, sha: context.sha, repo: eventRepo() },
    env: {
      workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
      repository: env['GITHUB_REPOSITORY'] ?? '',
      serverUrl: env['GITHUB_SERVER_URL'] || null,
      runId: env['GITHUB_RUN_ID'] || null,
      runnerTemp: env['RUNNER_TEMP'] || null,
      selfHosted: env['RUNNER_ENVIRONMENT'] === 'self-hosted',
      aws: env,
    },
    github: (token) =>
      createGitHubClient(token, {
        ...(apiUrl ? { baseUrl: apiUrl } : {}),
        ...writeSpacing(env),
        log: (m) => core.info(m),
      }),
    log: {
      info: (message) => core.info(message),
      notice: (message, properties) => core.notice(message, properties),
      warning: (message, properties) => core.warning(message, properties),
      error: (message, properties) => core.error(message, properties),
      setSecret: (value) => core.setSecret(value),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
    },
    summary: env['GITHUB_STEP_SUMMARY']
      ? async (markdown) => {
          await core.summary.addRaw(markdown).write({ overwrite: false });
        }
      : null,
    clock: () => new Date(),
  };
}
