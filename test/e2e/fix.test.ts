// `iam-usage-guard fix` as a user runs it (the bundled CLI in a temp git repository, usage from a snapshot or the
// local IAM endpoint): --dry-run prints the exact diff and changes nothing; fix writes, keeps style and comments,
// exits 0 when nothing is left, and the next check passes; what cannot be edited in place is listed to do by hand;
// --all right-sizes entities the branch did not change; no usage data, a symlink, a bad flag: clear refusals.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distFile, repoRoot } from '../cli/bundle.js';
import { runShell, TempRepo } from '../cli/e2e-support.js';
import { roleArn, withLocalIam } from '../support/local-iam.js';

const NOW = Date.now();
const ago = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

function report(
  name: string,
  services: Record<string, number | null>,
  tracked: Record<string, Record<string, number | null>> = {},
) {
  return {
    Arn: roleArn(name),
    CreateDate: ago(500),
    JobStatus: 'COMPLETED',
    JobType: 'ACTION_LEVEL',
    JobCreationDate: ago(0),
    JobCompletionDate: ago(0),
    ServicesLastAccessed: Object.entries(services).map(([ns, days]) => ({
      ServiceName: ns,
      ServiceNamespace: ns,
      ...(days === null ? {} : { LastAuthenticated: ago(days) }),
      ...(tracked[ns]
        ? {
            TrackedActionsLastAccessed: Object.entries(tracked[ns]!).map(([action, at]) => ({
              ActionName: action,
              ...(at === null ? {} : { LastAccessedTime: ago(at) }),
            })),
          }
        : {}),
    })),
  };
}

const SNAPSHOT = JSON.stringify({
  version: 1,
  generatedAt: ago(0),
  reports: [
    report('app-role', { s3: 1, sqs: null, dynamodb: 200 }),
    report('json-role', { s3: 2, logs: 2 }, { s3: { CreateBucket: null, DeleteBucket: null } }),
    report('cond-role', { s3: 1, sqs: 300 }),
    report('old-role', { s3: 1, sns: 365 }),
  ],
  accessKeys: [],
  policies: [],
  resources: [],
});

const APP_BASE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - Sid: Read
                Effect: Allow
                Action:
                  - s3:GetObject # reports
                  - sqs:ReceiveMessage
                Resource: '*'
              - Sid: Orders # the table
                Effect: Allow
                Action: [dynamodb:GetItem, dynamodb:Query]
                Resource: '*'
`;
const APP_HEAD = APP_BASE.replace('dynamodb:Query]', 'dynamodb:Query, "dynamodb:BatchWriteItem"]');
const JSON_HEAD = `{
  "Resources": {
    "JsonRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "RoleName": "json-role",
        "AssumeRolePolicyDocument": {},
        "Policies": [
          {
            "PolicyName": "p",
            "PolicyDocument": {
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["s3:GetObject", "s3:DeleteBucket", "logs:PutLogEvents"],
                  "Resource": "*"
                }
              ]
            }
          }
        ]
      }
    }
  }
}
`;
const COND_HEAD = `Conditions:
  Prod: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  CondRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: cond-role
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: !If [Prod, [s3:GetObject, sqs:SendMessage], [s3:GetObject]]
                Resource: '*'
`;
const OLD = `Resources:
  OldRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: old-role
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, sns:Publish]
                Resource: '*'
