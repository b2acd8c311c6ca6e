// The report, access-key, snapshot and local-iam commands in process, with the real SDK against the local endpoint.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { loadScenario } from '../../src/local-iam/server.js';
import { readSnapshot } from '../../src/usage/snapshot.js';
import { ACCOUNT, type RunningLocalIam, roleArn, userArn, withLocalIam } from '../support/local-iam.js';
import { testSleep } from './check-support.js';

function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function cli(argv: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env,
    cwd,
    sleep: testSleep,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const scenarioJson = {
  account: ACCOUNT,
  entities: [
    {
      arn: roleArn('admin'),
      createDate: '2023-05-01T00:00:00Z',
      services: Array.from({ length: 1203 }, (_, i) => ({
        namespace: `svc${String(i).padStart(4, '0')}`,
        ...(i === 5 ? { lastAuthenticated: '2026-01-02T03:04:05Z', actions: [{ name: 'ListThings' }] } : {}),
      })),
    },
    {
      arn: userArn('bob'),
      accessKeys: [
        {
          id: 'AKIAUSED000000000001',
          lastUsed: { date: '2026-10-01T00:00:00Z', service: 'sts', region: 'eu-west-1' },
        },
        { id: 'AKIANEVER00000000002' },
      ],
    },
    { arn: roleArn('failing'), services: [] },
    { arn: roleArn('secret'), services: [] },
  ],
  faults: {
    jobLatencyMs: 30,
    failedJobs: [{ arn: roleArn('failing'), code: 'InternalFailure', message: 'No luck.' }],
    deniedCalls: [{ arn: roleArn('secret') }],
  },
};

describe('report, access-key, snapshot and local-iam commands', () => {
  let iam: RunningLocalIam;
  let work: string;
  beforeAll(async () => {
    iam = await withLocalIam(loadScenario(JSON.stringify(scenarioJson), 'scenario.json'));
    work = mkdtempSync(path.join(tmpdir(), 'iug-collector-cli-'));
  });
  afterAll(async () => {
    await iam?.close();
    rmSync(work, { recursive: true, force: true });
  });
  const env = () => ({ ...iam.env, IAM_USAGE_GUARD_CACHE_DIR: 'off' });

  it('report: one command generates, waits and merges every page into AWS CLI-shaped JSON', async () => {
    const result = await cli(['report', '--arn', roleArn('admin')], env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual([
      'JobStatus',
      'JobType',
      'JobCreationDate',
      'ServicesLastAccessed',
      'JobCompletionDate',
      'IsTruncated',
    ]);
    expect(output.JobStatus).toBe('COMPLETED');
    expect(output.JobType).toBe('ACTION_LEVEL');
    expect(output.IsTruncated).toBe(false);
    expect(output.ServicesLastAccessed).toHaveLength(1203);
    expect(output.ServicesLastAccessed[5]).toMatchObject({
      ServiceNamespace: 'svc0005',
      // As the AWS CLI prints a date: the wire's whole seconds, `+00:00`.
      LastAuthenticated: '2026-01-02T03:04:05+00:00',
      TrackedActionsLastAccessed: [{ ActionName: 'ListThings' }],
    });
    // 1203 services at 1000 per page: two pages.
    const pages = iam.server.calls.filter(
      (c) => c.op === 'GetServiceLastAccessedDetails' && c.params['Marker'] !== undefined,
    );
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it('report: SERVICE_LEVEL leaves tracked actions out', async () => {
    const result = await cli(['report', '--arn', roleArn('admin'), '--granularity', 'SERVICE_LEVEL'], env());
    const output = JSON.parse(result.stdout);
    expect(output.JobType).toBe('SERVICE_LEVEL');
    expect(output.ServicesLastAccessed[5].TrackedActionsLastAccessed).toBeUndefined();
  });

  it('report: a FAILED job prints IAM’s error and exits 2', async () => {
    const result = await cli(['report', '--arn', roleArn('failing')], env());
    expect(result.code).toBe(2);
    const output = JSON.parse(result.stdout);
    // The whole shape `aws iam get-service-last-accessed-details` prints for a FAILED job.
    expect(Object.keys(output)).toEqual([
      'JobStatus',
      'JobType',
      'JobCreationDate',
      'ServicesLastAccessed',
      'JobCompletionDate',
      'Error',
    ]);
    expect(output).toMatchObject({
      JobStatus: 'FAILED',
      JobType: 'ACTION_LEVEL',
      ServicesLastAccessed: [],
      Error: { Code: 'InternalFailure', Message: 'No luck.' },
    });
    expect(output.JobCreationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
    expect(result.stderr).toContain('FAILED');
  });

  it('report: AccessDenied is one line naming the policy to grant, exit 2', async () => {
    const result = await cli(['report', '--arn', roleArn('secret')], env());
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('AccessDenied');
    expect(result.stderr).toContain('rules/iam-usage-guard-policy.json');
  });

  it('report: a role that does not exist is a clear NoSuchEntity', async () => {
    const result = await cli(['report', '--arn', roleArn('ghost')], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('NoSuchEntity');
  });

  it('report: rejects a malformed ARN and a missing --arn without calling AWS', async () => {
    const before = iam.server.calls.length;
    expect((await cli(['report', '--arn', 'app-role'], env())).code).toBe(2);
    const missing = await cli(['report'], env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--arn ARN is required');
    expect(iam.server.calls.length).toBe(before);
  });

  it('access-key --access-key-id: used and never used, in IAM’s words', async () => {
    const used = await cli(['access-key', '--access-key-id', 'AKIAUSED000000000001'], env());
    expect(used.code).toBe(0);
    expect(JSON.parse(used.stdout)).toEqual({
      UserName: 'bob',
      AccessKeyLastUsed: {
        LastUsedDate: '2026-10-01T00:00:00+00:00',
        ServiceName: 'sts',
        Region: 'eu-west-1',
      },
    });
    const never = await cli(['access-key', '--access-key-id', 'AKIANEVER00000000002'], env());
    expect(JSON.parse(never.stdout)).toEqual({
      UserName: 'bob',
      AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
    });
  });

  it('access-key --user: a list, one entry per key', async () => {
    const result = await cli(['access-key', '--user', 'bob'], env());
    expect(result.code).toBe(0);
    const keys = JSON.parse(result.stdout);
    expect(keys.map((k: { AccessKeyId: string }) => k.AccessKeyId)).toEqual([
      'AKIAUSED000000000001',
      'AKIANEVER00000000002',
    ]);
    expect(keys[1]).toMatchObject({
      UserName: 'bob',
      Status: 'Active',
      AccessKeyLastUsed: { ServiceName: 'N/A' },
    });
  });

  it('access-key: needs exactly one of --access-key-id and --user', async () => {
    const result = await cli(['access-key'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('exactly one of');
  });

  it('--endpoint-url beats the environment', async () => {
    const result = await cli(['access-key', '--user', 'bob', '--endpoint-url', iam.url], {
      AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      IAM_USAGE_GUARD_CACHE_DIR: 'off',
    });
    expect(result.code).toBe(0);
  });

  it('no credentials anywhere: one line naming what to configure, exit 2, no AWS call', async () => {
    // The SDK's default chain reads the process environment and ~/.aws: empty both for this test.
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: path.join(work, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-credentials'),
    });
    const before = iam.server.calls.length;
    try {
      const result = await cli(['report', '--arn', roleArn('admin'), '--endpoint-url', iam.url], {});
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(
        'no AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
      );
      expect(iam.server.calls.length).toBe(before);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('an unreachable endpoint is one line saying what to check', async () => {
    const result = await cli(['access-key', '--user', 'bob'], {
      AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'AKIA-SECRET-VALUE',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot reach');
    expect(result.stderr).not.toContain('AKIA-SECRET-VALUE');
  });

  it('snapshot --arn writes a snapshot that readSnapshot accepts, naming what it could not get', async () => {
    const out = path.join(work, 'snap.json');
    const result = await cli(
      [
        'snapshot',
        '--arn',
        roleArn('admin'),
        '--arn',
        userArn('bob'),
        '--arn',
        roleArn('failing'),
        '--out',
        out,
      ],
      env(),
      work,
    );
    // The file keeps what could be had; the exit code says it is not the snapshot asked for.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 of 3 entities have no report (listed above)');
    const snapshot = readSnapshot(readFileSync(out, 'utf8'), out);
    expect(snapshot.reports.map((r) => r.Arn).sort()).toEqual([roleArn('admin'), userArn('bob')].sort());
    expect(snapshot.reports.find((r) => r.Arn === roleArn('admin'))?.CreateDate).toBe(
      '2023-05-01T00:00:00.000Z',
    );
    expect(snapshot.reports.find((r) => r.Arn === roleArn('admin'))?.ServicesLastAccessed).toHaveLength(1203);
    expect(snapshot.accessKeys.map((k) => k.AccessKeyId).sort()).toEqual([
      'AKIANEVER00000000002',
      'AKIAUSED000000000001',
    ]);
    expect(result.stderr).toContain(`no report for arn#${roleArn('failing')}`);
    expect(result.stderr).toContain('No luck.');
  });

  it('snapshot PATH reads IaC and resolves its entities', async () => {
    const repo = mkdtempSync(path.join(work, 'repo-'));
    writeFileSync(
      path.join(repo, 'template.yaml'),
      [
        'Resources:',
        '  AdminRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      RoleName: admin',
        '      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}',
        '',
      ].join('\n'),
    );
    const out = path.join(repo, 'usage.json');
    const result = await cli(['snapshot', '.', '--out', out], env(), repo);
    expect(result.stderr).toContain('wrote');
    expect(result.code).toBe(0);
    const snapshot = readSnapshot(readFileSync(out, 'utf8'), out);
    expect(snapshot.reports.map((r) => r.Arn)).toEqual([roleArn('admin')]);
  });

  it('snapshot asks which policies grant a service only for services a check can call unused', async () => {
    const own = await withLocalIam({
      account: ACCOUNT,
      entities: [
        {
          arn: roleArn('busy'),
          createDate: 'now-400d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'sqs', lastAuthenticated: 'now-10d' },
          ],
        },
        {
          arn: roleArn('idle'),
          createDate: 'now-400d',
          services: [
            { namespace: 's3', lastAuthenticated: 'now-1d' },
            { namespace: 'sqs' },
            { namespace: 'kms', lastAuthenticated: 'now-200d' },
          ],
        },
        { arn: roleArn('young'), createDate: 'now-5d', services: [{ namespace: 'sqs' }] },
      ],
      faults: { jobLatencyMs: 10 },
    });
    try {
      const out = path.join(work, 'granting.json');
      const result = await cli(
        [
          'snapshot',
          '--arn',
          roleArn('busy'),
          '--arn',
          roleArn('idle'),
          '--arn',
          roleArn('young'),
          '--out',
          out,
        ],
        { ...own.env, IAM_USAGE_GUARD_CACHE_DIR: 'off' },
        work,
      );
      expect(result.code, result.stderr).toBe(0);
      const granting = own.server.calls.filter((c) => c.op === 'ListPoliciesGrantingServiceAccess');
      // busy used everything, young is younger than the window: no call. idle: one, for sqs and kms only.
      expect(
        granting.map((c) => [
          c.params['Arn'],
          Object.entries(c.params)
            .filter(([k]) => k.startsWith('ServiceNamespaces'))
            .map(([, v]) => v)
            .sort(),
        ]),
      ).toEqual([[roleArn('idle'), ['kms', 'sqs']]]);
      const snapshot = readSnapshot(readFileSync(out, 'utf8'), out);
      expect(snapshot.policiesGranting?.map((p) => p.Arn)).toEqual([roleArn('idle')]);
      expect(result.stderr).toMatch(/\((\d+) AWS requests for \1 calls, 0 throttled\)/);
    } finally {
      await own.close();
    }
  });

  it('local-iam serves a scenario until SIGTERM and prints the environment to use', async () => {
    const scenarioFile = path.join(work, 'scenario.json');
    writeFileSync(scenarioFile, JSON.stringify({ account: ACCOUNT, entities: [{ arn: roleArn('demo') }] }));
    const stdout = capture();
    const stderr = capture();
    const running = runCli(['local-iam', '--scenario', scenarioFile, '--log'], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: {},
      cwd: work,
    });
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 20));
      url = /export AWS_ENDPOINT_URL_IAM=(\S+)/.exec(stdout.text())?.[1];
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stdout.text()).toContain('export AWS_ENDPOINT_URL_STS=');
    expect(stdout.text()).toContain('export AWS_ENDPOINT_URL_CLOUDFORMATION=');
    const client = new IAMClient({
      endpoint: url!,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const role = await client.send(new GetRoleCommand({ RoleName: 'demo' }));
    expect(role.Role?.Arn).toBe(roleArn('demo'));
    expect(stderr.text()).toContain(`GetRole 200 ${roleArn('demo')}`);
    await expect(client.send(new GetRoleCommand({ RoleName: 'ghost' }))).rejects.toThrow('cannot be found');
    expect(stderr.text()).toContain('GetRole 404 NoSuchEntity');
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(stderr.text()).toContain('local IAM endpoint stopped');
    await expect(client.send(new GetRoleCommand({ RoleName: 'demo' }))).rejects.toThrow();
  });

  it('local-iam: a broken scenario is a clear error with its path', async () => {
    const scenarioFile = path.join(work, 'broken.json');
    writeFileSync(scenarioFile, JSON.stringify({ account: ACCOUNT, entities: [{ arn: 'not-an-arn' }] }));
    const result = await cli(['local-iam', '--scenario', scenarioFile], {}, work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('entities[0].arn');
  });
});
