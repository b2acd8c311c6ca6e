// Credentials never leak: the whole bundled action (node dist/index.js) and the bundled CLI (node dist/cli.js) run
// with AWS keys, a session token and a GitHub token in the environment, with runner debug logging on, through
// the success path and the error paths (AccessDenied, expired credentials). None of the values, nor a distinctive
// part of one, may appear in stdout, stderr, annotations, the job summary, the outputs, the comment, SARIF, the
// JSON report or a snapshot file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/local-iam/scenario.js';
import { type LocalIam, startLocalIam } from '../../src/local-iam/server.js';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { roleYaml } from '../hostile/support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';

const ACCOUNT = '123456789012';
const SECRETS = {
  accessKeyId: 'ASIAQSECRETLEAKTEST7',
  secretAccessKey: 'wJalrXUtnSECRET/LEAK+K7MDENG/bPxRfiCYzzSecret',
  sessionToken: `IQoJb3JpZ2luX2VjSESSIONTOKENLEAK${'Zm9vYmFy'.repeat(24)}//////////ENDOFTOKEN==`,
  githubToken: 'ghs_SecretLeakTestToken0123456789abcdefXYZ',
};

/** The values, and distinctive pieces of each (a leak may be cut, wrapped or truncated). */
const NEEDLES = Object.values(SECRETS).flatMap((value) => [
  value,
  value.slice(0, 12),
  value.slice(-12),
  value.slice(Math.floor(value.length / 2) - 6, Math.floor(value.length / 2) + 6),
]);

function expectNoSecret(where: string, text: string): void {
  for (const needle of NEEDLES) {
    if (text.includes(needle)) {
      const at = text.indexOf(needle);
      throw new Error(
        `${where} contains a secret (${needle}): …${text.slice(Math.max(0, at - 80), at + 80)}…`,
      );
    }
  }
}

