// Credentials and regions as a user's shell and the GitHub runner set them up, through the bundled CLI and action
// against the local IAM endpoint: credentials AWS starts rejecting mid-run fail the run (check exit 2, the action's
// step, snapshot), fresh ones from `credential_process` are fetched once and used, and the profile's region signs
// CloudFormation calls even when an endpoint variable is set.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { startGitHubStandIn } from '../support/github-stand-in.js';
import { ACCOUNT, type RunningLocalIam, roleArn, withLocalIam } from '../support/local-iam.js';

const ROLES = ['role-a', 'role-b', 'role-c', 'role-d', 'role-e'];

function template(): string {
  return [
    'Resources:',
    ...ROLES.flatMap((name, i) => [
      `  Role${i}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${name}`,
      '      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}',
      '      Policies:',
      '        - PolicyName: app',
      '          PolicyDocument:',
      '            Statement:',
      '              - {Effect: Allow, Action: ["s3:GetObject", "sqs:SendMessage"], Resource: "*"}',
    ]),
    '',
  ].join('\n');
}

function scenario(bursts: unknown[]) {
  return {
    account: ACCOUNT,
    entities: ROLES.map((name) => ({
      arn: roleArn(name),
      createDate: 'now-400d',
      services: [
        { namespace: 's3', lastAuthenticated: 'now-1d' },
        { namespace: 'sqs', lastAuthenticated: 'now-2d' },
      ],
    })),
    stacks: { App: { Role0: 'role-a' } },
    faults: { jobLatencyMs: 20, bursts },
  };
}

let repo: TempRepo;
beforeAll(async () => {
  repo = new TempRepo('iug-credentials-');
  repo.write('infra/app.yaml', template());
  repo.commit('roles');
}, 180_000);
afterAll(() => repo?.remove());

async function withIam<T>(bursts: unknown[], run: (iam: RunningLocalIam) => Promise<T>): Promise<T> {
  const iam = await withLocalIam(scenario(bursts));
  try {
    return await run(iam);
  } finally {
    await iam.close();
  }
}

/** The endpoint variables only: keys and region come from `profile` in the `config` file, as the SDK reads them. */
function profileEnv(iam: RunningLocalIam, profile: string, config: string): Record<string, string> {
  const {
    AWS_ACCESS_KEY_ID: _id,
    AWS_SECRET_ACCESS_KEY: _secret,
    AWS_REGION: _region,
    ...endpoints
  } = iam.env;
  return { ...endpoints, AWS_PROFILE: profile, AWS_CONFIG_FILE: config, IAM_USAGE_GUARD_CACHE_DIR: 'off' };
}

const SENTENCE = (code: string) =>
  new RegExp(
    `AWS rejected the credentials \\(${code}\\) after \\d of ${ROLES.length} entities; nothing was judged for the rest`,
  );

