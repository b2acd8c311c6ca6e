// Suggested changes in process: run(runtime) with the real Octokit against the GitHub stand-in and the real AWS SDK
// against the local IAM endpoint, on the pull request of test/e2e/review-fixture.ts. The review client, the
// repository and the log all come through the runtime; the bundle runs the same paths in
// test/e2e/action-review.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { parseSuggestionMarker } from '../../src/report/review.js';
import { BLOCK_HEAD, FLOW_HEAD, type ReviewFixture, reviewFixture } from '../e2e/review-fixture.js';
import { roleArn } from '../support/local-iam.js';
import { applySuggestion, suggestionBlock } from '../support/suggestions.js';
import { type InProcessOptions, runInProcess } from './in-process.js';
import { pullRequestPayload, REPOSITORY } from './run-action.js';

const NOW = Date.now();
const ago = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const report = (name: string, services: Record<string, number>) => ({
  Arn: roleArn(name),
  CreateDate: ago(500),
  JobStatus: 'COMPLETED',
  JobType: 'SERVICE_LEVEL',
  JobCreationDate: ago(0),
  JobCompletionDate: ago(0),
  ServicesLastAccessed: Object.entries(services).map(([ns, days]) => ({
    ServiceName: ns,
    ServiceNamespace: ns,
    LastAuthenticated: ago(days),
  })),
});
/** The same usage as the local IAM endpoint's, as a snapshot committed at the base (a fork has no AWS credentials). */
const SNAPSHOT = JSON.stringify({
  version: 1,
  generatedAt: ago(0),
  reports: [
    report('app-role', { s3: 1, dynamodb: 200 }),
    report('flow-role', { s3: 2, sqs: 300 }),
    report('cond-role', { s3: 2, sqs: 300 }),
  ],
  accessKeys: [],
  policies: [],
  resources: [],
});

let fx: ReviewFixture;

beforeAll(async () => {
  fx = await reviewFixture('iug-review-in-process-', { 'usage.json': SNAPSHOT });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

function onPull(
  pull: number,
  head: string,
  extra: { fork?: boolean } & Partial<Omit<InProcessOptions, 'repo' | 'gh'>> = {},
) {
  const { fork, ...options } = extra;
  fx.repo.git('checkout', '-q', '--detach', head);
  return runInProcess({
    repo: fx.repo,
    gh: fx.gh,
    event: 'pull_request',
    payload: pullRequestPayload(pull, fx.baseSha, head, fork ? 'someone/fork' : REPOSITORY),
    sha: head,
    aws: fork ? {} : { ...fx.iam.env },
    ...options,
  });
}

const warnings = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
const sticky = (pull: number) =>
  fx.gh.comments(pull).find((c) => c.body.startsWith(COMMENT_MARKER))?.body ?? '';
const reviewRequests = (pull: number) =>
  fx.gh.requests.filter((r) => r.path.includes(`/pulls/${pull}/`) && r.path.endsWith('/reviews'));

describe('a pull request from this repository', () => {
  const pull = 401;
  const byPath = (path: string) => fx.gh.reviewComments(pull).find((c) => c.path === path)!;

  it('posts one review on the head commit, one suggestion per widened statement; the Fn::If edit is pasted', async () => {
    fx.openPull(pull, fx.headSha);
    const run = await onPull(pull, fx.headSha);
    expect(run.failed).toHaveLength(1);
    const reviews = fx.gh.reviews(pull);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: fx.headSha });
    expect(run.info).toContain(`Review ${reviews[0]!.id}: 3 suggested change(s).`);
    expect(
      fx.gh
        .reviewComments(pull)
        .map((c) => c.path)
        .sort(),
    ).toEqual(['infra/app.yaml', 'infra/flow.yaml', 'policies/reader.json']);

    const block = byPath('infra/app.yaml');
    const first = BLOCK_HEAD.split('\n').indexOf('                  - dynamodb:GetItem') + 1;
    expect(block).toMatchObject({ side: 'RIGHT', start_side: 'RIGHT', start_line: first, line: first + 2 });
    expect(applySuggestion(BLOCK_HEAD, block)).not.toContain('dynamodb');
    const flow = byPath('infra/flow.yaml');
    expect(flow.line).toBe(FLOW_HEAD.split('\n').findIndex((l) => l.includes('Action: [')) + 1);
    expect(suggestionBlock(flow.body)).toEqual([
      '                Action: [s3:GetObject] # queue ``` and bucket',
    ]);

    const body = sticky(pull);
    expect(body).toMatch(/✏️ `infra\/app\.yaml` \[line \d+\]\([^)]+\) · role `AppRole`: a \[suggested change/);
    expect(body).toMatch(
      /📋 `infra\/cond\.yaml` .*Not a suggested change: the Action element is built with Fn::If\./,
    );
    expect(run.summary).toContain('Least-privilege edits (');
  });

  it('a re-run on the same head writes nothing to the review', async () => {
    const before = fx.gh.reviewComments(pull).map((c) => ({ id: c.id, body: c.body }));
    const writes = () =>
      fx.gh.requests.filter((r) => r.method !== 'GET' && r.path.includes('/pulls/')).length;
    const writesBefore = writes();
    await onPull(pull, fx.headSha);
    expect(fx.gh.reviews(pull)).toHaveLength(1);
    expect(fx.gh.reviewComments(pull).map((c) => ({ id: c.id, body: c.body }))).toEqual(before);
    expect(writes()).toBe(writesBefore);
  });

  it('once the suggestions are committed, the comments say resolved and their threads are resolved', async () => {
    fx.repo.git('checkout', '-q', '--detach', fx.headSha);
    for (const path of ['infra/app.yaml', 'infra/flow.yaml', 'policies/reader.json']) {
      fx.repo.write(path, applySuggestion(fx.repo.git('show', `${fx.headSha}:${path}`), byPath(path)));
    }
    fx.repo.commit('Apply suggestions from code review');
    const fixed = fx.repo.git('rev-parse', 'HEAD').trim();
    fx.openPull(pull, fixed);
    const run = await onPull(pull, fixed);
    expect(fx.gh.reviews(pull)).toHaveLength(1);
    for (const comment of fx.gh.reviewComments(pull)) {
      expect(parseSuggestionMarker(comment.body)?.state).toBe('resolved');
      expect(suggestionBlock(comment.body)).toBeNull();
    }
    expect(fx.gh.threads(pull).every((t) => t.isResolved)).toBe(true);
    // The Fn::If statement still widens cond-role.
    expect(run.failed).toHaveLength(1);
  });
});

