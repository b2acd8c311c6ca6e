// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// Issue 13 item 2: what the template fixes is granted (parameter Defaults, !Split, !Select, !FindInMap, ForEach, a
// !Sub JSON document); what it does not fix is an unknown, shown.

import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { read } from './support.js';

const header = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Svc: { Type: String, Default: sqs }
  NoDefault: { Type: String }
  Actions: { Type: CommaDelimitedList, Default: 'sns:Publish,sns:Subscribe' }
  FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /app/service }
  RoleNameParam: { Type: String, Default: APP-ROLE }
  Empty: { Type: String, Default: '' }
Mappings:
  Stage:
    dev: { Actions: ['ec2:DescribeInstances'], Service: logs }
`;

const roleWith = (action: string) => `${header}Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ${action}
                Resource: '*'
`;

describe('actions the template fixes are granted', () => {
  it.each<[string, string, string[]]>([
    [
      '!Split of a literal',
      `!Split [',', 'ec2:StartInstances,ec2:StopInstances']`,
      ['ec2:StartInstances', 'ec2:StopInstances'],
    ],
    ['!Select over a literal list', `!Select [1, ['s3:GetObject', 's3:PutObject']]`, ['s3:PutObject']],
    ['!FindInMap over Mappings', '!FindInMap [Stage, dev, Actions]', ['ec2:DescribeInstances']],
    [
      '!Sub of a FindInMap value',
      `!Sub ['\${S}:CreateLogGroup', { S: !FindInMap [Stage, dev, Service] }]`,
      ['logs:CreateLogGroup'],
    ],
    ["a parameter's Default", `!Sub '\${Svc}:SendMessage'`, ['sqs:SendMessage']],
    ['a CommaDelimitedList Default', '!Ref Actions', ['sns:Publish', 'sns:Subscribe']],
    ['!Join of literals', `!Join [':', [s3, GetObject]]`, ['s3:GetObject']],
  ])('%s', async (_name, action, expected) => {
    const { grants, entity } = await read('app.yaml', roleWith(action));
    expect(actionNames(grants('AppRole').actions)).toEqual(expected);
    expect(entity('AppRole').unknowns).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    [
      'a parameter without a Default',
      `!Sub '\${NoDefault}:*'`,
      /action "\$\{NoDefault\}:\*" is built from NoDefault/,
    ],
    [
      'an SSM parameter (its Default names the value, it is not the value)',
      `!Sub '\${FromSsm}:*'`,
      /built from FromSsm/,
    ],
    ['an import', '!ImportValue shared-action', /built from Fn::ImportValue/],
    [
      'a parameter whose Default is empty (a placeholder, not a value)',
      `!Sub '\${Empty}:*'`,
      /built from Empty/,
    ],
  ])('%s is an unknown at its line, never a guess', async (_name, action, message) => {
    const { grants, entity } = await read('app.yaml', roleWith(action));
    expect(actionNames(grants('AppRole').actions)).toEqual([]);
    expect(entity('AppRole').unknowns.map((u) => [u.location.line, u.message])).toEqual([
      [23, expect.stringMatching(message)],
    ]);
  });

  it('Fn::ForEach makes one role per item, each with its lines', async () => {
    const text = `${header}Resources:
  Fn::ForEach::Workers:
    - Name
    - [ReceiveMessage, SendMessage]
    - '\${Name}Role':
        Type: AWS::IAM::Role
        Properties:
          RoleName: !Sub 'app-\${Name}'
          Policies:
            - PolicyName: p
              PolicyDocument:
                Statement:
                  - { Effect: Allow, Action: !Sub 'sqs:\${Name}', Resource: '*' }
`;
    const { result, grants } = await read('app.yaml', text);
    expect(result.entities.map((e) => [e.id, e.name, e.line])).toEqual([
      ['ReceiveMessageRole', 'app-ReceiveMessage', 17],
      ['SendMessageRole', 'app-SendMessage', 17],
    ]);
    expect(actionNames(grants('ReceiveMessageRole').actions)).toEqual(['sqs:ReceiveMessage']);
    expect(actionNames(grants('SendMessageRole').actions)).toEqual(['sqs:SendMessage']);
  });

  it('a PolicyDocument !Sub JSON string whose placeholders are only in ARNs is read', async () => {
    const text = `${header}Resources:
  Bucket: { Type: AWS::S3::Bucket }
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument: !Sub '{
              "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "\${Svc}:SendMessage"],
                "Resource": "arn:aws:s3:::\${Bucket}/*" },
                { "Effect": "Allow", "Action": "\${NoDefault}:*", "Resource": "*" }]
          }'
