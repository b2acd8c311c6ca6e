// Issue 13 item 2: SAM connectors grant the source's role (or, for event source mappings, the destination's) the
// Read/Write actions SAM's connector profiles give, for each resource type.

import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { read } from './support.js';

const template = (resources: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.12, Handler: a.b, CodeUri: . }
  Table: { Type: AWS::DynamoDB::Table }
  Queue: { Type: AWS::SQS::Queue }
  Bucket: { Type: AWS::S3::Bucket }
  Topic: { Type: AWS::SNS::Topic }
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties: { RoleArn: !GetAtt MachineRole.Arn }
  MachineRole:
    Type: AWS::IAM::Role
${resources}`;

const connector = (source: string, destination: string, permissions: string) => `  Conn:
    Type: AWS::Serverless::Connector
    Properties:
      Source: ${source}
      Destination: ${destination}
      Permissions: ${permissions}
`;

describe('AWS::Serverless::Connector', () => {
  it.each<[string, string, string[]]>([
    [
      'function → table, Read and Write: on the function role',
      connector('{ Id: Fn }', '{ Id: Table }', '[Read, Write]'),
      ['FnRole', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem'],
    ],
    [
      'function → bucket, Read',
      connector('{ Id: Fn }', '{ Id: Bucket }', '[Read]'),
      ['FnRole', 's3:GetObject', 's3:ListBucket'],
    ],
    [
      'state machine → topic, Write: on its RoleArn role',
      connector('{ Id: Machine }', '{ Id: Topic }', '[Write]'),
      ['MachineRole', 'sns:Publish'],
    ],
    [
      'queue → function (event source mapping): on the destination function role',
      connector('{ Id: Queue }', '{ Id: Fn }', '[Read, Write]'),
      ['FnRole', 'sqs:DeleteMessage', 'sqs:ReceiveMessage'],
    ],
    [
      'a list of destinations, one given by Type and Arn',
      connector(
        '{ Id: Fn }',
        "[{ Id: Queue }, { Type: AWS::SNS::Topic, Arn: 'arn:aws:sns:us-east-1:123456789012:t' }]",
        '[Write]',
      ),
      ['FnRole', 'sns:Publish', 'sqs:SendMessage'],
    ],
  ])('%s', async (_name, resources, [roleId, ...actions]) => {
    const { grants, result } = await read('app.yaml', template(resources));
    expect(result.diagnostics).toEqual([]);
    expect(actionNames(grants(roleId!).actions)).toEqual(expect.arrayContaining(actions));
  });

  it('an embedded Connectors attribute on a SAM function grants its role', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Table: { Type: AWS::DynamoDB::Table }
  Fn:
    Type: AWS::Serverless::Function
    Connectors:
      TableConn:
        Properties:
          Destination: { Id: Table }
          Permissions: [Read]
    Properties: { Runtime: python3.12, Handler: a.b, CodeUri: . }
`;
    const { grants } = await read('app.yaml', text);
    expect(actionNames(grants('FnRole').actions)).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']),
    );
    expect(actionNames(grants('FnRole').actions)).not.toContain('dynamodb:PutItem');
  });

  it('a resource-policy profile (topic → queue) grants no role; an unknown pair is a diagnostic', async () => {
    const { result } = await read(
      'app.yaml',
      template(connector('{ Id: Topic }', '{ Id: Queue }', '[Write]')),
    );
    expect(result.diagnostics).toEqual([]);
    const bad = await read('app.yaml', template(connector('{ Id: Table }', '{ Id: Bucket }', '[Write]')));
    expect(bad.result.diagnostics.map((d) => d.message)).toEqual([
      'Resources.Conn.Properties.Destination: SAM has no connector from AWS::DynamoDB::Table to AWS::S3::Bucket',
    ]);
  });
});
