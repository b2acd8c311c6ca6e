// Least-privilege edits as a pull request review: one suggested change per statement that a widening finding names,
// on the lines of the pull request's head. A re-run edits its own earlier comments instead of adding more, and
// resolves the ones whose finding is gone. What cannot be an exact suggestion goes to the sticky comment instead.
import { createHash } from 'node:crypto';
import { commitFiles, ensureCommit } from '../change/revisions.js';
import { errorMessage } from '../errors.js';
import { editStatement } from '../fix/edit.js';
import { lineSuggestion } from '../fix/suggestion.js';
import type { ScanResult } from '../pipeline.js';
import { entityKey } from '../policy/model.js';
import type { EditNote } from '../report/markdown.js';
import {
  parseSuggestionMarker,
  renderResolvedComment,
  renderReviewBody,
  renderSuggestionComment,
  SUGGESTION_MARKER,
  suggestableLines,
} from '../report/review.js';
import type { Finding } from '../rules/model.js';
import type { StatementEdit } from '../rules/statement-plan.js';
import { ourComments } from './comment.js';
import type { EventScope } from './event.js';
import type { ActionInputs } from './inputs.js';
import { type GitHubClient, httpStatus } from './octokit.js';
import type { ActionLog } from './runtime.js';

export type SuggestionMode = 'review' | 'comment' | 'off';

export interface ReviewTarget {
  owner: string;
  repo: string;
  pull_number: number;
  /** The pull request's head commit: the lines of every comment are lines of the files there. */
  headSha: string;
  /** Each changed file's diff as GitHub lists it; null when the list could not be had. */
  patches: ReadonlyMap<string, string | null> | null;
  /** A file's text at `headSha`, or null. */
  readHead(file: string): Promise<string | null>;
  runUrl?: string;
  log(message: string): void;
  warn(message: string): void;
}

interface Wanted {
  key: string;
  edit: StatementEdit;
  comment: {
    path: string;
    line: number;
    start_line?: number;
    side: 'RIGHT';
    start_side?: 'RIGHT';
    body: string;
  };
}

const WIDENING = new Set(['widened-unused-service', 'widened-unused-action']);

/** The findings an edit answers: a widening of one of its entities that it takes away. */
function answered(edit: StatementEdit, findings: Finding[]): Finding[] {
  const removed = new Set(edit.removed.map((a) => a.toLowerCase()));
  const services = new Set(edit.removed.map((a) => a.slice(0, a.indexOf(':')).toLowerCase()));
  return findings.filter(
    (f) =>
      WIDENING.has(f.rule) &&
      edit.entities.some((e) => e.id === f.entity.id && e.kind === f.entity.kind) &&
      (f.action ? removed.has(f.action.toLowerCase()) : f.service !== null && services.has(f.service)),
  );
}

/** The key in a suggestion comment's marker: the statement's file and path. */
function keyOf(at: { file: string; path: string }): string {
  return createHash('sha256').update(`${at.file}\n${at.path}`).digest('hex').slice(0, 16);
}

/** Right-side line ranges of a GitHub `patch` (its `@@ -a,b +c,d @@` hunks). */
export function hunkRanges(patch: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}

