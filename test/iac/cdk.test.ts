// Real CDK apps synthesized with aws-cdk-lib, read back from their cdk.out (stacks, stages, construct paths).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as pipelines from 'aws-cdk-lib/pipelines';
import type { Construct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';
import type { Entity, ParseResult } from '../../src/policy/model.js';

let root: string;

function synthLambdaApp(outdir: string): void {
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'LambdaStack');
  const table = new dynamodb.Table(stack, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  });
  const handler = new lambda.Function(stack, 'Handler', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {};'),
  });
  table.grantReadData(handler);
  const resource = handler.role!.node.defaultChild as cdk.CfnResource;
  resource.addMetadata('iam-usage-guard', {
    ignore: [{ rule: 'unused-service', reason: 'reads at month end' }],
  });
  app.synth();
}

function synthManagedPolicyApp(outdir: string): void {
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'RoleStack', { stackName: 'role-stack' });
  const role = new iam.Role(stack, 'Worker', {
    roleName: 'worker',
    assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
  });
  new iam.ManagedPolicy(stack, 'Queue', {
    statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
    roles: [role],
  });
  app.synth();
}

class AppStage extends cdk.Stage {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = new cdk.Stack(this, 'AppStack');
    const role = new iam.Role(stack, 'AppRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: [`s3:${id === 'Beta' ? 'GetObject' : 'PutObject'}`],
        resources: ['*'],
      }),
    );
  }
}

function synthPipelineApp(outdir: string): void {
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'PipelineStack');
  const pipeline = new pipelines.CodePipeline(stack, 'Pipeline', {
    // exactOptionalPropertyTypes is stricter than aws-cdk-lib's own typings here.
    synth: new pipelines.ShellStep('Synth', {
      input: pipelines.CodePipelineSource.gitHub('example/app', 'main') as pipelines.IFileSetProducer,
      commands: ['npm ci', 'npx cdk synth'],
    }) as pipelines.IFileSetProducer,
  });
  pipeline.addStage(new AppStage(app, 'Beta'));
  pipeline.addStage(new AppStage(app, 'Prod'));
  app.synth();
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iac-cdk-'));
  synthLambdaApp(path.join(root, 'lambda', 'cdk.out'));
  synthManagedPolicyApp(path.join(root, 'role', 'cdk.out'));
  synthPipelineApp(path.join(root, 'pipeline', 'cdk.out'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (paths: string[]): Promise<ParseResult> => readIac(worktreeSource(root), paths);
const patterns = (e: Entity): string[] =>
  e.statements.flatMap((s) => (s.actions ?? []).map((a) => a.pattern)).sort();
function only(result: ParseResult, match: (e: Entity) => boolean): Entity {
  const found = result.entities.filter(match);
  expect(found, result.entities.map((e) => `${e.file}#${e.id}`).join(', ')).toHaveLength(1);
  return found[0]!;
}

describe('CDK cloud assemblies', () => {
  it('Lambda with a table grant: the service role carries the folded DefaultPolicy and basic execution', async () => {
    const result = await read(['lambda/cdk.out']);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual([
      'lambda/cdk.out/LambdaStack.template.json',
      'lambda/cdk.out/manifest.json',
    ]);
    const role = only(result, (e) => e.kind === 'role');
    expect(role).toMatchObject({
      format: 'cdk',
      file: 'lambda/cdk.out/LambdaStack.template.json',
      stackName: 'LambdaStack',
      constructPath: 'LambdaStack/Handler/ServiceRole/Resource',
    });
    expect(role.id).toMatch(/^HandlerServiceRole[0-9A-F]{8}$/);
    expect(role.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    ]);
    expect(patterns(role)).toEqual(
      expect.arrayContaining([
        'dynamodb:BatchGetItem',
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:Scan',
      ]),
    );
    expect(patterns(role).every((p) => p.startsWith('dynamodb:'))).toBe(true);
    expect(role.statements[0]!.location.path).toMatch(
      /^Resources\.HandlerServiceRoleDefaultPolicy[0-9A-F]{8}\.Properties\.PolicyDocument\.Statement\[0\]$/,
    );
    expect(role.statements[0]!.location.line).toBeGreaterThan(role.line);
    expect(role.suppressions).toEqual([
      expect.objectContaining({ rule: 'unused-service', reason: 'reads at month end', services: null }),
    ]);
  });

  it('a role with an AWS managed policy and a managed policy attached to it', async () => {
    const result = await read(['role/cdk.out/RoleStack.template.json']);
    expect(result.diagnostics).toEqual([]);
    const role = only(result, (e) => e.kind === 'role');
    expect(role).toMatchObject({
      name: 'worker',
      stackName: 'role-stack',
      constructPath: 'RoleStack/Worker/Resource',
    });
    expect(role.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(patterns(role)).toEqual(['sqs:SendMessage']);
    const policy = only(result, (e) => e.kind === 'policy');
    expect(policy).toMatchObject({ format: 'cdk', constructPath: 'RoleStack/Queue/Resource' });
    expect(patterns(policy)).toEqual(['sqs:SendMessage']);
  });

  it('a two-stage pipeline: stage stacks come from nested assemblies with their stack names', async () => {
    const result = await read(['pipeline/cdk.out']);
    expect(result.diagnostics).toEqual([]);
    const beta = only(result, (e) => e.stackName === 'Beta-AppStack' && e.kind === 'role');
    const prod = only(result, (e) => e.stackName === 'Prod-AppStack' && e.kind === 'role');
    expect(beta.file).toMatch(/^pipeline\/cdk\.out\/assembly-Beta\/BetaAppStack[0-9A-F]*\.template\.json$/);
    expect(prod.file).toMatch(/^pipeline\/cdk\.out\/assembly-Prod\//);
    expect(beta.constructPath).toBe('Beta/AppStack/AppRole/Resource');
    expect(patterns(beta)).toEqual(['s3:GetObject']);
    expect(patterns(prod)).toEqual(['s3:PutObject']);
    // The pipeline's own roles are in the top-level stack.
    expect(
      result.entities.filter((e) => e.stackName === 'PipelineStack' && e.kind === 'role').length,
    ).toBeGreaterThan(2);
  });

  it('default discovery from the repository root finds every assembly once', async () => {
    const result = await read(['.']);
    expect(result.diagnostics).toEqual([]);
    const keys = result.entities.map((e) => `${e.file}#${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.entities.every((e) => e.format === 'cdk')).toBe(true);
    expect(new Set(result.entities.map((e) => e.stackName))).toEqual(
      new Set(['LambdaStack', 'role-stack', 'PipelineStack', 'Beta-AppStack', 'Prod-AppStack']),
    );
  });
});
