// CloudFormation JSON and YAML: entities, folding, lines and paths of every statement and action.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';
import type { Entity, ParseResult } from '../../src/policy/model.js';

function entity(result: ParseResult, id: string): Entity {
  const found = result.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in ${result.entities.map((e) => e.id).join(', ')}`);
  return found;
}

/** `pattern@line` of every action (or NotAction) of an entity, in order. */
function actions(e: Entity): string[] {
  return e.statements.flatMap((s) =>
    (s.actions ?? s.notActions ?? []).map((a) => `${a.pattern}@${a.location.line}`),
  );
}

const roleYaml = `AWSTemplateFormatVersion: 2010-09-09
Parameters:
  Action:
    Type: String
Conditions:
  IsProd: !Equals [!Ref AWS::AccountId, '123456789012']
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Path: /service-role/
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess
        - !Ref SharedPolicy
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action:
                  - s3:GetObject
                  - !Sub elasticloadbalancing:\${Action}
                Resource: '*'
              - Effect: Deny
                NotAction: iam:*
                Resource: !GetAtt Bucket.Arn
                Condition: { Bool: { aws:SecureTransport: false } }
              - !If
                - IsProd
                - Effect: Allow
                  Action: !If [IsProd, sqs:SendMessage, [sns:Publish, sns:Subscribe]]
                  Resource: '*'
                - !Ref AWS::NoValue
  SharedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: shared
      PolicyDocument:
        Statement:
          Effect: Allow
          Action: dynamodb:Query
          Resource: '*'
  ExtraPolicy:
    Type: AWS::IAM::Policy
    Metadata:
      iam-usage-guard:
        ignore:
          - rule: unused-service
            reason: batch job runs quarterly
            services: [kms]
    Properties:
      PolicyName: extra
      Roles: [!Ref AppRole, app-role]
      PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":["kms:Decrypt"],"Resource":"*"}]}'
  Bucket:
    Type: AWS::S3::Bucket
`;

describe('CloudFormation YAML', () => {
  const result = parseDocument('infra/app.yaml', roleYaml);
  const role = entity(result, 'AppRole');

  it('reads the role with its name, path, line and format', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['infra/app.yaml']);
    expect(role).toMatchObject({
      kind: 'role',
      format: 'cloudformation',
      file: 'infra/app.yaml',
      line: 8,
      path: 'Resources.AppRole',
      name: 'app-role',
      iamPath: '/service-role/',
      arn: null,
      stackName: null,
      constructPath: null,
    });
  });

  it('keeps every action with its line: Fn::If unions, statement-level Fn::If, folded policies', () => {
    expect(actions(role)).toEqual([
      's3:GetObject@28',
      'iam:*@32',
      'sqs:SendMessage@38',
      'sns:Publish@38',
      'sns:Subscribe@38',
      // folded: AWS::IAM::Policy resources first, then managed policies named in ManagedPolicyArns
      'kms:Decrypt@61',
      'dynamodb:Query@48',
    ]);
  });

  it('gives statements and actions their paths', () => {
    const [first, deny, conditional] = role.statements;
    expect(first!.location).toEqual({
      file: 'infra/app.yaml',
      line: 26,
      path: 'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0]',
    });
    expect(first!.actions![0]!.location.path).toBe(
      'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0].Action[0]',
    );
    expect(first).toMatchObject({
      effect: 'Allow',
      allResources: true,
      hasCondition: false,
      policyName: 'inline',
    });
    expect(deny).toMatchObject({ effect: 'Deny', actions: null, allResources: false, hasCondition: true });
    expect(conditional!.location.path).toBe(
      'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[2].Fn::If[1]',
    );
    expect(conditional!.actions!.map((a) => a.location.path)).toEqual([
      'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[2].Fn::If[1].Action.Fn::If[1]',
      'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[2].Fn::If[1].Action.Fn::If[2][0]',
      'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[2].Fn::If[1].Action.Fn::If[2][1]',
    ]);
  });

  it('resolves pseudo parameters in managed policy ARNs and folds managed policies defined here', () => {
    expect(role.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    const shared = entity(result, 'SharedPolicy');
    expect(shared).toMatchObject({ kind: 'policy', name: 'shared', line: 41 });
    expect(actions(shared)).toEqual(['dynamodb:Query@48']);
    expect(role.statements.find((s) => s.policyName === 'shared')?.location.path).toBe(
      'Resources.SharedPolicy.Properties.PolicyDocument.Statement',
    );
  });

  it('records actions built from parameters as unknowns', () => {
    expect(role.unknowns).toEqual([
      {
        message: expect.stringContaining(
          `Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0].Action[1]: action "elasticloadbalancing:\${Action}" is built from Action`,
        ),
        location: {
          file: 'infra/app.yaml',
          line: 29,
          path: 'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0].Action[1]',
        },
      },
    ]);
  });

  it('carries suppressions of a folded policy, with reason and services', () => {
    expect(role.suppressions).toEqual([
      {
        rule: 'unused-service',
        reason: 'batch job runs quarterly',
        services: ['kms'],
        location: {
          file: 'infra/app.yaml',
          line: 55,
          path: 'Resources.ExtraPolicy.Metadata.iam-usage-guard.ignore[0]',
        },
        // Written on the policy: it covers only what the policy adds to the role.
        scope: {
          resource: 'ExtraPolicy',
          statements: role.statements
            .filter((s) => s.location.path.startsWith('Resources.ExtraPolicy.'))
            .map((s) => `${s.location.file}#${s.location.path}`),
        },
      },
    ]);
    expect(role.suppressions[0]!.scope!.statements.length).toBeGreaterThan(0);
  });

  it('parses a JSON-string document with the string line for every element', () => {
    const kms = role.statements.filter((s) => s.policyName === 'extra');
    expect(kms[0]!.location).toEqual({
      file: 'infra/app.yaml',
      line: 61,
      path: 'Resources.ExtraPolicy.Properties.PolicyDocument.Statement[0]',
    });
  });
});