/** The review comment for one edit, or why it must be pasted from the sticky comment instead. */
async function wantedComment(
  edit: StatementEdit,
  findings: Finding[],
  target: ReviewTarget,
): Promise<Wanted | string> {
  if (edit.manual) return edit.manual;
  if (!target.patches) return "GitHub's list of the pull request's files (and their diffs) could not be had";
  const patch = target.patches.get(edit.file);
  if (patch === undefined) return 'the file is not among the files this pull request changes';
  if (patch === null)
    return 'GitHub shows no diff for the file (too large), so no line of it can take a suggestion';
  const text = await target.readHead(edit.file);
  if (text === null) return "the file could not be read at the pull request's head commit";
  if (text.includes('\r')) return 'the file has CR line ends, which a suggestion could not keep';
  const outcome = editStatement(edit.file, text, edit);
  if (!outcome.ok) return outcome.reason;
  const lines = lineSuggestion(text, outcome.edit);
  if (!suggestableLines(lines.lines)) return 'the lines hold control or bidirectional characters';
  const inHunk = hunkRanges(patch).some((h) => h.start <= lines.startLine && lines.endLine <= h.end);
  if (!inHunk) {
    return `lines ${lines.startLine}–${lines.endLine} are not all in the diff GitHub shows, and a suggestion can only change lines there`;
  }
  const key = keyOf(edit);
  const body = renderSuggestionComment({ key, edit, findings, lines: lines.lines });
  return {
    key,
    edit,
    comment: {
      path: edit.file,
      line: lines.endLine,
      ...(lines.startLine < lines.endLine
        ? { start_line: lines.startLine, start_side: 'RIGHT' as const }
        : {}),
      side: 'RIGHT',
      body,
    },
  };
}

/** Why an edit could not be exact whatever the mode (generated file, NotAction, an intrinsic), or null. */
async function inexact(edit: StatementEdit, target: ReviewTarget): Promise<string | null> {
  if (edit.manual) return edit.manual;
  const text = await target.readHead(edit.file);
  if (text === null) return null;
  const outcome = editStatement(edit.file, text, edit);
  return outcome.ok ? null : outcome.reason;
}

type ReviewComment = Awaited<ReturnType<GitHubClient['rest']['pulls']['listReviewComments']>>['data'][number];

const COMMENT_MODE = 'review suggestions are off for this run (`suggestions: comment`)';

/**
 * Posts, updates and resolves the review comments; returns where each edit of the scan is shown. `mode: comment`
 * (a fork's read-only token, no repository to name) or a refused review puts every edit in the sticky comment;
 * `why` says why there.
 */
export async function publishSuggestions(
  octokit: GitHubClient,
  target: ReviewTarget,
  result: Judged,
  mode: Exclude<SuggestionMode, 'off'>,
  why: string = COMMENT_MODE,
): Promise<EditNote[]> {
  const notes = new Map<StatementEdit, EditNote>();
  const wanted: Wanted[] = [];
  for (const edit of result.edits) {
    const findings = answered(edit, result.findings);
    if (findings.length === 0) {
      // Not a widening of this change: listed to paste, with what keeps it from being a suggestion anyway.
      notes.set(edit, { edit, where: 'comment', reason: edit.manual });
      continue;
    }
    if (mode === 'comment') {
      // What keeps an edit from being a suggestion in any case (an Fn::If) says more than the mode.
      notes.set(edit, { edit, where: 'comment', reason: (await inexact(edit, target)) ?? why });
      continue;
    }
    const outcome = await wantedComment(edit, findings, target);
    if (typeof outcome === 'string') notes.set(edit, { edit, where: 'comment', reason: outcome });
    else wanted.push(outcome);
  }
  if (mode === 'review' && (wanted.length > 0 || !result.usageUnavailable)) {
    await syncReview(octokit, target, wanted, notes, unjudgedStatements(result));
  }
  return result.edits.map((edit) => notes.get(edit)!);
}

/** What the run saw: its edits and findings, and which entities it had usage data for. */
export type Judged = Pick<
  ScanResult,
  'edits' | 'findings' | 'entities' | 'usage' | 'touched' | 'usageUnavailable'
>;

/**
 * Keys of the statements this run could not judge: held by a changed entity without usage data (denied, throttled,
 * no report). An earlier suggestion there is left as it is: its finding is not known to be gone.
 */
function unjudgedStatements(result: Judged): Set<string> {
  const keys = new Set<string>();
  const touched = new Set(result.touched);
  for (const { entity } of result.entities) {
    const key = entityKey(entity);
    if (!touched.has(key) || result.usage.get(key)?.report) continue;
    for (const statement of entity.statements) keys.add(keyOf(statement.location));
  }
  return keys;
}

