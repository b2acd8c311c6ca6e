// Suggested changes end to end: the bundled action on a pull request that widens three statements (YAML block style
// with comments, YAML flow style with a hostile comment, a policy JSON file) posts one review through the GitHub
// REST stand-in; each suggestion, applied as GitHub applies it, gives files the CLI reads with smaller grants and a
// check that passes. Re-runs update instead of adding; fixed findings are resolved; no permission or a fork falls
// back to the sticky comment; what cannot be an exact suggestion is pasted there.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { parseSuggestionMarker } from '../../src/report/review.js';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import type { TempRepo } from '../cli/e2e-support.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import type { RunningLocalIam } from '../support/local-iam.js';
import { applySuggestion, suggestionBlock } from '../support/suggestions.js';
import {
  BLOCK_HEAD,
  FILES,
  FLOW_HEAD,
  JSON_BASE,
  JSON_HEAD,
  type ReviewFixture,
  reviewFixture,
} from './review-fixture.js';

let fx: ReviewFixture;
let iam: RunningLocalIam;
let gh: GitHubStandIn;
let repo: TempRepo;
let baseSha: string;
let headSha: string;
const pullFiles = (from: string, to: string) => fx.pullFiles(from, to);
const headFiles = (sha: string) => fx.headFiles(sha);

function run(
  pull: number,
  head: string,
  extra: { inputs?: Record<string, string>; fork?: boolean; noAws?: boolean } = {},
) {
  repo.git('checkout', '-q', '--detach', head);
  return runAction({
    repo,
    apiUrl: gh.url,
    event: 'pull_request',
    payload: pullRequestPayload(pull, baseSha, head, extra.fork ? 'someone/fork' : REPOSITORY),
    sha: head,
    env: extra.noAws ? {} : { ...iam.env },
    ...(extra.inputs ? { inputs: extra.inputs } : {}),
  });
}

