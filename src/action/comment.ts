// The one sticky PR comment: found by its hidden marker, updated in place, created only when the policy says so.
import type { GitHubClient } from './octokit.js';

export interface IssueRef {
  owner: string;
  repo: string;
  issue_number: number;
}

export interface StickyComment {
  id: number;
  body: string;
}

/** What a comment says about its author (issue comments and review comments alike). */
export interface Authored {
  body?: string | null;
  user?: { type?: string; login?: string } | null;
}

/**
 * Our comments among `items`: the body starts with the marker and a bot wrote it (or, with a personal token, the
 * token's own user), so a person who pastes the marker into their own comment never has it overwritten.
 */
export async function ourComments<T extends Authored>(
  octokit: GitHubClient,
  items: T[],
  marker: string,
): Promise<T[]> {
  const ours = items.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  const bots = ours.filter((c) => c.user?.type === 'Bot');
  if (bots.length > 0 || ours.length === 0) return bots;
  // A person's comment that starts with the marker (quoting ours after ours was deleted) is ours only when this
  // token writes as that person (a personal access token). GITHUB_TOKEN and apps write as bots and cannot ask
  // who they are (403); they must never overwrite a person's comment.
  const login = await octokit.rest.users.getAuthenticated().then(
    (response) => response.data.login,
    () => null,
  );
  return login === null ? [] : ours.filter((c) => c.user?.login === login);
}

/** Finds our sticky comment (see `ourComments`). */
export async function findStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  marker: string,
): Promise<StickyComment | null> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  const mine = (await ourComments(octokit, comments, marker))[0];
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