describe('credentials AWS rejects from the 4th call on', () => {
  it.each(['ExpiredToken', 'InvalidClientTokenId'])(
    'check exits 2 with one sentence (%s), even with onMissingData: warn',
    async (code) => {
      repo.write('.iam-usage-guard.yml', 'onMissingData: warn\n');
      await withIam([{ kind: 'credentials-rejected', code, after: 3 }], async (iam) => {
        const result = await repo.run(['check', '--no-base'], {
          ...iam.env,
          IAM_USAGE_GUARD_CACHE_DIR: 'off',
        });
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toMatch(
          new RegExp(`^iam-usage-guard check: ${SENTENCE(code).source}\\n$`, 'm'),
        );
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stdout).toBe('');
      });
    },
  );

  it('snapshot writes what it had, names every entity without a report, and exits 2', async () => {
    await withIam([{ kind: 'credentials-rejected', code: 'ExpiredToken', after: 3 }], async (iam) => {
      const result = await repo.run(['snapshot', '.', '--out', 'usage.json'], {
        ...iam.env,
        IAM_USAGE_GUARD_CACHE_DIR: 'off',
      });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(SENTENCE('ExpiredToken'));
      const named = [...result.stderr.matchAll(/no report for infra\/app\.yaml#(Role\d)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      expect(result.stderr).toContain('not judged: AWS rejected the credentials (ExpiredToken)');
    });
  });

  it('the action fails the step with the sentence, whatever on-missing-data says', async () => {
    const gh = await startGitHubStandIn('octo-org/octo-repo');
    try {
      await withIam([{ kind: 'credentials-rejected', code: 'ExpiredToken', after: 3 }], async (iam) => {
        const sha = repo.git('rev-parse', 'HEAD').trim();
        gh.setPullFiles(3, [{ filename: 'infra/app.yaml', status: 'added' }]);
        const run = await runAction({
          repo,
          apiUrl: gh.url,
          event: 'workflow_dispatch',
          payload: {},
          sha,
          inputs: { 'on-missing-data': 'warn' },
          env: { ...iam.env },
        });
        expect(run.code, run.stdout).toBe(1);
        const failure = run.annotations.filter((a) => a.level === 'error' && !a.properties['file']);
        expect(failure.map((a) => a.message)).toEqual([
          expect.stringMatching(new RegExp(`^iam-usage-guard: ${SENTENCE('ExpiredToken').source}$`)),
        ]);
      });
    } finally {
      await gh.close();
    }
  });
});

describe('credentials from credential_process', () => {
  it('rejected once: the chain is asked again, the fresh ones are used, and the check completes', async () => {
    const counter = join(repo.home, 'process-count');
    const script = join(repo.home, 'credentials.mjs');
    // Hands out AKIAFIRST… the first time, AKIASECOND… after that (as a token vending process would).
    writeFileSync(
      script,
      [
        "import { existsSync, readFileSync, writeFileSync } from 'node:fs';",
        `const file = ${JSON.stringify(counter)};`,
        "const n = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;",
        'writeFileSync(file, String(n + 1));',
        "const id = n === 0 ? 'AKIAFIRST0000000000A' : 'AKIASECOND000000000B';",
        'const expiration = new Date(Date.now() + 3600_000).toISOString();',
        "process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: id, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: expiration }));",
        '',
      ].join('\n'),
    );
    const config = join(repo.home, 'aws-config');
    writeFileSync(
      config,
      `[profile vending]\ncredential_process = ${process.execPath} ${script}\nregion = eu-west-1\n`,
    );
    await withIam(
      [{ kind: 'credentials-rejected', code: 'ExpiredToken', after: 2, accessKeyId: 'AKIAFIRST0000000000A' }],
      async (iam) => {
        const result = await repo.run(
          ['check', '--no-base', '--format', 'json'],
          profileEnv(iam, 'vending', config),
        );
        expect(result.stderr).not.toMatch(/rejected/);
        expect([0, 1]).toContain(result.code);
        const findings = JSON.parse(result.stdout).findings as { rule: string }[];
        expect(findings.filter((f) => f.rule === 'no-usage-data')).toEqual([]);
        const keys = iam.server.calls.map((c) => c.accessKeyId);
        expect(keys).toContain('AKIASECOND000000000B');
        const rejected = iam.server.calls.filter((c) => c.code === 'ExpiredToken');
        expect(rejected.length).toBeGreaterThan(0);
        expect(rejected.every((c) => c.accessKeyId === 'AKIAFIRST0000000000A')).toBe(true);
      },
    );
  });
});

describe('regions', () => {
  it("CloudFormation is signed for the profile's region when only an endpoint variable is set", async () => {
    const config = join(repo.home, 'aws-config-region');
    writeFileSync(
      config,
      '[profile far]\naws_access_key_id = AKIAREGION0000000001\naws_secret_access_key = secret\nregion = ap-southeast-2\n',
    );
    repo.write('.iam-usage-guard.yml', 'stacks:\n  - template: "infra/**"\n    stackName: App\n');
    await withIam([], async (iam) => {
      const result = await repo.run(
        ['check', '--no-base', '--format', 'json'],
        profileEnv(iam, 'far', config),
      );
      expect([0, 1], result.stderr).toContain(result.code);
      const stacks = iam.server.calls.filter((c) => c.op === 'DescribeStackResources');
      expect(stacks.length).toBeGreaterThan(0);
      expect(stacks.every((c) => c.signingRegion === 'ap-southeast-2')).toBe(true);
    });
  });
});
