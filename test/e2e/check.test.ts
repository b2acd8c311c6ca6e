import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { LocalIam } from '../../src/local-iam/server.js';
import { sarifValidator } from '../report/sarif-schema.js';
import { withLocalIamFile } from '../support/local-iam.js';
import { cli, exampleRepo, examples, localAwsEnv } from './check-support.js';

let iam: LocalIam;
let repo: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const running = await withLocalIamFile(path.join(examples, 'scenario.json'));
  iam = running.server;
  repo = exampleRepo();
  env = localAwsEnv(running.env);
});
afterAll(async () => {
  await iam?.close();
});

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  service: string | null;
  action: string | null;
  entity: { id: string; kind: string; arn: string | null };
  suggestion: string | null;
  lastAccessed: string | null;
  message: string;
}

describe('check against the local IAM endpoint (base and head commits)', () => {
  let json: {
    findings: JsonFinding[];
    summary: Record<string, unknown>;
    suppressed: (JsonFinding & { reason: string })[];
  };
  let code: number;

  beforeAll(async () => {
    const result = await cli(['check', '--format', 'json'], repo, env);
    code = result.code;
    json = JSON.parse(result.stdout);
  });

  it('finds exactly the planted problems, each at the line a reviewer would edit', () => {
    const rows = json.findings.map(
      (f) =>
        `${f.severity} ${f.rule} ${f.file}:${f.line} ${f.entity.id} ${f.service ?? '-'} ${f.action ?? '-'}`,
    );
    expect(rows).toEqual([
      'error widened-unused-service infra/app.yaml:33 AppRole dynamodb dynamodb:BatchWriteItem',
      'warning widened-unused-action cdk.out/DemoWorkerStack.template.json:38 WorkerRole8DD27D41 s3 s3:DeleteBucket',
      'warning unused-service infra/app.yaml:27 AppRole sqs -',
      'warning stale-access-key infra/app.yaml:42 LegacyReportsUser - -',
      'warning unused-entity terraform/plan.json:7 aws_iam_role.deployer - -',
      'notice new-service infra/app.yaml:39 AppRole sns -',
    ]);
    expect(code).toBe(1);
  });

  it('resolves ARNs by name, by CDK stack and by Terraform prior state', () => {
    const arns = Object.fromEntries(json.findings.map((f) => [f.entity.id, f.entity.arn]));
    expect(arns).toEqual({
      AppRole: 'arn:aws:iam::123456789012:role/demo-app-role',
      LegacyReportsUser: 'arn:aws:iam::123456789012:user/demo-reports',
      WorkerRole8DD27D41: 'arn:aws:iam::123456789012:role/DemoWorkerStack-WorkerRole8DD27D41-1A2B3C4D5E6F',
      'aws_iam_role.deployer': 'arn:aws:iam::123456789012:role/demo-deployer',
    });
  });

  it('suggests what was used and counts the tag suppression', () => {
    const widened = json.findings.find((f) => f.rule === 'widened-unused-service');
    // sns is new in this change: no report can judge it, so the suggestion keeps it.
    expect(widened?.suggestion).toBe('"Action": ["s3:GetObject", "s3:PutObject", "sns:Publish"]');
    expect(widened?.message).toMatch(/it was last used on \d{4}-\d\d-\d\d, 200 days before the report/);
    expect(json.findings.find((f) => f.rule === 'unused-service')?.message).toContain(
      'not used in the tracking period',
    );
    expect(json.summary).toEqual({
      entities: 4,
      errors: 1,
      warnings: 4,
      notices: 1,
      suppressed: 1,
      unreadable: 0,
      blocked: true,
    });
    expect(json.suppressed.map((f) => [f.rule, f.service, f.reason])).toEqual([
      ['new-service', 'logs', 'Log groups for the new build step; reviewed in PLAT-42.'],
    ]);
  });

  it('text: grouped by file, path:line, verdict last, no colour when not a TTY', async () => {
    const result = await cli(['check'], repo, env);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\x1b[');
    expect(result.stdout).toMatch(/^infra\/app\.yaml\n {2}infra\/app\.yaml:27 /m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ Blocked: 1 error, 4 warnings, 1 notice/);
    expect(result.stderr).toMatch(/compared with [0-9a-f]{12}; 4 of 4 entities changed/);
  });

  it('text on a TTY is coloured unless NO_COLOR is set', async () => {
    expect((await cli(['check'], repo, env, true)).stdout).toContain('\x1b[31m');
    expect((await cli(['check'], repo, { ...env, NO_COLOR: '1' }, true)).stdout).not.toContain('\x1b[');
  });

  it('sarif and markdown to a file; the verdict goes to stderr', async () => {
    const sarif = await cli(['check', '--format', 'sarif', '--output', 'out.sarif'], repo, env);
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).toBe('');
    expect(sarif.stderr).toContain('Report written to out.sarif');
    const doc = JSON.parse(await readFile(path.join(repo, 'out.sarif'), 'utf8'));
    expect(doc.runs[0].results[0]).toMatchObject({ ruleId: 'widened-unused-service', level: 'error' });
    const validate = sarifValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(1);
    const md = await cli(['check', '--format', 'markdown'], repo, env);
    expect(md.stdout).toContain('widened-unused-service');
    expect(md.stdout).toContain(
      'https://github.com/iam-usage-guard/iam-usage-guard/blob/main/docs/rules/widened-unused-service.md',
    );
  });
});

