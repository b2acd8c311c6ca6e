// Small built-in fuzz seeds covering each format and the constructs the parsers treat specially; the corpus and
// examples/ add real-world ones when present.
import type { Seed } from './fuzz-core.js';

const CFN_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Names: { dev: { role: dev-role } }
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Metadata:
      iam-usage-guard:
        ignore:
          - rule: unused-service
            reason: yearly job
            services: [s3]
    Properties:
      RoleName: !FindInMap [Names, !Ref Env, role]
      Path: /service-role/
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - !Ref SharedPolicy
      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: !If [IsProd, [s3:GetObject, s3:PutObject], s3:GetObject]
                Resource: !Sub 'arn:aws:s3:::bucket-\${AWS::AccountId}/*'
              - Effect: Allow
                NotAction: [iam:*, organizations:*]
                Resource: '*'
              - Effect: Deny
                Action: 'ec2:*'
                Resource: '*'
              - Effect: Allow
                Action: !Split [',', 'sqs:SendMessage,sns:Publish']
                Resource: !GetAtt Queue.Arn
        - PolicyName: from-string
          PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:Get*","Resource":"*"}]}'
  SharedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: shared
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          Effect: Allow
          Action: [logs:CreateLogStream, logs:PutLogEvents]
          Resource: !Join ['', ['arn:aws:logs:', !Ref 'AWS::Region', ':*']]
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref AppRole]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: [kms:Decrypt]
            Resource: !ImportValue KeyArn
  Dev:
    Type: AWS::IAM::User
    Properties:
      UserName: dev
      Groups: [!Ref Devs]
  Devs:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: g
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: 'cloudwatch:Get*', Resource: '*' }]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Policies:
        - S3ReadPolicy: { BucketName: b }
        - Statement: [{ Effect: Allow, Action: 'sqs:*', Resource: '*' }]
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      Tags: [{ Key: a, Value: !Base64 x }]
Outputs:
  Azs: { Value: !Select [0, !GetAZs ''] }
  Net: { Value: !Cidr ['10.0.0.0/16', 2, 8] }
`;

const CFN_JSON = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Worker: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
          Policies: [
            {
              PolicyName: 'w',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['s3:Get*', 'sqs:ReceiveMessage'], Resource: '*' },
                  {
                    Effect: 'Allow',
                    Action: { 'Fn::If': ['C', 'ec2:Describe*', { Ref: 'AWS::NoValue' }] },
                    Resource: '*',
                  },
                ],
              },
            },
          ],
        },
      },
      WorkerPolicy: {
        Type: 'AWS::IAM::RolePolicy',
        Properties: {
          RoleName: { Ref: 'Worker' },
          PolicyName: 'more',
          PolicyDocument: {
            Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }],
          },
        },
      },
    },
  },
  null,
  2,
);

const TF_PLAN = JSON.stringify(
  {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_iam_role.app',
            mode: 'managed',
            type: 'aws_iam_role',
            name: 'app',
            values: {
              name: 'app',
              arn: 'arn:aws:iam::123456789012:role/app',
              managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
              inline_policy: [
                {
                  name: 'inline',
                  policy:
                    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
                },
              ],
              tags: { 'iam-usage-guard:ignore:new-service': 'reviewed' },
            },
          },
          {
            address: 'aws_iam_role_policy.extra',
            mode: 'managed',
            type: 'aws_iam_role_policy',
            name: 'extra',
            values: {
              role: 'app',
              policy: '{"Statement":[{"Effect":"Allow","Action":["sqs:SendMessage"],"Resource":"*"}]}',
            },
          },
        ],
        child_modules: [
          {
            address: 'module.m',
            resources: [
              {
                address: 'module.m.aws_iam_policy.p',
                mode: 'managed',
                type: 'aws_iam_policy',
                name: 'p',
                values: {
                  name: 'p',
                  policy: '{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}',
                },
              },
            ],
          },
        ],
      },
    },
    resource_changes: [
      {
        address: 'aws_iam_role.app',
        type: 'aws_iam_role',
        change: {
          actions: ['update'],
          before: { name: 'app', arn: 'arn:aws:iam::123456789012:role/app', inline_policy: [] },
          after: { name: 'app' },
          after_unknown: { arn: true },
        },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: 'aws_iam_role_policy.extra',
            expressions: { role: { references: ['aws_iam_role.app.name', 'aws_iam_role.app'] } },
          },
        ],
      },
    },
  },
  null,
  2,
);

const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: '*' },
      {
        Effect: 'Allow',
        NotAction: ['iam:*'],
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      },
      {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
    ],
  },
  null,
  2,
);

const ALIASES_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  A:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument: &doc
            Statement:
              - &stmt { Effect: Allow, Action: [s3:GetObject], Resource: '*' }
  B:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: q
          PolicyDocument: *doc
        - PolicyName: r
          PolicyDocument:
            Statement: [*stmt, { <<: *stmt, Action: sqs:* }]
`;

export const BUILT_IN_SEEDS: Seed[] = [
  { file: 'builtin/template.yaml', text: CFN_YAML },
  { file: 'builtin/template.json', text: CFN_JSON },
  { file: 'builtin/plan.json', text: TF_PLAN },
  { file: 'builtin/policy.json', text: POLICY },
  { file: 'builtin/aliases.yml', text: ALIASES_YAML },
];

