// A local stand-in for the parts of GitHub's REST API the action calls, with recorded requests and injectable faults.
// Each token writes as an identity (default: the workflow's GITHUB_TOKEN, `github-actions[bot]`), and, as on GitHub,
// may edit or delete only the comments that identity wrote. `POST /graphql` answers `viewer { login }`, the one
// identity question a GITHUB_TOKEN may ask; `GET /user` answers only for a person's token (403 for a bot).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
  html_url: string;
  issue_url: string;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The file's diff as GitHub lists it (hunks from the first `@@`); absent for large or binary diffs. */
  patch?: string;
}

/** A pull request review comment, in the REST shape (`pull-request-review-comment`). */
export interface StandInReviewComment {
  id: number;
  node_id: string;
  pull_request_review_id: number;
  diff_hunk: string;
  path: string;
  position: number | null;
  original_position: number;
  commit_id: string;
  original_commit_id: string;
  in_reply_to_id?: number;
  user: StandInComment['user'];
  body: string;
  created_at: string;
  updated_at: string;
  html_url: string;
  pull_request_url: string;
  author_association: 'NONE' | 'CONTRIBUTOR' | 'MEMBER' | 'OWNER';
  _links: { self: { href: string }; html: { href: string }; pull_request: { href: string } };
  /** null once outdated: the commented lines changed in a later head commit. */
  line: number | null;
  original_line: number;
  start_line: number | null;
  original_start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_side: 'LEFT' | 'RIGHT' | null;
  subject_type: 'line' | 'file';
}

/** A pull request review, in the REST shape (`pull-request-review`). */
export interface StandInReview {
  id: number;
  node_id: string;
  user: StandInComment['user'];
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  html_url: string;
  pull_request_url: string;
  author_association: 'NONE';
  _links: { html: { href: string }; pull_request: { href: string } };
  submitted_at?: string;
  commit_id: string;
}

/** A review thread as GraphQL shows it: the comments that reply to one top-level review comment. */
export interface StandInThread {
  id: string;
  isResolved: boolean;
  /** Database id of the comment that starts it. */
  commentId: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  /** `performance.timeOrigin + performance.now()` at arrival, comparable with another process's `Date.now()`. */
  at: number;
  status: number;
}

export type FaultKind = 'secondary-rate-limit' | 'rate-limit-429' | 'server-error' | 'missing-permission';

export interface Fault {
  kind: FaultKind;
  /** e.g. 'POST'; any method when absent. */
  method?: string;
  /** Matched against the path (without query). */
  path?: RegExp;
  /** How many matching requests fail before the fault clears (default 1). */
  times?: number;
  /** Seconds, sent as `retry-after` for rate limits (default 1), and for a server error when given. */
  retryAfter?: number;
  /** For `server-error` (default 502). */
  status?: number;
}

