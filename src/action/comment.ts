// The one sticky PR comment: found by its hidden marker and its author (this workflow's token), updated in place,
// created only when the policy says so.
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

/**
 * Finds our comment: its body starts with the marker **and** this token's identity wrote it. A comment another app,
 * bot or person wrote with our marker (quoting ours, or a tool of their own) is never ours: GitHub would refuse the
 * edit anyway, and it is theirs to keep. `login` is asked of GitHub when not given.
 */
export async function findStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  marker: string,
  login?: string,
): Promise<StickyComment | null> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  const marked = comments.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  if (marked.length === 0) return null;
  const self = login ?? (await tokenLogin(octokit)) ?? WORKFLOW_TOKEN_LOGIN;
  const mine = marked.find((c) => c.user !== null && c.user !== undefined && sameLogin(c.user.login, self));
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
