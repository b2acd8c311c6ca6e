// The collector end to end: the real AWS SDK clients against the local IAM endpoint, every entity accounted for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/local-iam/scenario.js';
import { loadScenario } from '../../src/local-iam/server.js';
import { entityKey } from '../../src/policy/model.js';
import { createAwsClients } from '../../src/usage/clients.js';
import { collectUsage } from '../../src/usage/collect.js';
import {
  ACCOUNT,
  groupArn,
  policyArn,
  type RunningLocalIam,
  roleArn,
  userArn,
  withLocalIam,
} from '../support/local-iam.js';
import { entity } from '../support/usage-entities.js';

// More than IAM's 1000 per page, as an administrator role's report can be (every service AWS has).
const adminServices = Array.from({ length: 1100 }, (_, i) => ({
  namespace: `svc${String(i).padStart(3, '0')}`,
  ...(i % 7 === 0 ? { lastAuthenticated: 'now-3d' } : {}),
}));

const scenarioJson = {
  account: ACCOUNT,
  entities: [
    {
      arn: roleArn('app-role'),
      createDate: '2024-01-01T00:00:00Z',
      services: [
        {
          namespace: 's3',
          lastAuthenticated: 'now-2d',
          actions: [{ name: 'GetObject', lastAccessed: 'now-2d' }, { name: 'DeleteBucket' }],
        },
        { namespace: 'sqs' },
      ],
    },
    { arn: 'arn:aws:iam::123456789012:role/service-role/pathed-role', services: [{ namespace: 'lambda' }] },
    { arn: roleArn('admin-role'), services: adminServices },
    {
      arn: roleArn('stack-role-physical'),
      services: [{ namespace: 'dynamodb', lastAuthenticated: 'now-1d' }],
    },
    {
      arn: userArn('bob'),
      services: [{ namespace: 'iam', lastAuthenticated: 'now-1d' }],
      accessKeys: [
        { id: 'AKIAUSED000000000001', lastUsed: { date: 'now-5d', service: 's3', region: 'eu-west-1' } },
        { id: 'AKIANEVER00000000002', status: 'Inactive' },
        { id: 'AKIANA00000000000003', lastUsed: { service: 'N/A', region: 'N/A' } },
      ],
    },
    {
      arn: groupArn('devs'),
      services: [
        {
          namespace: 's3',
          lastAuthenticated: 'now-1d',
          entities: [
            { arn: userArn('alice'), lastAuthenticated: 'now-1d' },
            { arn: userArn('carol'), lastAuthenticated: 'now-9d' },
            { arn: userArn('dave') },
          ],
        },
        { namespace: 'ec2' },
      ],
    },
    { arn: policyArn('app-policy'), services: [{ namespace: 'sqs', lastAuthenticated: 'now-1d' }] },
    { arn: roleArn('failing-role'), services: [{ namespace: 's3' }] },
    { arn: roleArn('denied-role'), services: [{ namespace: 's3' }] },
  ],
  policies: [
    {
      arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:Get*'], Resource: '*' }],
      },
    },
  ],
  stacks: { App: { StackRole: 'stack-role-physical', StackPolicy: policyArn('app-policy') } },
  faults: {
    jobLatencyMs: [10, 40],
    failedJobs: [
      { arn: roleArn('failing-role'), code: 'InternalFailure', message: 'Report generation failed.' },
    ],
    deniedCalls: [{ operation: 'GenerateServiceLastAccessedDetails', arn: roleArn('denied-role') }],
  },
};

