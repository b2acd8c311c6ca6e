// Issue 13 item 3: a user's grants include its groups', however the membership is written.

import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { read } from './support.js';

const admin = `  Admins:
    Type: AWS::IAM::Group
    Properties:
      GroupName: admins
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
      Policies:
        - PolicyName: extra
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
`;

describe('CloudFormation group membership', () => {
  it.each<[string, string]>([
    [
      'User.Groups by Ref',
      '  Bob:\n    Type: AWS::IAM::User\n    Properties:\n      Groups: [!Ref Admins]\n',
    ],
    [
      'User.Groups by name, in another case',
      '  Bob:\n    Type: AWS::IAM::User\n    Properties:\n      Groups: [ADMINS]\n',
    ],
    [
      'AWS::IAM::UserToGroupAddition, written before the user',
      '  Add:\n    Type: AWS::IAM::UserToGroupAddition\n    Properties:\n      GroupName: !Ref Admins\n      Users: [!Ref Bob]\n  Bob:\n    Type: AWS::IAM::User\n',
    ],
  ])('%s: the user grants what the group grants', async (_name, user) => {
    const { grants, entity } = await read('app.yaml', `Resources:\n${admin}${user}`);
    const bob = entity('Bob');
    expect(bob.groups).toEqual(['Admins']);
    expect(bob.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
    const actions = actionNames(grants('Bob').actions);
    expect(actions).toContain('kms:Decrypt');
    expect(actions.length).toBeGreaterThan(10_000);
    expect(grants('Bob').managedPolicySources).toEqual({
      'arn:aws:iam::aws:policy/AdministratorAccess': expect.stringMatching(/^bundled \d{4}-\d\d-\d\d$/),
    });
  });

  it('a group defined elsewhere is an unknown on the user, at the membership line', async () => {
    const text = 'Resources:\n  Bob:\n    Type: AWS::IAM::User\n    Properties:\n      Groups: [ops]\n';
    const { entity } = await read('app.yaml', text);
    expect(entity('Bob').groups).toEqual(['group/ops']);
    expect(entity('Bob').unknowns.map((u) => [u.location.line, u.message])).toEqual([
      [
        5,
        expect.stringContaining(
          'group ops is not defined in this template; what it grants the user cannot be known',
        ),
      ],
    ]);
  });
});

describe('Terraform group membership', () => {
  const plan = (membership: Record<string, unknown>) =>
    JSON.stringify({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_iam_user.bob', mode: 'managed', type: 'aws_iam_user', values: { name: 'bob' } },
            {
              address: 'aws_iam_group.admins',
              mode: 'managed',
              type: 'aws_iam_group',
              values: { name: 'admins' },
            },
            {
              address: 'aws_iam_group_policy.admin',
              mode: 'managed',
              type: 'aws_iam_group_policy',
              values: {
                name: 'admin',
                group: 'admins',
                policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] }),
              },
            },
            membership,
          ],
        },
      },
    });
  it.each<[string, Record<string, unknown>]>([
    [
      'aws_iam_user_group_membership',
      {
        address: 'aws_iam_user_group_membership.m',
        mode: 'managed',
        type: 'aws_iam_user_group_membership',
        values: { user: 'bob', groups: ['admins'] },
      },
    ],
    [
      'aws_iam_group_membership',
      {
        address: 'aws_iam_group_membership.m',
        mode: 'managed',
        type: 'aws_iam_group_membership',
        values: { name: 'm', group: 'admins', users: ['bob'] },
      },
    ],
  ])('%s: the user grants what the group grants', async (_name, membership) => {
    const { grants, entity } = await read('plan.json', plan(membership));
    expect(entity('aws_iam_user.bob').groups).toEqual(['aws_iam_group.admins']);
    expect(grants('aws_iam_user.bob').services).toEqual(['iam']);
  });
});
