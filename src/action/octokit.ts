// One place builds the GitHub client: @actions/github's Octokit with retries and rate-limit handling.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** GITHUB_API_URL as the runner sets it (GitHub Enterprise Server, the stand-in); default: @actions/github's. */
  baseUrl?: string;
  /** Milliseconds per second of `retry-after`; tests make it small so they never wait. */
  retryAfterBaseValue?: number;
  /**
   * Milliseconds between two writes (POST, PATCH, PUT, DELETE, GraphQL) and between two that notify people (a
   * comment, a review). Default: the throttling plugin's 1,000 and 3,000, GitHub's advice against secondary rate
   * limits; tests against the stand-in make them 0.
   */
  writeSpacingMs?: number;
  /** Retries per request for rate limits and server errors. */
  retries?: number;
  log?: (message: string) => void;
}

/** Seconds a 5xx answer asks to wait (`Retry-After` as delay-seconds, RFC 9110 §10.2.3), when it says. */
export function serverRetryAfter(error: unknown): number | null {
  const failure = error as { status?: unknown; response?: { headers?: Record<string, unknown> } } | null;
  if (typeof failure?.status !== 'number' || failure.status < 500) return null;
  const header = failure.response?.headers?.['retry-after'];
  if (typeof header !== 'string' && typeof header !== 'number') return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) : null;
}

type RetryRequest = (error: unknown, retries: number, retryAfter: number) => unknown;

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
  const baseUrl = options.baseUrl;
  const client = getOctokit(
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
        ...(options.writeSpacingMs !== undefined
          ? {
              write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
              notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
            }
          : {}),
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
    },
    retry,
    throttling,
  );
  // The retry plugin backs off 1, 4, 9 s after a 5xx whatever the server says. A server that says when to come
  // back (`Retry-After`, usual with 503) is heeded instead, capped at a minute; without it the backoff stands.
  const plugin = (client as unknown as { retry?: { retryRequest?: RetryRequest } }).retry;
  const retryRequest = plugin?.retryRequest;
  if (plugin && retryRequest) {
    plugin.retryRequest = (error, retries, retryAfter) =>
      retryRequest(error, retries, serverRetryAfter(error) ?? retryAfter);
  }
  return client;
}

/** The HTTP status of an Octokit request error, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