`;

let repo: TempRepo;

function fresh(): TempRepo {
  const r = new TempRepo('iug-fix-e2e-');
  r.write('usage.json', SNAPSHOT);
  r.write('infra/app.yaml', APP_BASE);
  r.write('legacy/old.yaml', OLD);
  r.commit('base');
  r.git('checkout', '-q', '-b', 'change');
  r.write('infra/app.yaml', APP_HEAD);
  r.write('infra/json.json', JSON_HEAD);
  r.commit('change');
  return r;
}

afterAll(() => repo?.remove());

describe('fix --dry-run', () => {
  beforeAll(() => {
    repo = fresh();
  });

  it('prints the exact unified diff of every edit, changes no file, and exits 1', async () => {
    const result = await repo.run(['fix', '--dry-run', '--snapshot', 'usage.json']);
    expect(result.stdout).toBe(
      [
        '--- a/infra/app.yaml',
        '+++ b/infra/app.yaml',
        // One block, as git shows it: the two removals slide together across the repeated Resource line.
        '@@ -13,9 +13,4 @@',
        '                 Effect: Allow',
        '                 Action:',
        '                   - s3:GetObject # reports',
        '-                  - sqs:ReceiveMessage',
        "-                Resource: '*'",
        '-              - Sid: Orders # the table',
        '-                Effect: Allow',
        '-                Action: [dynamodb:GetItem, dynamodb:Query, "dynamodb:BatchWriteItem"]',
        "                 Resource: '*'",
        '--- a/infra/json.json',
        '+++ b/infra/json.json',
        '@@ -12,7 +12,7 @@',
        '               "Statement": [',
        '                 {',
        '                   "Effect": "Allow",',
        '-                  "Action": ["s3:GetObject", "s3:DeleteBucket", "logs:PutLogEvents"],',
        '+                  "Action": ["s3:GetObject", "logs:PutLogEvents"],',
        '                   "Resource": "*"',
        '                 }',
        '               ]',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toContain(
      'iam-usage-guard fix: would narrow 3 statements in 2 files (infra/app.yaml, infra/json.json).',
    );
    expect(result.code).toBe(1);
    expect(readFileSync(join(repo.root, 'infra/app.yaml'), 'utf8')).toBe(APP_HEAD);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('the diff applies with git apply and gives what fix writes', async () => {
    const diff = await repo.run(['fix', '--dry-run', '--snapshot', 'usage.json']);
    writeFileSync(join(dirname(repo.root), 'fix.diff'), diff.stdout);
    repo.git('apply', join(dirname(repo.root), 'fix.diff'));
    const applied = readFileSync(join(repo.root, 'infra/app.yaml'), 'utf8');
    repo.git('checkout', '-q', '--', '.');
    const written = await repo.run(['fix', '--snapshot', 'usage.json']);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(join(repo.root, 'infra/app.yaml'), 'utf8')).toBe(applied);
    repo.git('checkout', '-q', '--', '.');
  });
});

describe('fix', () => {
  beforeAll(() => {
    repo.remove();
    repo = fresh();
  });

  it('writes the edits, exits 0, and the next check has no unused or widened finding; a second fix has nothing to do', async () => {
    const before = await repo.run(['check', '--snapshot', 'usage.json', '--format', 'json']);
    expect(before.code).toBe(1);
    const fixed = await repo.run(['fix', '--snapshot', 'usage.json']);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toContain('narrowed 3 statements in 2 files');
    expect(readFileSync(join(repo.root, 'infra/app.yaml'), 'utf8')).toContain(
      '- s3:GetObject # reports\n                Resource',
    );
    const check = await repo.run([
      'check',
      '--snapshot',
      'usage.json',
      '--format',
      'json',
      '--fail-on',
      'notice',
    ]);
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; entity: { id: string } }[] })
      .findings;
    expect(findings.filter((f) => /^(widened|unused)-/.test(f.rule))).toEqual([]);
    const again = await repo.run(['fix', '--snapshot', 'usage.json']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing to fix; 2 entities judged against [0-9a-f]{12}/);
    // legacy/old.yaml is not part of the change: left as it is.
    expect(readFileSync(join(repo.root, 'legacy/old.yaml'), 'utf8')).toBe(OLD);
  });

  it('--all right-sizes what the branch did not change too', async () => {
    const result = await repo.run(['fix', '--all', '--snapshot', 'usage.json']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(repo.root, 'legacy/old.yaml'), 'utf8')).toBe(
      OLD.replace('[s3:GetObject, sns:Publish]', '[s3:GetObject]'),
    );
    expect((await repo.run(['fix', '--all', '--base', 'main', '--snapshot', 'usage.json'])).stderr).toContain(
      '--all judges every entity as it stands',
    );
  });

  it('lists what it cannot edit in place, with the Action list to set by hand, and exits 1', async () => {
    repo.write('infra/cond.yaml', COND_HEAD);
    repo.commit('cond');
    const result = await repo.run(['fix', '--all', '--snapshot', 'usage.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /infra\/cond\.yaml:13 \(role CondRole\): the Action element is built with Fn::If; by hand: set its "Action": \["s3:GetObject"\]\./,
    );
    expect(readFileSync(join(repo.root, 'infra/cond.yaml'), 'utf8')).toBe(COND_HEAD);
  });

  it('never writes through a symlink that leads out of the repository', async () => {
    const outside = join(dirname(repo.root), 'outside.yaml');
    writeFileSync(outside, OLD.replace('old-role', 'app-role'));
    mkdirSync(join(repo.root, 'links'), { recursive: true });
    symlinkSync(outside, join(repo.root, 'links', 'app.yaml'));
    const result = await repo.run(['fix', '--all', 'links', '--snapshot', 'usage.json']);
    expect(result.code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe(OLD.replace('old-role', 'app-role'));
  });

  it('refuses to guess without usage data, and explains its flags', async () => {
    const result = await repo.run(['fix']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/iam-usage-guard fix: cannot tell what is unused: no AWS credentials/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const help = await repo.run(['fix', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: iam-usage-guard fix [PATH...] [options]');
    expect(help.stdout).toMatch(/--dry-run\s+Print the edits as a unified diff/);
    expect(help.stdout).toMatch(/--all\s+Every entity in the files/);
  });
});

describe('fix against the local IAM endpoint', () => {
  it('reads usage live, as check does, and fixes the same', async () => {
    const iam = await withLocalIam({
      account: '123456789012',
      entities: [
        {
          arn: roleArn('app-role'),
          createDate: 'now-500d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'sqs', lastAuthenticated: 'now-2d' },
            { namespace: 'dynamodb', lastAuthenticated: 'now-200d' },
          ],
        },
        {
          arn: roleArn('json-role'),
          createDate: 'now-500d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'logs', lastAuthenticated: 'now-1d' },
          ],
        },
      ],
    });
    const live = fresh();
    try {
      const result = await live.run(['fix', 'infra/app.yaml', '--no-cache'], iam.env);
      expect(result.code, result.stderr).toBe(0);
      const text = readFileSync(join(live.root, 'infra/app.yaml'), 'utf8');
      expect(text).toContain('- sqs:ReceiveMessage');
      expect(text).not.toContain('dynamodb');
    } finally {
      live.remove();
      await iam.close();
    }
  });
});

describe('the scheduled right-sizing workflow (docs/iam-usage-guard-fix-workflow.yml)', () => {
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    shell?: string;
    with?: Record<string, unknown>;
  }
  const workflow = parse(
    readFileSync(join(repoRoot, 'docs', 'iam-usage-guard-fix-workflow.yml'), 'utf8'),
  ) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: { fix: { steps: Step[] } };
  };
  const steps = workflow.jobs.fix.steps;

  it('runs on a schedule with the permissions a branch and a pull request need, and the full history', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'))!;
    expect(pr.with?.['branch']).toBe('iam-usage-guard/right-size');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
    expect(pr.with?.['body-path']).toBe('${{ runner.temp }}/fix-body.md');
  });

  it('its fix step, run as the runner runs it, edits only IaC files and writes the pull request body', async () => {
    const iam = await withLocalIam({
      account: '123456789012',
      entities: [
        {
          arn: roleArn('old-role'),
          createDate: 'now-500d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'sns', lastAuthenticated: 'now-365d' },
          ],
        },
        {
          arn: roleArn('cond-role'),
          createDate: 'now-500d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'sqs', lastAuthenticated: 'now-300d' },
          ],
        },
      ],
    });
    const scheduled = new TempRepo('iug-fix-schedule-');
    try {
      scheduled.write('legacy/old.yaml', OLD);
      scheduled.write('infra/cond.yaml', COND_HEAD);
      scheduled.commit('main');
      const step = steps.find((s) => s.id === 'fix')!;
      expect(step.shell).toBe('bash');
      const script = step.run!.replace(
        'npx --yes iam-usage-guard@1',
        `node ${JSON.stringify(distFile('cli.js'))}`,
      );
      expect(script).not.toContain('npx');
      const temp = join(dirname(scheduled.root), 'runner-temp');
      mkdirSync(temp, { recursive: true });
      // As the runner runs a `shell: bash` step: the script in a file, `bash --noprofile --norc -eo pipefail {0}`.
      writeFileSync(join(temp, 'step.sh'), script);
      const result = await runShell(
        `bash --noprofile --norc -eo pipefail ${JSON.stringify(join(temp, 'step.sh'))}`,
        {
          cwd: scheduled.root,
          env: scheduled.env({ ...iam.env, RUNNER_TEMP: temp, IAM_USAGE_GUARD_CACHE_DIR: 'off' }),
        },
      );
      // fix exits 1 (the Fn::If statement is for a person); the step goes on to the pull request.
      expect(result.code, result.stderr).toBe(0);
      expect(scheduled.git('status', '--porcelain')).toBe(' M legacy/old.yaml\n');
      const body = readFileSync(join(temp, 'fix-body.md'), 'utf8');
      expect(body).toContain('narrowed 1 statement in 1 file (legacy/old.yaml)');
      expect(body).toMatch(/infra\/cond\.yaml:13 \(role CondRole\): the Action element is built with Fn::If/);
    } finally {
      scheduled.remove();
      await iam.close();
    }
  });
});