/** Configuration files (PR-controlled in a pull_request run): every key the schema knows. */
export const CONFIG_SEEDS: Seed[] = [
  {
    file: '.github/iam-usage-guard.yml',
    text: `extends: recommended
unusedDays: 90
accessKeyMaxIdleDays: 90
granularity: ACTION_LEVEL
onMissingData: warn
cacheMaxAgeHours: 4
deadlineSeconds: 600
files:
  include: ['infra/**/*.yaml', '**/cdk.out/**']
  exclude: ['**/legacy/**']
ignore:
  entities: ['arn:aws:iam::*:role/legacy-*', 'infra/old.yaml#*']
  services: [sts]
  actions: ['s3:List*']
rules:
  widened-unused-service: error
  unused-service: [warning, { }]
  new-service: off
  no-usage-data: notice
entities:
  - match: 'infra/app.yaml#AppRole'
    arn: arn:aws:iam::123456789012:role/app-role
stacks:
  - template: 'infra/app.yaml'
    stackName: app-prod
`,
  },
  { file: '.iam-usage-guard.yml', text: 'extends: strict\nunusedDays: 30\n' },
];

/** Snapshot files (`--snapshot`, or the action's `snapshot` input): every part of the format. */
export const SNAPSHOT_SEEDS: Seed[] = [
  {
    file: 'iam-usage.json',
    text: JSON.stringify(
      {
        version: 1,
        generatedAt: '2026-11-20T00:00:00Z',
        reports: [
          {
            Arn: 'arn:aws:iam::123456789012:role/dev-role',
            CreateDate: '2024-01-01T00:00:00Z',
            JobStatus: 'COMPLETED',
            JobType: 'ACTION_LEVEL',
            JobCreationDate: '2026-11-19T00:00:00Z',
            JobCompletionDate: '2026-11-19T00:00:05Z',
            ServicesLastAccessed: [
              {
                ServiceName: 'Amazon S3',
                ServiceNamespace: 's3',
                LastAuthenticated: '2026-11-01T00:00:00Z',
                LastAuthenticatedEntity: 'arn:aws:iam::123456789012:role/dev-role',
                LastAuthenticatedRegion: 'us-east-1',
                TotalAuthenticatedEntities: 1,
                TrackedActionsLastAccessed: [
                  {
                    ActionName: 'GetObject',
                    LastAccessedTime: '2026-11-01T00:00:00Z',
                    LastAccessedRegion: 'us-east-1',
                  },
                  { ActionName: 'PutObject' },
                ],
              },
              { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', TotalAuthenticatedEntities: 0 },
            ],
          },
          {
            Arn: 'arn:aws:iam::123456789012:role/failed',
            JobStatus: 'FAILED',
            ServicesLastAccessed: [],
            Error: { Code: 'x', Message: 'failed' },
          },
        ],
        accessKeys: [
          {
            UserName: 'dev',
            AccessKeyId: 'AKIAEXAMPLE000000001',
            Status: 'Active',
            CreateDate: '2024-01-01T00:00:00Z',
            AccessKeyLastUsed: {
              LastUsedDate: '2026-10-01T00:00:00Z',
              ServiceName: 'iam',
              Region: 'us-east-1',
            },
          },
          {
            UserName: 'dev',
            AccessKeyId: 'AKIAEXAMPLE000000002',
            Status: 'Active',
            AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
          },
        ],
        policies: [
          {
            Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
            Document: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
            },
          },
        ],
        resources: [{ StackName: 'App', LogicalResourceId: 'AppRole', PhysicalResourceId: 'dev-role' }],
      },
      null,
      2,
    ),
  },
];

/** A small CDK cloud assembly: manifest plus one stack template with an aws:cdk:path. */
export const CDK_MANIFEST: Seed = {
  file: 'cdk.out/manifest.json',
  text: JSON.stringify(
    {
      version: '55.0.0',
      artifacts: {
        AppStack: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://123456789012/us-east-1',
          properties: { templateFile: 'AppStack.template.json' },
          metadata: {
            '/AppStack/Fn/ServiceRole/Resource': [{ type: 'aws:cdk:logicalId', data: 'FnServiceRole' }],
          },
          displayName: 'AppStack',
        },
        Stage: {
          type: 'cdk:cloud-assembly',
          properties: { directoryName: 'assembly-Stage', displayName: 'Stage' },
        },
        Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
      },
    },
    null,
    1,
  ),
};

export const CDK_TEMPLATE: Seed = {
  file: 'cdk.out/AppStack.template.json',
  text: JSON.stringify(
    {
      Resources: {
        FnServiceRole: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Statement: [
                { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
              ],
            },
            ManagedPolicyArns: [
              {
                'Fn::Join': [
                  '',
                  [
                    'arn:',
                    { Ref: 'AWS::Partition' },
                    ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
                  ],
                ],
              },
            ],
          },
          Metadata: { 'aws:cdk:path': 'AppStack/Fn/ServiceRole/Resource' },
        },
        FnServiceRoleDefaultPolicy: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyDocument: {
              Statement: [
                {
                  Action: ['dynamodb:GetItem', 'dynamodb:Query'],
                  Effect: 'Allow',
                  Resource: { 'Fn::GetAtt': ['Table', 'Arn'] },
                },
              ],
              Version: '2012-10-17',
            },
            PolicyName: 'FnServiceRoleDefaultPolicy',
            Roles: [{ Ref: 'FnServiceRole' }],
          },
          Metadata: { 'aws:cdk:path': 'AppStack/Fn/ServiceRole/DefaultPolicy/Resource' },
        },
      },
    },
    null,
    1,
  ),
};