const roleJson = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Deployer": {
      "Type": "AWS::IAM::User",
      "Properties": {
        "UserName": "deployer",
        "Policies": [
          {
            "PolicyName": "deploy",
            "PolicyDocument": {
              "Statement": [
                { "Effect": "Allow", "Action": ["cloudformation:*", "s3:PutObject"], "Resource": "*" }
              ]
            }
          }
        ],
        "ManagedPolicyArns": [
          { "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":iam::aws:policy/AWSCodeCommitReadOnly"]] },
          { "Fn::Sub": "arn:aws:iam::\${AWS::AccountId}:policy/deploy-boundary" },
          { "Fn::Sub": "arn:aws:iam::\${AWS::AccountId}:policy/\${PolicyName}" }
        ]
      }
    },
    "Admins": { "Type": "AWS::IAM::Group", "Properties": { "GroupName": "admins" } },
    "AdminPolicy": {
      "Type": "AWS::IAM::GroupPolicy",
      "Properties": {
        "GroupName": { "Ref": "Admins" },
        "PolicyName": "admin",
        "PolicyDocument": { "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] }
      }
    },
    "Attach": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "Users": [{ "Ref": "Deployer" }],
        "PolicyDocument": { "Statement": [{ "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" }] }
      },
      "Metadata": { "iam-usage-guard": { "ignore": [{ "rule": "unused-action" }] } }
    }
  }
}`;

describe('CloudFormation JSON', () => {
  const result = parseDocument('stack.json', roleJson);

  it.each([
    [
      'Deployer',
      'user',
      4,
      'deployer',
      ['cloudformation:*@13', 's3:PutObject@13', 'ecr:GetAuthorizationToken@38'],
    ],
    ['Admins', 'group', 25, 'admins', ['*@31']],
    ['Attach', 'policy', 34, null, ['ecr:GetAuthorizationToken@38']],
  ])('%s: %s at line %i named %s', (id, kind, line, name, expected) => {
    const e = entity(result, id);
    expect(e).toMatchObject({ kind, line, name, path: `Resources.${id}` });
    expect(actions(e)).toEqual(expected);
  });

  it('has no entity for the folded group policy and no diagnostics', () => {
    expect(result.entities.map((e) => e.id)).toEqual(['Deployer', 'Admins', 'Attach']);
    expect(result.diagnostics).toEqual([]);
  });

  it('renders ARNs: partition resolved, other pseudo parameters kept, parameters make it unknown', () => {
    const deployer = entity(result, 'Deployer');
    expect(deployer.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AWSCodeCommitReadOnly',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, kept as written
      'arn:aws:iam::${AWS::AccountId}:policy/deploy-boundary',
    ]);
    expect(deployer.unknowns.map((u) => u.message)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, kept as written
      'Resources.Deployer.Properties.ManagedPolicyArns[2]: managed policy ARN "arn:aws:iam::${AWS::AccountId}:policy/${PolicyName}" is built from AWS::AccountId, PolicyName; its permissions cannot be known from code',
    ]);
  });

  it('keeps a suppression without a reason as reason null', () => {
    expect(entity(result, 'Attach').suppressions).toEqual([
      {
        rule: 'unused-action',
        reason: null,
        services: null,
        location: {
          file: 'stack.json',
          line: 40,
          path: 'Resources.Attach.Metadata.iam-usage-guard.ignore[0]',
        },
        scope: null,
      },
    ]);
  });
});

describe('CloudFormation edge cases', () => {
  it('reads every short-form tag, both !GetAtt forms, and unquoted dates', () => {
    const text = `AWSTemplateFormatVersion: 2010-09-09
