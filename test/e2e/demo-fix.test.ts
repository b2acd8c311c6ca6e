// The demo repository (examples/: base = main, head = the change) with the scenario `npm run demo` uses: the bundled
// action's review suggests the edit that, committed as GitHub commits a suggestion, makes the next check pass; and
// `iam-usage-guard fix` does the same locally. docs/action.md shows the review comment this run posts.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, startLocalIam } from '../../src/local-iam/server.js';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { repoRoot } from '../cli/bundle.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { localIamEnv, type RunningLocalIam } from '../support/local-iam.js';
import { applySuggestion, suggestionBlock } from '../support/suggestions.js';

const examples = path.join(repoRoot, 'examples');

function demoRepository(): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo('iug-demo-fix-');
  cpSync(path.join(examples, 'base'), repo.root, { recursive: true });
  repo.commit('base: the deployed infrastructure');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'change');
  for (const entry of ['infra', 'cdk.out', 'terraform'])
    rmSync(path.join(repo.root, entry), { recursive: true });
  cpSync(path.join(examples, 'head'), repo.root, { recursive: true });
  repo.write('.gitignore', 'iam-usage-guard.sarif\n');
  repo.commit('head: the change under review');
  return { repo, base, head: repo.git('rev-parse', 'HEAD').trim() };
}

let iam: RunningLocalIam;
let gh: GitHubStandIn;
const repos: TempRepo[] = [];

beforeAll(async () => {
  // Loaded from its own path: its templates section names files beside it.
  const file = path.join(examples, 'scenario.json');
  const server = await startLocalIam(loadScenario(readFileSync(file, 'utf8'), file), {
    host: '127.0.0.1',
    port: 0,
  });
  iam = { url: server.url, env: localIamEnv(server.url), server, close: () => server.close() };
  gh = await startGitHubStandIn(REPOSITORY);
}, 180_000);

afterAll(async () => {
  await gh?.close();
  await iam?.close();
  for (const repo of repos) repo.remove();
});

describe('the demo repository', () => {
  it("the action's review suggests the edit that, committed, makes the next check pass", async () => {
    const { repo, base, head } = demoRepository();
    repos.push(repo);
    const files = repo
      .git('diff', '--name-only', base, head)
      .split('\n')
      .filter(Boolean)
      .map((filename) => {
        const diff = repo.git('diff', base, head, '--', filename);
        return { filename, status: 'modified' as const, patch: diff.slice(diff.indexOf('@@')).trimEnd() };
      });
    gh.setPullFiles(1, files);
    gh.setPullHead(1, head);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(1, base, head),
      sha: head,
      env: { ...iam.env },
    });
    expect(run.code, run.stdout).toBe(1);
    const [comment, ...others] = gh.reviewComments(1);
    expect(others).toEqual([]);
    const text = readFileSync(path.join(repo.root, 'infra/app.yaml'), 'utf8');
    const lines = text.split('\n');
    const orders = lines.indexOf('              - Sid: Orders') + 1;
    expect(comment).toMatchObject({
      path: 'infra/app.yaml',
      side: 'RIGHT',
      start_side: 'RIGHT',
      start_line: orders,
      line: orders + 7,
    });
    expect(suggestionBlock(comment!.body)).toEqual([]);
    // The rendered example in docs/action.md is this comment.
    const docs = readFileSync(path.join(repoRoot, 'docs/action.md'), 'utf8');
    const from = docs.indexOf('<!-- iam-usage-guard:suggestion ', docs.indexOf('````markdown'));
    const example = docs.slice(from, docs.indexOf('Re-run the check after committing it.</sub>', from));
    const shown = comment!.body.slice(
      0,
      comment!.body.indexOf('Re-run the check after committing it.</sub>'),
    );
    const undated = (s: string) =>
      s.replace(/\d{4}-\d\d-\d\d, \d+ days before the report of \d{4}-\d\d-\d\d/g, 'DATE');
    expect(undated(example)).toBe(undated(shown));
    const sticky = gh.comments(1)[0]!.body;
    expect(sticky).toMatch(
      /✏️ `infra\/app\.yaml` \[line 29\]\([^)]+#L29\) · role `AppRole`: a \[suggested change in the review\]/,
    );
    expect(sticky).toMatch(
      /📋 `cdk\.out\/DemoWorkerStack\.template\.json` \[line \d+\]\([^)]+\) · role `WorkerRole8DD27D41`/,
    );

    repo.write('infra/app.yaml', applySuggestion(text, comment!));
    repo.commit('Apply suggestions from code review');
    const check = await repo.run(['check', '--base', 'main', '--no-cache'], {
      ...iam.env,
      IAM_USAGE_GUARD_CACHE_DIR: 'off',
    });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/✔ Passed: 0 errors/);
  });

  it('`iam-usage-guard fix` makes the same edit locally, and the next check passes', async () => {
    const { repo } = demoRepository();
    repos.push(repo);
    const env = { ...iam.env, IAM_USAGE_GUARD_CACHE_DIR: 'off' };
    const fix = await repo.run(['fix', '--base', 'main'], env);
    // The CDK and Terraform statements are generated: listed to change in their sources, so fix says it is not done.
    expect(fix.code).toBe(1);
    expect(fix.stderr).toContain('narrowed 2 statements in 1 file (infra/app.yaml)');
    expect(fix.stderr).toMatch(
      /cdk\.out\/DemoWorkerStack\.template\.json:\d+ \(role WorkerRole8DD27D41\): the template is synthesized by CDK/,
    );
    const check = await repo.run(['check', '--base', 'main'], env);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
