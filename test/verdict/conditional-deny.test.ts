// Issue 13 item 1: a Deny that applies only sometimes subtracts nothing; Allows are the union over branches.

import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { read, roleWith } from './support.js';

const allowAll = "              - { Effect: Allow, Action: '*', Resource: '*' }\n";
const allowS3 = "              - { Effect: Allow, Action: 's3:*', Resource: '*' }\n";

describe('a Deny subtracts only what it denies in every deployment', () => {
  it.each<[string, string, string, (actions: string[]) => void]>([
    [
      'a Deny NotAction statement inside !If (admin in the non-prod branch)',
      allowAll,
      "              - !If [IsProd, { Effect: Deny, NotAction: 's3:GetObject', Resource: '*' }, !Ref AWS::NoValue]\n",
      (actions) => expect(actions.length).toBeGreaterThan(10_000),
    ],
    [
      'a Deny whose Action is an !If',
      allowS3,
      "              - { Effect: Deny, Action: !If [IsProd, 's3:*', 's3:PutObject'], Resource: '*' }\n",
      (actions) => expect(actions).toContain('s3:PutObject'),
    ],
    [
      'a Deny with a Condition',
      allowS3,
      "              - { Effect: Deny, Action: 's3:*', Resource: '*', Condition: { Bool: { aws:SecureTransport: false } } }\n",
      (actions) => expect(actions).toContain('s3:GetObject'),
    ],
    [
      'an unconditional Deny still subtracts',
      allowS3,
      "              - { Effect: Deny, Action: 's3:Put*', Resource: '*' }\n",
      (actions) => {
        expect(actions).toContain('s3:GetObject');
        expect(actions.filter((a) => a.startsWith('s3:Put'))).toEqual([]);
      },
    ],
    [
      // Either branch may be deployed, so a branch's exclusion cannot be counted on: it excludes nothing (this
      // may show more than is granted, never less).
      'an Allow NotAction whose list is an !If excludes nothing it lists only in a branch',
      "              - { Effect: Allow, NotAction: !If [IsProd, ['iam:*', 's3:*'], ['iam:*']], Resource: '*' }\n",
      '',
      (actions) => expect(actions).toEqual(expect.arrayContaining(['s3:GetObject', 'iam:CreateUser'])),
    ],
    [
      'an Allow NotAction with a fixed list and an !If excludes the fixed part',
      "              - { Effect: Allow, NotAction: ['iam:*', !If [IsProd, 's3:*', !Ref AWS::NoValue]], Resource: '*' }\n",
      '',
      (actions) => {
        expect(actions).toContain('s3:GetObject');
        expect(actions.filter((a) => a.startsWith('iam:'))).toEqual([]);
      },
    ],
  ])('%s', async (_name, allow, deny, check) => {
    const { grants } = await read('app.yaml', roleWith(allow + deny));
    check(actionNames(grants('AppRole').actions));
  });

  it('PolicyDocument: !If [cond, denyDocument, allowDocument] grants the Allow branch', async () => {
    const text = `Conditions:
  IsProd: !Equals [a, b]
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: base
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
        - PolicyName: maybe
          PolicyDocument: !If
            - IsProd
            - { Statement: [{ Effect: Deny, Action: 's3:*', Resource: '*' }] }
            - { Statement: [{ Effect: Allow, Action: 'sqs:SendMessage', Resource: '*' }] }
`;
    const { grants } = await read('app.yaml', text);
    expect(grants('AppRole').services).toEqual(['s3', 'sqs']);
  });

  it('an AWS::IAM::Policy with a resource Condition holding the Deny subtracts nothing from its role', async () => {
    const text = `Conditions:
  IsProd: !Equals [a, b]
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: admin
          PolicyDocument: { Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }
  Guard:
    Type: AWS::IAM::Policy
    Condition: IsProd
    Properties:
      PolicyName: guard
      Roles: [!Ref AppRole]
      PolicyDocument: { Statement: [{ Effect: Deny, NotAction: 's3:GetObject', Resource: '*' }] }
  Attached:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: attached-sometimes
      Roles: [!If [IsProd, !Ref AppRole, !Ref AWS::NoValue]]
      PolicyDocument: { Statement: [{ Effect: Deny, Action: 'ec2:*', Resource: '*' }] }
`;
    const { grants, entity } = await read('app.yaml', text);
    expect(
      entity('AppRole')
        .statements.filter((s) => s.effect === 'Deny')
        .map((s) => s.conditional),
    ).toEqual([true, true]);
    const actions = actionNames(grants('AppRole').actions);
    expect(actions).toContain('iam:CreateUser');
    expect(actions).toContain('ec2:RunInstances');
  });
});
