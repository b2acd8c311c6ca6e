// run() in process, step by step: the real Octokit against the GitHub stand-in, the real AWS SDK against the local
// IAM endpoint, a temp git repository; the runtime (inputs, event, environment, log, summary, clock, sleep) given
// as a value. The bundle runs the same paths in child processes in test/e2e/action*.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { repoRoot } from '../cli/bundle.js';
import { type ActionFixture, AWS_SECRET, actionFixture, roleTemplate } from '../e2e/action-fixture.js';
import { type InProcessOptions, runInProcess, withProcessEnv } from './in-process.js';
import { pullRequestPayload, REPOSITORY, TOKEN, webhookExample } from './run-action.js';

let f: ActionFixture;

beforeAll(async () => {
  f = await actionFixture();
}, 180_000);

afterAll(async () => {
  await f?.close();
});

beforeEach(() => f.checkout(f.headSha));

let nextPull = 300;
/** A fresh pull request whose file list names the widened template. */
function newPull(files = ['infra/app.yaml']): number {
  const n = nextPull++;
  f.gh.setPullFiles(
    n,
    files.map((filename) => ({ filename, status: 'modified' as const })),
  );
  return n;
}

function onPull(pull: number, options: Partial<InProcessOptions> = {}) {
  return runInProcess({
    repo: f.repo,
    gh: f.gh,
    event: 'pull_request',
    payload: pullRequestPayload(pull, f.baseSha, f.headSha),
    sha: f.headSha,
    aws: f.awsEnv(),
    ...options,
  });
}

const warnings = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('a pull request that widens an unused service', () => {
  it('blocks with one line, annotates the granting line, comments once, writes the summary, SARIF, JSON and outputs', async () => {
    const pull = newPull(['infra/app.yaml', 'infra/hostile.yaml']);
    const callsBefore = f.iam.server.calls.length;
    const run = await onPull(pull);

    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]).toMatch(/^iam-usage-guard: \d+ findings? at or above fail-on 'error' \(first: /);
    const widened = run.annotations.find((a) => a.properties?.title === 'widened-unused-service');
    expect(widened?.level).toBe('error');
    expect(widened?.properties?.file).toBe('infra/app.yaml');
    const lines = readFileSync(join(f.repo.root, 'infra/app.yaml'), 'utf8').split('\n');
    expect(lines[(widened?.properties?.startLine ?? 0) - 1]).toMatch(/s3/);

    expect(run.info).toContain('The change touches 2 files (from the pull request files API).');
    expect(run.info.some((l) => /^Checked \d+ entit(y|ies): [1-9]\d* errors?/.test(l))).toBe(true);
    expect(f.iam.server.calls.length).toBeGreaterThan(callsBefore);

    const manifest = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { outputs: object };
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    expect(run.outputs['blocked']).toBe(true);
    expect(run.outputs['errors']).toBeGreaterThanOrEqual(1);
    const sarif = JSON.parse(readFileSync(String(run.outputs['sarif-file']), 'utf8'));
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'widened-unused-service')).toBe(
      true,
    );
    const report = JSON.parse(readFileSync(String(run.outputs['report-json']), 'utf8'));
    expect(report.summary.errors).toBe(run.outputs['errors']);
    expect(String(run.outputs['report-json']).startsWith(tmpdir())).toBe(true);

    const comments = f.gh.comments(pull);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('**❌ Blocked**');
    expect(comments[0]!.body).toContain(
      `https://github.com/${REPOSITORY}/blob/${f.headSha}/infra/app.yaml#L`,
    );
    expect(comments[0]!.body).toContain(`https://github.com/${REPOSITORY}/actions/runs/4242`);
    expect(run.info).toContain(`PR comment created (id ${comments[0]!.id}).`);
    expect(run.summary).toContain('**❌ Blocked**');
    expect(run.summary).not.toContain(COMMENT_MARKER);
  });

  it('masks the token and the AWS secret before anything else, and prints neither', async () => {
    const run = await onPull(newPull(), { aws: { ...f.awsEnv(), AWS_SESSION_TOKEN: 'session-token-e2e' } });
    expect(run.secrets).toEqual([TOKEN, AWS_SECRET, 'session-token-e2e']);
    expect(run.text()).not.toContain(TOKEN);
    expect(run.text()).not.toContain(AWS_SECRET);
  });

  it('updates its comment on the next run and says all clear once the widening is gone', async () => {
    const pull = newPull();
    await onPull(pull);
    const first = f.gh.comments(pull);
    expect(first).toHaveLength(1);
    const again = await onPull(pull);
    expect(again.info).toContain(`PR comment unchanged (id ${first[0]!.id}).`);

    f.checkout(f.fixedSha);
    const fixed = await onPull(pull, {
      payload: pullRequestPayload(pull, f.baseSha, f.fixedSha),
      sha: f.fixedSha,
    });
    expect(fixed.failed).toEqual([]);
    expect(fixed.outputs['blocked']).toBe(false);
    expect(fixed.info).toContain(`PR comment updated (id ${first[0]!.id}).`);
    expect(f.gh.comments(pull)).toHaveLength(1);
    expect(f.gh.comments(pull)[0]!.body).toContain('**✅ All clear**');
  });

  it('comment: never posts nothing; a clean run with on-findings creates none', async () => {
    const pull = newPull();
    const never = await onPull(pull, { inputs: { comment: 'never' } });
    expect(never.failed).toHaveLength(1);
    expect(f.gh.comments(pull)).toEqual([]);

    f.checkout(f.fixedSha);
    const clean = newPull();
    const quiet = await onPull(clean, {
      payload: pullRequestPayload(clean, f.baseSha, f.fixedSha),
      sha: f.fixedSha,
    });
    expect(quiet.info).toContain('PR comment: not created (no findings and no earlier comment).');
    expect(f.gh.comments(clean)).toEqual([]);
  });

  it('a sarif-file in a folder the checkout lacks is written there', async () => {
    const run = await onPull(newPull(), {
      inputs: { 'sarif-file': 'reports/deep/iam.sarif', comment: 'never' },
    });
    expect(run.outputs['sarif-file']).toBe(join(f.repo.root, 'reports/deep/iam.sarif'));
    expect(existsSync(join(f.repo.root, 'reports/deep/iam.sarif'))).toBe(true);
    rmSync(join(f.repo.root, 'reports'), { recursive: true, force: true });
  });

  it('without RUNNER_TEMP the JSON report goes to the workspace', async () => {
    const run = await onPull(newPull(), { inputs: { comment: 'never' }, env: { runnerTemp: null } });
    expect(run.outputs['report-json']).toBe(join(f.repo.root, 'iam-usage-guard-report.json'));
    rmSync(join(f.repo.root, 'iam-usage-guard-report.json'), { force: true });
    rmSync(join(f.repo.root, 'iam-usage-guard.sarif'), { force: true });
  });
});

