import { describe, expect, it } from 'vitest';
import type { RawConfig } from '../../src/config/index.js';
import type { GrantedEntity } from '../../src/policy/grants.types.js';
import { compareFindings, type EngineOptions, evaluateEntity, reaches } from '../../src/rules/engine.js';
import type { Severity } from '../../src/rules/model.js';
import type { EntityUsage } from '../../src/usage/model.js';
import {
  daysBefore,
  engineOptions,
  FILE,
  granted,
  grantSet,
  historic,
  statement,
  suppression,
  usage,
} from './fixtures.js';

type Row = [rule: string, severity: string, service: string | null, action: string | null, line: number];

interface Case {
  name: string;
  granted: GrantedEntity;
  usage: EntityUsage | null;
  touched?: boolean;
  historic?: ReturnType<typeof historic> | null;
  config?: RawConfig;
  engine?: Partial<EngineOptions>;
  expected: Row[];
  suppressed?: number;
}

const recent = daysBefore(10);
const old = daysBefore(200);
// Window for unusedDays 90: the report time minus 4 hours minus 90 days.
const edge = daysBefore(90, 4);
const justOutside = daysBefore(90, 4, 1);

const baseS3 = grantSet({ 's3:GetObject': 12 });
const headS3Widened = grantSet({ 's3:GetObject': 12, 's3:PutObject': 13 });

