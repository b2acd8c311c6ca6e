import { describe, expect, it } from 'vitest';
import { type Statement, type Suppression, statementKey } from '../../src/policy/model.js';
import { compareFindings, evaluateEntity, reaches } from '../../src/rules/engine.js';
import type { Severity } from '../../src/rules/model.js';
import { deepFreeze } from '../support/deep-freeze.js';
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
import type { RuleCase } from './rule-tester.js';

type Row = [rule: string, severity: string, service: string | null, action: string | null, line: number];

interface Case extends RuleCase {
  expected: Row[];
  /** `rule service` of each suppressed finding, sorted. */
  suppressed?: string[];
}

const recent = daysBefore(10);
const old = daysBefore(200);

const baseS3 = grantSet({ 's3:GetObject': 12 });
const headS3Widened = grantSet({ 's3:GetObject': 12, 's3:PutObject': 13 });

// Every rule on at once: how findings of several rules fold into one, and what suppressions and ignores do. Each
// rule's own behaviour is in test/rules/<rule-id>.test.ts.
const cases: Case[] = [
  {
    name: 'widening an unused service: one finding, the widening (unused-service for s3 folds into it)',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: old } }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'widening a service used recently: no rule fires',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: { last: recent } }),
    expected: [],
  },
  {
    name: 'a new service: only new-service',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), baseS3),
    usage: usage({ s3: { last: recent } }),
    expected: [['new-service', 'notice', 'sqs', null, 20]],
  },
  {
    name: 'unused entity: one finding hides the per-service ones',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null),
    usage: usage({ s3: { last: old }, sqs: {} }, { onlyThese: true }),
    engine: { hasBase: false },
    expected: [['unused-entity', 'warning', null, null, 3]],
  },
  {
    name: 'unused-service hides unused-action of its service',
    granted: granted(grantSet({ 's3:CreateBucket': 14, 's3:DeleteBucket': 15 }), null),
    usage: usage({ s3: { last: old, tracked: { CreateBucket: old, DeleteBucket: null } } }),
    engine: { hasBase: false },
    expected: [['unused-service', 'warning', 's3', null, 14]],
  },
  {
    name: 'widened-unused-action hides unused-action of its service',
    granted: granted(
      grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }),
      grantSet({ 's3:GetObject': 12 }),
    ),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: old, DeleteBucket: null } } }),
    expected: [['widened-unused-action', 'warning', 's3', 's3:DeleteBucket', 17]],
  },
  {
    name: 'a fold never lowers what blocks: unused-service configured above the widening stays shown',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { rules: { 'widened-unused-service': 'notice', 'unused-service': 'error' } },
    expected: [
      ['unused-service', 'error', 's3', null, 12],
      ['widened-unused-service', 'notice', 's3', 's3:PutObject', 13],
    ],
  },
  {
    name: 'no usage data for one entity under onMissingData warn: only no-usage-data',
    granted: granted(headS3Widened, baseS3),
    usage: usage({}, { reason: 'AccessDenied: not authorized' }),
    expected: [['no-usage-data', 'warning', null, null, 3]],
  },
  {
    name: 'a suppressed widening folds nothing: the unused-service finding it hid comes back',
    granted: granted(headS3Widened, baseS3, {
      suppressions: [suppression('widened-unused-service', 'needed for the Q4 migration', ['s3'])],
    }),
    usage: usage({ s3: {} }),
    expected: [['unused-service', 'warning', 's3', null, 12]],
    suppressed: ['widened-unused-service s3'],
  },
  {
    name: 'suppressing both: nothing shown, both listed as suppressed',
    granted: granted(headS3Widened, baseS3, {
      suppressions: [
        suppression('widened-unused-service', 'needed for the Q4 migration', ['s3']),
        suppression('unused-service', 'needed for the Q4 migration', ['s3'], 6),
      ],
    }),
    usage: usage({ s3: {} }),
    expected: [],
    suppressed: ['unused-service s3', 'widened-unused-service s3'],
  },
  {
    name: 'suppressing the folded finding alone changes nothing shown, and lists nothing',
    granted: granted(headS3Widened, baseS3, {
      suppressions: [suppression('unused-service', 'a rare job', ['s3'])],
    }),
    usage: usage({ s3: {} }),
    expected: [['widened-unused-service', 'error', 's3', 's3:PutObject', 13]],
  },
  {
    name: 'a suppressed unused-entity brings back the per-service findings',
    granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null, {
      suppressions: [suppression('unused-entity', 'kept for the disaster-recovery runbook')],
    }),
    usage: usage({ s3: { last: old }, sqs: {} }, { onlyThese: true }),
    engine: { hasBase: false },
    expected: [
      ['unused-service', 'warning', 's3', null, 12],
      ['unused-service', 'warning', 'sqs', null, 20],
    ],
    suppressed: ['unused-entity -'],
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
    name: 'ignore.services glob: every finding on the service, listed once per problem',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { services: ['s*'] } },
    expected: [],
    suppressed: ['widened-unused-service s3'],
  },
  {
    name: 'ignore.entities glob over file#id',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { entities: ['infra/**#App*'] } },
    expected: [],
    suppressed: ['widened-unused-service s3'],
  },
  {
    name: 'ignore.entities glob over the ARN',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { ignore: { entities: ['arn:aws:iam::*:role/app-*'] } },
    expected: [],
    suppressed: ['widened-unused-service s3'],
  },
  {
    name: 'ignore.actions glob',
    granted: granted(grantSet({ 's3:CreateBucket': 14, 's3:DeleteBucket': 15 }), null),
    usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
    engine: { hasBase: false },
    config: { ignore: { actions: ['s3:Delete*'] } },
    expected: [],
    suppressed: ['unused-action s3'],
  },
  {
    name: 'a rule turned off: the finding it folded shows',
    granted: granted(headS3Widened, baseS3),
    usage: usage({ s3: {} }),
    config: { rules: { 'widened-unused-service': 'off' } },
    expected: [['unused-service', 'warning', 's3', null, 12]],
  },
];