describe('where a review cannot be written, the edits go to the sticky comment with the reason', () => {
  it('a refused review (HTTP 403): a warning, and the reason in the comment', async () => {
    const pull = 402;
    fx.openPull(pull, fx.headSha);
    fx.gh.fail({ kind: 'missing-permission', method: 'POST', path: new RegExp(`/pulls/${pull}/reviews$`) });
    const run = await onPull(pull, fx.headSha);
    expect(fx.gh.reviews(pull)).toHaveLength(0);
    expect(warnings(run).some((w) => /^Suggested changes not posted: this token cannot write/.test(w))).toBe(
      true,
    );
    expect(sticky(pull)).toContain('this token cannot write pull request reviews \\(HTTP 403\\)');
    expect(sticky(pull)).toMatch(/📋 `infra\/flow\.yaml` \[line \d+\]\([^)]+\) · role `FlowRole`/);
  });

  it('`suggestions: comment`: no review request at all', async () => {
    const pull = 403;
    fx.openPull(pull, fx.headSha);
    await onPull(pull, fx.headSha, { inputs: { suggestions: 'comment' } });
    expect(reviewRequests(pull)).toEqual([]);
    expect(sticky(pull)).toContain('review suggestions are off for this run');
    expect(sticky(pull)).toContain('"Action": ["s3:GetObject"]');
  });

  it('a fork (usage from the base snapshot): no review request; the comment says its token cannot write one', async () => {
    const pull = 404;
    fx.openPull(pull, fx.headSha);
    const run = await onPull(pull, fx.headSha, { fork: true, inputs: { snapshot: 'usage.json' } });
    expect(run.failed).toHaveLength(1);
    expect(reviewRequests(pull)).toEqual([]);
    const body = sticky(pull);
    expect(body).toMatch(
      /📋 `infra\/app\.yaml` .* role `AppRole`: .*Not a suggested change: a fork's token cannot write pull request reviews\./,
    );
    // What keeps an edit from being a suggestion anyway says more than the mode.
    expect(body).toMatch(
      /📋 `infra\/cond\.yaml` .*Not a suggested change: the Action element is built with Fn::If\./,
    );
  });

  it('a runner that cannot name the repository: a warning, no review, the edits in the summary', async () => {
    const pull = 405;
    fx.openPull(pull, fx.headSha);
    const run = await onPull(pull, fx.headSha, { eventRepo: null });
    expect(reviewRequests(pull)).toEqual([]);
    expect(
      warnings(run).some((w) => /^Suggested changes not posted: the repository cannot be named/.test(w)),
    ).toBe(true);
    expect(run.summary).toContain('Least-privilege edits (');
  });

  it('a file GitHub shows no diff for, and lines outside the diff: pasted, each with its reason', async () => {
    const pull = 406;
    const files = fx.pullFiles(fx.baseSha, fx.headSha).map((file) =>
      file.filename === 'infra/flow.yaml'
        ? { filename: file.filename, status: file.status }
        : file.filename === 'infra/app.yaml'
          ? {
              ...file,
              patch:
                "@@ -1,2 +1,2 @@\n-AWSTemplateFormatVersion: '2010-09-09'\n+AWSTemplateFormatVersion: '2010-09-09'\n Resources:",
            }
          : file,
    );
    fx.gh.setPullFiles(pull, files);
    fx.gh.setPullHead(pull, fx.headSha, fx.headFiles(fx.headSha));
    await onPull(pull, fx.headSha);
    expect(fx.gh.reviewComments(pull).map((c) => c.path)).toEqual(['policies/reader.json']);
    const body = sticky(pull);
    expect(body).toMatch(/`infra\/flow\.yaml` .*GitHub shows no diff for the file/);
    expect(body).toMatch(/`infra\/app\.yaml` .*are not all in the diff GitHub shows/);
  });

  it('`suggestions: off`: no review, no edits listed', async () => {
    const pull = 407;
    fx.openPull(pull, fx.headSha);
    const run = await onPull(pull, fx.headSha, { inputs: { suggestions: 'off' } });
    expect(reviewRequests(pull)).toEqual([]);
    expect(sticky(pull)).not.toContain('Least-privilege edits (');
    expect(run.failed).toHaveLength(1);
  });
});
