// The one resolver, table-driven against a snapshot (the same steps run live; see collector tests): config
// `entities` → Terraform ARN → stack resources → physical name → the snapshot by name; ambiguity names candidates.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/policy/model.js';
import type { UsageReport } from '../../src/usage/model.js';
import {
  type Resolution,
  type ResolveRules,
  resolveSync,
  SnapshotSource,
  targetOf,
} from '../../src/usage/resolve.js';
import { mergeSnapshots } from '../../src/usage/snapshot.js';
import { entity } from '../support/usage-entities.js';

const A = '111111111111';
const B = '222222222222';
const report = (arn: string, completed = '2026-11-01T00:00:00Z'): UsageReport => ({
  Arn: arn,
  JobStatus: 'COMPLETED',
  JobCompletionDate: completed,
  ServicesLastAccessed: [],
});

const snapshot = {
  reports: [
    report(`arn:aws:iam::${A}:role/app`),
    report(`arn:aws:iam::${B}:role/app`),
    report(`arn:aws:iam::${A}:role/service-role/worker`),
    report(`arn:aws:iam::${B}:role/team/worker`),
    report(`arn:aws:iam::${A}:role/App-WorkerRole8DD27D41-1A2B3C4D`),
    report(`arn:aws:iam::${A}:policy/App-Shared-XYZ`),
    report(`arn:aws:iam::${A}:role/from-plan`),
    report(`arn:aws:iam::${A}:user/app`),
    report(`arn:aws:iam::${A}:role/elsewhere`),
  ],
  resources: [
    {
      StackName: 'App',
      LogicalResourceId: 'WorkerRole8DD27D41',
      PhysicalResourceId: 'App-WorkerRole8DD27D41-1A2B3C4D',
    },
    {
      StackName: 'App',
      LogicalResourceId: 'Shared1234',
      PhysicalResourceId: `arn:aws:iam::${A}:policy/App-Shared-XYZ`,
    },
    { StackName: 'App', LogicalResourceId: 'Named', PhysicalResourceId: 'elsewhere' },
  ],
};

function resolve(e: Entity, rules: ResolveRules = {}, account: string | null = null): Resolution {
  return resolveSync(targetOf(e, account), rules, new SnapshotSource(snapshot));
}