const cases: Case[] = [
  {
    name: 'widening an unused service is an error at the added action',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: old } }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'widening a service used recently is fine',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: recent } }),
    expected: [],
  },
  {
    name: '4-hour boundary: a use exactly at report − 4 h − 90 days counts as used',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: edge } }),
    expected: [],
  },
  {
    name: '4-hour boundary: one second earlier is unused',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: justOutside } }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'a use within the 4 hours before the report counts (days counted from the report, not the clock)',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: daysBefore(0, 2) } }, { completion: daysBefore(0) }),
    engine: { now: new Date(Date.parse(daysBefore(0)) + 200 * 86_400_000) },
    expected: [],
  },
  {
    name: 'never used: lastAccessed null',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'a young entity is never unused',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }, { createDate: daysBefore(30) }),
    expected: [],
  },
  {
    name: 'an entity created exactly at the window start is old enough',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }, { createDate: edge }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'a service added after the window started (history) is not unused yet',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    historic: historic([]),
    expected: [],
  },
  {
    name: 'a new service is a notice, never unused',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), baseS3),
    usage: usage({ s3: { last: recent } }),
    expected: [['new-service', 'notice', 'sqs', null, 20]],
  },
  {
    name: 'a service the deployed entity lacks is new even without base',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null),
    usage: usage({ s3: { last: recent } }),
    engine: { hasBase: false },
    expected: [['new-service', 'notice', 'sqs', null, 20]],
  },
  {
    name: 'wildcard grant: one finding per unused service, all at the wildcard line',
    granted: granted(
      grantSet({ 's3:GetObject': 30, 'sqs:SendMessage': 30, 'dynamodb:GetItem': 30 }),
      grantSet({ 's3:GetObject': 30 }),
    ),
    usage: usage({ s3: { last: recent }, sqs: {}, dynamodb: { last: old } }),
    engine: { hasBase: false },
    expected: [
      ['unused-service', 'warning', 'dynamodb', null, 30],
      ['unused-service', 'warning', 'sqs', null, 30],
    ],
  },
  {
    name: 'untouched entity: no unused-service',
    granted: granted(baseS3, baseS3),
    usage: usage({ s3: {} }),
    touched: false,
    expected: [],
  },
  {
    name: 'unused entity: one finding hides the per-service ones',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null),
    usage: usage({ s3: { last: old }, sqs: {} }, { onlyThese: true }),
    engine: { hasBase: false },
    expected: [['unused-entity', 'warning', null, null, 3]],
  },
  {
    name: 'unused tracked action, untracked ones are unknown',
    granted: granted(grantSet({ 's3:CreateBucket': 14, 's3:DeleteBucket': 15, 's3:GetObject': 16 }), null),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
    engine: { hasBase: false },
    expected: [['unused-action', 'notice', 's3', 's3:DeleteBucket', 15]],
  },
  {
    name: 'widened unused action: tracked actions of the service all unused, the service itself used',
    granted: granted(
      grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }),
      grantSet({ 's3:GetObject': 12 }),
    ),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: old, DeleteBucket: null } } }),
    expected: [['widened-unused-action', 'warning', 's3', 's3:DeleteBucket', 17]],
  },
  {
    name: 'adding an untracked action never makes widened-unused-action',
    granted: granted(grantSet({ 's3:GetObject': 12, 's3:PutObject': 17 }), grantSet({ 's3:GetObject': 12 })),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: old } } }),
    expected: [],
  },
  {
    name: 'NotAction grants expand like any other: unused services get findings at the statement',
    granted: granted(grantSet({ 'ec2:RunInstances': 40, 'sns:Publish': 40 }), null),
    usage: usage({ ec2: { last: recent }, sns: {} }),
    engine: { hasBase: false },
    expected: [['unused-service', 'warning', 'sns', null, 40]],
  },
  {
    name: 'no usage data for one entity under onMissingData warn: a warning, never a quiet notice',
    granted: granted(headS3Widened, baseS3),
    usage: usage({}, { reason: 'AccessDenied: not authorized' }),
    expected: [['no-usage-data', 'warning', null, null, 3]],
  },
  {
    name: 'usage unavailable for the whole run (no credentials, a fork): the rule severity, a notice',
    granted: granted(headS3Widened, baseS3),
    usage: null,
    engine: { usageUnavailable: 'no AWS credentials' },
    expected: [['no-usage-data', 'notice', null, null, 3]],
  },
  {
    name: 'onMissingData fail: missing data blocks',
    granted: granted(headS3Widened, baseS3),
    usage: null,
    config: { onMissingData: 'fail' },
    engine: { usageUnavailable: 'no AWS credentials' },
    expected: [['no-usage-data', 'error', null, null, 3]],
  },
  {
    name: 'a new entity needs no usage data: new-service per service instead',
    granted: granted(grantSet({ 's3:GetObject': 12 }), null),
    usage: usage({}, { reason: 'not deployed' }),
    expected: [['new-service', 'notice', 's3', null, 12]],
  },
  {
    name: 'new-service for new entities can be switched off',
    granted: granted(grantSet({ 's3:GetObject': 12 }), null),
    usage: null,
    config: { rules: { 'new-service': ['notice', { includeNewEntities: false }] } },
    expected: [],
  },
  {
    name: 'suppression with a reason hides the finding and is counted',
    granted: granted(headS3Widened, baseS3, {
      suppressions: [suppression('widened-unused-service', 'needed for the Q4 migration', ['s3'])],
    }),
    usage: usage({ s3: {} }),
    expected: [],
    suppressed: 1,
  },
  {
    name: 'suppression for another service does not apply',
    granted: granted(headS3Widened, baseS3, {
      suppressions: [suppression('widened-unused-service', 'reason', ['sqs'])],
    }),
    usage: usage({ s3: {} }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'suppression without a reason is an error and suppresses nothing',
    granted: granted(headS3Widened, baseS3, { suppressions: [suppression('widened-unused-service', null)] }),
    usage: usage({ s3: {} }),
    expected: [
      ['widened-unused-service', 'error', null, null, 5],
      ['widened-unused-service', 'error', 's3', 's3:PutObject', 13],
    ],
  },
  {
    name: 'ignore.services glob',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { services: ['s*'] } },
    expected: [],
    suppressed: 1,
  },
  {
    name: 'ignore.entities glob over file#id',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { entities: ['infra/**#App*'] } },
    expected: [],
    suppressed: 1,
  },
  {
    name: 'ignore.entities glob over the ARN',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { entities: ['arn:aws:iam::*:role/app-*'] } },
    expected: [],
    suppressed: 1,
  },
  {
    name: 'ignore.actions glob',
    granted: granted(grantSet({ 's3:CreateBucket': 14, 's3:DeleteBucket': 15 }), null),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
    engine: { hasBase: false },
    config: { ignore: { actions: ['s3:Delete*'] } },
    expected: [],
    suppressed: 1,
  },
  {
    name: 'a rule turned off',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { rules: { 'widened-unused-service': 'off' } },
    expected: [['unused-service', 'warning', 's3', null, 12]],
  },
  {
    name: 'strict preset raises unused-service to error; the user override wins',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null),
    usage: usage({ s3: {}, sqs: { last: recent } }),
    engine: { hasBase: false },
    config: { extends: 'strict', rules: { 'new-service': 'off' } },
    expected: [['unused-service', 'error', 's3', null, 12]],
  },
  {
    name: 'per-rule unusedDays option',
    granted: granted(grantSet({ 's3:GetObject': 12 }), null),
    usage: usage({ s3: { last: daysBefore(40) } }),
    engine: { hasBase: false },
    config: { rules: { 'unused-service': ['warning', { unusedDays: 30 }] } },
    expected: [['unused-service', 'warning', 's3', null, 12]],
  },
];

