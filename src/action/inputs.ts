// Every action input, read and validated in one place into a typed object.
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { Severity } from '../rules/model.js';
import type { Granularity } from '../usage/model.js';

export type CommentMode = 'on-findings' | 'always' | 'never';
/** Where least-privilege edits go: suggested changes in a review, the sticky comment, or nowhere; null: choose. */
export type SuggestionsInput = 'review' | 'comment' | 'off' | null;
export type FailOn = Severity | 'never';

export interface ActionInputs {
  token: string;
  /** Path of the configuration file; null: the default locations. */
  config: string | null;
  /** Files or folders to look in; empty: the whole repository. */
  paths: string[];
  /** Base artifacts the workflow built from the base commit (a `cdk synth -o cdk.out.base`); empty: none. */
  basePaths: string[];
  /** A snapshot file instead of live AWS calls; null: use AWS credentials when present. */
  snapshot: string | null;
  failOn: FailOn;
  comment: CommentMode;
  /** Null: `review` for a pull request from this repository, `comment` for a fork (its token cannot write reviews). */
  suggestions: SuggestionsInput;
  granularity: Granularity | null;
  unusedDays: number | null;
  awsRegion: string | null;
  sarifFile: string;
  /** Overrides the configuration's `onMissingData`; absent: the configuration decides. */
  onMissingData?: 'fail' | 'warn';
}

/** Reads an input the way `core.getInput` does; injectable so tests can pass a plain record. */
export type InputReader = (name: string) => string;

const readCore: InputReader = (name) => core.getInput(name);

function choice<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input '${name}' must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** One entry per line or comma-separated. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function getInputs(read: InputReader = readCore): ActionInputs {
  const optional = (name: string): string | null => {
    const value = read(name).trim();
    return value === '' ? null : value;
  };
  const token = read('github-token').trim();
  const granularityInput = optional('granularity');
  let granularity: Granularity | null = null;
  if (granularityInput) {
    const normalized = granularityInput.toUpperCase().replace(/-/g, '_');
    if (normalized === 'SERVICE' || normalized === 'SERVICE_LEVEL') granularity = 'SERVICE_LEVEL';
    else if (normalized === 'ACTION' || normalized === 'ACTION_LEVEL') granularity = 'ACTION_LEVEL';
    else {
      throw new UserError(
        `input 'granularity' must be SERVICE_LEVEL or ACTION_LEVEL (got '${granularityInput}')`,
      );
    }
  }
  const days = optional('unused-days');
  let unusedDays: number | null = null;
  if (days !== null) {
    unusedDays = Number(days);
    if (!Number.isInteger(unusedDays) || unusedDays < 1 || unusedDays > 400) {
      // IAM tracks last-accessed data for at most 400 days.
      throw new UserError(`input 'unused-days' must be a whole number of days from 1 to 400 (got '${days}')`);
    }
  }
  const onMissingData = optional('on-missing-data')
    ? choice(read, 'on-missing-data', ['fail', 'warn'] as const, 'warn')
    : null;
  return {
    ...(onMissingData ? { onMissingData } : {}),
    token,
    config: optional('config'),
    paths: list(read('paths')),
    basePaths: list(read('base-paths')),
    snapshot: optional('snapshot'),
    failOn: choice(read, 'fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    comment: choice(read, 'comment', ['on-findings', 'always', 'never'] as const, 'on-findings'),
    suggestions: optional('suggestions')
      ? choice(read, 'suggestions', ['review', 'comment', 'off'] as const, 'review')
      : null,
    granularity,
    unusedDays,
    awsRegion: optional('aws-region'),
    sarifFile: optional('sarif-file') ?? 'iam-usage-guard.sarif',
  };
}