beforeAll(async () => {
  fx = await reviewFixture('iug-review-e2e-');
  ({ iam, gh, repo, baseSha, headSha } = fx);
  for (const pull of [7, 8, 9]) fx.openPull(pull, headSha);
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe('a pull request from this repository', () => {
  let first: Awaited<ReturnType<typeof run>>;
  const byPath = (path: string) => gh.reviewComments(7).find((c) => c.path === path)!;

  beforeAll(async () => {
    first = await run(7, headSha);
  });

  it('posts one review with one suggested change per widened statement, on the head commit', () => {
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const reviews = gh.reviews(7);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: headSha });
    const posted = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls/7/reviews'));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ commit_id: headSha, event: 'COMMENT' });
    expect(
      gh
        .reviewComments(7)
        .map((c) => c.path)
        .sort(),
    ).toEqual(['infra/app.yaml', 'infra/flow.yaml', 'policies/reader.json']);
  });

  it('YAML block style: the two dynamodb lines (and the comment between them) go, the s3 line keeps its comment', () => {
    const comment = byPath('infra/app.yaml');
    const lines = BLOCK_HEAD.split('\n');
    const first = lines.indexOf('                  - dynamodb:GetItem') + 1;
    expect(comment).toMatchObject({ side: 'RIGHT', start_side: 'RIGHT', start_line: first, line: first + 2 });
    expect(suggestionBlock(comment.body)).toEqual([]);
    expect(comment.body).toContain('widened-unused-service');
    const applied = applySuggestion(BLOCK_HEAD, comment);
    expect(applied).toContain(
      '                  - s3:GetObject # the reports bucket\n                Resource',
    );
    expect(applied).not.toContain('dynamodb');
  });

  it('YAML flow style: one line, the list stays a flow list with its quoting and the hostile comment', () => {
    const comment = byPath('infra/flow.yaml');
    const line = FLOW_HEAD.split('\n').findIndex((l) => l.includes('Action: [')) + 1;
    expect(comment).toMatchObject({ side: 'RIGHT', line, start_line: null, start_side: null });
    expect(suggestionBlock(comment.body)).toEqual([
      '                Action: [s3:GetObject] # queue ``` and bucket',
    ]);
    // The file's triple backticks cannot close the block: its fence is longer.
    expect(comment.body).toMatch(/^````suggestion$/m);
  });

  it('policy JSON: the removed last item takes its comma with it, the 4-space indent stays', () => {
    const comment = byPath('policies/reader.json');
    const lines = JSON_HEAD.split('\n');
    const deleteLine = lines.indexOf('                "s3:DeleteBucket"') + 1;
    expect(comment).toMatchObject({ side: 'RIGHT', start_line: deleteLine - 1, line: deleteLine });
    expect(suggestionBlock(comment.body)).toEqual(['                "s3:ListBucket"']);
    expect(applySuggestion(JSON_HEAD, comment)).toBe(JSON_BASE);
    expect(comment.body).toContain('widened-unused-action');
  });

  it('the sticky comment links the suggestions and carries the Fn::If edit to paste, with the reason', () => {
    const sticky = gh.comments(7).find((c) => c.body.startsWith(COMMENT_MARKER))!;
    expect(sticky.body).toContain('Least-privilege edits (');
    expect(sticky.body).toMatch(
      /✏️ `infra\/app\.yaml` \[line \d+\]\([^)]+\) · role `AppRole`: a \[suggested change in the review\]\(https:\/\/github\.com\//,
    );
    expect(sticky.body).toMatch(
      /📋 `infra\/cond\.yaml` \[line \d+\]\([^)]+\) · role `CondRole`: set the statement's Action list to what was used\. Not a suggested change: the Action element is built with Fn::If\./,
    );
    expect(sticky.body).toContain('"Action": ["s3:GetObject"]');
  });

  it('applied as GitHub applies them, the suggestions give files the CLI reads with smaller grants, and the check passes', async () => {
    repo.git('checkout', '-q', '--detach', headSha);
    for (const path of ['infra/app.yaml', 'infra/flow.yaml', 'policies/reader.json']) {
      repo.write(path, applySuggestion(repo.git('show', `${headSha}:${path}`), byPath(path)));
    }
    const grants = await repo.run([
      'grants',
      'infra/app.yaml',
      'infra/flow.yaml',
      'policies/reader.json',
      '--format',
      'json',
    ]);
    expect(grants.code, grants.stderr).toBe(0);
    const entities = JSON.parse(grants.stdout).entities as { id: string; actions: string[] }[];
    const actions = (id: string) => entities.find((e) => e.id === id)!.actions;
    expect(actions('AppRole')).toEqual(['s3:GetObject']);
    expect(actions('FlowRole')).toEqual(['s3:GetObject']);
    expect(actions('reader')).toEqual(['logs:PutLogEvents', 's3:GetObject', 's3:ListBucket']);
    const check = await repo.run(
      [
        'check',
        'infra/app.yaml',
        'infra/flow.yaml',
        'policies/reader.json',
        '--base',
        baseSha,
        '--format',
        'json',
      ],
      iam.env,
    );
    const report = JSON.parse(check.stdout) as { findings: { rule: string }[] };
    expect(report.findings.filter((f) => f.rule.startsWith('widened-'))).toEqual([]);
    expect(check.code, check.stdout).toBe(0);
    repo.git('checkout', '-q', '--', '.');
  });

  it('a re-run on the same head changes nothing: no second review, no new comment, no edit', async () => {
    const before = gh.reviewComments(7).map((c) => ({ id: c.id, body: c.body }));
    const writes = () => gh.requests.filter((r) => r.method !== 'GET' && r.path.includes('/pulls/')).length;
    const writesBefore = writes();
    const second = await run(7, headSha);
    expect(second.code).toBe(1);
    expect(gh.reviews(7)).toHaveLength(1);
    expect(gh.reviewComments(7).map((c) => ({ id: c.id, body: c.body }))).toEqual(before);
    expect(writes()).toBe(writesBefore);
  });

  it('after the suggestions are committed, the earlier comments say resolved and their threads are resolved', async () => {
    repo.git('checkout', '-q', '--detach', headSha);
    for (const path of ['infra/app.yaml', 'infra/flow.yaml', 'policies/reader.json']) {
      repo.write(path, applySuggestion(repo.git('show', `${headSha}:${path}`), byPath(path)));
    }
    repo.commit('Apply suggestions from code review');
    const fixedSha = repo.git('rev-parse', 'HEAD').trim();
    gh.setPullFiles(7, pullFiles(baseSha, fixedSha));
    gh.setPullHead(7, fixedSha, headFiles(fixedSha));
    const third = await run(7, fixedSha);
    expect(gh.reviews(7)).toHaveLength(1);
    for (const comment of gh.reviewComments(7)) {
      expect(parseSuggestionMarker(comment.body)?.state).toBe('resolved');
      expect(suggestionBlock(comment.body)).toBeNull();
    }
    expect(gh.threads(7).every((t) => t.isResolved)).toBe(true);
    // The Fn::If statement still widens cond-role: the run still blocks on it, and says so in the comment.
    expect(third.code).toBe(1);
  });
});