describe('report cache', () => {
  it('a second run within cacheMaxAgeHours reuses the reports instead of generating new jobs', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'iug-cache-'));
    const jobs = () => iam.calls.filter((c) => c.op === 'GenerateServiceLastAccessedDetails').length;
    const before = jobs();
    const first = await cli(['check', '--format', 'json'], repo, {
      ...env,
      IAM_USAGE_GUARD_CACHE_DIR: cache,
    });
    const afterFirst = jobs();
    const second = await cli(['check', '--format', 'json'], repo, {
      ...env,
      IAM_USAGE_GUARD_CACHE_DIR: cache,
    });
    expect(afterFirst - before).toBe(4);
    expect(jobs()).toBe(afterFirst);
    expect(JSON.parse(second.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
  });
});

describe('exit codes', () => {
  const table: [string[], NodeJS.ProcessEnv | 'aws', number][] = [
    [['--fail-on', 'error'], 'aws', 1],
    [['--fail-on', 'warning'], 'aws', 1],
    [['--fail-on', 'notice'], 'aws', 1],
    [['--fail-on', 'never'], 'aws', 0],
    // Without usage: only a notice (new-service) and no-usage-data notices remain.
    [['--fail-on', 'error'], {}, 0],
    [['--fail-on', 'warning'], {}, 0],
    [['--fail-on', 'notice'], {}, 1],
    [['--fail-on', 'fatal'], 'aws', 2],
    [['--base', 'no-such-branch'], 'aws', 2],
    [['no-such-folder'], 'aws', 2],
  ];
  for (const [args, which, expected] of table) {
    it(`${args.join(' ')} ${which === 'aws' ? 'with usage' : 'without usage'} → ${expected}`, async () => {
      const result = await cli(['check', ...args], repo, which === 'aws' ? env : which);
      expect(result.code).toBe(expected);
    });
  }

  it('without credentials: says what to configure on stderr and still runs the rules that need no usage', async () => {
    const result = await cli(['check', '--format', 'json'], repo, {});
    expect(result.stderr).toMatch(
      /no AWS credentials found and no --snapshot given.*configure AWS credentials/s,
    );
    const body = JSON.parse(result.stdout);
    expect(body.usageUnavailable).toContain('no AWS credentials');
    const rules = body.findings.map((f: JsonFinding) => `${f.rule} ${f.entity.id}`).sort();
    expect(rules).toContain('new-service AppRole');
    expect(rules).toContain('no-usage-data AppRole');
  });

  it('onMissingData: fail makes missing usage data blocking', async () => {
    await writeFile(path.join(repo, 'strict-data.yml'), 'onMissingData: fail\n');
    const result = await cli(['check', '--config', 'strict-data.yml', '--format', 'json'], repo, {});
    expect(result.code).toBe(1);
    const severities = JSON.parse(result.stdout)
      .findings.filter((f: JsonFinding) => f.rule === 'no-usage-data')
      .map((f: JsonFinding) => f.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('an invalid configuration exits 2 naming file and line', async () => {
    await writeFile(path.join(repo, 'bad.yml'), 'unusedDays: 90\nrules:\n  unused-service: loud\n');
    const result = await cli(['check', '--config', 'bad.yml'], repo, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bad.yml:3: rules.unused-service: severity 'loud' must be one of");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a suppression without a reason is an error finding', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-noreason-'));
    await writeFile(
      path.join(dir, 'app.yaml'),
      [
        'Resources:',
        '  AppRole:',
        '    Type: AWS::IAM::Role',
        '    Metadata:',
        '      iam-usage-guard:',
        '        ignore:',
        '          - rule: unused-service',
        '    Properties:',
        '      RoleName: demo-app-role',
        '      AssumeRolePolicyDocument: {}',
        '      Policies:',
        '        - PolicyName: p',
        '          PolicyDocument:',
        '            Statement:',
        '              - Effect: Allow',
        '                Action: sqs:SendMessage',
        "                Resource: '*'",
        '',
      ].join('\n'),
    );
    const result = await cli(['check', '--format', 'json'], dir, env);
    const body = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(
      body.findings.map((f: JsonFinding) => [f.rule, f.severity, f.line, /no reason/.test(f.message)]),
    ).toEqual([
      ['unused-service', 'error', 7, true],
      ['unused-service', 'warning', 16, false],
    ]);
  });
});

describe('outside git, with a snapshot', () => {
  it('judges every entity with no base and makes no AWS call', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-snapshot-'));
    await mkdir(path.join(dir, 'infra'));
    await writeFile(
      path.join(dir, 'infra/app.yaml'),
      await readFile(path.join(examples, 'head/infra/app.yaml')),
    );
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
    const snapshot = {
      version: 1,
      generatedAt: ago(0),
      reports: [
        {
          Arn: 'arn:aws:iam::123456789012:role/demo-app-role',
          CreateDate: ago(500),
          JobStatus: 'COMPLETED',
          JobType: 'SERVICE_LEVEL',
          JobCreationDate: ago(0),
          JobCompletionDate: ago(0),
          ServicesLastAccessed: [
            { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: ago(2) },
            { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs' },
            { ServiceName: 'Amazon DynamoDB', ServiceNamespace: 'dynamodb', LastAuthenticated: ago(120) },
            { ServiceName: 'Amazon SNS', ServiceNamespace: 'sns', LastAuthenticated: ago(1) },
          ],
        },
      ],
      accessKeys: [],
      policies: [],
      resources: [],
    };
    await writeFile(path.join(dir, 'usage.json'), JSON.stringify(snapshot));
    await writeFile(
      path.join(dir, 'cfg.yml'),
      'entities:\n  - match: "infra/app.yaml#LegacyReportsUser"\n    arn: arn:aws:iam::123456789012:user/demo-reports\n',
    );
    const result = await cli(
      ['check', 'infra', '--snapshot', 'usage.json', '--config', 'cfg.yml', '--format', 'json'],
      dir,
      {
        AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9',
      },
    );
    const body = JSON.parse(result.stdout);
    const rows = body.findings.map((f: JsonFinding) => `${f.rule} ${f.entity.id} ${f.service ?? '-'}`);
    expect(rows).toEqual([
      'unused-service AppRole sqs',
      'unused-service AppRole dynamodb',
      'no-usage-data LegacyReportsUser -',
    ]);
    expect(result.code).toBe(0);
  });
});

describe('init', () => {
  it('writes a commented config that check accepts, and refuses to overwrite without --force', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-init-'));
    const first = await cli(['init'], dir);
    expect(first.code).toBe(0);
    const text = await readFile(path.join(dir, '.github/iam-usage-guard.yml'), 'utf8');
    expect(text).toMatch(/^# /);
    for (const key of [
      'extends',
      'unusedDays',
      'accessKeyMaxIdleDays',
      'granularity',
      'onMissingData',
      'files',
      'ignore',
      'rules',
      'entities',
      'stacks',
      'cacheMaxAgeHours',
      'deadlineSeconds',
    ]) {
      expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    }
    expect(parseConfig(text, 'x.yml')).toEqual(parseConfig('', 'empty.yml'));
    const again = await cli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect((await cli(['init', '--force'], dir)).code).toBe(0);
  });
});

describe('staged', () => {
  it('--staged reads the index, not the worktree', async () => {
    const local = exampleRepo();
    // Undo the widening in the worktree only: the index still has it.
    const file = path.join(local, 'infra/app.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('                  - dynamodb:BatchWriteItem\n', ''));
    const worktree = JSON.parse(
      (await cli(['check', '--base', 'main', '--format', 'json'], local, env)).stdout,
    );
    const staged = JSON.parse(
      (await cli(['check', '--base', 'main', '--staged', '--format', 'json'], local, env)).stdout,
    );
    const has = (b: { findings: JsonFinding[] }) =>
      b.findings.some((f) => f.rule === 'widened-unused-service');
    expect(has(worktree)).toBe(false);
    expect(has(staged)).toBe(true);
  });
});
