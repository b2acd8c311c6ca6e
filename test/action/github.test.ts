// The GitHub calls against the local stand-in: paginated PR files, the sticky comment, retries and rate limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStickyComment, upsertStickyComment } from '../../src/action/comment.js';
import { createGitHubClient, httpStatus, serverRetryAfter } from '../../src/action/octokit.js';
import { listPullFiles, PULL_FILES_LIMIT } from '../../src/action/pull-files.js';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };
let gh: GitHubStandIn;
const logs: string[] = [];
const client = () =>
  createGitHubClient('ghs_test', {
    baseUrl: gh.url,
    retryAfterBaseValue: 1,
    writeSpacingMs: 0,
    log: (m) => logs.push(m),
  });

beforeEach(async () => {
  gh = await startGitHubStandIn('octo-org/octo-repo');
  logs.length = 0;
});
afterEach(async () => {
  await gh.close();
});

describe('listPullFiles', () => {
  it('follows pagination, 100 per page, and includes previous names of renames', async () => {
    gh.setPullFiles(7, [
      ...Array.from({ length: 249 }, (_, i) => ({ filename: `f${i}.yaml`, status: 'modified' as const })),
      { filename: 'new.yaml', status: 'renamed', previous_filename: 'old.yaml' },
    ]);
    const listed = await listPullFiles(client(), { ...repo, pull_number: 7 });
    expect(listed.truncated).toBe(false);
    expect(listed.files).toHaveLength(251);
    expect(listed.files).toContain('old.yaml');
    const pages = gh.requests.filter((r) => r.path.endsWith('/pulls/7/files'));
    expect(pages.map((r) => [r.query['per_page'], r.query['page'] ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it("reports truncation at GitHub's 3,000-file cap", async () => {
    gh.setPullFiles(
      8,
      Array.from({ length: 3500 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const })),
    );
    const listed = await listPullFiles(client(), { ...repo, pull_number: 8 });
    expect(listed.files).toHaveLength(PULL_FILES_LIMIT);
    expect(listed.truncated).toBe(true);
  });

  it('retries a secondary rate limit after retry-after, and a 5xx', async () => {
    gh.setPullFiles(9, [{ filename: 'a.yaml', status: 'added' }]);
    gh.fail({ kind: 'secondary-rate-limit', path: /files$/, retryAfter: 2 });
    gh.fail({ kind: 'server-error', path: /files$/ });
    gh.fail({ kind: 'rate-limit-429', path: /files$/ });
    const listed = await listPullFiles(client(), { ...repo, pull_number: 9 });
    expect(listed.files).toEqual(['a.yaml']);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 502, 429, 200]);
    expect(logs.some((l) => /secondary rate limit .* retrying after 2s/.test(l))).toBe(true);
  });

  it("a 5xx that says Retry-After is retried when the server says, not after the plugin's 1, 4, 9 s", async () => {
    gh.setPullFiles(10, [{ filename: 'a.yaml', status: 'added' }]);
    gh.fail({ kind: 'server-error', status: 503, path: /files$/, retryAfter: 0, times: 3 });
    // The real second: the plugin's own backoff would wait 1 s, then 4, then 9, before the fourth request.
    const real = createGitHubClient('ghs_test', { baseUrl: gh.url, log: (m) => logs.push(m) });
    const listed = await listPullFiles(real, { ...repo, pull_number: 10 });
    expect(listed.files).toEqual(['a.yaml']);
    const at = gh.requests.map((r) => r.at);
    expect(gh.requests.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    expect(at[3]! - at[0]!).toBeLessThan(1000);
  });

  it.each([
    [{ status: 503, response: { headers: { 'retry-after': '2' } } }, 2],
    [{ status: 502, response: { headers: { 'retry-after': 0 } } }, 0],
    [{ status: 503, response: { headers: { 'retry-after': '3600' } } }, 60],
    [{ status: 503, response: { headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } } }, null],
    [{ status: 503, response: { headers: {} } }, null],
    [{ status: 403, response: { headers: { 'retry-after': '5' } } }, null],
    [new Error('network'), null],
  ])('serverRetryAfter(%j) is %j', (error, seconds) => {
    expect(serverRetryAfter(error)).toBe(seconds);
  });
});

describe('sticky comment', () => {
  const issue = { ...repo, issue_number: 5 };

  it('creates once, then updates the same comment in place', async () => {
    const octokit = client();
    const first = await upsertStickyComment(octokit, issue, COMMENT_MARKER, `${COMMENT_MARKER}\none`, true);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, issue, COMMENT_MARKER, `${COMMENT_MARKER}\ntwo`, true);
    expect(second).toEqual({ action: 'updated', id: (first as { id: number }).id });
    const third = await upsertStickyComment(octokit, issue, COMMENT_MARKER, `${COMMENT_MARKER}\ntwo`, true);
    expect(third.action).toBe('unchanged');
    expect(gh.comments(5).map((c) => c.body)).toEqual([`${COMMENT_MARKER}\ntwo`]);
  });

  it('does not create when not allowed, but still updates an existing comment (all clear)', async () => {
    const octokit = client();
    expect((await upsertStickyComment(octokit, issue, COMMENT_MARKER, 'x', false)).action).toBe('skipped');
    expect(gh.comments(5)).toHaveLength(0);
    gh.addComment(5, `${COMMENT_MARKER}\nfindings`, { login: 'github-actions[bot]', id: 2, type: 'Bot' });
    const outcome = await upsertStickyComment(
      octokit,
      issue,
      COMMENT_MARKER,
      `${COMMENT_MARKER}\nall clear`,
      false,
    );
    expect(outcome.action).toBe('updated');
    expect(gh.comments(5)[0]!.body).toContain('all clear');
  });

  it("finds its comment among 150 others, by this token's identity, not a person's quoting the marker", async () => {
    for (let i = 0; i < 150; i++) gh.addComment(5, `comment ${i}`);
    gh.addComment(5, `${COMMENT_MARKER} quoted by a person`);
    const bot = gh.addComment(5, `${COMMENT_MARKER}\nours`, {
      login: 'github-actions[bot]',
      id: 2,
      type: 'Bot',
    });
    const found = await findStickyComment(client(), issue, COMMENT_MARKER);
    expect(found?.id).toBe(bot.id);
  });

  it('asks who the token is only when a comment carries the marker, and the GraphQL way', async () => {
    await findStickyComment(client(), issue, COMMENT_MARKER);
    expect(gh.requests.some((r) => r.path === '/graphql')).toBe(false);
    gh.addComment(5, `${COMMENT_MARKER}\nsomeone's`, { login: 'other-app[bot]', id: 3, type: 'Bot' });
    expect(await findStickyComment(client(), issue, COMMENT_MARKER)).toBeNull();
    const asked = gh.requests.filter((r) => r.path === '/graphql' || r.path === '/user');
    expect(asked.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/graphql', 200]]);
  });

  const identities = {
    ghp_person: { login: 'octocat', id: 1, type: 'User' as const },
    ghs_app: { login: 'my-app[bot]', id: 77, type: 'Bot' as const },
  };

  it("another app's token: the workflow bot's marked comment is not its own; it creates and then keeps its own", async () => {
    await gh.close();
    gh = await startGitHubStandIn('octo-org/octo-repo', { identities });
    const app = createGitHubClient('ghs_app', { baseUrl: gh.url, retryAfterBaseValue: 1, writeSpacingMs: 0 });
    const theirs = gh.addComment(5, `${COMMENT_MARKER}\nold`, {
      login: 'github-actions[bot]',
      id: 2,
      type: 'Bot',
    });
    const first = await upsertStickyComment(app, issue, COMMENT_MARKER, `${COMMENT_MARKER}\nmine`, true);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(app, issue, COMMENT_MARKER, `${COMMENT_MARKER}\nmine 2`, true);
    expect(second).toEqual({ action: 'updated', id: (first as { id: number }).id });
    expect(gh.comments(5).map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', theirs.body],
      ['my-app[bot]', `${COMMENT_MARKER}\nmine 2`],
    ]);
  });

  it("a person's token: that person's marked comment is theirs to update, another person's is not", async () => {
    await gh.close();
    gh = await startGitHubStandIn('octo-org/octo-repo', { identities });
    const person = createGitHubClient('ghp_person', {
      baseUrl: gh.url,
      retryAfterBaseValue: 1,
      writeSpacingMs: 0,
    });
    gh.addComment(5, `${COMMENT_MARKER}\nquoted by hubot`, { login: 'hubot', id: 9, type: 'User' });
    const own = gh.addComment(5, `${COMMENT_MARKER}\nmine`, { login: 'octocat', id: 1, type: 'User' });
    expect((await findStickyComment(person, issue, COMMENT_MARKER))?.id).toBe(own.id);
  });

  it("when the token's identity cannot be asked, only the workflow token's own comments count", async () => {
    gh.fail({ kind: 'server-error', status: 400, path: /^\/graphql$/, times: 5 });
    const bot = gh.addComment(5, `${COMMENT_MARKER}\nours`, {
      login: 'github-actions[bot]',
      id: 2,
      type: 'Bot',
    });
    gh.addComment(5, `${COMMENT_MARKER}\nother`, { login: 'other-app[bot]', id: 3, type: 'Bot' });
    expect((await findStickyComment(client(), issue, COMMENT_MARKER))?.id).toBe(bot.id);
  });

  it('a comment mentioning the marker mid-text is not ours', async () => {
    gh.addComment(5, `see ${COMMENT_MARKER}`);
    expect(await findStickyComment(client(), issue, COMMENT_MARKER)).toBeNull();
  });

  it('surfaces a missing permission as HTTP 403 without retrying', async () => {
    gh.fail({ kind: 'missing-permission', method: 'POST' });
    const error = await upsertStickyComment(client(), issue, COMMENT_MARKER, 'x', true).catch(
      (e: unknown) => e,
    );
    expect(httpStatus(error)).toBe(403);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
