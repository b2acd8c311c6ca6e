// Faults on the GitHub side, through the bundled action (node dist/index.js) and the GitHub REST stand-in:
// secondary rate limits (403 and 429 with retry-after), 5xx, a sticky comment edited or deleted by a person
// between runs, a person's comment that quotes our marker; and the `on-missing-data` input with a failed IAM job.
// Property: the verdict never turns green because something went missing, and there is one sticky comment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/local-iam/scenario.js';
import { type LocalIam, startLocalIam } from '../../src/local-iam/server.js';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { roleYaml } from '../hostile/support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';

const ACCOUNT = '123456789012';
let iam: LocalIam;
let failingIam: LocalIam;
let gh: GitHubStandIn;
let repo: TempRepo;
let baseSha: string;
let headSha: string;

function scenarioFor(failed: boolean) {
  return loadScenario(
    JSON.stringify({
      account: ACCOUNT,
      entities: [
        {
          arn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
          createDate: 'now-400d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-200d' },
            { namespace: 'sqs', lastAuthenticated: 'now-1d' },
          ],
        },
      ],
      ...(failed
        ? {
            faults: {
              failedJobs: [{ arn: `arn:aws:iam::${ACCOUNT}:role/app-role`, message: 'job failed in test' }],
            },
          }
        : {}),
    }),
    'scenario.json',
  );
}

function awsEnv(server: LocalIam = iam): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIAFAULTSTEST000001',
    AWS_SECRET_ACCESS_KEY: 'faults-secret-not-printed',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_IAM: server.url,
    AWS_ENDPOINT_URL_STS: server.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: server.url,
  };
}

let nextPull = 100;
/** A fresh pull request number whose files the stand-in lists. */
function newPull(): number {
  const n = nextPull++;
  gh.setPullFiles(n, [{ filename: 'infra/app.yaml', status: 'modified' }]);
  return n;
}

function run(pull: number, inputs: Record<string, string> = {}, env = awsEnv()) {
  return runAction({
    repo,
    apiUrl: gh.url,
    event: 'pull_request',
    payload: pullRequestPayload(pull, baseSha, headSha),
    sha: headSha,
    env,
    inputs,
  });
}

const botComments = (pull: number) => gh.comments(pull).filter((c) => c.user.type === 'Bot');

beforeAll(async () => {
  iam = await startLocalIam(scenarioFor(false));
  failingIam = await startLocalIam(scenarioFor(true));
  gh = await startGitHubStandIn(REPOSITORY);
  repo = new TempRepo('iug-faults-gh-');
  repo.write('infra/app.yaml', roleYaml('AppRole', 'app-role', ['s3:GetObject', 'sqs:SendMessage']));
  repo.commit('base');
  baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.write(
    'infra/app.yaml',
    roleYaml('AppRole', 'app-role', ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']),
  );
  repo.commit('widen s3');
  headSha = repo.git('rev-parse', 'HEAD').trim();
}, 180_000);

afterAll(async () => {
  await gh?.close();
  await iam?.close();
  await failingIam?.close();
  repo?.remove();
});

describe.concurrent('GitHub rate limits and server errors', () => {
  it('secondary rate limits (403 and 429 with retry-after) on every call are waited out; one comment, still blocked', async () => {
    const pull = newPull();
    gh.fail({
      kind: 'secondary-rate-limit',
      method: 'GET',
      path: new RegExp(`/pulls/${pull}/files$`),
      times: 1,
    });
    gh.fail({
      kind: 'rate-limit-429',
      method: 'GET',
      path: new RegExp(`/issues/${pull}/comments$`),
      times: 1,
    });
    gh.fail({
      kind: 'secondary-rate-limit',
      method: 'POST',
      path: new RegExp(`/issues/${pull}/comments$`),
      times: 1,
    });
    const result = await run(pull);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs['blocked']).toBe('true');
    expect(botComments(pull)).toHaveLength(1);
    expect(botComments(pull)[0]!.body).toContain('widened-unused-service');
    const limited = gh.requests.filter(
      (r) => r.path.includes(`/${pull}/`) && (r.status === 403 || r.status === 429),
    );
    expect(limited).toHaveLength(3);
  }, 60_000);

  it('a rate limit that never clears on the comment: a warning, the summary has the report, still blocked', async () => {
    const pull = newPull();
    gh.fail({
      kind: 'secondary-rate-limit',
      method: 'POST',
      path: new RegExp(`/issues/${pull}/comments$`),
      times: 50,
    });
    const result = await run(pull);
    expect(result.code).toBe(1);
    expect(result.outputs['blocked']).toBe('true');
    expect(result.summary).toContain('widened-unused-service');
    expect(botComments(pull)).toHaveLength(0);
    const warning = result.annotations.find((a) => a.level === 'warning' && /PR comment/i.test(a.message));
    expect(warning?.message).toMatch(/rate-limiting/);
    // A rate limit is not a missing permission: the warning must not send people to change permissions.
    expect(warning?.message).not.toMatch(/permissions: pull-requests: write/);
  }, 90_000);

  it('the changed-file list failing with 5xx never makes the check green', async () => {
    const pull = newPull();
    // It says when to come back (as 503s often do), so the run does not sit through the 1 + 4 + 9 s backoff.
    gh.fail({
      kind: 'server-error',
      method: 'GET',
      path: new RegExp(`/pulls/${pull}/files$`),
      times: 50,
      retryAfter: 0,
    });
    const result = await run(pull);
    // Either it falls back to git diff and finds the widening, or it fails the step: never a pass.
    expect(result.code).toBe(1);
    expect(result.outputs['blocked'] ?? 'true').not.toBe('false');
  }, 90_000);
});

