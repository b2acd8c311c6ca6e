// Deployed templates over the wire: the real CloudFormation client against the local endpoint's GetTemplate
// (awsQuery, TemplateBody as text, StagesAvailable, ValidationError for a stack that does not exist), and the
// fetcher's answers: found (in the stack's own region), absent (new), failed (denied, another account; never new).
import { CloudFormationClient, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployedBases } from '../../src/change/deployed.js';
import type { FileSource } from '../../src/iac/source.js';
import { createAwsClients } from '../../src/usage/clients.js';
import { createTemplateFetcher } from '../../src/usage/templates.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';

const ACCOUNT = '123456789012';
const plain = {
  Resources: { AppRole: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } } },
};
const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      CodeUri: s3://bucket/key
      Policies:
        - Statement:
            - Effect: Allow
              Action: dynamodb:GetItem
              Resource: '*'
`;
const SAM_PROCESSED = JSON.stringify({
  Resources: {
    FnRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {},
        Policies: [
          {
            PolicyName: 'FnRolePolicy0',
            PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }] },
          },
        ],
      },
    },
  },
});

let iam: RunningLocalIam;
beforeAll(async () => {
  iam = await withLocalIam({
    account: ACCOUNT,
    entities: [],
    templates: {
      App: plain,
      Regional: { original: plain, region: 'eu-west-1' },
      Serverless: { original: SAM, processed: SAM_PROCESSED },
    },
  });
});
afterAll(() => iam?.close());

const client = (region = 'us-east-1') =>
  new CloudFormationClient({
    region,
    endpoint: iam.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });

describe('GetTemplate on the local endpoint', () => {
  it('answers in the awsQuery shape AWS documents: TemplateBody as a string, StagesAvailable as members', async () => {
    const body = new URLSearchParams({ Action: 'GetTemplate', Version: '2010-05-15', StackName: 'App' });
    const response = await fetch(iam.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(200);
    const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(await response.text());
    const result = xml.GetTemplateResponse.GetTemplateResult;
    expect(xml.GetTemplateResponse['@_xmlns']).toBe('http://cloudformation.amazonaws.com/doc/2010-05-15/');
    expect(typeof result.TemplateBody).toBe('string');
    expect(JSON.parse(result.TemplateBody)).toEqual(plain);
    expect(result.StagesAvailable.member).toEqual(['Original', 'Processed']);
    expect(xml.GetTemplateResponse.ResponseMetadata.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('through the SDK: Original and Processed differ for a SAM template; text survives the XML round trip', async () => {
    const original = await client().send(
      new GetTemplateCommand({ StackName: 'Serverless', TemplateStage: 'Original' }),
    );
    const processed = await client().send(
      new GetTemplateCommand({ StackName: 'Serverless', TemplateStage: 'Processed' }),
    );
    expect(original.TemplateBody).toBe(SAM);
    expect(processed.TemplateBody).toBe(SAM_PROCESSED);
    expect(original.StagesAvailable).toEqual(['Original', 'Processed']);
  });

  it('a stack that does not exist (or lives in another region) is a ValidationError saying so', async () => {
    for (const [stack, region] of [
      ['Missing', 'us-east-1'],
      ['Regional', 'us-east-1'],
    ] as const) {
      const error = await client(region)
        .send(new GetTemplateCommand({ StackName: stack }))
        .catch((e: unknown) => e as { name: string; message: string; $metadata: { httpStatusCode: number } });
      expect(error).toMatchObject({
        name: 'ValidationError',
        message: `Stack with id ${stack} does not exist`,
        $metadata: { httpStatusCode: 400 },
      });
    }
    const found = await client('eu-west-1').send(new GetTemplateCommand({ StackName: 'Regional' }));
    expect(JSON.parse(found.TemplateBody!)).toEqual(plain);
  });
});

describe('createTemplateFetcher', () => {
  const fetcher = () => createTemplateFetcher(createAwsClients({ endpointUrl: iam.url, env: iam.env }));

  it('found: in the stack region from the request, with the resolved account', async () => {
    const answer = await fetcher()({
      stackName: 'Regional',
      account: ACCOUNT,
      region: 'eu-west-1',
      stage: 'Processed',
    });
    expect(answer).toMatchObject({
      status: 'found',
      region: 'eu-west-1',
      account: ACCOUNT,
      stage: 'Processed',
    });
  });

  it('absent: CloudFormation says the stack does not exist', async () => {
    expect(
      await fetcher()({ stackName: 'Missing', account: null, region: null, stage: 'Processed' }),
    ).toEqual({
      status: 'absent',
      reason: 'GetTemplate: ValidationError: Stack with id Missing does not exist',
    });
  });

  it('failed, never absent: a stack of another account than the credentials', async () => {
    const answer = await fetcher()({
      stackName: 'App',
      account: '999999999999',
      region: null,
      stage: 'Processed',
    });
    expect(answer).toEqual({
      status: 'failed',
      reason: `stack App deploys to account 999999999999, but the credentials are for account ${ACCOUNT}`,
    });
  });

  it('failed, never absent: GetTemplate denied, with the permission to grant', async () => {
    const denied = await withLocalIam({
      account: ACCOUNT,
      entities: [],
      templates: { App: plain },
      faults: { deniedCalls: [{ operation: 'GetTemplate' }] },
    });
    try {
      const answer = await createTemplateFetcher(
        createAwsClients({ endpointUrl: denied.url, env: denied.env }),
      )({
        stackName: 'App',
        account: null,
        region: null,
        stage: 'Processed',
      });
      expect(answer.status).toBe('failed');
      expect(answer.status === 'failed' && answer.reason).toMatch(
        /^GetTemplate App: AccessDenied on cloudformation:GetTemplate: .* grant the caller the actions in rules\/iam-usage-guard-policy\.json$/,
      );
    } finally {
      await denied.close();
    }
  });

  it('a head template with a Transform asks for Original (SAM compares like with like), others for Processed', async () => {
    const head: FileSource = {
      label: 'test',
      list: async () => [],
      read: async (file) => (file === 'sam.yaml' ? SAM : JSON.stringify(plain)),
    };
    const { bases } = await deployedBases(
      [
        { file: 'sam.yaml', stackName: 'Serverless', account: null, region: null, cdk: false },
        { file: 'app.json', stackName: 'App', account: null, region: null, cdk: false },
      ],
      head,
      fetcher(),
    );
    const calls = iam.server.calls.filter((c) => c.op === 'GetTemplate').slice(-2);
    expect(calls.map((c) => `${c.params['StackName']} ${c.params['TemplateStage']}`).sort()).toEqual([
      'App Processed',
      'Serverless Original',
    ]);
    expect(bases.get('sam.yaml')?.entities.map((e) => `${e.file} ${e.kind}`)).toEqual(
      expect.arrayContaining(['sam.yaml role']),
    );
    expect(bases.get('app.json')?.entities.map((e) => `${e.file}#${e.id}`)).toEqual(['app.json#AppRole']);
  });
});