describe('rule engine', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = evaluateEntity(
        { granted: c.granted, usage: c.usage, touched: c.touched ?? true, historic: c.historic ?? null },
        engineOptions(c.config ?? {}, c.engine ?? {}),
      );
      const rows = result.findings
        .sort(compareFindings)
        .map((f) => [f.rule, f.severity, f.service, f.action, f.line] as Row);
      expect(rows).toEqual([...c.expected].sort((a, b) => a[2]?.localeCompare(b[2] ?? '') ?? -1));
      expect(result.suppressed.length).toBe(c.suppressed ?? 0);
      for (const f of result.findings) expect(f.file).toBe(FILE);
    });
  }
});

describe('findings', () => {
  it('say "not used in the tracking period" and carry a ready-to-paste suggestion', () => {
    const entity = granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null, {
      statements: [statement(['s3:GetObject', 'sqs:*'])],
    });
    const result = evaluateEntity(
      { granted: entity, usage: usage({ s3: { last: recent }, sqs: {} }), touched: true },
      engineOptions({}, { hasBase: false }),
    );
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding?.message).toContain('not used in the tracking period');
    expect(finding?.lastAccessed).toBeNull();
    expect(finding?.suggestion).toBe('"Action": ["s3:GetObject"]');
    expect(finding?.entity).toEqual({
      id: 'AppRole',
      kind: 'role',
      arn: 'arn:aws:iam::123456789012:role/app-role',
    });
  });

  it('suggestion narrows a wildcard to the used tracked and untracked actions', () => {
    const entity = granted(
      grantSet({ 's3:CreateBucket': 10, 's3:DeleteBucket': 10, 's3:GetObject': 10 }),
      null,
      { statements: [statement(['s3:*'])] },
    );
    const result = evaluateEntity(
      {
        granted: entity,
        usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
        touched: true,
      },
      engineOptions({}, { hasBase: false }),
    );
    expect(result.findings.map((f) => f.suggestion)).toEqual([
      '"Action": ["s3:CreateBucket", "s3:GetObject"]',
    ]);
  });

  it('suggestion keeps a service the report does not list (new, so nobody can tell it is unused)', () => {
    const entity = granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20, 'sns:Publish': 30 }), null, {
      statements: [statement(['s3:GetObject', 'sqs:*', 'sns:Publish'])],
    });
    const result = evaluateEntity(
      { granted: entity, usage: usage({ s3: { last: recent }, sqs: {} }), touched: true },
      engineOptions({}, { hasBase: false }),
    );
    const unusedSqs = result.findings.find((f) => f.rule === 'unused-service');
    expect(unusedSqs?.suggestion).toBe('"Action": ["s3:GetObject", "sns:Publish"]');
  });

  it('a rule that throws becomes an error finding on the entity, and the others still run', () => {
    const broken = granted(headS3Widened, baseS3);
    // A report whose services list is not a list: the rules must not crash the run.
    const bad = usage({ s3: {} });
    (bad.report as unknown as { ServicesLastAccessed: unknown }).ServicesLastAccessed = [
      { ServiceNamespace: 5 },
    ];
    const result = evaluateEntity({ granted: broken, usage: bad, touched: true }, engineOptions());
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(result.findings[0]?.message).toMatch(/failed on role AppRole/);
  });

  it('stale access keys: never used, old, recent, inactive', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const key = (id: string, status: 'Active' | 'Inactive', last?: string, created?: string) => ({
      UserName: 'bob',
      AccessKeyId: id,
      Status: status,
      ...(created ? { CreateDate: created } : {}),
      AccessKeyLastUsed: { ...(last ? { LastUsedDate: last } : {}), ServiceName: 'N/A', Region: 'N/A' },
    });
    const user = granted(grantSet({ 's3:GetObject': 12 }), grantSet({ 's3:GetObject': 12 }), {
      kind: 'user',
    });
    const u = usage(
      { s3: { last: recent } },
      {
        accessKeys: [
          key('AKIAAAAAAAAAAAAAOLD1', 'Active', '2026-01-01T00:00:00Z'),
          key('AKIAAAAAAAAAAAANEVR', 'Active', undefined, '2025-01-01T00:00:00Z'),
          key('AKIAAAAAAAAAAAAYOUNG', 'Active', undefined, '2026-11-01T00:00:00Z'),
          key('AKIAAAAAAAAAAAARCNT', 'Active', '2026-11-01T00:00:00Z'),
          key('AKIAAAAAAAAAAAAINAC', 'Inactive', '2020-01-01T00:00:00Z'),
        ],
      },
    );
    const result = evaluateEntity({ granted: user, usage: u, touched: true }, engineOptions({}, { now }));
    const stale = result.findings.filter((f) => f.rule === 'stale-access-key');
    expect(stale.map((f) => f.message.match(/AKIA…\w{4}/)?.[0])).toEqual(['AKIA…OLD1', 'AKIA…NEVR']);
    expect(stale[1]?.message).toContain('has not been used since it was created on 2025-01-01');
    expect(stale.every((f) => !f.message.includes('AKIAAAAAAAAAAAAA'))).toBe(true);
  });
});