describe('rule engine: all rules together', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = evaluateEntity(
        { granted: c.granted, usage: c.usage, touched: c.touched ?? true, historic: historic(c.historic) },
        engineOptions(c.config ?? {}, c.engine ?? {}),
      );
      const rows = result.findings
        .sort(compareFindings)
        .map((f) => [f.rule, f.severity, f.service, f.action, f.line] as Row);
      expect(rows).toEqual(c.expected);
      expect(result.suppressed.map((f) => `${f.rule} ${f.service ?? '-'}`).sort()).toEqual(
        c.suppressed ?? [],
      );
      for (const f of [...result.findings, ...result.suppressed]) {
        expect(f.file).toBe(FILE);
        expect(f).not.toHaveProperty('grantedActions');
      }
    });
  }

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

  it('says which suppression hid a finding: the place in code, or the configuration key', () => {
    const inCode = evaluateEntity(
      {
        granted: granted(headS3Widened, baseS3, {
          suppressions: [suppression('widened-unused-service', 'needed for the Q4 migration')],
        }),
        usage: usage({ s3: {} }),
        touched: true,
      },
      engineOptions(),
    );
    expect(inCode.suppressed.map((f) => [f.reason, f.suppressedBy])).toEqual([
      ['needed for the Q4 migration', { kind: 'code', file: FILE, line: 5, resource: null }],
    ]);
    const byConfig = evaluateEntity(
      { granted: granted(headS3Widened, baseS3), usage: usage({ s3: {} }), touched: true },
      engineOptions({ ignore: { services: ['s3'] } }),
    );
    expect(byConfig.suppressed.map((f) => f.suppressedBy)).toEqual([
      { kind: 'configuration', key: 'ignore.services: s3' },
    ]);
  });
});