`;
    const { grants, entity } = await read('app.yaml', text);
    expect(actionNames(grants('AppRole').actions)).toEqual(['s3:GetObject', 'sqs:SendMessage']);
    expect(entity('AppRole').unknowns.map((u) => u.message)).toEqual([
      expect.stringMatching(/action "\$\{NoDefault\}:\*" is built from NoDefault/),
    ]);
  });
});

describe('targets the template fixes are resolved', () => {
  const policy = (roles: string, roleName = 'app-role') => `${header}Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${roleName}
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: ${roles}
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'dynamodb:GetItem', Resource: '*' }] }
`;
  it.each<[string, string, string?]>([
    ['!Sub "${AppRole}"', `[!Sub '\${AppRole}']`],
    ['!Select [0, [!Ref AppRole]]', '[!Select [0, [!Ref AppRole]]]'],
    ['a parameter defaulting to the role name, in another case', '[!Ref RoleNameParam]'],
    [
      'the same name expression as the RoleName',
      `[!Sub '\${AWS::StackName}-worker']`,
      `!Sub '\${AWS::StackName}-worker'`,
    ],
    ['a literal name in another case (IAM names are case-insensitive)', '[APP-ROLE]'],
  ])('%s', async (_name, roles, roleName) => {
    const { result, grants } = await read('app.yaml', policy(roles, roleName));
    expect(result.entities.map((e) => e.id)).toEqual(['AppRole']);
    expect(actionNames(grants('AppRole').actions)).toEqual(['dynamodb:GetItem']);
  });

  it('a target built from a parameter without a Default is an entity of its own, with the unknown', async () => {
    const { result } = await read('app.yaml', policy(`[!Sub '\${NoDefault}-role']`));
    const target = result.entities.find((e) => e.id !== 'AppRole')!;
    expect(target.id).toBe('role@Resources.Extra.Properties.Roles[0]');
    expect(target.statements).toHaveLength(1);
    expect(target.unknowns.map((u) => [u.location.line, u.message])).toEqual([
      [
        22,
        expect.stringContaining(
          'built from parameter NoDefault (no Default); which role it is cannot be known',
        ),
      ],
    ]);
  });

  it.each<[string, string]>([
    [
      '!Sub with the partition and account',
      `!Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/shared-\${Svc}'`,
    ],
    [
      '!Join of the same parts',
      `!Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':policy/shared-sqs']]`,
    ],
  ])('a managed policy of the same template attached by its ARN: %s', async (_name, arn) => {
    const text = `${header}Resources:
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: !Sub 'shared-\${Svc}'
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns: [${arn}]
`;
    const { grants, entity } = await read('app.yaml', text);
    expect(actionNames(grants('AppRole').actions)).toEqual(['kms:Decrypt']);
    expect(entity('AppRole').managedPolicyArns).toEqual([]);
  });
});

describe('parameter values from the configuration', () => {
  it('override Defaults and fill parameters without one; the template as written is the rest', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { scan } = await import('../../src/pipeline.js');
    const { parseConfig } = await import('../../src/config/parse.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-parameters-'));
    await writeFile(path.join(dir, 'app.yaml'), roleWith(`!Sub '\${Svc}:\${NoDefault}'`));
    await writeFile(path.join(dir, 'other.yaml'), roleWith(`!Sub '\${Svc}:SendMessage'`));
    const config = parseConfig(
      'parameters:\n  - template: app.yaml\n    values: { Svc: sns, NoDefault: Publish }\n',
      'cfg.yml',
    );
    const result = await scan({ cwd: dir, paths: ['.'], base: null, config, failOn: 'never' });
    const actions = (file: string) =>
      actionNames(result.entities.find((g) => g.entity.file === file)!.grants.actions);
    expect(actions('app.yaml')).toEqual(['sns:Publish']);
    expect(actions('other.yaml')).toEqual(['sqs:SendMessage']);
    expect(result.findings.filter((f) => f.rule === 'unjudged')).toEqual([]);
  });
});