describe('where the changed files come from', () => {
  it("past GitHub's 3,000-file cap: git diff with the base", async () => {
    const pull = nextPull++;
    f.gh.setPullFiles(
      pull,
      Array.from({ length: 3001 }, (_, i) => ({ filename: `gen/f${i}.txt`, status: 'added' as const })),
    );
    const run = await onPull(pull, { inputs: { comment: 'never' } });
    expect(run.info).toContain("The pull request lists 3000 files, GitHub's limit: using git diff instead.");
    expect(run.info.some((l) => l.startsWith('The change touches 2 files (from git diff '))).toBe(true);
    expect(run.annotations.some((a) => a.properties?.title === 'widened-unused-service')).toBe(true);
  });

  it('the files API failing after its retries: a warning, git diff, still blocked', async () => {
    const pull = newPull();
    f.gh.fail({ kind: 'server-error', path: new RegExp(`/pulls/${pull}/files$`), times: 4 });
    const run = await onPull(pull, { inputs: { comment: 'never' } });
    expect(
      warnings(run).some((w) => /^Could not list the pull request's files \(.*\); using git diff/.test(w)),
    ).toBe(true);
    expect(run.failed).toHaveLength(1);
  });

  it('a runner that cannot name the repository: git diff, and the comment says why it was not written', async () => {
    const pull = newPull();
    const run = await onPull(pull, { eventRepo: null });
    const said = warnings(run);
    expect(said.some((w) => w.includes('context.repo requires a GITHUB_REPOSITORY'))).toBe(true);
    expect(said.some((w) => /^Could not write the PR comment: context\.repo requires/.test(w))).toBe(true);
    expect(run.failed).toHaveLength(1);
    expect(f.gh.comments(pull)).toEqual([]);
  });

  it('a base commit the clone lacks and cannot fetch: the step says to fetch the history', async () => {
    const missing = 'f'.repeat(40);
    const pull = newPull();
    const run = await onPull(pull, { payload: pullRequestPayload(pull, missing, f.headSha) });
    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]).toMatch(
      new RegExp(
        `^iam-usage-guard: the base commit ${missing} is not available \\(.*\\): use actions/checkout with \`fetch-depth: 0\`$`,
      ),
    );
  });
});

