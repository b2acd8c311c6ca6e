// The one sticky PR comment: found by its hidden marker and its author (this workflow's token), updated in place,
// created only when the policy says so.

import { errorMessage } from '../errors.js';
import { COMMENT_MARKER } from '../report/escape.js';
import { type GitHubClient, httpStatus } from './octokit.js';
import type { ActionLog } from './runtime.js';

export interface IssueRef {
  owner: string;
  repo: string;
  issue_number: number;
}

export interface StickyComment {
  id: number;
  body: string;
}

/** Who `GITHUB_TOKEN` writes as; assumed when the token's identity cannot be asked. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * Who this token writes as. GraphQL `viewer { login }` answers for every kind of token: the workflow's
 * `GITHUB_TOKEN` (`github-actions[bot]`), a GitHub App's installation token (`<app>[bot]`) and a person's token.
 * REST `GET /user` answers only the last (403 for installation tokens), so it is the second try.
 */
export async function tokenLogin(octokit: GitHubClient): Promise<string | null> {
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof answer.viewer?.login === 'string' && answer.viewer.login !== '') return answer.viewer.login;
  } catch {
    // Asked again below, the REST way.
  }
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return null;
  }
}

/** GraphQL names a bot without the `[bot]` that REST comments carry. */
function sameLogin(a: string, b: string): boolean {
  const bare = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();
  return bare(a) === bare(b);
}

/** What a comment says about its author (issue comments and review comments alike). */
export interface Authored {
  body?: string | null;
  user?: { login: string } | null;
}

/**
 * Our comments among `items`: the body starts with the marker **and** this token's identity wrote it. A comment
 * another app, bot or person wrote with our marker (quoting ours, or a tool of their own) is never ours: GitHub would
 * refuse the edit anyway, and it is theirs to keep. `login` is asked of GitHub when not given.
 */
export async function ourComments<T extends Authored>(
  octokit: GitHubClient,
  items: T[],
  marker: string,
  login?: string,
): Promise<T[]> {
  const marked = items.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  if (marked.length === 0) return [];
  const self = login ?? (await tokenLogin(octokit)) ?? WORKFLOW_TOKEN_LOGIN;
  return marked.filter((c) => c.user !== null && c.user !== undefined && sameLogin(c.user.login, self));
}

/** Finds our sticky comment (see `ourComments`). */
export async function findStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  marker: string,
  login?: string,
): Promise<StickyComment | null> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  const mine = (await ourComments(octokit, comments, marker, login))[0];
  return mine ? { id: mine.id, body: mine.body ?? '' } : null;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number }
  | { action: 'unchanged'; id: number }
  | { action: 'skipped'; reason: string };

/**
 * Creates or updates the sticky comment. `create` says whether a new comment may be created (comment mode and
 * findings); an existing one is always updated, so a PR that had findings gets its "all clear".
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  marker: string,
  body: string,
  create: boolean,
): Promise<CommentOutcome> {
  const existing = await findStickyComment(octokit, issue, marker);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id };
    await octokit.rest.issues.updateComment({
      owner: issue.owner,
      repo: issue.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: existing.id };
  }
  if (!create) return { action: 'skipped', reason: 'no findings and no earlier comment' };
  const created = await octokit.rest.issues.createComment({ ...issue, body });
  return { action: 'created', id: created.data.id };
}

/**
 * Writes the report as the sticky comment and logs what happened; a failure is a warning that says what would fix
 * it (the job summary has the report either way). `issue` is asked for inside, so not knowing the repository is one
 * of those warnings too.
 */
export async function postComment(
  log: ActionLog,
  octokit: GitHubClient,
  issue: () => IssueRef,
  comment: { body: string; create: boolean; fork: boolean },
): Promise<void> {
  try {
    const outcome = await upsertStickyComment(octokit, issue(), COMMENT_MARKER, comment.body, comment.create);
    if (outcome.action === 'skipped') log.info(`PR comment: not created (${outcome.reason}).`);
    else log.info(`PR comment ${outcome.action} (id ${outcome.id}).`);
  } catch (error) {
    log.warning(commentFailure(error, comment.fork));
  }
}

function commentFailure(error: unknown, fork: boolean): string {
  const status = httpStatus(error);
  if ((status === 403 || status === 429) && /rate limit/i.test(errorMessage(error))) {
    // A secondary rate limit is a 403 too, but no permission would fix it.
    return `Could not write the PR comment: GitHub kept rate-limiting the request (HTTP ${status}) after the retries. The job summary has the report; the next run updates the comment.`;
  }
  if (status === 403 || status === 401 || status === 404) {
    const forkNote = fork
      ? ' Pull requests from forks get a read-only token under `pull_request`; the job summary has the report.'
      : '';
    return `Could not write the PR comment (HTTP ${status}: ${errorMessage(error)}). Give the job \`permissions: pull-requests: write\` (and pass a token that has it).${forkNote}`;
  }
  return `Could not write the PR comment: ${errorMessage(error)}`;
}
