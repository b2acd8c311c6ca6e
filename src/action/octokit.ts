// One place builds the GitHub client: @actions/github's Octokit with retries and rate-limit handling.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** Overrides GITHUB_API_URL (tests run in-process against the stand-in). Default: GITHUB_API_URL, then GitHub.com. */
  baseUrl?: string;
  /** Milliseconds per second of `retry-after`; tests make it small so they never wait. */
  retryAfterBaseValue?: number;
  /** Retries per request for rate limits and server errors. */
  retries?: number;
  log?: (message: string) => void;
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? ((message: string) => core.info(message));
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries) {
        log(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
        return false;
      }
      log(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfter}s`);
      return true;
    };
  // Read here, when the client is made, as the runner sets it (GitHub Enterprise Server, the local stand-in, a
  // .env file that @github/local-action loads after @actions/github has computed its default).
  const baseUrl = options.baseUrl ?? (process.env['GITHUB_API_URL'] || undefined);
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      // Octokit's default logger prints request errors to the console; our caller reports them in its own words.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      retry: {
        retries,
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit request error, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