async function syncReview(
  octokit: GitHubClient,
  target: ReviewTarget,
  wanted: Wanted[],
  notes: Map<StatementEdit, EditNote>,
  unjudged: ReadonlySet<string>,
): Promise<void> {
  const pull = { owner: target.owner, repo: target.repo, pull_number: target.pull_number };
  let existing: ReviewComment[];
  try {
    const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pull, per_page: 100 });
    existing = await ourComments(octokit, all, SUGGESTION_MARKER);
  } catch (error) {
    return refuse(target, wanted, notes, error, 'list the review comments');
  }
  const open = existing.filter((c) => parseSuggestionMarker(c.body)?.state === 'open');
  const kept = new Set<ReviewComment>();
  const toPost: Wanted[] = [];
  for (const want of wanted) {
    const same = open.find(
      (c) =>
        !kept.has(c) &&
        parseSuggestionMarker(c.body)?.key === want.key &&
        c.path === want.comment.path &&
        c.line === want.comment.line &&
        (c.start_line ?? null) === (want.comment.start_line ?? null),
    );
    if (!same) {
      toPost.push(want);
      continue;
    }
    kept.add(same);
    notes.set(want.edit, { edit: want.edit, where: 'review', reason: null, url: same.html_url });
    if (same.body !== want.comment.body) {
      await octokit.rest.pulls
        .updateReviewComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: same.id,
          body: want.comment.body,
        })
        .catch((error: unknown) =>
          target.warn(`Could not update review comment ${same.id}: ${errorMessage(error)}`),
        );
    }
  }
  if (toPost.length > 0) {
    try {
      const review = await octokit.rest.pulls.createReview({
        ...pull,
        commit_id: target.headSha,
        event: 'COMMENT',
        body: renderReviewBody(toPost.length, target.runUrl),
        comments: toPost.map((w) => w.comment),
      });
      target.log(`Review ${review.data.id}: ${toPost.length} suggested change(s).`);
      for (const want of toPost) {
        notes.set(want.edit, { edit: want.edit, where: 'review', reason: null, url: review.data.html_url });
      }
    } catch (error) {
      refuse(target, toPost, notes, error, 'create the review');
    }
  }
  const wantedKeys = new Set(wanted.map((w) => w.key));
  const gone = open.filter((c) => !kept.has(c) && !unjudged.has(parseSuggestionMarker(c.body)!.key));
  for (const comment of gone) {
    const key = parseSuggestionMarker(comment.body)!.key;
    await octokit.rest.pulls
      .updateReviewComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
        body: renderResolvedComment(key, wantedKeys.has(key)),
      })
      .catch((error: unknown) =>
        target.warn(`Could not update review comment ${comment.id}: ${errorMessage(error)}`),
      );
  }
  if (gone.length > 0)
    await resolveThreads(
      octokit,
      target,
      gone.map((c) => c.id),
    );
}

/** Without a review, the edits go to the sticky comment; the reason says why (a fork's token, a refusal). */
function refuse(
  target: ReviewTarget,
  wanted: Wanted[],
  notes: Map<StatementEdit, EditNote>,
  error: unknown,
  what: string,
): void {
  const status = httpStatus(error);
  const reason =
    status === 403 || status === 401 || status === 404
      ? `this token cannot write pull request reviews (HTTP ${status}); give the job \`permissions: pull-requests: write\``
      : `GitHub refused to ${what} (${errorMessage(error)})`;
  target.warn(`Suggested changes not posted: ${reason}. The summary comment lists the edits to paste.`);
  for (const want of wanted) notes.set(want.edit, { edit: want.edit, where: 'comment', reason });
}

const THREADS = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[];
      };
    } | null;
  } | null;
}

/**
 * Resolves the threads our outdated comments start. REST cannot resolve a thread; GraphQL's `resolveReviewThread`
 * can, with the same token. Best effort: the edited body already says the suggestion is gone.
 */