describe('a push that moves the lines', () => {
  it('posts the suggestions again on the new lines and marks the earlier ones superseded and resolved', async () => {
    gh.setPullFiles(11, pullFiles(baseSha, headSha));
    gh.setPullHead(11, headSha, headFiles(headSha));
    await run(11, headSha);
    expect(gh.reviewComments(11)).toHaveLength(3);
    repo.git('checkout', '-q', '--detach', headSha);
    for (const path of ['infra/app.yaml', 'infra/flow.yaml']) {
      repo.write(path, `# owned by the platform team\n${repo.git('show', `${headSha}:${path}`)}`);
    }
    repo.write('policies/reader.json', JSON_HEAD.replace('{\n', '{\n    "Id": "reader",\n'));
    repo.commit('move lines');
    const movedSha = repo.git('rev-parse', 'HEAD').trim();
    gh.setPullFiles(11, pullFiles(baseSha, movedSha));
    gh.setPullHead(11, movedSha, headFiles(movedSha));
    await run(11, movedSha);
    expect(gh.reviews(11)).toHaveLength(2);
    const comments = gh.reviewComments(11);
    const open = comments.filter((c) => parseSuggestionMarker(c.body)?.state === 'open');
    const resolved = comments.filter((c) => parseSuggestionMarker(c.body)?.state === 'resolved');
    expect(open.map((c) => c.path).sort()).toEqual([
      'infra/app.yaml',
      'infra/flow.yaml',
      'policies/reader.json',
    ]);
    expect(open.every((c) => c.commit_id === movedSha && c.line !== null)).toBe(true);
    expect(resolved).toHaveLength(3);
    expect(resolved.every((c) => /a newer comment has the current one/.test(c.body))).toBe(true);
    const threads = gh.threads(11);
    expect(
      threads
        .filter((t) => t.isResolved)
        .map((t) => t.commentId)
        .sort(),
    ).toEqual(resolved.map((c) => c.id).sort());
    // Each open suggestion still applies to the moved file as GitHub applies it.
    const flow = open.find((c) => c.path === 'infra/flow.yaml')!;
    expect(applySuggestion(repo.git('show', `${movedSha}:infra/flow.yaml`), flow)).toContain(
      'Action: [s3:GetObject] # queue',
    );
  });
});

describe('runs that cannot judge, and a change that drops every widening', () => {
  it('a run without usage data leaves the suggestions open; one that finds nothing left resolves them all', async () => {
    gh.setPullFiles(13, pullFiles(baseSha, headSha));
    gh.setPullHead(13, headSha, headFiles(headSha));
    await run(13, headSha);
    expect(gh.reviewComments(13)).toHaveLength(3);
    const blind = await run(13, headSha, { noAws: true });
    expect(blind.code).toBe(0);
    expect(gh.reviewComments(13).every((c) => parseSuggestionMarker(c.body)?.state === 'open')).toBe(true);
    // The author reverts the widenings by hand: no edit is left at all, and every earlier suggestion is resolved.
    repo.git('checkout', '-q', '--detach', headSha);
    for (const [file, [base]] of Object.entries(FILES)) repo.write(file, base);
    repo.write('infra/note.txt', 'reverted\n');
    repo.commit('revert the widenings');
    const reverted = repo.git('rev-parse', 'HEAD').trim();
    gh.setPullFiles(13, pullFiles(baseSha, reverted));
    gh.setPullHead(13, reverted, headFiles(reverted));
    const clean = await run(13, reverted);
    expect(clean.code, clean.stdout).toBe(0);
    expect(gh.reviews(13)).toHaveLength(1);
    expect(gh.reviewComments(13).every((c) => parseSuggestionMarker(c.body)?.state === 'resolved')).toBe(
      true,
    );
    expect(gh.threads(13).every((t) => t.isResolved)).toBe(true);
  });
});

