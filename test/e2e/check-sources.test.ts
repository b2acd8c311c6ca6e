// Where `check` gets usage from, through the CLI: several snapshots (one per account) merged, the same role name in
// two of them named as ambiguous; the report cache said aloud, and `--no-cache` to ask IAM afresh.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLocalIam } from '../support/local-iam.js';
import { cli } from './check-support.js';

const A = '111111111111';
const B = '222222222222';
let dir: string;

function role(logicalId: string, name: string): string[] {
  return [
    `  ${logicalId}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: ${name}`,
    '      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}',
    '      Policies:',
    '        - PolicyName: p',
    '          PolicyDocument:',
    '            Statement: [{Effect: Allow, Action: ["s3:GetObject", "sqs:SendMessage"], Resource: "*"}]',
  ];
}

function snapshotOf(account: string, generatedAt: string, roles: { name: string; sqs?: string }[]) {
  return {
    version: 1,
    generatedAt,
    reports: roles.map((r) => ({
      Arn: `arn:aws:iam::${account}:role/${r.name}`,
      CreateDate: '2024-01-01T00:00:00Z',
      JobStatus: 'COMPLETED',
      JobType: 'SERVICE_LEVEL',
      JobCreationDate: generatedAt,
      JobCompletionDate: generatedAt,
      ServicesLastAccessed: [
        { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: generatedAt },
        {
          ServiceName: 'Amazon SQS',
          ServiceNamespace: 'sqs',
          ...(r.sqs ? { LastAuthenticated: r.sqs } : {}),
        },
      ],
    })),
    accessKeys: [],
    policies: [],
    resources: [],
  };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'iug-check-sources-'));
  mkdirSync(path.join(dir, 'infra'));
  writeFileSync(
    path.join(dir, 'infra', 'app.yaml'),
    [
      'Resources:',
      ...role('Prod', 'prod-app'),
      ...role('Staging', 'staging-app'),
      ...role('Shared', 'shared'),
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'prod.json'),
    JSON.stringify(snapshotOf(A, '2026-11-20T00:00:00Z', [{ name: 'prod-app' }, { name: 'shared' }])),
  );
  writeFileSync(
    path.join(dir, 'staging.json'),
    JSON.stringify(
      snapshotOf(B, '2026-11-25T00:00:00Z', [
        { name: 'staging-app', sqs: '2026-11-24T00:00:00Z' },
        { name: 'shared' },
      ]),
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  rule: string;
  entity: { id: string };
  service: string | null;
  message: string;
}

describe('check --snapshot A --snapshot B', () => {
  it('judges each entity from the snapshot of its account, and names both candidates of a name in two', async () => {
    const result = await cli(
      ['check', '--no-base', '--format', 'json', '--snapshot', 'prod.json', '--snapshot', 'staging.json'],
      dir,
    );
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
    const rows = findings.map((f) => `${f.rule} ${f.entity.id}${f.service ? ` ${f.service}` : ''}`).sort();
    expect(rows).toEqual(['no-usage-data Shared', 'unused-service Prod sqs']);
    const shared = findings.find((f) => f.entity.id === 'Shared')!;
    expect(shared.message).toContain(
      `role shared matches reports in several accounts (arn:aws:iam::${A}:role/shared, arn:aws:iam::${B}:role/shared); map it to one ARN with \`entities\``,
    );
  });

  it("one snapshot alone leaves the other account's entities without data", async () => {
    const result = await cli(['check', '--no-base', '--format', 'json', '--snapshot', 'prod.json'], dir);
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
    expect(findings.find((f) => f.entity.id === 'Staging')?.message).toContain(
      'the snapshot has no report for role staging-app',
    );
  });
});

describe('the report cache', () => {
  it('says when cached reports were used; --no-cache asks IAM again', async () => {
    const iam = await withLocalIam({
      account: A,
      entities: ['prod-app', 'staging-app', 'shared'].map((name) => ({
        arn: `arn:aws:iam::${A}:role/${name}`,
        services: [
          { namespace: 's3', lastAuthenticated: 'now-1d' },
          { namespace: 'sqs', lastAuthenticated: 'now-1d' },
        ],
      })),
      faults: { jobLatencyMs: 10 },
    });
    const cacheDir = path.join(dir, 'cache');
    const env = { ...iam.env, IAM_USAGE_GUARD_CACHE_DIR: cacheDir, AWS_EC2_METADATA_DISABLED: 'true' };
    const generates = () =>
      iam.server.calls.filter((c) => c.op === 'GenerateServiceLastAccessedDetails').length;
    try {
      const first = await cli(['check', '--no-base'], dir, env);
      expect(first.stderr).not.toContain('from the cache');
      expect(generates()).toBe(3);
      const second = await cli(['check', '--no-base'], dir, env);
      expect(second.stderr).toContain(
        'iam-usage-guard check: 3 reports from the cache (younger than 4 h); --no-cache asks IAM afresh.',
      );
      expect(generates()).toBe(3);
      const fresh = await cli(['check', '--no-base', '--no-cache'], dir, env);
      expect(fresh.stderr).not.toContain('from the cache');
      expect(generates()).toBe(6);
    } finally {
      await iam.close();
    }
  });
});
