// What comparing with the deployed stacks costs: `check` on a CDK app of 20 stacks (cdk.out synthesized, gitignored)
// with the GetTemplate calls against the same run without them, both collecting usage for the 20 roles from the
// local endpoint with IAM-like latency. Tool at its defaults; ratio from one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { defaultConfig } from '../src/config/index.js';
import type { Scenario } from '../src/local-iam/scenario.js';
import { startLocalIam } from '../src/local-iam/server.js';
import { scan } from '../src/pipeline.js';
import { createAwsClients } from '../src/usage/clients.js';
import { medianMs, quick, report } from './harness.js';

const STACKS = quick ? 5 : 20;
const RUNS = quick ? 1 : 3;
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

/** Synthesizes the app: STACKS stacks, one role each; the head adds dynamodb:PutItem everywhere. */
function synth(outdir: string, head: boolean): Map<string, { template: string; roleId: string }> {
  const app = new App({ outdir, analyticsReporting: false });
  for (let i = 0; i < STACKS; i++) {
    const stack = new Stack(app, `Stack${i}`, { env: { account: ACCOUNT, region: REGION } });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const actions = ['dynamodb:GetItem', 'sqs:SendMessage', ...(head ? ['dynamodb:PutItem'] : [])];
    role.addToPolicy(new iam.PolicyStatement({ actions, resources: ['*'] }));
  }
  const assembly = app.synth();
  const out = new Map<string, { template: string; roleId: string }>();
  for (const stack of assembly.stacks) {
    const resources = stack.template.Resources as Record<string, { Type: string }>;
    const roleId = Object.keys(resources).find((id) => resources[id]!.Type === 'AWS::IAM::Role')!;
    out.set(stack.stackName, { template: JSON.stringify(stack.template, null, 1), roleId });
  }
  return out;
}

function scenario(base: Map<string, { template: string; roleId: string }>): Scenario {
  const names = [...base.keys()];
  return {
    account: ACCOUNT,
    entities: names.map((name) => ({
      arn: `arn:aws:iam::${ACCOUNT}:role/${name}-Role-X`,
      createDate: '2024-01-01T00:00:00.000Z',
      services: [
        { namespace: 'dynamodb', lastAuthenticated: '2026-01-01T00:00:00.000Z' },
        { namespace: 'sqs', lastAuthenticated: new Date().toISOString() },
      ],
    })),
    policies: [],
    stacks: Object.fromEntries(names.map((name) => [name, { [base.get(name)!.roleId]: `${name}-Role-X` }])),
    templates: Object.fromEntries(
      names.map((name) => [
        name,
        { original: base.get(name)!.template, processed: base.get(name)!.template, region: REGION },
      ]),
    ),
    // IAM-like: jobs take 1-3 s, every answer 20 ms.
    faults: { jobLatencyMs: [1000, 3000], requestLatencyMs: 20 },
  };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: 'pipe',
  });

const dir = mkdtempSync(path.join(tmpdir(), 'iug-bench-templates-'));
try {
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, '.gitignore'), 'cdk.out/\n');
  writeFileSync(path.join(dir, 'app.ts'), '// the app (the bench synthesizes it in process)\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'change');
  writeFileSync(path.join(dir, 'app.ts'), '// the app, now writing orders\n');
  git(dir, 'commit', '-q', '-am', 'head');
  const base = synth(path.join(tmpdir(), `iug-bench-base-${process.pid}`), false);
  synth(path.join(dir, 'cdk.out'), true);

  const runOnce = async (deployedTemplates: boolean) => {
    const server = await startLocalIam(scenario(base));
    try {
      const aws = createAwsClients({
        env: {
          AWS_ENDPOINT_URL: server.url,
          AWS_ACCESS_KEY_ID: 'b',
          AWS_SECRET_ACCESS_KEY: 'b',
          AWS_REGION: 'us-east-1',
        },
      });
      const result = await scan({
        cwd: dir,
        paths: [],
        base: 'main',
        config: defaultConfig(),
        aws,
        deployedTemplates,
      });
      const calls = server.calls.filter((c) => c.op === 'GetTemplate').length;
      return { errors: result.summary.errors, calls };
    } finally {
      await server.close();
    }
  };
  let withCalls = 0;
  let withErrors = 0;
  const withMs = await medianMs(RUNS, async () => {
    const r = await runOnce(true);
    withCalls = r.calls;
    withErrors = r.errors;
  });
  const withoutMs = await medianMs(RUNS, () => runOnce(false));
  report({
    name: 'templates',
    description: `check on a CDK app of ${STACKS} stacks (cdk.out gitignored) with GetTemplate for each stack vs the same run without (median of ${RUNS}; jobs 1-3 s, 20 ms per answer)`,
    rows: [
      { metric: 'with GetTemplate (deployed base)', value: withMs, unit: 'ms' },
      { metric: 'without (no deployed base)', value: withoutMs, unit: 'ms' },
      { metric: 'added by the GetTemplate calls', value: withMs - withoutMs, unit: 'ms' },
      { metric: 'GetTemplate calls', value: withCalls, unit: 'calls' },
      { metric: 'widened-unused-service errors found (deployed base)', value: withErrors, unit: 'findings' },
    ],
    ratio: { value: withMs / withoutMs, baseline: 'the same check without GetTemplate' },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(tmpdir(), `iug-bench-base-${process.pid}`), { recursive: true, force: true });
}