describe('usage data', () => {
  it('a fork pull request: no AWS call, and the reason in the summary and as a warning', async () => {
    const pull = newPull();
    const callsBefore = f.iam.server.calls.length;
    const run = await onPull(pull, {
      payload: pullRequestPayload(pull, f.baseSha, f.headSha, 'someone/octo-repo'),
      inputs: { comment: 'always' },
    });
    expect(f.iam.server.calls.length).toBe(callsBefore);
    expect(run.failed).toEqual([]);
    expect(
      warnings(run).some((w) => /^Usage data unavailable: this pull request comes from a fork/.test(w)),
    ).toBe(true);
    expect(run.summary).toContain('**Usage data unavailable:** this pull request comes from a fork');
    expect(f.gh.comments(pull)[0]!.body).toContain('comes from a fork');
  });

  it('no AWS credentials on a GitHub-hosted runner: the rules that need no usage still run', async () => {
    const run = await onPull(newPull(), { aws: {}, inputs: { comment: 'never' } });
    expect(
      warnings(run).some((w) =>
        w.startsWith('Usage data unavailable: no AWS credentials in the environment'),
      ),
    ).toBe(true);
    expect(run.annotations.some((a) => a.properties?.title === 'new-service')).toBe(true);
  });

  it('a self-hosted runner with a profile uses it (here: keys in a shared credentials file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-in-process-profile-'));
    writeFileSync(
      join(dir, 'credentials'),
      `[ci]\naws_access_key_id = AKIAINPROCESS0000001\naws_secret_access_key = ${AWS_SECRET}\n`,
    );
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...endpoints } = f.awsEnv();
    const callsBefore = f.iam.server.calls.length;
    // The SDK's shared-file loader reads where the files are from the process environment.
    const run = await withProcessEnv(
      { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') },
      () =>
        onPull(newPull(), {
          aws: { ...endpoints, AWS_PROFILE: 'ci' },
          env: { selfHosted: true },
          inputs: { comment: 'never', 'aws-region': 'us-east-1' },
        }),
    );
    rmSync(dir, { recursive: true, force: true });
    expect(run.summary).not.toContain('Usage data unavailable');
    expect(f.iam.server.calls.length).toBeGreaterThan(callsBefore);
    expect(run.text()).not.toContain(AWS_SECRET);
  });

  it('a self-hosted runner with no credential source says so before any call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-in-process-none-'));
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...endpoints } = f.awsEnv();
    const callsBefore = f.iam.server.calls.length;
    // The SDK's credential chain reads the process environment: no keys, no files, no instance metadata.
    const cleared = Object.fromEntries(
      Object.keys(process.env)
        .filter((key) => key.startsWith('AWS_'))
        .map((key) => [key, undefined]),
    );
    const run = await withProcessEnv(
      {
        ...cleared,
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
        AWS_CONFIG_FILE: join(dir, 'config'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      () => onPull(newPull(), { aws: endpoints, env: { selfHosted: true }, inputs: { comment: 'never' } }),
    );
    rmSync(dir, { recursive: true, force: true });
    expect(f.iam.server.calls.length).toBe(callsBefore);
    expect(run.summary).toContain('no AWS credentials found on this self-hosted runner');
  });

  it('a snapshot the workflow wrote (not in git) is the usage data: no AWS call, the widening still blocks', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const services = (entries: [string, number][]) =>
      entries.map(([ns, days]) => ({
        ServiceName: ns,
        ServiceNamespace: ns,
        LastAuthenticated: daysAgo(days),
        TotalAuthenticatedEntities: 1,
      }));
    writeFileSync(
      join(f.repo.root, 'usage.json'),
      JSON.stringify({
        version: 1,
        generatedAt: daysAgo(0),
        reports: [
          {
            Arn: 'arn:aws:iam::123456789012:role/app-role',
            CreateDate: daysAgo(400),
            JobStatus: 'COMPLETED',
            JobType: 'SERVICE_LEVEL',
            JobCreationDate: daysAgo(0),
            JobCompletionDate: daysAgo(0),
            ServicesLastAccessed: services([
              ['s3', 200],
              ['sqs', 1],
            ]),
          },
        ],
        accessKeys: [],
        policies: [],
        resources: [],
      }),
    );
    try {
      const callsBefore = f.iam.server.calls.length;
      const run = await onPull(newPull(), { inputs: { snapshot: 'usage.json', comment: 'never' } });
      expect(f.iam.server.calls.length).toBe(callsBefore);
      expect(run.summary).not.toContain('Usage data unavailable');
      expect(run.annotations.some((a) => a.properties?.title === 'widened-unused-service')).toBe(true);
      expect(run.failed).toHaveLength(1);
    } finally {
      rmSync(join(f.repo.root, 'usage.json'), { force: true });
    }
  });

  it('every wait of the collection goes through the given sleep', async () => {
    const pull = newPull();
    const run = await onPull(pull, { inputs: { comment: 'never' } });
    expect(run.failed).toHaveLength(1);
    // The local endpoint finishes jobs at once, yet the collector polls once at least: through our sleep, not a timer.
    expect(run.sleeps.length).toBeGreaterThan(0);
  });
});

