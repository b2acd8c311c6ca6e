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
        return respond(200, { errors: [{ message: 'the stand-in answers only viewer { login }' }] });
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
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