Resources:
  R:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Join ['-', [!Ref AWS::StackName, !Select [0, !Split [',', !ImportValue x]]]]
      Tags:
        - Key: a
          Value: !Base64 { 'Fn::FindInMap': [M, !Ref AWS::Region, k] }
        - Key: b
          Value: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 1, 8]]
        - Key: c
          Value: !If [!And [!Equals [a, b], !Or [!Not [!Condition C], !Condition D]], !GetAZs '', !GetAtt [Vpc, CidrBlock]]
        - Key: d
          Value: !Transform { Name: AWS::Include, Parameters: { Location: s3://x } }
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: !Split [',', 's3:GetObject']
                Resource: '*'
`;
    const result = parseDocument('t.yaml', text);
    expect(result.diagnostics).toEqual([]);
    const role = entity(result, 'R');
    expect(role.name).toBeNull();
    // `!Split` over a literal is what the template fixes: the action is known.
    expect(role.unknowns).toEqual([]);
    expect(actions(role)).toEqual(['s3:GetObject@21']);
  });

  it('reports an unknown intrinsic with its line and still reads the rest', () => {
    const text = `Resources:
  A:
    Type: AWS::IAM::Role
    Properties:
      Description: !Frobnicate x
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: s3:ListBucket, Resource: '*' }
  B:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: q
          PolicyDocument: { Statement: [{ Effect: Allow, Action: { "Fn::Magic": [] }, Resource: '*' }] }
`;
    const result = parseDocument('t.yaml', text);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 't.yaml',
        line: 5,
        entity: 'A',
        message: expect.stringContaining('Fn::Frobnicate'),
      }),
      expect.objectContaining({
        severity: 'error',
        file: 't.yaml',
        line: 16,
        entity: 'B',
        message:
          'unknown intrinsic function Fn::Magic at Resources.B.Properties.Policies[0].PolicyDocument.Statement[0].Action',
      }),
    ]);
    expect(actions(entity(result, 'A'))).toEqual(['s3:ListBucket@10']);
  });

  it('reports a policy that refers to a resource that does not exist', () => {
    const text = JSON.stringify(
      {
        Resources: {
          P: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyName: 'p',
              Roles: [{ Ref: 'Missing' }],
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
            },
          },
        },
      },
      null,
      2,
    );
    const result = parseDocument('missing.json', text);
    expect(result.entities).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'missing.json',
        line: 8,
        entity: 'P',
        message:
          'Resources.P.Properties.Roles[0] refers to Missing, which is not a resource in this template',
      },
    ]);
  });

  it('makes a role named only by a literal RoleName outside the template an entity known by name', () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: legacy-role
      PolicyName: p
      PolicyDocument: { Statement: [{ Effect: Allow, Action: sqs:*, Resource: '*' }] }
`;
    const result = parseDocument('t.yaml', text);
    expect(result.entities).toEqual([
      expect.objectContaining({ id: 'role/legacy-role', kind: 'role', name: 'legacy-role', line: 5 }),
    ]);
    expect(actions(result.entities[0]!)).toEqual(['sqs:*@7']);
  });

  it('reads SAM functions as their implicit roles, with policy templates and what it cannot expand', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Policies:
        - AmazonS3ReadOnlyAccess
        - SQSSendMessagePolicy: { QueueName: q }
        - NoSuchPolicyTemplate: {}
        - Statement:
            - Effect: Allow
              Action: dynamodb:GetItem
              Resource: '*'
  WithRole:
    Type: AWS::Serverless::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/x
`;
    const result = parseDocument('sam.yaml', text);
    expect(result.entities.map((e) => e.id)).toEqual(['FnRole']);
    const role = entity(result, 'FnRole');
    expect(role.kind).toBe('role');
    expect(role.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    ]);
    expect(actions(role)).toEqual(['sqs:SendMessage*@9', 'dynamodb:GetItem@13']);
    expect(role.unknowns.map((u) => u.message)).toEqual([expect.stringContaining('NoSuchPolicyTemplate')]);
  });

  it('reads IAM resources in a StackSet TemplateBody at their lines in the outer file', () => {
    const text = `Resources:
  Set:
    Type: AWS::CloudFormation::StackSet
    Properties:
      StackSetName: common
      TemplateBody: |
        Resources:
          Inner:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: logs:PutLogEvents
                        Resource: '*'
`;
    const result = parseDocument('set.yaml', text);
    expect(result.diagnostics).toEqual([]);
    const inner = entity(result, 'Set/Inner');
    expect(inner).toMatchObject({ line: 8, path: 'Resources.Set.Properties.TemplateBody.Resources.Inner' });
    expect(actions(inner)).toEqual(['logs:PutLogEvents@16']);
  });

  it('gives the same entities and actions for the same stack in JSON and YAML', () => {
    const json = parseDocument('a.json', roleJson);
    const yaml = parseDocument(
      'a.yaml',
      // The same template through YAML's JSON compatibility: values equal, lines equal.
      roleJson,
    );
    const strip = (r: ParseResult) =>
      r.entities.map((e) => ({ id: e.id, kind: e.kind, actions: actions(e) }));
    expect(strip(yaml)).toEqual(strip(json));
  });
});

describe('CloudFormation YAML as CloudFormation reads it', () => {
  it('accepts a flow mapping whose lines are not indented past its key (YAML 1.2 would refuse it)', () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Tags: {
      'a': 'b',
      'c': !Ref AWS::Region,
      }
      Policies:
        - PolicyName: p
          PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
`;
    const result = parseDocument('relaxed.yaml', text);
    expect(result.diagnostics).toEqual([]);
    expect(actions(entity(result, 'Role'))).toEqual(['s3:GetObject@11']);
  });
});