function readAll(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

let iam: LocalIam;
let deniedIam: LocalIam;
let expiredIam: LocalIam;
let gh: GitHubStandIn;
let repo: TempRepo;
let baseSha: string;
let headSha: string;

const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/app-role`;

function scenario(faults?: object) {
  return loadScenario(
    JSON.stringify({
      account: ACCOUNT,
      entities: [
        {
          arn: ROLE_ARN,
          createDate: 'now-400d',
          services: [{ namespace: 's3', lastAuthenticated: 'now-200d' }, { namespace: 'sqs' }],
        },
      ],
      ...(faults ? { faults } : {}),
    }),
    'scenario.json',
  );
}

function awsEnv(server: LocalIam): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: SECRETS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: SECRETS.secretAccessKey,
    AWS_SESSION_TOKEN: SECRETS.sessionToken,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_IAM: server.url,
    AWS_ENDPOINT_URL_STS: server.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: server.url,
    // Every debug switch a user might turn on.
    RUNNER_DEBUG: '1',
    ACTIONS_STEP_DEBUG: 'true',
    ACTIONS_RUNNER_DEBUG: 'true',
    DEBUG: '*',
    NODE_DEBUG: '',
    AWS_SDK_JS_LOG: 'debug',
  };
}

beforeAll(async () => {
  iam = await startLocalIam(scenario());
  deniedIam = await startLocalIam(
    scenario({
      deniedCalls: [{ operation: 'GenerateServiceLastAccessedDetails' }, { operation: 'GetRole' }],
    }),
  );
  expiredIam = await startLocalIam(scenario({ bursts: [{ kind: 'expired-token', after: 1 }] }));
  gh = await startGitHubStandIn(REPOSITORY);
  repo = new TempRepo('iug-secrets-');
  repo.write('infra/app.yaml', roleYaml('AppRole', 'app-role', ['s3:GetObject', 'sqs:SendMessage']));
  repo.commit('base');
  baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.write(
    'infra/app.yaml',
    roleYaml('AppRole', 'app-role', ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']),
  );
  repo.commit('widen');
  headSha = repo.git('rev-parse', 'HEAD').trim();
}, 180_000);

afterAll(async () => {
  await Promise.all([gh?.close(), iam?.close(), deniedIam?.close(), expiredIam?.close()]);
  repo?.remove();
});

describe.concurrent('the bundled action with credentials, a token and debug logging', () => {
  it.each([
    ['findings and a comment', () => iam, 201, true],
    ['AccessDenied on every report', () => deniedIam, 202, true],
    // The run fails (nothing after the rejection was judged): one failure line, still no secret anywhere.
    ['credentials expiring mid-run', () => expiredIam, 203, false],
  ])(
    '%s: no secret in any output',
    async (_name, server, pull, judged) => {
      gh.setPullFiles(pull, [{ filename: 'infra/app.yaml', status: 'modified' }]);
      const run = await runAction({
        repo,
        apiUrl: gh.url,
        event: 'pull_request',
        payload: pullRequestPayload(pull, baseSha, headSha),
        sha: headSha,
        env: { ...awsEnv(server()), GITHUB_TOKEN: SECRETS.githubToken },
        inputs: {
          'github-token': SECRETS.githubToken,
          comment: 'always',
          'sarif-file': `out-${pull}/guard.sarif`,
        },
      });
      expect(gh.requests.some((r) => r.authorization?.includes(SECRETS.githubToken))).toBe(true);
      const lines = run.stdout.split('\n');
      expect(lines).toContain(`::add-mask::${SECRETS.githubToken}`);
      expectNoSecret(
        'stdout (annotations and logs)',
        lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      );
      expectNoSecret('stderr', run.stderr);
      expectNoSecret('annotations', JSON.stringify(run.annotations));
      if (!judged) {
        expect(run.code).toBe(1);
        expect(run.annotations.map((a) => a.message)).toContainEqual(
          expect.stringMatching(
            /^iam-usage-guard: AWS rejected the credentials \(ExpiredToken\) after 0 of 1 entities/,
          ),
        );
        return;
      }
      // It really ran: a comment, SARIF and a report were produced with the token in use.
      expect(gh.comments(pull)).toHaveLength(1);
      const sarifPath = path.join(repo.root, `out-${pull}/guard.sarif`);
      expect(existsSync(sarifPath)).toBe(true);
      const reportPath = run.outputs['report-json'];
      expect(reportPath && existsSync(reportPath)).toBeTruthy();

      // `::add-mask::` is the one place a secret is written on purpose: the runner consumes the command (it is never
      // shown) and masks the value in everything the job prints after it.
      expectNoSecret('job summary', run.summary);
      expectNoSecret('outputs', JSON.stringify(run.outputs));
      expectNoSecret(
        'comment',
        gh
          .comments(pull)
          .map((c) => c.body)
          .join('\n'),
      );
      expectNoSecret('GitHub request bodies', JSON.stringify(gh.requests.map((r) => r.body)));
      expectNoSecret('SARIF', readFileSync(sarifPath, 'utf8'));
      expectNoSecret('report JSON', readFileSync(reportPath!, 'utf8'));
      expectNoSecret('files left in the workspace', readAll(path.join(repo.root, `out-${pull}`)));
    },
    90_000,
  );
});

describe.concurrent('the bundled CLI with credentials in the environment', () => {
  const cli = (server: LocalIam, args: string[]) => repo.run(args, awsEnv(server));

  it('check (json, sarif) and snapshot: no secret in output or files', async () => {
    const check = await cli(iam, [
      'check',
      '--base',
      baseSha,
      '--format',
      'sarif',
      '--output',
      'check.sarif',
    ]);
    expect(check.code).toBe(1);
    const json = await cli(iam, ['check', '--base', baseSha, '--format', 'json']);
    expect(JSON.parse(json.stdout).summary.blocked).toBe(true);
    const snapshot = await cli(iam, ['snapshot', 'infra', '--out', 'snapshot.json']);
    expect(snapshot.code, snapshot.stderr).toBe(0);
    for (const [where, text] of [
      ['check stdout', check.stdout],
      ['check stderr', check.stderr],
      ['check json', json.stdout + json.stderr],
      ['snapshot output', snapshot.stdout + snapshot.stderr],
      ['SARIF file', readFileSync(path.join(repo.root, 'check.sarif'), 'utf8')],
      ['snapshot file', readFileSync(path.join(repo.root, 'snapshot.json'), 'utf8')],
    ] as const) {
      expectNoSecret(where, text);
    }
    expect(readFileSync(path.join(repo.root, 'snapshot.json'), 'utf8')).toContain(ROLE_ARN);
  }, 90_000);

  it.each([
    ['report', (s: LocalIam) => s, ['report', '--arn', ROLE_ARN]],
    ['report denied', () => deniedIam, ['report', '--arn', ROLE_ARN]],
    ['report with expired credentials', () => expiredIam, ['report', '--arn', ROLE_ARN]],
    ['snapshot denied', () => deniedIam, ['snapshot', '--arn', ROLE_ARN, '--out', 'denied.json']],
    ['check denied (markdown)', () => deniedIam, ['check', '--base', baseSha, '--format', 'markdown']],
    // The key asked about is the user's own argument; the environment's key must still not show.
    ['access-key denied', () => deniedIam, ['access-key', '--access-key-id', 'AKIAOTHERKEY00000001']],
    ['access-key of a user, expired credentials', () => expiredIam, ['access-key', '--user', 'bob']],
  ] as const)(
    '%s: no secret in output',
    async (_name, server, args) => {
      const result = await cli(server(iam), [...args]);
      expect(result.stdout + result.stderr).not.toBe('');
      expectNoSecret('stdout', result.stdout);
      expectNoSecret('stderr', result.stderr);
      if (
        (args as readonly string[]).includes('denied.json') &&
        existsSync(path.join(repo.root, 'denied.json'))
      ) {
        expectNoSecret('snapshot file', readFileSync(path.join(repo.root, 'denied.json'), 'utf8'));
      }
    },
    60_000,
  );
});