describe.concurrent('the sticky comment changed by a person between runs', () => {
  it('edited (marker kept): the next run updates that same comment back', async () => {
    const pull = newPull();
    await run(pull);
    const [first] = botComments(pull);
    gh.editComment(first!.id, `${COMMENT_MARKER}\nI edited this by hand @octocat`);
    const second = await run(pull);
    expect(second.code).toBe(1);
    expect(gh.comments(pull)).toHaveLength(1);
    expect(gh.comments(pull)[0]!.id).toBe(first!.id);
    expect(gh.comments(pull)[0]!.body).toContain('widened-unused-service');
    expect(gh.comments(pull)[0]!.body).not.toContain('by hand');
  }, 60_000);

  it('edited with the marker removed: that text is left as the person wrote it, and one new sticky comment holds the report', async () => {
    const pull = newPull();
    await run(pull);
    const [first] = botComments(pull);
    gh.editComment(first!.id, 'LGTM, the bot is wrong here');
    const second = await run(pull);
    expect(second.code).toBe(1);
    expect(gh.comments(pull).find((c) => c.id === first!.id)?.body).toBe('LGTM, the bot is wrong here');
    const sticky = gh.comments(pull).filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('widened-unused-service');
  }, 60_000);

  it('deleted: the next run creates exactly one new comment', async () => {
    const pull = newPull();
    await run(pull);
    const [first] = botComments(pull);
    gh.deleteComment(first!.id);
    const second = await run(pull);
    expect(second.code).toBe(1);
    expect(gh.comments(pull)).toHaveLength(1);
    expect(gh.comments(pull)[0]!.id).not.toBe(first!.id);
    expect(gh.comments(pull)[0]!.body).toContain('widened-unused-service');
  }, 60_000);

  it("deleted, and a person's own comment quotes our marker: theirs is left alone, ours is created", async () => {
    const pull = newPull();
    await run(pull);
    gh.deleteComment(botComments(pull)[0]!.id);
    const human = gh.addComment(pull, `${COMMENT_MARKER}\nquoting the bot: please fix`);
    await run(pull);
    const theirs = gh.comments(pull).find((c) => c.id === human.id);
    expect(theirs?.body).toBe(`${COMMENT_MARKER}\nquoting the bot: please fix`);
    expect(botComments(pull)).toHaveLength(1);
  }, 60_000);
});

describe.concurrent('a comment carrying our marker that this workflow did not write', () => {
  it("another app's comment with the marker is left alone, ours is created, and no permission is blamed", async () => {
    const pull = newPull();
    const other = gh.addComment(pull, `${COMMENT_MARKER}\nI am another tool`, {
      login: 'other-app[bot]',
      id: 9001,
      type: 'Bot',
    });
    const result = await run(pull);
    expect(result.code).toBe(1);
    expect(gh.comments(pull).find((c) => c.id === other.id)?.body).toBe(
      `${COMMENT_MARKER}\nI am another tool`,
    );
    const ours = gh.comments(pull).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('widened-unused-service');
    expect(result.annotations.filter((a) => /PR comment/.test(a.message))).toEqual([]);
    expect(result.stdout).not.toMatch(/pull-requests: write/);
    // A second run finds its own comment among the two and updates it; the other stays as it was.
    const second = await run(pull);
    expect(second.code).toBe(1);
    expect(gh.comments(pull)).toHaveLength(2);
    expect(gh.comments(pull).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(second.stdout).toMatch(/PR comment (updated|unchanged)/);
  }, 60_000);
});

describe.concurrent('on-missing-data', () => {
  it('fail: a FAILED report job blocks the check with the reason', async () => {
    const pull = newPull();
    const result = await run(pull, { 'on-missing-data': 'fail', comment: 'never' }, awsEnv(failingIam));
    expect(result.code).toBe(1);
    const missing = result.annotations.find((a) => a.properties['title'] === 'no-usage-data');
    expect(missing?.level).toBe('error');
    expect(missing?.message).toContain('job failed in test');
  }, 60_000);

  it('warn: the same run is not blocked by it, but says so', async () => {
    const pull = newPull();
    const result = await run(pull, { 'on-missing-data': 'warn', comment: 'never' }, awsEnv(failingIam));
    expect(result.summary).toContain('no-usage-data');
    expect(result.summary).toContain('job failed in test');
  }, 60_000);

  it('an unknown value is a one-line input error', async () => {
    const result = await run(newPull(), { 'on-missing-data': 'ignore' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::.*input 'on-missing-data' must be one of fail, warn/);
  }, 60_000);
});