export interface GitHubStandIn {
  url: string;
  requests: RecordedRequest[];
  /** The files `GET /repos/{o}/{r}/pulls/{n}/files` lists (GitHub caps the listing at 3,000). */
  setPullFiles(pull: number, files: PullFile[]): void;
  comments(issue: number): StandInComment[];
  /** A comment made by someone else (or by us, earlier), to set up state between runs. */
  addComment(issue: number, body: string, user?: StandInComment['user']): StandInComment;
  editComment(id: number, body: string): void;
  deleteComment(id: number): void;
  fail(fault: Fault): void;
  /**
   * The pull request's head commit (reviews must name it) and, optionally, the text of its files: when the head moves
   * to a commit whose text differs on a comment's lines, that comment is outdated (`line: null`), as on GitHub.
   */
  setPullHead(pull: number, sha: string, files?: Record<string, string>): void;
  reviews(pull: number): StandInReview[];
  /** A review comment someone else wrote (a person, by default), on a line of the head. */
  addReviewComment(
    pull: number,
    comment: { path: string; line: number; body: string; user?: StandInComment['user'] },
  ): StandInReviewComment;
  reviewComments(pull: number): StandInReviewComment[];
  threads(pull: number): StandInThread[];
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
const MAX_BODY = 65_536;
const FILE_LIMIT = 3_000;

export type StandInUser = StandInComment['user'];

export interface StandInOptions {
  /** Who each token writes as; any other token writes as `github-actions[bot]`. */
  identities?: Record<string, StandInUser>;
}

export async function startGitHubStandIn(
  repository = 'octo-org/octo-repo',
  options: StandInOptions = {},
): Promise<GitHubStandIn> {
  const pullFiles = new Map<number, PullFile[]>();
  const comments = new Map<number, StandInComment[]>();
  const faults: (Fault & { left: number })[] = [];
  const requests: RecordedRequest[] = [];
  const heads = new Map<number, { sha: string; files?: Record<string, string> }>();
  const reviews = new Map<number, StandInReview[]>();
  const reviewComments = new Map<number, StandInReviewComment[]>();
  const threads = new Map<number, StandInThread[]>();
  let nextId = 1000;
  let baseUrl = '';

  const newComment = (issue: number, body: string, user: StandInComment['user']): StandInComment => {
    const id = nextId++;
    const now = new Date().toISOString();
    const comment: StandInComment = {
      id,
      node_id: `IC_${id}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${baseUrl}/repos/${repository}/issues/${issue}`,
    };
    comments.set(issue, [...(comments.get(issue) ?? []), comment]);
    return comment;
  };
  const findComment = (id: number): { issue: number; comment: StandInComment } | null => {
    for (const [issue, list] of comments) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return null;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === null ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...headers,
    });
    res.end(text);
  };

  /** Serves one page of a list the way GitHub does: `per_page` (max 100), `page`, and a `Link` header. */
  const sendPage = <T>(req: IncomingMessage, res: ServerResponse, url: URL, items: T[]) => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.href);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(n));
      return `<${baseUrl}${target.pathname}${target.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    send(
      res,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
    void req;
  };

  /** Right-side (new) or left-side (old) line ranges of each hunk of a patch. */
  const hunksOf = (patch: string, side: 'LEFT' | 'RIGHT') => {
    const ranges: { start: number; end: number; text: string }[] = [];
    const parts = patch.split(/^(?=@@ )/m).filter((p) => p.startsWith('@@'));
    for (const part of parts) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(part);
      if (!m) continue;
      const start = Number(side === 'RIGHT' ? m[3] : m[1]);
      const count = Number((side === 'RIGHT' ? m[4] : m[2]) ?? 1);
      ranges.push({ start, end: start + count - 1, text: part });
    }
    return ranges;
  };

  /** GitHub's 422 for a review it cannot anchor. */
  const unprocessable = (respond: (s: number, b: unknown) => void, error: string) =>
    respond(422, {
      message: 'Unprocessable Entity',
      errors: [error],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422',
    });

  /** A review comment in GitHub's shape, stored with its thread (one thread per top-level comment). */
  const addReviewComment = (
    pull: number,
    c: {
      reviewId: number;
      hunk: string;
      path: string;
      commitId: string;
      user: StandInComment['user'];
      body: string;
      association: StandInReviewComment['author_association'];
      line: number;
      start: number | null;
      side: 'LEFT' | 'RIGHT';
      startSide: 'LEFT' | 'RIGHT' | null;
    },
  ): StandInReviewComment => {
    const cid = nextId++;
    const now = new Date().toISOString();
    const pullUrl = `${baseUrl}/repos/${repository}/pulls/${pull}`;
    const html = `https://github.com/${repository}/pull/${pull}#discussion_r${cid}`;
    const comment: StandInReviewComment = {
      id: cid,
      node_id: `PRRC_${cid}`,
      pull_request_review_id: c.reviewId,
      diff_hunk: c.hunk,
      path: c.path,
      position: c.line,
      original_position: c.line,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: c.user,
      body: c.body,
      created_at: now,
      updated_at: now,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: c.association,
      _links: {
        self: { href: `${baseUrl}/repos/${repository}/pulls/comments/${cid}` },
        html: { href: html },
        pull_request: { href: pullUrl },
      },
      line: c.line,
      original_line: c.line,
      start_line: c.start,
      original_start_line: c.start,
      side: c.side,
      start_side: c.startSide,
      subject_type: 'line',
    };
    reviewComments.set(pull, [...(reviewComments.get(pull) ?? []), comment]);
    threads.set(pull, [
      ...(threads.get(pull) ?? []),
      { id: `PRRT_${cid}`, isResolved: false, commentId: cid },
    ]);
    return comment;
  };

  const createReview = (
    pull: number,
    body: Record<string, unknown>,
    respond: (s: number, b: unknown) => void,
    author: StandInComment['user'],
  ) => {
    const files = pullFiles.get(pull) ?? [];
    const head = heads.get(pull);
    const commitId =
      typeof body['commit_id'] === 'string' ? body['commit_id'] : (head?.sha ?? '0'.repeat(40));
    if (head && commitId !== head.sha)
      return unprocessable(respond, 'commit_id is not part of the pull request');
    const event = body['event'];
    if (event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(String(event)))
      return unprocessable(respond, 'Invalid event');
    const text = typeof body['body'] === 'string' ? body['body'] : '';
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text === '')
      return unprocessable(respond, 'Body is required when using COMMENT or REQUEST_CHANGES');
    if (text.length > MAX_BODY)
      return unprocessable(respond, 'body is too long (maximum is 65536 characters)');
    const drafts = Array.isArray(body['comments']) ? (body['comments'] as Record<string, unknown>[]) : [];
    const placed: { draft: Record<string, unknown>; hunk: string; line: number; start: number | null }[] = [];
    for (const draft of drafts) {
      const path = draft['path'];
      const file = files.find((f) => f.filename === path);
      if (typeof path !== 'string' || !file) return unprocessable(respond, 'Path could not be resolved');
      if (typeof draft['body'] !== 'string' || draft['body'] === '')
        return unprocessable(respond, 'Body is required for each comment');
      if ((draft['body'] as string).length > MAX_BODY)
        return unprocessable(respond, 'body is too long (maximum is 65536 characters)');
      if (draft['position'] !== undefined)
        return unprocessable(respond, 'the stand-in takes line and side only');
      const line = draft['line'];
      const side = (draft['side'] ?? 'RIGHT') as string;
      const startLine = draft['start_line'];
      const startSide = (draft['start_side'] ?? side) as string;
      if (typeof line !== 'number' || !Number.isInteger(line))
        return unprocessable(respond, 'Line could not be resolved');
      if (side !== 'LEFT' && side !== 'RIGHT') return unprocessable(respond, 'side must be LEFT or RIGHT');
      const hunk = hunksOf(file.patch ?? '', side).find((h) => h.start <= line && line <= h.end);
      if (!hunk) return unprocessable(respond, 'Line could not be resolved');
      if (startLine !== undefined) {
        if (typeof startLine !== 'number' || startLine >= line)
          return unprocessable(respond, 'start_line must precede line');
        if (startSide !== side || startLine < hunk.start)
          return unprocessable(respond, 'start_line must be part of the same hunk as the line.');
      }
      placed.push({ draft, hunk: hunk.text, line, start: typeof startLine === 'number' ? startLine : null });
    }
    const id = nextId++;
    const now = new Date().toISOString();
    const pullUrl = `${baseUrl}/repos/${repository}/pulls/${pull}`;
    const review: StandInReview = {
      id,
      node_id: `PRR_${id}`,
      user: author,
      body: text,
      state:
        event === 'COMMENT'
          ? 'COMMENTED'
          : event === 'APPROVE'
            ? 'APPROVED'
            : event
              ? 'CHANGES_REQUESTED'
              : 'PENDING',
      html_url: `https://github.com/${repository}/pull/${pull}#pullrequestreview-${id}`,
      pull_request_url: pullUrl,
      author_association: 'NONE',
      _links: {
        html: { href: `https://github.com/${repository}/pull/${pull}#pullrequestreview-${id}` },
        pull_request: { href: pullUrl },
      },
      ...(event ? { submitted_at: now } : {}),
      commit_id: commitId,
    };
    reviews.set(pull, [...(reviews.get(pull) ?? []), review]);
    for (const { draft, hunk, line, start } of placed) {
      const side = (draft['side'] ?? 'RIGHT') as 'LEFT' | 'RIGHT';
      addReviewComment(pull, {
        reviewId: id,
        hunk,
        path: draft['path'] as string,
        commitId,
        user: author,
        body: draft['body'] as string,
        association: 'NONE',
        line,
        start,
        side,
        startSide: start === null ? null : ((draft['start_side'] ?? side) as 'LEFT' | 'RIGHT'),
      });
    }
    return respond(200, review);
  };

  const findReviewComment = (id: number) => {
    for (const list of reviewComments.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return comment;
    }
    return null;
  };

  /** The two GraphQL operations the action sends: list a pull request's review threads, resolve one. */
  const graphql = (
    body: { query?: unknown; variables?: Record<string, unknown> },
    respond: (s: number, b: unknown) => void,
  ) => {
    const query = typeof body.query === 'string' ? body.query : '';
    const variables = body.variables ?? {};
    if (/resolveReviewThread/.test(query)) {
      const id = variables['threadId'];
      for (const list of threads.values()) {
        const thread = list.find((t) => t.id === id);
        if (thread) {
          thread.isResolved = true;
          return respond(200, {
            data: { resolveReviewThread: { thread: { id: thread.id, isResolved: true } } },
          });
        }
      }
      return respond(200, {
        data: { resolveReviewThread: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['resolveReviewThread'],
            message: `Could not resolve to a node with the global id of '${String(id)}'`,
          },
        ],
      });
    }
    if (/reviewThreads/.test(query)) {
      const pull = Number(variables['number']);
      const all = threads.get(pull) ?? [];
      const after = typeof variables['cursor'] === 'string' ? Number(variables['cursor']) : 0;
      const page = all.slice(after, after + 100);
      return respond(200, {
        data: {
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: after + 100 < all.length, endCursor: String(after + page.length) },
                nodes: page.map((t) => ({
                  id: t.id,
                  isResolved: t.isResolved,
                  comments: { nodes: [{ databaseId: t.commentId }] },
                })),
              },
            },
          },
        },
      });
    }
    return respond(200, {
      errors: [
        { message: 'the stand-in answers viewer { login }, reviewThreads and resolveReviewThread only' },
      ],
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.timeOrigin + performance.now();
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body,
        at,
        status: 0,
      };
      requests.push(record);
      const respond = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        send(res, status, payload, headers);
      };

      const fault = faults.find(
        (f) =>
          f.left > 0 && (!f.method || f.method === record.method) && (!f.path || f.path.test(record.path)),
      );
      if (fault) {
        fault.left--;
        const retryAfter = String(fault.retryAfter ?? 1);
        if (fault.kind === 'secondary-rate-limit') {
          return respond(
            403,
            {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
              documentation_url:
                'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
              status: '403',
            },
            { 'retry-after': retryAfter },
          );
        }
        if (fault.kind === 'rate-limit-429') {
          return respond(
            429,
            { message: 'You have exceeded a secondary rate limit.', status: '429' },
            { 'retry-after': retryAfter },
          );
        }
        if (fault.kind === 'missing-permission') {
          return respond(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
            status: '403',
          });
        }
        // A 5xx says when to come back only when the fault says so (GitHub's own 502s usually do not).
        return respond(
          fault.status ?? 502,
          { message: 'Server Error' },
          fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
        );
      }

      const token = /^(?:token|Bearer) (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token) {
        return respond(401, { message: 'Requires authentication', status: '401' });
      }
      const identity = options.identities?.[token] ?? BOT;
      const forbidden = () =>
        respond(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
          status: '403',
        });

      if (req.method === 'POST' && url.pathname === '/graphql') {
        const query = (body as { query?: unknown } | null)?.query;
        if (typeof query === 'string' && /\bviewer\s*\{\s*login\s*\}/.test(query)) {
          return respond(200, { data: { viewer: { login: identity.login } } });
        }
        return graphql((body ?? {}) as { query?: unknown; variables?: Record<string, unknown> }, respond);
      }
      if (req.method === 'GET' && url.pathname === '/user') {
        // An installation token (GITHUB_TOKEN, a GitHub App) is not a user: GitHub answers 403.
        if (identity.type === 'Bot') return forbidden();
        return respond(200, { login: identity.login, id: identity.id, type: identity.type });
      }

      const segments = url.pathname.split('/').filter(Boolean);
      if (segments[0] !== 'repos' || `${segments[1]}/${segments[2]}` !== repository) {
        return respond(404, { message: 'Not Found' });
      }
      const tail = segments.slice(3);
      const method = req.method ?? 'GET';

      if (method === 'GET' && tail[0] === 'pulls' && tail[2] === 'files' && tail.length === 3) {
        const files = pullFiles.get(Number(tail[1]));
        if (!files) return respond(404, { message: 'Not Found' });
        record.status = 200;
        return sendPage(
          req,
          res,
          url,
          files.slice(0, FILE_LIMIT).map((f, i) => ({
            sha: i.toString(16).padStart(40, '0'),
            additions: 1,
            deletions: 0,
            changes: 1,
            ...f,
          })),
        );
      }
      if (tail[0] === 'issues' && tail[2] === 'comments' && tail.length === 3) {
        const issue = Number(tail[1]);
        if (method === 'GET') {
          record.status = 200;
          return sendPage(req, res, url, comments.get(issue) ?? []);
        }
        if (method === 'POST') {
          const text = (body as { body?: unknown } | null)?.body;
          if (typeof text !== 'string') return respond(422, { message: 'Validation Failed' });
          if (text.length > MAX_BODY) {
            return respond(422, {
              message: 'Validation Failed',
              errors: [
                { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' },
              ],
            });
          }
          return respond(201, newComment(issue, text, identity));
        }
      }
      if (tail[0] === 'issues' && tail[1] === 'comments' && tail.length === 3) {
        const found = findComment(Number(tail[2]));
        if (!found) return respond(404, { message: 'Not Found' });
        // Only its author may change a comment (a repository admin's token aside, which the action never has).
        if ((method === 'PATCH' || method === 'DELETE') && found.comment.user.login !== identity.login) {
          return forbidden();
        }
        if (method === 'PATCH') {
          const text = (body as { body?: unknown } | null)?.body;
          if (typeof text !== 'string') return respond(422, { message: 'Validation Failed' });
          if (text.length > MAX_BODY) return respond(422, { message: 'Validation Failed' });
          found.comment.body = text;
          found.comment.updated_at = new Date().toISOString();
          return respond(200, found.comment);
        }
        if (method === 'DELETE') {
          comments.set(
            found.issue,
            comments.get(found.issue)!.filter((c) => c.id !== found.comment.id),
          );
          return respond(204, null);
        }
        if (method === 'GET') return respond(200, found.comment);
      }
      if (tail[0] === 'pulls' && tail[2] === 'reviews' && tail.length === 3) {
        const pull = Number(tail[1]);
        if (!pullFiles.has(pull)) return respond(404, { message: 'Not Found' });
        if (method === 'POST')
          return createReview(pull, (body ?? {}) as Record<string, unknown>, respond, identity);
        if (method === 'GET') {
          record.status = 200;
          return sendPage(req, res, url, reviews.get(pull) ?? []);
        }
      }
      if (method === 'GET' && tail[0] === 'pulls' && tail[2] === 'comments' && tail.length === 3) {
        const pull = Number(tail[1]);
        if (!pullFiles.has(pull)) return respond(404, { message: 'Not Found' });
        record.status = 200;
        return sendPage(req, res, url, reviewComments.get(pull) ?? []);
      }
      if (tail[0] === 'pulls' && tail[1] === 'comments' && tail.length === 3) {
        const comment = findReviewComment(Number(tail[2]));
        if (!comment) return respond(404, { message: 'Not Found' });
        if (method === 'GET') return respond(200, comment);
        // As on GitHub: only the identity that wrote a review comment may edit or delete it.
        if ((method === 'PATCH' || method === 'DELETE') && comment.user.login !== identity.login)
          return forbidden();
        if (method === 'PATCH') {
          const text = (body as { body?: unknown } | null)?.body;
          if (typeof text !== 'string' || text === '') return unprocessable(respond, 'Body is required');
          if (text.length > MAX_BODY)
            return unprocessable(respond, 'body is too long (maximum is 65536 characters)');
          comment.body = text;
          comment.updated_at = new Date().toISOString();
          return respond(200, comment);
        }
        if (method === 'DELETE') {
          for (const [pull, list] of reviewComments)
            reviewComments.set(
              pull,
              list.filter((c) => c.id !== comment.id),
            );
          return respond(204, null);
        }
      }
      return respond(404, { message: 'Not Found' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    setPullFiles(pull, files) {
      pullFiles.set(pull, files);
    },
    comments(issue) {
      return [...(comments.get(issue) ?? [])];
    },
    addComment(issue, body, user = { login: 'octocat', id: 1, type: 'User' }) {
      return newComment(issue, body, user);
    },
    editComment(id, body) {
      const found = findComment(id);
      if (found) found.comment.body = body;
    },
    deleteComment(id) {
      const found = findComment(id);
      if (found)
        comments.set(
          found.issue,
          comments.get(found.issue)!.filter((c) => c.id !== id),
        );
    },
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    setPullHead(pull, sha, files) {
      const previous = heads.get(pull);
      heads.set(pull, { sha, ...(files ? { files } : {}) });
      if (!previous?.files || !files || previous.sha === sha) return;
      // GitHub keeps a comment on the new head when the lines it covers read the same there; else it is outdated.
      for (const comment of reviewComments.get(pull) ?? []) {
        if (comment.line === null || comment.side !== 'RIGHT') continue;
        const from = comment.start_line ?? comment.line;
        const before = previous.files[comment.path]?.split('\n').slice(from - 1, comment.line);
        const after = files[comment.path]?.split('\n').slice(from - 1, comment.line);
        if (!before || !after || before.join('\n') !== after.join('\n')) {
          comment.line = null;
          comment.start_line = null;
          comment.position = null;
        }
      }
    },
    reviews(pull) {
      return [...(reviews.get(pull) ?? [])];
    },
    reviewComments(pull) {
      return [...(reviewComments.get(pull) ?? [])];
    },
    addReviewComment(pull, { path, line, body, user = { login: 'octocat', id: 1, type: 'User' } }) {
      return addReviewComment(pull, {
        reviewId: nextId++,
        hunk: '',
        path,
        commitId: heads.get(pull)?.sha ?? '0'.repeat(40),
        user,
        body,
        association: 'CONTRIBUTOR',
        line,
        start: null,
        side: 'RIGHT',
        startSide: null,
      });
    },
    threads(pull) {
      return [...(threads.get(pull) ?? [])];
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