describe('hostile comments', () => {
  it("a person's comment that copies our marker (and the statement's key) is never edited or resolved", async () => {
    gh.setPullFiles(12, pullFiles(baseSha, headSha));
    gh.setPullHead(12, headSha, headFiles(headSha));
    const key = createHash('sha256')
      .update('infra/flow.yaml\nResources.FlowRole.Properties.Policies[0].PolicyDocument.Statement[0]')
      .digest('hex')
      .slice(0, 16);
    const forged = `<!-- iam-usage-guard:suggestion ${key} open -->\nI approve everything\n\n\`\`\`suggestion\n                Action: '*'\n\`\`\`\n`;
    const line = FLOW_HEAD.split('\n').findIndex((l) => l.includes('Action: [')) + 1;
    const mine = gh.addReviewComment(12, { path: 'infra/flow.yaml', line, body: forged });
    await run(12, headSha);
    const after = gh.reviewComments(12);
    expect(after.find((c) => c.id === mine.id)?.body).toBe(forged);
    expect(gh.threads(12).find((t) => t.commentId === mine.id)?.isResolved).toBe(false);
    // The bot posts its own suggestion beside it.
    expect(after.filter((c) => c.user.type === 'Bot' && c.path === 'infra/flow.yaml')).toHaveLength(1);
    expect(
      gh.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/pulls/comments/${mine.id}`)),
    ).toBe(false);
  });
});

describe('without review permission', () => {
  it('a refused review (HTTP 403) puts the edits in the sticky comment, with the reason', async () => {
    gh.fail({ kind: 'missing-permission', method: 'POST', path: /\/pulls\/8\/reviews$/ });
    const result = await run(8, headSha);
    expect(result.code).toBe(1);
    expect(gh.reviews(8)).toHaveLength(0);
    const sticky = gh.comments(8).find((c) => c.body.startsWith(COMMENT_MARKER))!;
    expect(sticky.body).toContain('this token cannot write pull request reviews \\(HTTP 403\\)');
    expect(sticky.body).toMatch(
      /📋 `infra\/flow\.yaml` \[line \d+\]\([^)]+\) · role `FlowRole`: set the statement's Action list/,
    );
    expect(sticky.body).toContain('"Action": ["s3:GetObject"]');
    expect(
      result.annotations.some((a) => a.level === 'warning' && /Suggested changes not posted/.test(a.message)),
    ).toBe(true);
  });

  it('a fork pull request never asks for a review: the edits are in the sticky comment', async () => {
    const result = await run(9, headSha, { fork: true });
    expect(gh.requests.some((r) => r.path.endsWith('/pulls/9/reviews'))).toBe(false);
    // No AWS credentials on a fork: no usage data, so no edits at all; the comment says why.
    expect(result.code).toBe(0);
    expect(gh.comments(9)[0]?.body ?? '').not.toContain('suggested change in the review');
  });

  it('`suggestions: comment` keeps the review out even with permission', async () => {
    gh.setPullFiles(10, pullFiles(baseSha, headSha));
    gh.setPullHead(10, headSha, headFiles(headSha));
    const result = await run(10, headSha, { inputs: { suggestions: 'comment' } });
    expect(result.code).toBe(1);
    expect(gh.reviews(10)).toHaveLength(0);
    const sticky = gh.comments(10).find((c) => c.body.startsWith(COMMENT_MARKER))!;
    expect(sticky.body).toContain('review suggestions are off for this run');
  });
});