describe('a suppression written on a policy resource covers only what that policy grants', () => {
  // AppRole's own statement (line 10) and one HarmlessPolicy adds (line 30).
  const own = statement(['s3:GetObject', 's3:PutObject'], 10);
  const added = (patterns: string[]) => ({
    ...statement(patterns, 30),
    location: {
      file: FILE,
      line: 30,
      path: 'Resources.HarmlessPolicy.Properties.PolicyDocument.Statement[0]',
    },
  });
  const scoped = (
    policyStatement: ReturnType<typeof added>,
    services: string[] | null = null,
  ): Suppression => ({
    ...suppression('widened-unused-service', 'only log writes', services),
    scope: { resource: 'HarmlessPolicy', statements: [statementKey(policyStatement)] },
  });
  const run = (statements: Statement[], head: Record<string, number>, sup: Suppression) =>
    evaluateEntity(
      {
        granted: granted(grantSet(head), baseS3, { statements, suppressions: [sup] }),
        usage: usage({ s3: {} }),
        touched: true,
      },
      engineOptions(),
    );

  it('the widening comes from the role itself: not covered', () => {
    const policy = added(['logs:PutLogEvents']);
    const result = run(
      [own, policy],
      { 's3:GetObject': 10, 's3:PutObject': 11, 'logs:PutLogEvents': 30 },
      scoped(policy),
    );
    expect(result.findings.map((f) => f.rule)).toContain('widened-unused-service');
    expect(result.suppressed).toEqual([]);
  });

  it('the widening comes from the policy alone: covered', () => {
    const policy = added(['s3:PutObject']);
    const result = run(
      [statement(['s3:GetObject'], 10), policy],
      { 's3:GetObject': 10, 's3:PutObject': 30 },
      scoped(policy, ['s3']),
    );
    expect(result.suppressed.map((f) => [f.rule, f.suppressedBy])).toEqual([
      ['widened-unused-service', { kind: 'code', file: FILE, line: 5, resource: 'HarmlessPolicy' }],
    ]);
  });

  it('the policy and the role both add the action: not covered (removing the policy would not remove it)', () => {
    const policy = added(['s3:PutObject']);
    const result = run([own, policy], { 's3:GetObject': 10, 's3:PutObject': 11 }, scoped(policy));
    expect(result.suppressed).toEqual([]);
  });

  it('a service new to the entity that the policy alone adds: covered; one the role also grants: not', () => {
    const policy = added(['sqs:SendMessage']);
    const newService = { ...scoped(policy, ['sqs']), rule: 'new-service' };
    const alone = run(
      [statement(['s3:GetObject'], 10), policy],
      { 's3:GetObject': 10, 'sqs:SendMessage': 30 },
      newService,
    );
    expect(alone.suppressed.map((f) => [f.rule, f.service, f.suppressedBy])).toEqual([
      ['new-service', 'sqs', { kind: 'code', file: FILE, line: 5, resource: 'HarmlessPolicy' }],
    ]);
    const both = run(
      [statement(['s3:GetObject', 'sqs:SendMessage'], 10), policy],
      { 's3:GetObject': 10, 'sqs:SendMessage': 10 },
      newService,
    );
    expect(both.suppressed).toEqual([]);
    expect(both.findings.map((f) => [f.rule, f.service])).toContainEqual(['new-service', 'sqs']);
  });

  it('a finding about the entity itself (no usage data) is never covered by a policy', () => {
    const policy = added(['s3:PutObject']);
    const result = evaluateEntity(
      {
        granted: granted(grantSet({ 's3:GetObject': 10, 's3:PutObject': 30 }), baseS3, {
          statements: [statement(['s3:GetObject'], 10), policy],
          suppressions: [{ ...scoped(policy), rule: 'no-usage-data' }],
        }),
        usage: usage({}, { reason: 'AccessDenied' }),
        touched: true,
      },
      engineOptions(),
    );
    expect(result.findings.map((f) => f.rule)).toEqual(['no-usage-data']);
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

describe('plain data between stages', () => {
  it('judges frozen inputs (grants, usage, options) as it judges fresh ones, suggestion included', () => {
    const input = () => ({
      granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null, {
        statements: [statement(['s3:GetObject', 'sqs:*'])],
      }),
      usage: usage({ s3: { last: recent }, sqs: {} }),
      touched: true,
      historic: null,
    });
    const fresh = evaluateEntity(input(), engineOptions({}, { hasBase: false }));
    const frozen = evaluateEntity(deepFreeze(input()), deepFreeze(engineOptions({}, { hasBase: false })));
    expect(frozen).toEqual(fresh);
    expect(frozen.findings.map((f) => [f.rule, f.suggestion])).toEqual([
      ['unused-service', '"Action": ["s3:GetObject"]'],
    ]);
  });
});