describe('deployed grant note', () => {
  it('names the deployed policy that grants an unused service when IAM said so', () => {
    const u = usage({ s3: {} });
    u.policiesGranting = {
      s3: [{ PolicyName: 'app', PolicyType: 'INLINE', EntityType: 'ROLE', EntityName: 'app-role' }],
    };
    const result = evaluateEntity(
      { granted: granted(grantSet({ 's3:GetObject': 12 }), null), usage: u, touched: true },
      engineOptions({}, { hasBase: false }),
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      'role AppRole grants s3 but it was not used in the tracking period (window: 90 days). Granted in AWS by inline policy app.',
    ]);
  });
});

describe('fail-on thresholds', () => {
  const table: [Severity, Severity | 'never', boolean][] = [
    ['error', 'error', true],
    ['warning', 'error', false],
    ['notice', 'error', false],
    ['error', 'warning', true],
    ['warning', 'warning', true],
    ['notice', 'warning', false],
    ['error', 'notice', true],
    ['warning', 'notice', true],
    ['notice', 'notice', true],
    ['error', 'never', false],
  ];
  for (const [severity, failOn, blocks] of table) {
    it(`${severity} at --fail-on ${failOn} ${blocks ? 'blocks' : 'passes'}`, () => {
      expect(reaches(severity, failOn)).toBe(blocks);
    });
  }
});
