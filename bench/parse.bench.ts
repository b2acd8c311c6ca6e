// Parse + grant expansion of a synthesized ≥5 MB CloudFormation JSON template, as a ratio to JSON.parse of the same text.
import { parseDocument } from '../src/iac/index.js';
import { grantsOf } from '../src/policy/grants.js';
import { medianMs, quick, report } from './harness.js';

const SERVICES = [
  ['s3', ['GetObject', 'PutObject', 'ListBucket', 'Get*', 'DeleteObject']],
  ['dynamodb', ['GetItem', 'PutItem', 'Query', 'Scan', 'BatchWriteItem', 'Describe*']],
  ['sqs', ['SendMessage', 'ReceiveMessage', 'DeleteMessage', 'GetQueueAttributes']],
  ['logs', ['CreateLogGroup', 'CreateLogStream', 'PutLogEvents']],
  ['kms', ['Decrypt', 'Encrypt', 'GenerateDataKey*']],
  ['sns', ['Publish']],
  ['ec2', ['Describe*', 'CreateNetworkInterface', 'DeleteNetworkInterface']],
  ['lambda', ['InvokeFunction']],
  ['secretsmanager', ['GetSecretValue']],
  ['states', ['StartExecution']],
] as const;

function statement(i: number, j: number): Record<string, unknown> {
  const [service, actions] = SERVICES[(i + j) % SERVICES.length]!;
  const count = 1 + ((i * 7 + j) % actions.length);
  return {
    Sid: `S${i}x${j}`,
    Effect: j % 9 === 8 ? 'Deny' : 'Allow',
    Action: actions.slice(0, count).map((a) => `${service}:${a}`),
    Resource:
      j % 3 === 0
        ? '*'
        : [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:::res-${i}-${j}/*`]] }],
    ...(j % 5 === 4 ? { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } } : {}),
  };
}

/** A template shaped like large real stacks: roles with inline policies, DefaultPolicy resources, managed policies. */
function synthesizeTemplate(targetBytes: number): string {
  const resources: Record<string, unknown> = {};
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'synthesized',
    Resources: resources,
  };
  let i = 0;
  let size = 0;
  while (size < targetBytes) {
    for (let k = 0; k < 50; k++, i++) {
      resources[`Role${i}`] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
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
          Policies: [
            {
              PolicyName: 'inline',
              PolicyDocument: { Version: '2012-10-17', Statement: [0, 1, 2].map((j) => statement(i, j)) },
            },
          ],
        },
        Metadata: { 'aws:cdk:path': `App/Service${i}/Role/Resource` },
      };
      resources[`Role${i}DefaultPolicy`] = {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: `Role${i}DefaultPolicy`,
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [3, 4, 5, 6, 7, 8].map((j) => statement(i, j)),
          },
          Roles: [{ Ref: `Role${i}` }],
        },
      };
      if (i % 10 === 0) {
        resources[`Shared${i}`] = {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: { Version: '2012-10-17', Statement: [9, 10].map((j) => statement(i, j)) },
            Roles: [{ Ref: `Role${i}` }],
          },
        };
      }
      resources[`Function${i}`] = {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Handler: 'index.handler',
          Runtime: 'nodejs20.x',
          Role: { 'Fn::GetAtt': [`Role${i}`, 'Arn'] },
        },
        DependsOn: [`Role${i}DefaultPolicy`, `Role${i}`],
      };
    }
    size = JSON.stringify(template, null, 1).length;
  }
  return JSON.stringify(template, null, 1);
}

const targetBytes = quick ? 1024 * 1024 : 5 * 1024 * 1024;
const text = synthesizeTemplate(targetBytes);
const runs = quick ? 3 : 7;

let entities = 0;
let actions = 0;
const parseAndExpand = (): void => {
  const result = parseDocument('bench/template.json', text);
  entities = result.entities.length;
  actions = 0;
  for (const entity of result.entities) actions += grantsOf(entity).actions.size;
};
// Each measurement starts from a collected heap (scripts/bench.mjs runs with --expose-gc), so one does not pay
// for the garbage of the one before.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
collect();
const jsonParse = await medianMs(runs, () => JSON.parse(text));
collect();
const parseOnly = await medianMs(runs, () => parseDocument('bench/template.json', text));
collect();
const full = await medianMs(runs, parseAndExpand);

report({
  name: 'parse',
  description: `parseDocument + grantsOf of a ${(text.length / 1024 / 1024).toFixed(1)} MB pretty-printed CloudFormation template (${entities} entities) vs JSON.parse of the same text`,
  rows: [
    { metric: 'template size', value: text.length / 1024 / 1024, unit: 'MB' },
    { metric: 'entities', value: entities, unit: 'count' },
    { metric: 'expanded actions (sum over entities)', value: actions, unit: 'count' },
    { metric: 'JSON.parse', value: jsonParse, unit: 'ms' },
    { metric: 'parseDocument', value: parseOnly, unit: 'ms' },
    { metric: 'parseDocument + grantsOf', value: full, unit: 'ms' },
    { metric: 'parse only ÷ JSON.parse', value: parseOnly / jsonParse, unit: 'x' },
  ],
  ratio: { value: full / jsonParse, baseline: 'JSON.parse', target: 8 },
});
