// Grant expansion alone (collectGrants) over a synthesized CDK-style template of at least 5 MB, as a ratio to
// JSON.parse of the template text; bench/parse.bench.ts measures parsing and expansion together.
import { parseDocument } from '../src/iac/parse.js';
import catalogData from '../src/policy/catalog.data.json' with { type: 'json' };
import { type CatalogData, createCatalog, loadCatalog } from '../src/policy/catalog.js';
import { collectGrants } from '../src/policy/grants.js';
import { medianMs, quick, report } from './harness.js';

// Action strings as CDK grants and hand-written policies spell them: exact names, `Get*`-style wildcards, any case.
const POOL = [
  's3:GetObject*',
  's3:GetBucket*',
  's3:List*',
  's3:DeleteObject*',
  's3:PutObject',
  's3:PutObjectLegalHold',
  's3:Abort*',
  'dynamodb:BatchGetItem',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable',
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:ReEncrypt*',
  'kms:GenerateDataKey*',
  'sqs:SendMessage',
  'sqs:ReceiveMessage',
  'sqs:ChangeMessageVisibility',
  'sqs:GetQueueUrl',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'SNS:Publish',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'ec2:Describe*',
  'lambda:InvokeFunction',
  'ssm:GetParameter*',
  'ssm:DescribeParameters',
  'secretsmanager:GetSecretValue',
  'secretsmanager:DescribeSecret',
  'kinesis:PutRecord*',
  'kinesis:DescribeStream*',
  'firehose:PutRecord*',
  'states:StartExecution',
  'events:PutEvents',
  'cloudwatch:PutMetricData',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'ecr:GetAuthorizationToken',
  'sts:AssumeRole',
  'iam:PassRole',
  'glue:Get*',
  'athena:StartQueryExecution',
  'athena:GetQueryResults',
  'codebuild:StartBuild',
  'codebuild:BatchGetBuilds',
  'cloudformation:Describe*',
  'ecs:RunTask',
  'elasticloadbalancing:Describe*',
];

function synthesizeTemplate(minBytes: number): string {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const resources: Record<string, unknown> = {};
  const arn = (service: string, name: string) => ({
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        `:${service}:`,
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:${name}`,
      ],
    ],
  });
  let size = 0;
  for (let i = 0; size < minBytes; i++) {
    const statements = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, s) => ({
      Action: Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => POOL[Math.floor(random() * POOL.length)],
      ),
      Effect: s === 0 && i % 50 === 0 ? 'Deny' : 'Allow',
      Resource: s % 2 === 0 ? [arn('s3', `bucket-${i}-${s}`), { 'Fn::GetAtt': [`Table${i}`, 'Arn'] }] : '*',
    }));
    resources[`ServiceRole${i}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
          ],
          Version: '2012-10-17',
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
        Policies: [
          {
            PolicyDocument: { Statement: statements.slice(0, 2), Version: '2012-10-17' },
            PolicyName: 'inline',
          },
        ],
      },
      Metadata: { 'aws:cdk:path': `App/Stack/Function${i}/ServiceRole/Resource` },
    };
    resources[`ServiceRoleDefaultPolicy${i}`] = {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyDocument: { Statement: statements.slice(2), Version: '2012-10-17' },
        PolicyName: `ServiceRoleDefaultPolicy${i}`,
        Roles: [{ Ref: `ServiceRole${i}` }],
      },
      Metadata: { 'aws:cdk:path': `App/Stack/Function${i}/ServiceRole/DefaultPolicy/Resource` },
    };
    resources[`Function${i}`] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string, not a JS template
          S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' },
          S3Key: `${i}.zip`,
        },
        Handler: 'index.handler',
        Role: { 'Fn::GetAtt': [`ServiceRole${i}`, 'Arn'] },
        Runtime: 'nodejs20.x',
      },
      DependsOn: [`ServiceRoleDefaultPolicy${i}`, `ServiceRole${i}`],
    };
    if (i % 100 === 0) size = JSON.stringify({ Resources: resources }, null, 1).length;
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 1);
}

const text = synthesizeTemplate(quick ? 1_000_000 : 5_000_000);
const runs = quick ? 3 : 7;
const parsed = parseDocument('template.json', text);
if (parsed.diagnostics.some((d) => d.severity === 'error')) {
  throw new Error(
    `the synthesized template did not parse: ${JSON.stringify(parsed.diagnostics.slice(0, 3))}`,
  );
}

const jsonParse = await medianMs(runs, () => JSON.parse(text));
const catalogBuild = await medianMs(runs, () => createCatalog(catalogData as CatalogData));
// Cold: a fresh catalog, so no pattern is cached yet (what one CLI run pays, besides loading the module).
const cold = await medianMs(runs, () =>
  collectGrants(parsed, null, { catalog: createCatalog(catalogData as CatalogData) }),
);
// Warm: the shared catalog with its pattern cache, as for every entity after the first few.
loadCatalog();
const warm = await medianMs(runs, () => collectGrants(parsed, null));
const withBase = await medianMs(runs, () => collectGrants(parsed, parsed));
const granted = collectGrants(parsed, null);

report({
  name: 'grants-expand',
  description: `collectGrants over a ${(text.length / 1e6).toFixed(1)} MB synthesized CloudFormation template (${parsed.entities.length} entities, ${granted.reduce((n, g) => n + g.grants.actions.size, 0)} granted actions), relative to JSON.parse of the same text`,
  rows: [
    { metric: 'template size', value: text.length / 1e6, unit: 'MB' },
    { metric: 'JSON.parse', value: jsonParse, unit: 'ms' },
    { metric: 'createCatalog', value: catalogBuild, unit: 'ms' },
    { metric: 'collectGrants, fresh catalog', value: cold, unit: 'ms' },
    { metric: 'collectGrants, warm catalog', value: warm, unit: 'ms' },
    { metric: 'collectGrants with base (head+base)', value: withBase, unit: 'ms' },
  ],
  ratio: { value: cold / jsonParse, baseline: 'JSON.parse', target: 2 },
});