describe('publishing', () => {
  it('a token without pull-requests: write: a warning with the fix, the summary has the report, still blocked', async () => {
    const pull = newPull();
    f.gh.fail({ kind: 'missing-permission', method: 'POST', path: new RegExp(`/issues/${pull}/comments$`) });
    const run = await onPull(pull);
    expect(
      warnings(run).some((w) =>
        /^Could not write the PR comment \(HTTP 403: .*permissions: pull-requests: write/.test(w),
      ),
    ).toBe(true);
    expect(run.summary).toContain('**❌ Blocked**');
    expect(run.failed).toHaveLength(1);
  });

  it('a fork whose token cannot comment is told why', async () => {
    const pull = newPull();
    f.gh.fail({ kind: 'missing-permission', method: 'POST', path: new RegExp(`/issues/${pull}/comments$`) });
    const run = await onPull(pull, {
      payload: pullRequestPayload(pull, f.baseSha, f.headSha, 'someone/octo-repo'),
      inputs: { comment: 'always' },
    });
    expect(warnings(run).some((w) => w.includes('Pull requests from forks get a read-only token'))).toBe(
      true,
    );
  });

  it('a rate limit that outlasts the retries: a warning that no permission would fix', async () => {
    const pull = newPull();
    f.gh.fail({
      kind: 'secondary-rate-limit',
      method: 'POST',
      path: new RegExp(`/issues/${pull}/comments$`),
      times: 10,
    });
    const run = await onPull(pull);
    const said = warnings(run).find((w) => w.startsWith('Could not write the PR comment'));
    expect(said).toMatch(/GitHub kept rate-limiting the request \(HTTP 403\) after the retries/);
    expect(said).not.toMatch(/pull-requests: write/);
    expect(
      run.githubLog.some((l) => /secondary rate limit on POST .*giving up after 3 retries/.test(l)),
    ).toBe(true);
  });

  it('a server error on the comment after the retries: a plain warning', async () => {
    const pull = newPull();
    f.gh.fail({
      kind: 'server-error',
      method: 'POST',
      path: new RegExp(`/issues/${pull}/comments$`),
      times: 10,
    });
    const run = await onPull(pull);
    expect(warnings(run).some((w) => /^Could not write the PR comment: /.test(w) && !/HTTP 40/.test(w))).toBe(
      true,
    );
    expect(run.failed).toHaveLength(1);
  });

  it('no job summary file: said in the log; a summary that cannot be written: a warning', async () => {
    const none = await onPull(newPull(), { summary: false, inputs: { comment: 'never' } });
    expect(none.info).toContain('No GITHUB_STEP_SUMMARY file: the job summary is skipped.');
    const broken = await onPull(newPull(), { summary: 'broken', inputs: { comment: 'never' } });
    expect(warnings(broken)).toContain(
      'Could not write the job summary: EACCES: permission denied, open step-summary.md',
    );
    expect(broken.failed).toHaveLength(1);
  });

  it('more findings than GitHub shows per step: ten annotated, the rest counted in the log', async () => {
    const roles = Array.from({ length: 12 }, (_, i) =>
      roleTemplate(`Worker${i}`, `worker-${i}`, ['sns:Publish']).replace(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n",
        i === 0 ? "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n" : '',
      ),
    );
    f.repo.write('infra/many.yaml', roles.join(''));
    f.repo.commit('twelve new roles', 'infra/many.yaml');
    const manySha = f.repo.git('rev-parse', 'HEAD').trim();
    const pull = newPull(['infra/many.yaml']);
    const run = await onPull(pull, {
      payload: pullRequestPayload(pull, f.baseSha, manySha),
      sha: manySha,
      aws: {},
      inputs: { comment: 'never' },
    });
    const notices = run.annotations.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(10);
    expect(notices.every((a) => a.properties?.title === 'new-service')).toBe(true);
    expect(run.info).toContain(
      '2 findings and 0 problems not annotated (GitHub shows 10 per type per step): the SARIF file and the JSON report have them all.',
    );
  });
});

describe('other events', () => {
  it('push: compares with `before`, trusts its own configuration, posts no comment', async () => {
    const payload = webhookExample('push') as Record<string, unknown>;
    payload['before'] = f.baseSha;
    payload['after'] = f.headSha;
    const commentsBefore = f.gh.requests.filter((r) => r.path.includes('/comments')).length;
    const run = await runInProcess({
      repo: f.repo,
      gh: f.gh,
      event: 'push',
      payload,
      sha: f.headSha,
      aws: f.awsEnv(),
    });
    expect(run.info.some((l) => l.startsWith('The change touches 2 files (from git diff '))).toBe(true);
    expect(run.failed).toHaveLength(1);
    expect(f.gh.requests.filter((r) => r.path.includes('/comments')).length).toBe(commentsBefore);
  });

  it('workflow_dispatch: the whole repository, no base', async () => {
    f.checkout(f.fixedSha);
    const run = await runInProcess({
      repo: f.repo,
      gh: f.gh,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: f.fixedSha,
      aws: f.awsEnv(),
    });
    expect(run.info).toContain('Checking the whole repository (a manual run checks the whole repository).');
    expect(run.outputs['blocked']).toBe(false);
    expect(run.failed).toEqual([]);
  });

  it('named paths that hold no IAM entity: a warning, never all clear', async () => {
    const run = await runInProcess({
      repo: f.repo,
      gh: f.gh,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: f.headSha,
      inputs: { paths: 'README.md' },
    });
    expect(
      warnings(run).some((w) => w.startsWith('No IAM entity was read under the paths input (README.md)')),
    ).toBe(true);
    expect(run.summary).not.toContain('All clear');
  });
});

describe('failing the step', () => {
  const dispatch = (options: Partial<InProcessOptions>) =>
    runInProcess({
      repo: f.repo,
      gh: f.gh,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      sha: f.headSha,
      ...options,
    });

  it('a bad input: one line', async () => {
    const run = await dispatch({ inputs: { 'fail-on': 'sometimes' } });
    expect(run.failed).toEqual([
      "iam-usage-guard: input 'fail-on' must be one of error, warning, notice, never (got 'sometimes')",
    ]);
  });

  it('an empty token on a pull request: says how to fix it', async () => {
    const pull = newPull();
    const run = await onPull(pull, { inputs: { 'github-token': '' } });
    expect(run.failed).toEqual([
      "iam-usage-guard: input 'github-token' is empty: leave it unset (it defaults to the workflow's token) or pass one",
    ]);
  });

  it('an invalid configuration: each problem on its line, the failure one line naming the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-in-process-config-'));
    const config = join(dir, 'guard.yml');
    writeFileSync(config, 'unusedDays: 30\nunusedDayz: 3\nrules: { unused-servce: error }\n');
    try {
      const run = await dispatch({ inputs: { config } });
      const onLine = run.annotations.filter((a) => a.level === 'error' && a.properties?.file);
      expect(onLine.map((a) => [a.properties?.startLine, a.properties?.title])).toEqual([
        [2, 'iam-usage-guard configuration'],
        [3, 'iam-usage-guard configuration'],
      ]);
      expect(run.failed).toHaveLength(1);
      expect(run.failed[0]).toMatch(
        /^iam-usage-guard: invalid configuration \S*guard\.yml: 2 problems, each annotated on its line \(first: line 2: .*unusedDayz/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a checkout that is not there: the step says which path', async () => {
    const run = await dispatch({ env: { workspace: join(tmpdir(), 'iug-no-such-checkout') } });
    expect(run.failed).toEqual(['iam-usage-guard: no such file or folder: .']);
  });

  it('a multi-line problem: the whole of it in the log, the failure on one line', async () => {
    const run = await dispatch({ inputs: { 'fail-on': 'never\nsometimes' } });
    expect(run.failed).toEqual([
      "iam-usage-guard: input 'fail-on' must be one of error, warning, notice, never (got 'never sometimes')",
    ]);
    expect(run.info).toContain(
      "iam-usage-guard: input 'fail-on' must be one of error, warning, notice, never (got 'never\nsometimes')",
    );
  });

  it('an unexpected failure (the SARIF folder is a file): "failed:" and the cause, one line, no stack', async () => {
    f.checkout(f.fixedSha);
    const run = await dispatch({ sha: f.fixedSha, inputs: { 'sarif-file': 'README.md/iam.sarif' } });
    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]).toMatch(
      /^iam-usage-guard failed: EEXIST: file already exists, mkdir '.*README\.md'$/,
    );
    expect(run.failed[0]).not.toMatch(/\n|\s+at /);
  });
});
