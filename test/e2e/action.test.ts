// The bundled action run as GitHub runs it on a pull request: real webhook payloads, a temp git repo with base and
// head commits, the local IAM endpoint for usage data and the GitHub REST stand-in for the PR files and the sticky
// comment; then its degraded modes. Other events and large pull requests: action-events.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { pullRequestPayload, REPOSITORY, runAction, TOKEN } from '../action/run-action.js';
import type { TempRepo } from '../cli/e2e-support.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import type { RunningLocalIam } from '../support/local-iam.js';
import { type ActionFixture, AWS_SECRET, actionFixture } from './action-fixture.js';

let f: ActionFixture;
let iam: RunningLocalIam;
let gh: GitHubStandIn;
let repo: TempRepo;
let baseSha: string;
let headSha: string;
let fixedSha: string;
const awsEnv = () => f.awsEnv();
const checkout = (sha: string) => f.checkout(sha);

beforeAll(async () => {
  f = await actionFixture();
  ({ iam, gh, repo, baseSha, headSha, fixedSha } = f);
}, 180_000);

afterAll(async () => {
  await f?.close();
});

describe('pull request', () => {
  let first: Awaited<ReturnType<typeof runAction>>;

  beforeAll(async () => {
    checkout(headSha);
    first = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(7, baseSha, headSha),
      sha: headSha,
      env: awsEnv(),
    });
  });

  it('fails the step with one line when findings reach fail-on', () => {
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const failure = first.annotations.filter((a) => a.level === 'error' && !a.properties['file']);
    expect(failure).toHaveLength(1);
    expect(failure[0]!.message).toMatch(
      /^iam-usage-guard: \d+ findings? at or above fail-on 'error' \(first: /,
    );
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('annotates the line that grants, with the rule id as title', () => {
    const widened = first.annotations.find((a) => a.properties['title'] === 'widened-unused-service');
    expect(widened?.level).toBe('error');
    expect(widened?.properties['file']).toBe('infra/app.yaml');
    const lines = readFileSync(`${repo.root}/infra/app.yaml`, 'utf8').split('\n');
    expect(lines[Number(widened?.properties['line']) - 1]).toMatch(/s3:PutObject|s3/);
    expect(first.stdout).toMatch(
      /^::error title=widened-unused-service,file=infra\/app\.yaml,line=\d+::This change adds s3:PutObject/m,
    );
  });

  it('sets the outputs and writes SARIF and the JSON report', () => {
    expect(first.outputs['blocked']).toBe('true');
    expect(Number(first.outputs['errors'])).toBeGreaterThanOrEqual(1);
    expect(Number(first.outputs['findings'])).toBeGreaterThanOrEqual(Number(first.outputs['errors']));
    const sarif = JSON.parse(readFileSync(first.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'widened-unused-service')).toBe(
      true,
    );
    const report = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8'));
    expect(report.summary.errors).toBe(Number(first.outputs['errors']));
  });

  it('creates exactly one sticky comment and writes the same content to the job summary', () => {
    const comments = gh.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('**❌ Blocked**');
    expect(comments[0]!.body).toMatch(/#### Role `AppRole` \(`app-role`\) · `infra\/app\.yaml`/);
    // file:line links point at the files as the head commit has them
    const blob = `https://github.com/${REPOSITORY}/blob/${headSha}/infra/app.yaml`;
    const link = new RegExp(
      `\`infra/app\\.yaml\` \\[line (\\d+)\\]\\(${blob.replace(/[.?]/g, '\\$&')}#L\\1\\)`,
    );
    expect(comments[0]!.body).toMatch(link);
    expect(first.summary).toContain(`https://github.com/${REPOSITORY}/blob/${headSha}/infra/app.yaml#L`);
    expect(first.summary).toContain('**❌ Blocked**');
    expect(first.summary).toMatch(/#### Role `AppRole`/);
    expect(first.summary).not.toContain(COMMENT_MARKER);
  });

  it('escapes the hostile logical id, role name and policy text', () => {
    const body = gh.comments(7)[0]!.body;
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    const outsideCode = body.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, '');
    // outside code spans, `<` only appears backslash-escaped
    expect(outsideCode).not.toMatch(/(?<!\\)<img/);
    expect(outsideCode).not.toMatch(/@(?!\u200D)/);
    expect(outsideCode).not.toContain('](https://evil.example)');
    expect(body).toContain('Evil<img src=x onerror=alert(1)>');
  });

  it('uses the pull request files API and never prints the token or AWS secret', () => {
    const fileRequests = gh.requests.filter((r) => r.path === `/repos/${REPOSITORY}/pulls/7/files`);
    expect(fileRequests.length).toBeGreaterThanOrEqual(1);
    expect(fileRequests[0]!.authorization).toBe(`token ${TOKEN}`);
    // `::add-mask::` is how a step registers a secret with the runner, which hides it from the log: the only
    // place the token may appear.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    const stdout = first.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = [stdout, first.stderr, first.summary, ...gh.comments(7).map((c) => c.body)].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(AWS_SECRET);
    for (const file of [first.outputs['sarif-file']!, first.outputs['report-json']!]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(AWS_SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('updates the same comment on a second run, then says all clear when the findings are gone', async () => {
    const before = gh.comments(7);
    const posts = () => gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).length;
    const postsBefore = posts();
    gh.editComment(before[0]!.id, `${COMMENT_MARKER}\nstale`);
    const second = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(7, baseSha, headSha),
      sha: headSha,
      env: awsEnv(),
    });
    expect(second.code).toBe(1);
    expect(posts()).toBe(postsBefore);
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0]!.id).toBe(before[0]!.id);
    expect(gh.comments(7)[0]!.body).toContain('**❌ Blocked**');

    checkout(fixedSha);
    try {
      const third = await runAction({
        repo,
        apiUrl: gh.url,
        event: 'pull_request',
        payload: pullRequestPayload(7, baseSha, fixedSha),
        sha: fixedSha,
        env: awsEnv(),
      });
      expect(third.code, third.stdout).toBe(0);
      expect(third.outputs['blocked']).toBe('false');
      expect(gh.comments(7)).toHaveLength(1);
      expect(gh.comments(7)[0]!.body).toContain('**✅ All clear**');
    } finally {
      checkout(headSha);
    }
  });
});

describe('degraded modes', () => {
  beforeAll(() => checkout(headSha));

  it('a fork pull request makes no AWS calls and says why usage data is missing', async () => {
    const callsBefore = iam.server.calls.length;
    gh.setPullFiles(8, [{ filename: 'infra/app.yaml', status: 'modified' }]);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(8, baseSha, headSha, 'someone/octo-repo'),
      sha: headSha,
      env: awsEnv(),
      inputs: { comment: 'always' },
    });
    expect(iam.server.calls.length).toBe(callsBefore);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('**Usage data unavailable:** this pull request comes from a fork');
    expect(gh.comments(8)[0]!.body).toContain('comes from a fork');
    expect(
      run.annotations.some((a) => a.level === 'warning' && /Usage data unavailable/.test(a.message)),
    ).toBe(true);
  });

  it('no AWS credentials: rules that need no usage run, and the reason is given', async () => {
    gh.setPullFiles(9, [{ filename: 'infra/app.yaml', status: 'modified' }]);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request_target',
      payload: pullRequestPayload(9, baseSha, headSha),
      sha: headSha,
      inputs: { comment: 'always' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('**Usage data unavailable:** no AWS credentials in the environment');
    expect(run.annotations.some((a) => a.properties['title'] === 'new-service')).toBe(true);
  });

  it('a self-hosted runner takes credentials from the SDK chain (a shared credentials file here)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-self-hosted-'));
    writeFileSync(
      join(dir, 'credentials'),
      `[default]\naws_access_key_id = AKIAE2ETESTKEY000002\naws_secret_access_key = ${AWS_SECRET}\n`,
    );
    const callsBefore = iam.server.calls.length;
    gh.setPullFiles(21, [{ filename: 'infra/app.yaml', status: 'modified' }]);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(21, baseSha, headSha),
      sha: headSha,
      env: {
        ...iam.env,
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        RUNNER_ENVIRONMENT: 'self-hosted',
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
        AWS_CONFIG_FILE: join(dir, 'config'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(run.summary).not.toContain('Usage data unavailable');
    expect(iam.server.calls.length).toBeGreaterThan(callsBefore);
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain(AWS_SECRET);
  });

  it('a self-hosted runner without any credential source says so before making calls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-self-hosted-'));
    const callsBefore = iam.server.calls.length;
    gh.setPullFiles(22, [{ filename: 'infra/app.yaml', status: 'modified' }]);
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(22, baseSha, headSha),
      sha: headSha,
      env: {
        ...iam.env,
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        RUNNER_ENVIRONMENT: 'self-hosted',
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
        AWS_CONFIG_FILE: join(dir, 'config'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(iam.server.calls.length).toBe(callsBefore);
    expect(run.summary).toContain('no AWS credentials found on this self-hosted runner');
  });

  it('a token without pull-requests: write gives a warning with the fix, not a crash', async () => {
    gh.setPullFiles(10, [{ filename: 'infra/app.yaml', status: 'modified' }]);
    gh.fail({ kind: 'missing-permission', method: 'POST', path: /\/issues\/10\/comments$/ });
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(10, baseSha, headSha),
      sha: headSha,
      env: awsEnv(),
    });
    expect(run.code).toBe(1);
    const warning = run.annotations.find((a) => a.level === 'warning' && /PR comment/.test(a.message));
    expect(warning?.message).toMatch(/HTTP 403.*permissions: pull-requests: write/);
    expect(run.outputs['blocked']).toBe('true');
    expect(run.summary).toContain('**❌ Blocked**');
    expect(gh.comments(10)).toHaveLength(0);
  });
});
