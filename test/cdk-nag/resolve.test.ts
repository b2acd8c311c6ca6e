import { describe, expect, it } from 'vitest';
import { type ResourceIdentity, SnapshotIndex } from '../../src/cdk-nag/resolve.js';
import type { UsageReport } from '../../src/usage/model.js';

function report(arn: string): UsageReport {
  return { Arn: arn, JobStatus: 'COMPLETED', ServicesLastAccessed: [] };
}

const index = new SnapshotIndex({
  reports: [
    report('arn:aws:iam::111111111111:role/app-role'),
    report('arn:aws:iam::111111111111:role/service-role/worker'),
    report('arn:aws:iam::222222222222:role/worker'),
    report('arn:aws:iam::111111111111:role/App-DeployedRole-ABC123'),
    report('arn:aws:iam::111111111111:policy/App-Managed-XYZ'),
    report('arn:aws:iam::111111111111:user/bob'),
    report('arn:aws:iam::111111111111:group/admins'),
    report('arn:aws:iam::111111111111:role/mapped-role'),
  ],
  resources: [
    {
      StackName: 'App',
      LogicalResourceId: 'DeployedRole1234',
      PhysicalResourceId: 'App-DeployedRole-ABC123',
    },
    {
      StackName: 'App',
      LogicalResourceId: 'Managed5678',
      PhysicalResourceId: 'arn:aws:iam::111111111111:policy/App-Managed-XYZ',
    },
    { StackName: 'App', LogicalResourceId: 'GoneRole', PhysicalResourceId: 'App-GoneRole-QQQ' },
  ],
});

function identity(overrides: Partial<ResourceIdentity>): ResourceIdentity {
  return {
    constructPath: 'App/Thing/Resource',
    logicalId: 'Thing1234',
    stackName: 'App',
    account: '111111111111',
    kind: 'role',
    type: 'AWS::IAM::Role',
    physicalName: null,
    ...overrides,
  };
}

describe('SnapshotIndex.resolve', () => {
  it.each([
    [
      'a fixed role name in the stack account',
      { physicalName: 'app-role' },
      'arn:aws:iam::111111111111:role/app-role',
      'name',
    ],
    [
      'a name with an IAM path in the ARN',
      { physicalName: 'worker' },
      'arn:aws:iam::111111111111:role/service-role/worker',
      'name',
    ],
    [
      'a name in another account',
      { physicalName: 'worker', account: '222222222222' },
      'arn:aws:iam::222222222222:role/worker',
      'name',
    ],
    [
      'a name, case-insensitively',
      { physicalName: 'APP-ROLE' },
      'arn:aws:iam::111111111111:role/app-role',
      'name',
    ],
    [
      'the stack resources for a generated name',
      { logicalId: 'DeployedRole1234' },
      'arn:aws:iam::111111111111:role/App-DeployedRole-ABC123',
      'stack-resources',
    ],
    [
      'a managed policy whose physical id is its ARN',
      { logicalId: 'Managed5678', kind: 'policy', type: 'AWS::IAM::ManagedPolicy' },
      'arn:aws:iam::111111111111:policy/App-Managed-XYZ',
      'stack-resources',
    ],
    [
      'a user name',
      { physicalName: 'bob', kind: 'user', type: 'AWS::IAM::User' },
      'arn:aws:iam::111111111111:user/bob',
      'name',
    ],
    [
      'a group name',
      { physicalName: 'admins', kind: 'group', type: 'AWS::IAM::Group' },
      'arn:aws:iam::111111111111:group/admins',
      'name',
    ],
  ] as const)('finds %s', (_name, overrides, arn, by) => {
    expect(index.resolve(identity(overrides))).toMatchObject({ status: 'found', arn, by });
  });

  it.each([
    ['the construct path', { 'App/Thing/Resource': 'arn:aws:iam::111111111111:role/mapped-role' }],
    ['the construct path without /Resource', { 'App/Thing': 'arn:aws:iam::111111111111:role/mapped-role' }],
    ['a leading slash', { '/App/Thing': 'arn:aws:iam::111111111111:role/mapped-role' }],
    ['the logical id', { Thing1234: 'arn:aws:iam::111111111111:role/mapped-role' }],
  ])('takes the explicit map by %s, before the name', (_name, map) => {
    expect(index.resolve(identity({ physicalName: 'app-role' }), map)).toMatchObject({
      status: 'found',
      arn: 'arn:aws:iam::111111111111:role/mapped-role',
      by: 'map',
    });
  });

  it('says when an explicitly mapped ARN has no report', () => {
    expect(index.resolve(identity({}), { Thing1234: 'arn:aws:iam::111111111111:role/nope' })).toEqual({
      status: 'unresolved',
      reason: 'the snapshot has no report for arn:aws:iam::111111111111:role/nope (from `arns`)',
    });
  });

  it('refuses to guess between accounts for an environment-agnostic stack', () => {
    const result = index.resolve(identity({ physicalName: 'worker', account: null }));
    expect(result.status).toBe('unresolved');
    expect(result).toMatchObject({
      reason: expect.stringContaining(
        'role worker matches reports in several accounts (arn:aws:iam::111111111111:role/service-role/worker, arn:aws:iam::222222222222:role/worker)',
      ),
    });
  });

  it('matches a unique name in an environment-agnostic stack', () => {
    expect(index.resolve(identity({ physicalName: 'app-role', account: null }))).toMatchObject({
      status: 'found',
    });
  });

  it('does not match a name in another account (and the stack does not list it: not deployed)', () => {
    expect(index.resolve(identity({ physicalName: 'app-role', account: '333333333333' }))).toMatchObject({
      status: 'new',
    });
  });

  it('does not match a name in another account of an unrecorded stack', () => {
    expect(
      index.resolve(identity({ physicalName: 'app-role', account: '333333333333', stackName: 'Other' })),
    ).toEqual({
      status: 'unresolved',
      reason: 'no role app-role in account 333333333333 (only arn:aws:iam::111111111111:role/app-role)',
    });
  });

  it('calls a resource absent from a recorded stack new', () => {
    expect(index.resolve(identity({ logicalId: 'BrandNewRole' }))).toEqual({
      status: 'new',
      reason:
        'stack App in the snapshot has no resource BrandNewRole: not deployed yet when the snapshot was taken (or deployed under another stack name)',
    });
  });

  it('explains a deployed resource without a report', () => {
    expect(index.resolve(identity({ logicalId: 'GoneRole' }))).toEqual({
      status: 'unresolved',
      reason: 'deployed as App-GoneRole-QQQ, but the snapshot has no report for role App-GoneRole-QQQ',
    });
  });

  it('explains a resource of an unrecorded stack without a name', () => {
    expect(index.resolve(identity({ stackName: 'Other' }))).toEqual({
      status: 'unresolved',
      reason:
        'Thing1234 has no fixed name, no `arns` entry, and the snapshot records no deployed resources for stack Other',
    });
  });

  it('gives an inline AWS::IAM::Policy no report of its own', () => {
    expect(index.resolve(identity({ kind: 'policy', type: 'AWS::IAM::Policy' }))).toMatchObject({
      status: 'unresolved',
    });
  });
});
