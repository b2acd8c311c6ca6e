// The bundled action on large pull requests and on the other events it handles (push, merge_group,
// workflow_dispatch), and its one-line failures on bad input. The same repository as action.test.ts, its own copy.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction, webhookExample } from '../action/run-action.js';
import type { TempRepo } from '../cli/e2e-support.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import { type ActionFixture, actionFixture } from './action-fixture.js';

let f: ActionFixture;
let gh: GitHubStandIn;
let repo: TempRepo;
let baseSha: string;
let headSha: string;
const awsEnv = () => f.awsEnv();
const checkout = (sha: string) => f.checkout(sha);

beforeAll(async () => {
  f = await actionFixture();
  ({ gh, repo, baseSha, headSha } = f);
}, 180_000);

afterAll(async () => {
  await f?.close();
});

describe('large pull requests and other events', () => {
  beforeAll(() => checkout(headSha));

  it('pages through 500 changed files, 100 per page, and reads only the IaC ones', async () => {
    gh.setPullFiles(11, [
      ...Array.from({ length: 499 }, (_, i) => ({
        filename: `src/file${i}.ts`,
        status: 'modified' as const,
      })),
      { filename: 'infra/app.yaml', status: 'modified' },
    ]);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(11, baseSha, headSha),
      sha: headSha,
      env: awsEnv(),
    });
    const pages = gh.requests.filter((r) => r.path === `/repos/${REPOSITORY}/pulls/11/files`);
    expect(pages.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3', '4', '5']);
    expect(pages.every((r) => r.query['per_page'] === '100')).toBe(true);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The change touches 500 files (from the pull request files API)');
    // only infra/app.yaml was a touched IaC file: the hostile template is not in this PR's list
    expect(gh.comments(11)[0]!.body).not.toContain('Evil');
  });

  it("past GitHub's 3,000-file cap falls back to git diff", async () => {
    gh.setPullFiles(
      12,
      Array.from({ length: 3001 }, (_, i) => ({ filename: `gen/f${i}.txt`, status: 'added' as const })),
    );
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(12, baseSha, headSha),
      sha: headSha,
      env: awsEnv(),
    });
    expect(run.stdout).toMatch(/using git diff instead/);
    expect(run.stdout).toContain('The change touches 2 files (from git diff');
    expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
  });

  it('push compares with `before` and posts no comment', async () => {
    const payload = webhookExample('push') as Record<string, unknown>;
    payload['before'] = baseSha;
    payload['after'] = headSha;
    payload['ref'] = 'refs/heads/main';
    const commentsBefore = gh.requests.filter((r) => r.path.includes('/comments')).length;
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'push',
      payload,
      sha: headSha,
      env: awsEnv(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`from git diff ${baseSha.slice(0, 12)}...HEAD`);
    expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
    expect(gh.requests.filter((r) => r.path.includes('/comments')).length).toBe(commentsBefore);
  });

  it('merge_group compares base_sha with the queued head', async () => {
    const payload = webhookExample('merge_group') as { merge_group: { base_sha: string; head_sha: string } };
    payload.merge_group.base_sha = baseSha;
    payload.merge_group.head_sha = headSha;
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'merge_group',
      payload,
      sha: headSha,
      env: awsEnv(),
    });
    expect(run.code).toBe(1);
    expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
  });

  it('workflow_dispatch checks the whole repository without a base', async () => {
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: headSha,
      env: awsEnv(),
      inputs: { 'fail-on': 'never' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Checking the whole repository (a manual run checks the whole repository)');
    expect(run.outputs['blocked']).toBe('false');
    expect(existsSync(run.outputs['sarif-file']!)).toBe(true);
  });

  it('an invalid configuration fails the step with the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-action-config-'));
    const config = join(dir, 'guard.yml');
    writeFileSync(config, 'unusedDays: 30\nunusedDayz: 3\n');
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: headSha,
      inputs: { config },
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.code).toBe(1);
    // the problem is an annotation on its line of the configuration file, the step's failure one line
    const onLine = run.annotations.filter((a) => a.level === 'error' && a.properties['file']);
    expect(onLine).toHaveLength(1);
    expect(onLine[0]!.properties['file']).toMatch(/guard\.yml$/);
    expect(onLine[0]!.properties['line']).toBe('2');
    expect(onLine[0]!.properties['title']).toBe('iam-usage-guard configuration');
    expect(onLine[0]!.message).toMatch(/unusedDayz/);
    const failure = run.annotations.filter((a) => a.level === 'error' && !a.properties['file']);
    expect(failure).toHaveLength(1);
    expect(failure[0]!.message).toMatch(
      /^iam-usage-guard: invalid configuration \S*guard\.yml: 1 problem, each annotated on its line \(first: line 2: .*unusedDayz/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad input fails the step with one line', async () => {
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: headSha,
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::iam-usage-guard: input 'fail-on' must be one of error, warning, notice, never/m,
    );
  });
});