async function resolveThreads(
  octokit: GitHubClient,
  target: ReviewTarget,
  commentIds: number[],
): Promise<void> {
  const wanted = new Set(commentIds);
  try {
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: ThreadsPage = await octokit.graphql<ThreadsPage>(THREADS, {
        owner: target.owner,
        repo: target.repo,
        number: target.pull_number,
        cursor,
      });
      const threads = data.repository?.pullRequest?.reviewThreads;
      if (!threads) return;
      for (const thread of threads.nodes) {
        const first = thread.comments.nodes[0]?.databaseId;
        if (thread.isResolved || first == null || !wanted.has(first)) continue;
        await octokit.graphql(RESOLVE, { threadId: thread.id });
      }
      if (!threads.pageInfo.hasNextPage) return;
      cursor = threads.pageInfo.endCursor;
    }
  } catch (error) {
    target.log(`Could not resolve outdated suggestion threads: ${errorMessage(error)}`);
  }
}

/** The repository to review in; without one (the runner cannot name it), the edits go to the sticky comment. */
function reviewRepo(
  run: ReviewRun,
  chosen: Exclude<SuggestionMode, 'off'>,
): { repo: { owner: string; repo: string }; mode: Exclude<SuggestionMode, 'off'>; why?: string } {
  const why =
    run.inputs.suggestions === null && run.scope.fork
      ? "a fork's token cannot write pull request reviews"
      : undefined;
  try {
    return { repo: run.repo(), mode: chosen, ...(why ? { why } : {}) };
  } catch (error) {
    const reason = `the repository cannot be named for a review (${errorMessage(error)})`;
    if (chosen === 'review') {
      run.log.warning(
        `Suggested changes not posted: ${reason}. The summary comment lists the edits to paste.`,
      );
    }
    return {
      repo: { owner: '', repo: '' },
      mode: 'comment',
      why: chosen === 'review' ? reason : (why ?? COMMENT_MODE),
    };
  }
}

/** What the action's run gives the review: its GitHub client and repository, the pull request, the checkout, the log. */
export interface ReviewRun {
  octokit: GitHubClient;
  /** The repository the event is about; throws when the runner cannot name it. */
  repo: () => { owner: string; repo: string };
  scope: Extract<EventScope, { kind: 'pull_request' }>;
  inputs: Pick<ActionInputs, 'suggestions'>;
  log: ActionLog;
  /** The checkout: where git reads the head commit's files. */
  cwd: string;
}

/** The action's call: the mode for this pull request, the head commit's files, and the run's log. */
export async function reviewSuggestions(
  run: ReviewRun,
  result: Judged,
  options: { patches: ReadonlyMap<string, string | null> | null; runUrl?: string },
): Promise<EditNote[]> {
  const { scope, log, cwd } = run;
  // A fork's GITHUB_TOKEN is read-only: a review would be refused, so the edits go to the comment at once.
  const chosen = run.inputs.suggestions ?? (scope.fork ? 'comment' : 'review');
  if (chosen === 'off') return [];
  const { repo, mode, why } = reviewRepo(run, chosen);
  // The head commit's files (not the merge commit's): review comments name lines of the pull request's head.
  let head: Promise<Awaited<ReturnType<typeof commitFiles>> | null> | undefined;
  const readHead = async (file: string): Promise<string | null> => {
    head ??= ensureCommit(cwd, scope.headSha).then(
      () => commitFiles(cwd, scope.headSha),
      () => null,
    );
    const files = await head;
    return files ? files.read(file).catch(() => null) : null;
  };
  try {
    return await publishSuggestions(
      run.octokit,
      {
        ...repo,
        pull_number: scope.number,
        headSha: scope.headSha,
        patches: options.patches,
        readHead,
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        log: (message) => log.info(message),
        warn: (message) => log.warning(message),
      },
      result,
      mode,
      why,
    );
  } finally {
    (await head)?.close();
  }
}
