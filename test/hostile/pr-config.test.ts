// A pull request is untrusted input, its configuration file included: a change that widens permissions and, in
// the same pull request, adds or edits the configuration to switch the rule off or ignore everything must still
// be blocked (the action reads a configuration the change edits at the base commit). Runs the bundled action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/local-iam/scenario.js';
import { type LocalIam, startLocalIam } from '../../src/local-iam/server.js';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { roleYaml } from './support.js';

const ACCOUNT = '123456789012';
const DISARMED = `rules:
  widened-unused-service: off
  unused-service: off
ignore:
  entities: ['**']
  services: ['*']
`;

let iam: LocalIam;
let gh: GitHubStandIn;

beforeAll(async () => {
  iam = await startLocalIam(
    loadScenario(
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
      }),
      'scenario.json',
    ),
  );
  gh = await startGitHubStandIn(REPOSITORY);
}, 180_000);
afterAll(async () => {
  await gh?.close();
  await iam?.close();
});

function env(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIACONFIGTEST000001',
    AWS_SECRET_ACCESS_KEY: 'config-test-secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_IAM: iam.url,
    AWS_ENDPOINT_URL_STS: iam.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: iam.url,
  };
}

/** A repo whose base has `baseConfig` (or none) and whose head widens s3 and writes `headConfig`. */
function pullRequest(
  baseConfig: string | null,
  headConfig: string,
  configFile = '.github/iam-usage-guard.yml',
) {
  const repo = new TempRepo('iug-pr-config-');
  repo.write('infra/app.yaml', roleYaml('AppRole', 'app-role', ['s3:GetObject', 'sqs:SendMessage']));
  if (baseConfig !== null) repo.write(configFile, baseConfig);
  repo.commit('base');
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.write(
    'infra/app.yaml',
    roleYaml('AppRole', 'app-role', ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']),
  );
  repo.write(configFile, headConfig);
  repo.commit('widen s3 and disarm the guard');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  return { repo, baseSha, headSha, configFile };
}

describe.concurrent('a pull request cannot switch its own check off', () => {
  it.each([
    ['adds a configuration that turns the rule off', null, 301, undefined],
    ['edits the existing configuration to ignore everything', 'unusedDays: 90\n', 302, undefined],
    ['adds .iam-usage-guard.yaml at the root (the other spelling)', null, 303, '.iam-usage-guard.yaml'],
  ])(
    '%s: still blocked, with a warning that names the file',
    async (_name, baseConfig, pull, configFile) => {
      const pr = pullRequest(baseConfig, DISARMED, configFile);
      try {
        gh.setPullFiles(pull, [
          { filename: 'infra/app.yaml', status: 'modified' },
          { filename: pr.configFile, status: baseConfig === null ? 'added' : 'modified' },
        ]);
        const run = await runAction({
          repo: pr.repo,
          apiUrl: gh.url,
          event: 'pull_request',
          payload: pullRequestPayload(pull, pr.baseSha, pr.headSha),
          sha: pr.headSha,
          env: env(),
          inputs: { comment: 'never' },
        });
        expect(run.code, run.stdout).toBe(1);
        expect(run.outputs['blocked']).toBe('true');
        expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
        const warning = run.annotations.find(
          (a) => a.level === 'warning' && /edits the configuration/.test(a.message),
        );
        expect(warning?.message).toContain(pr.configFile);
      } finally {
        pr.repo.remove();
      }
    },
    90_000,
  );

  it('a merge queue entry (not merged yet) reads the edited configuration at its base', async () => {
    const pr = pullRequest(null, DISARMED);
    try {
      const payload = {
        action: 'checks_requested',
        merge_group: { base_sha: pr.baseSha, head_sha: pr.headSha, head_ref: 'gh-readonly-queue/main/pr-9' },
        repository: { full_name: REPOSITORY },
      };
      const run = await runAction({
        repo: pr.repo,
        apiUrl: gh.url,
        event: 'merge_group',
        payload,
        sha: pr.headSha,
        env: env(),
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
      expect(
        run.annotations.some((a) => a.level === 'warning' && /edits the configuration/.test(a.message)),
      ).toBe(true);
    } finally {
      pr.repo.remove();
    }
  }, 90_000);

  it('a push (the change is merged) uses the configuration as committed', async () => {
    const pr = pullRequest(null, DISARMED);
    try {
      const payload = {
        ref: 'refs/heads/main',
        before: pr.baseSha,
        after: pr.headSha,
        repository: { full_name: REPOSITORY },
      };
      const run = await runAction({
        repo: pr.repo,
        apiUrl: gh.url,
        event: 'push',
        payload,
        sha: pr.headSha,
        env: env(),
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(false);
    } finally {
      pr.repo.remove();
    }
  }, 90_000);
});