describe('collectUsage against the local IAM endpoint', () => {
  let iam: RunningLocalIam;
  const scenario: Scenario = loadScenario(JSON.stringify(scenarioJson), 'scenario.json');
  const entities = [
    entity({
      id: 'AppRole',
      name: 'app-role',
      managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    }),
    entity({ id: 'PathedRole', name: 'pathed-role', iamPath: '/service-role/' }),
    entity({ id: 'AdminRole', name: 'admin-role' }),
    entity({ id: 'StackRole', file: 'cdk.out/App.template.json', format: 'cdk', stackName: 'App' }),
    entity({ id: 'StackPolicy', kind: 'policy', file: 'stacks/app.yaml' }),
    entity({ id: 'Bob', kind: 'user', name: 'bob' }),
    entity({ id: 'Devs', kind: 'group', name: 'devs' }),
    entity({ id: 'FailingRole', name: 'failing-role' }),
    entity({ id: 'DeniedRole', name: 'denied-role' }),
    entity({ id: 'NewRole', name: 'not-deployed-yet' }),
    entity({ id: 'Anonymous' }),
    entity({ id: 'aws_iam_role.mapped', format: 'terraform', file: 'plan.json' }),
    entity({ id: 'aws_iam_role.tf', format: 'terraform', file: 'plan.json', arn: roleArn('app-role') }),
  ];
  let result: Awaited<ReturnType<typeof collectUsage>>;

  beforeAll(async () => {
    iam = await withLocalIam(scenario);
    result = await collectUsage(entities, {
      clients: createAwsClients({ env: iam.env }),
      requestsPerSecond: 200,
      firstPollMs: 20,
      stacks: [{ template: 'stacks/*.yaml', stackName: 'App' }],
      entityArns: [{ match: 'plan.json#aws_iam_role.mapped', arn: roleArn('app-role') }],
      withEntitiesServices: () => ['*'],
      grantingPoliciesFor: (e) => (e.id === 'AppRole' ? ['s3', 'sqs'] : []),
    });
  });
  afterAll(async () => iam?.close());

  const usageOf = (id: string) => result.usage.get(entityKey(entities.find((e) => e.id === id)!))!;

  it('accounts for every entity: a report or a reason, never both missing', () => {
    expect(result.usage.size).toBe(entities.length);
    for (const e of entities) {
      const u = result.usage.get(entityKey(e))!;
      expect(u.report !== null || u.reason !== null, e.id).toBe(true);
    }
  });

  it('resolves a physical name to the ARN IAM knows, with the creation date', () => {
    const u = usageOf('AppRole');
    expect(u.arn).toBe(roleArn('app-role'));
    expect(u.createDate).toBe('2024-01-01T00:00:00.000Z');
    expect(u.report?.JobType).toBe('ACTION_LEVEL');
    expect(u.report?.CreateDate).toBe('2024-01-01T00:00:00.000Z');
    const s3 = u.report?.ServicesLastAccessed.find((s) => s.ServiceNamespace === 's3');
    expect(s3?.LastAuthenticated).toBeTruthy();
    expect(s3?.TrackedActionsLastAccessed?.map((a) => a.ActionName)).toEqual(['GetObject', 'DeleteBucket']);
    expect(s3?.TrackedActionsLastAccessed?.[1]?.LastAccessedTime).toBeUndefined();
    expect(
      u.report?.ServicesLastAccessed.find((s) => s.ServiceNamespace === 'sqs')?.LastAuthenticated,
    ).toBeUndefined();
  });

  it('keeps the IAM path of a role', () => {
    expect(usageOf('PathedRole').arn).toBe('arn:aws:iam::123456789012:role/service-role/pathed-role');
  });

  it('follows every page of an administrator report', () => {
    const u = usageOf('AdminRole');
    expect(u.report?.ServicesLastAccessed).toHaveLength(1100);
    expect(new Set(u.report?.ServicesLastAccessed.map((s) => s.ServiceNamespace)).size).toBe(1100);
    const adminJob = iam.server.calls.find(
      (c) => c.op === 'GenerateServiceLastAccessedDetails' && c.params['Arn'] === roleArn('admin-role'),
    )!;
    const pages = iam.server.calls.filter(
      (c) => c.op === 'GetServiceLastAccessedDetails' && c.arn === adminJob.arn && c.params['Marker'],
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]!.params['MaxItems']).toBe('1000');
  });

  it('resolves CDK and CloudFormation entities through DescribeStackResources', () => {
    expect(usageOf('StackRole').arn).toBe(roleArn('stack-role-physical'));
    expect(usageOf('StackRole').report?.ServicesLastAccessed[0]?.ServiceNamespace).toBe('dynamodb');
    expect(usageOf('StackPolicy').arn).toBe(policyArn('app-policy'));
    expect(usageOf('StackPolicy').report).not.toBeNull();
    expect(result.stackResources.map((r) => r.LogicalResourceId).sort()).toEqual([
      'StackPolicy',
      'StackRole',
    ]);
  });

  it('takes config mappings and Terraform ARNs as they are', () => {
    expect(usageOf('aws_iam_role.mapped').arn).toBe(roleArn('app-role'));
    expect(usageOf('aws_iam_role.tf').report?.Arn).toBe(roleArn('app-role'));
  });

  it("reads a user's access keys with IAM's meanings (used, never used, N/A)", () => {
    const keys = usageOf('Bob').accessKeys;
    expect(keys).toHaveLength(3);
    const used = keys.find((k) => k.AccessKeyId === 'AKIAUSED000000000001')!;
    expect(used.AccessKeyLastUsed.LastUsedDate).toBeTruthy();
    expect(used.AccessKeyLastUsed).toMatchObject({ ServiceName: 's3', Region: 'eu-west-1' });
    const never = keys.find((k) => k.AccessKeyId === 'AKIANEVER00000000002')!;
    expect(never.Status).toBe('Inactive');
    expect(never.AccessKeyLastUsed).toEqual({ ServiceName: 'N/A', Region: 'N/A' });
    const na = keys.find((k) => k.AccessKeyId === 'AKIANA00000000000003')!;
    expect(na.AccessKeyLastUsed.LastUsedDate).toBeUndefined();
    expect(na.UserName).toBe('bob');
  });

  it('asks WithEntities only for used services of a group and keeps the newest first', () => {
    const u = usageOf('Devs');
    expect(Object.keys(u.servicesWithEntities)).toEqual(['s3']);
    expect(u.servicesWithEntities['s3']!.map((d) => d.EntityInfo.Name)).toEqual(['alice', 'carol', 'dave']);
    expect(u.servicesWithEntities['s3']![0]!.EntityInfo.Type).toBe('USER');
    const withEntitiesCalls = iam.server.calls.filter(
      (c) => c.op === 'GetServiceLastAccessedDetailsWithEntities',
    );
    expect(withEntitiesCalls.every((c) => c.params['ServiceNamespace'] !== 'ec2')).toBe(true);
  });

  it('names the policies that grant a service', () => {
    const granting = usageOf('AppRole').policiesGranting;
    expect(granting?.['s3']?.[0]).toMatchObject({ PolicyType: 'INLINE', EntityName: 'app-role' });
    expect(Object.keys(granting ?? {}).sort()).toEqual(['s3', 'sqs']);
  });

  it('gives a FAILED job its own reason and IAM error message', () => {
    const u = usageOf('FailingRole');
    expect(u.report).toBeNull();
    expect(u.reason).toContain('FAILED');
    expect(u.reason).toContain('Report generation failed.');
  });

  it('gives a denied entity an AccessDenied reason naming the missing permission', () => {
    const u = usageOf('DeniedRole');
    expect(u.report).toBeNull();
    expect(u.reason).toMatch(/AccessDenied/);
    expect(u.reason).toContain('iam:GenerateServiceLastAccessedDetails');
  });

  it('says an entity that IAM does not know is not deployed yet', () => {
    const u = usageOf('NewRole');
    expect(u.report).toBeNull();
    // Ten roles: their ARNs and dates came from one ListRoles, and this one is not in it.
    expect(u.reason).toBe(
      'role not-deployed-yet does not exist in the account (not in ListRoles): not deployed yet, so there is no usage',
    );
  });

  it('says why an entity without a name, stack or mapping cannot be resolved', () => {
    expect(usageOf('Anonymous').reason).toMatch(/cannot tell which deployed role Anonymous is/);
  });

  it('expands AWS-managed policy documents', () => {
    expect(result.managedPolicyDocuments.get('arn:aws:iam::aws:policy/ReadOnlyAccess')).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:Get*'], Resource: '*' }],
    });
  });

  it('names the tool in the user agent of every call', () => {
    expect(iam.server.calls.every((c) => c.userAgent?.includes('iam-usage-guard/0.1.0'))).toBe(true);
  });

  it('counts its calls', () => {
    expect(result.stats.calls).toBe(iam.server.calls.length);
  });

  it('lists roles once (10 roles in the input) instead of one GetRole each; a lone user and group are got', () => {
    const ops = iam.server.calls.map((c) => c.op);
    expect(ops.filter((op) => op === 'ListRoles')).toHaveLength(1);
    expect(ops.filter((op) => op === 'GetRole')).toHaveLength(0);
    expect(ops.filter((op) => op === 'GetUser')).toHaveLength(1);
    expect(ops.filter((op) => op === 'GetGroup')).toHaveLength(1);
  });

  it('one report job per ARN, however many entities resolve to it', () => {
    const jobs = iam.server.calls.filter(
      (c) => c.op === 'GenerateServiceLastAccessedDetails' && c.params['Arn'] === roleArn('app-role'),
    );
    expect(jobs).toHaveLength(1);
    expect(usageOf('aws_iam_role.mapped').report?.ServicesLastAccessed).toEqual(
      usageOf('AppRole').report?.ServicesLastAccessed,
    );
  });
});