describe('resolveSync against a snapshot', () => {
  it.each<[string, Entity, ResolveRules, string | null, Partial<Resolution>]>([
    [
      'config `entities` wins over the name',
      entity({ id: 'App', name: 'app' }),
      { entityArns: [{ match: 'infra/app.yaml#App', arn: `arn:aws:iam::${B}:role/app` }] },
      null,
      { status: 'resolved', arn: `arn:aws:iam::${B}:role/app`, by: 'config' },
    ],
    [
      'a Terraform ARN (prior state)',
      entity({
        id: 'aws_iam_role.x',
        format: 'terraform',
        file: 'plan.json',
        arn: `arn:aws:iam::${A}:role/from-plan`,
      }),
      {},
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:role/from-plan`, by: 'terraform' },
    ],
    [
      'a CDK role by its generated physical name in the stack resources',
      entity({
        id: 'WorkerRole8DD27D41',
        format: 'cdk',
        stackName: 'App',
        constructPath: 'App/Worker/Role/Resource',
      }),
      {},
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:role/App-WorkerRole8DD27D41-1A2B3C4D`, by: 'stack' },
    ],
    [
      'a CDK managed policy whose physical id is its ARN',
      entity({ id: 'Shared1234', kind: 'policy', format: 'cdk', stackName: 'App' }),
      {},
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:policy/App-Shared-XYZ`, by: 'stack' },
    ],
    [
      'the stack via config `stacks`',
      entity({ id: 'WorkerRole8DD27D41', file: 'cfn/worker.yaml' }),
      { stacks: [{ template: 'cfn/**', stackName: 'App' }] },
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:role/App-WorkerRole8DD27D41-1A2B3C4D`, by: 'stack' },
    ],
    [
      'the physical name fixed in code, case-insensitively (IAM names are)',
      entity({ id: 'Plan', name: 'FROM-PLAN' }),
      {},
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:role/from-plan`, by: 'name' },
    ],
    [
      'the same name in two accounts: ambiguous, naming both',
      entity({ id: 'App', name: 'app' }),
      {},
      null,
      {
        status: 'ambiguous',
        candidates: [`arn:aws:iam::${A}:role/app`, `arn:aws:iam::${B}:role/app`],
        reason: `role app matches reports in several accounts (arn:aws:iam::${A}:role/app, arn:aws:iam::${B}:role/app); map it to one ARN with \`entities\``,
      },
    ],
    [
      'the same name in two accounts, the account known: that one',
      entity({ id: 'App', name: 'app' }),
      {},
      B,
      { status: 'resolved', arn: `arn:aws:iam::${B}:role/app` },
    ],
    [
      'two accounts: a path the code fixes does not pick one (a change could steer it)',
      entity({ id: 'Worker', name: 'worker', iamPath: '/team/' }),
      {},
      null,
      {
        status: 'ambiguous',
        candidates: [`arn:aws:iam::${A}:role/service-role/worker`, `arn:aws:iam::${B}:role/team/worker`],
      },
    ],
    [
      'a user named like a role is not that role',
      entity({ id: 'Worker', kind: 'user', name: 'worker' }),
      {},
      null,
      { status: 'unresolved', reason: 'the snapshot has no report for user worker' },
    ],
    [
      'a mapped ARN without a report says where the ARN came from',
      entity({ id: 'App', name: 'app' }),
      { entityArns: [{ match: '**', arn: `arn:aws:iam::${A}:role/nope` }] },
      null,
      {
        status: 'unresolved',
        reason: `the snapshot has no report for arn:aws:iam::${A}:role/nope (from \`entities\`)`,
      },
    ],
    [
      'an ARN of an account the snapshot does not hold says so',
      entity({ id: 'X', format: 'terraform', arn: 'arn:aws:iam::333333333333:role/x' }),
      {},
      null,
      {
        status: 'unresolved',
        reason: `the snapshot has no report for arn:aws:iam::333333333333:role/x (it holds reports of accounts ${A}, ${B} only: pass a snapshot of account 333333333333 too)`,
      },
    ],
    [
      'a recorded stack without the logical id: not deployed',
      entity({ id: 'Brand', stackName: 'App' }),
      {},
      null,
      { status: 'not-deployed' },
    ],
    [
      'a fixed name deployed by another stack than the one the code says',
      entity({ id: 'Other', stackName: 'App', name: 'from-plan' }),
      {},
      null,
      { status: 'resolved', arn: `arn:aws:iam::${A}:role/from-plan`, by: 'name' },
    ],
    [
      'no name, no stack, no mapping: says what to configure',
      entity({ id: 'Anon' }),
      {},
      null,
      {
        status: 'unresolved',
        reason:
          'cannot tell which deployed role Anon is: the code fixes no name, no stack name is known (set `stacks` in the config) and no `entities` mapping matches infra/app.yaml#Anon',
      },
    ],
    [
      'not an IAM ARN',
      entity({ id: 'Bad', format: 'terraform', arn: 'arn:aws:s3:::bucket' }),
      {},
      null,
      { status: 'unresolved', reason: 'arn:aws:s3:::bucket is not an IAM role, user, group or policy ARN' },
    ],
  ])('%s', (_name, e, rules, account, expected) => {
    expect(resolve(e, rules, account)).toMatchObject(expected);
  });

  it('merged snapshots that record one logical id under two physical ids are ambiguous, never a silent pick', () => {
    const merged = mergeSnapshots([
      {
        version: 1,
        generatedAt: '2026-11-01T00:00:00Z',
        accessKeys: [],
        policies: [],
        reports: [report(`arn:aws:iam::${A}:role/App-Role-AAA`)],
        resources: [{ StackName: 'App', LogicalResourceId: 'Role', PhysicalResourceId: 'App-Role-AAA' }],
      },
      {
        version: 1,
        generatedAt: '2026-11-02T00:00:00Z',
        accessKeys: [],
        policies: [],
        reports: [report(`arn:aws:iam::${B}:role/App-Role-BBB`)],
        resources: [{ StackName: 'App', LogicalResourceId: 'Role', PhysicalResourceId: 'App-Role-BBB' }],
      },
    ]);
    const resolution = resolveSync(
      targetOf(entity({ id: 'Role', stackName: 'App' })),
      {},
      new SnapshotSource(merged),
    );
    expect(resolution).toMatchObject({
      status: 'ambiguous',
      candidates: [`arn:aws:iam::${A}:role/App-Role-AAA`, `arn:aws:iam::${B}:role/App-Role-BBB`],
    });
  });
});

describe('mergeSnapshots', () => {
  it('keeps the newest report of each ARN, the newest keys and documents, and the oldest generatedAt', () => {
    const arn = `arn:aws:iam::${A}:role/app`;
    const older = {
      version: 1 as const,
      generatedAt: '2026-10-01T00:00:00Z',
      reports: [report(arn, '2026-10-01T00:00:00Z'), report(`arn:aws:iam::${A}:role/only-old`)],
      accessKeys: [
        {
          UserName: 'bob',
          AccessKeyId: 'AKIA1',
          Status: 'Active' as const,
          AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
        },
      ],
      policies: [{ Arn: 'arn:aws:iam::aws:policy/X', Document: { v: 'old' } }],
      resources: [],
    };
    const newer = {
      ...older,
      generatedAt: '2026-11-01T00:00:00Z',
      reports: [report(arn, '2026-11-01T00:00:00Z')],
      accessKeys: [{ ...older.accessKeys[0]!, Status: 'Inactive' as const }],
      policies: [{ Arn: 'arn:aws:iam::aws:policy/X', Document: { v: 'new' } }],
    };
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const merged = mergeSnapshots(order);
      expect(merged.generatedAt).toBe('2026-10-01T00:00:00Z');
      expect(merged.reports.map((r) => [r.Arn, r.JobCompletionDate])).toEqual([
        [arn, '2026-11-01T00:00:00Z'],
        [`arn:aws:iam::${A}:role/only-old`, '2026-11-01T00:00:00Z'],
      ]);
      expect(merged.accessKeys.map((k) => k.Status)).toEqual(['Inactive']);
      expect(merged.policies.map((p) => p.Document)).toEqual([{ v: 'new' }]);
    }
  });
});
