// What IamUsageGuard adds to `cdk synth`: a 300-role app synthesized with AwsSolutionsChecks alone, then with
// AwsSolutionsChecks plus IamUsageGuard, in the same process; the ratio is the headline (target ≤ 1.10).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { build } from 'esbuild';
import { IamUsageGuard } from '../src/cdk-nag/index.js';
import type { SnapshotFile, UsageReport } from '../src/usage/model.js';
import { quick, report } from './harness.js';

const ROLES = quick ? 60 : 300;
const ROLES_PER_STACK = 100; // CloudFormation allows 500 resources per stack; each role brings its policy
const RUNS = quick ? 3 : 9;
const ACCOUNT = '111111111111';
const NOW = new Date('2026-11-20T00:00:00Z');

// A few statements per role, with named resources so AwsSolutions-IAM5 stays quiet and both runs synthesize fully.
function statementsFor(i: number): PolicyStatement[] {
  return [
    new PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [`arn:aws:s3:::bucket-${i}/data`],
    }),
    new PolicyStatement({
      actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
      resources: [`arn:aws:sqs:us-east-1:${ACCOUNT}:queue-${i}`],
    }),
    new PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resources: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/table-${i}`],
    }),
  ];
}

function usageReport(i: number): UsageReport {
  const recent = '2026-11-10T00:00:00Z';
  return {
    Arn: `arn:aws:iam::${ACCOUNT}:role/bench-role-${i}`,
    CreateDate: '2025-01-01T00:00:00Z',
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: '2026-11-19T23:00:00Z',
    JobCompletionDate: '2026-11-19T23:00:00Z',
    ServicesLastAccessed: [
      { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: recent },
      { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', LastAuthenticated: recent },
      // Every tenth role has a service it has not used: the pack reports something, as it would in real life.
      i % 10 === 0
        ? { ServiceName: 'Amazon DynamoDB', ServiceNamespace: 'dynamodb' }
        : { ServiceName: 'Amazon DynamoDB', ServiceNamespace: 'dynamodb', LastAuthenticated: recent },
    ],
  };
}

const snapshot: SnapshotFile = {
  version: 1,
  generatedAt: '2026-11-19T23:00:00Z',
  reports: Array.from({ length: ROLES }, (_, i) => usageReport(i)),
  accessKeys: [],
  policies: [],
  resources: [],
};

function synth(withGuard: boolean): void {
  const outdir = mkdtempSync(join(tmpdir(), 'iug-bench-cdk-nag-'));
  try {
    const app = new App({ outdir });
    for (let s = 0; s * ROLES_PER_STACK < ROLES; s++) {
      const stack = new Stack(app, `Bench${s}`, { env: { account: ACCOUNT, region: 'us-east-1' } });
      for (let i = s * ROLES_PER_STACK; i < Math.min(ROLES, (s + 1) * ROLES_PER_STACK); i++) {
        const role = new Role(stack, `Role${i}`, {
          assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
          roleName: `bench-role-${i}`,
        });
        for (const statement of statementsFor(i)) role.addToPolicy(statement);
      }
    }
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    if (withGuard) Validations.of(app).addPlugins(new IamUsageGuard(app, { snapshot, now: NOW }));
    app.synth();
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

// CDK prints the validation report to the console on every synth; keep the benchmark's output to its result.
const quiet = <T>(fn: () => T): T => {
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  console.log = console.error = console.warn = console.info = () => {};
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
};

// CPU time of this process (user + system, all its threads) is the headline: the benchmark often shares the
// machine, and wall time then measures the neighbours. Wall time is reported beside it.
function measure(fn: () => void): { wall: number; cpu: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - wallStart, cpu: (cpu.user + cpu.system) / 1000 };
}

// Interleave the two so drift in machine load hits both alike; the first pair warms up and is dropped.
const baseline: { wall: number; cpu: number }[] = [];
const guarded: { wall: number; cpu: number }[] = [];
for (let run = 0; run <= RUNS; run++) {
  const a = measure(() => quiet(() => synth(false)));
  const b = measure(() => quiet(() => synth(true)));
  if (run === 0) continue;
  baseline.push(a);
  guarded.push(b);
}

const median = (times: number[]) => [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
const baseCpu = median(baseline.map((t) => t.cpu));
const guardCpu = median(guarded.map((t) => t.cpu));
const baseWall = median(baseline.map((t) => t.wall));
const guardWall = median(guarded.map((t) => t.wall));

// A real `cdk synth` is a fresh process: loading aws-cdk-lib, the plugin bundle and its action catalog counts too.
// Each cold run is one child process synthesizing the same app, with the plugin bundled as it ships (dist/cdk-nag.js).
const COLD_RUNS = quick ? 0 : 3;
const cold = { baseline: [] as number[], guarded: [] as number[] };
if (COLD_RUNS > 0) {
  const dir = mkdtempSync(join(resolve('node_modules', '.cache'), 'iug-bench-cold-'));
  try {
    await build({
      entryPoints: ['src/cdk-nag/index.ts'],
      outfile: join(dir, 'plugin.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag'],
      banner: {
        js: "import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    writeFileSync(join(dir, 'usage.json'), JSON.stringify(snapshot));
    writeFileSync(join(dir, 'child.mjs'), coldChild(ROLES, ROLES_PER_STACK));
    mkdirSync(join(dir, 'out'), { recursive: true });
    for (let run = 0; run < COLD_RUNS; run++) {
      for (const mode of ['baseline', 'guard'] as const) {
        const child = spawnSync(process.execPath, [join(dir, 'child.mjs'), mode], { encoding: 'utf8' });
        const line = child.stdout.trim().split('\n').at(-1) ?? '';
        const { cpu } = JSON.parse(line) as { cpu: number };
        (mode === 'guard' ? cold.guarded : cold.baseline).push(cpu);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function coldChild(roles: number, perStack: number): string {
  return `
const mode = process.argv[2];
const { App, Stack, Validations } = await import('aws-cdk-lib');
const { PolicyStatement, Role, ServicePrincipal } = await import('aws-cdk-lib/aws-iam');
const { AwsSolutionsChecks } = await import('cdk-nag');
const { join } = await import('node:path');
const app = new App({ outdir: join(import.meta.dirname, 'out', mode) });
for (let s = 0; s * ${perStack} < ${roles}; s++) {
  const stack = new Stack(app, 'Bench' + s, { env: { account: '${ACCOUNT}', region: 'us-east-1' } });
  for (let i = s * ${perStack}; i < Math.min(${roles}, (s + 1) * ${perStack}); i++) {
    const role = new Role(stack, 'Role' + i, { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), roleName: 'bench-role-' + i });
    role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::bucket-' + i + '/data'] }));
    role.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'], resources: ['arn:aws:sqs:us-east-1:${ACCOUNT}:queue-' + i] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: ['arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/table-' + i] }));
  }
}
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
if (mode === 'guard') {
  const { IamUsageGuard } = await import('./plugin.mjs');
  Validations.of(app).addPlugins(new IamUsageGuard(app, { snapshot: join(import.meta.dirname, 'usage.json'), now: new Date('${NOW.toISOString()}') }));
}
const print = console.log;
console.log = console.error = console.warn = console.info = () => {};
app.synth();
const used = process.cpuUsage();
print(JSON.stringify({ cpu: (used.user + used.system) / 1000 }));
`;
}

const coldRows =
  COLD_RUNS > 0
    ? [
        {
          metric: 'cold cdk synth CPU (process), AwsSolutionsChecks',
          value: median(cold.baseline),
          unit: 'ms',
        },
        { metric: 'cold cdk synth CPU (process), + IamUsageGuard', value: median(cold.guarded), unit: 'ms' },
        { metric: 'cold ratio', value: median(cold.guarded) / median(cold.baseline), unit: 'x' },
      ]
    : [];

report({
  name: 'cdk-nag',
  description: `cdk synth of ${ROLES} roles: AwsSolutionsChecks + IamUsageGuard vs AwsSolutionsChecks alone (median of ${RUNS}, CPU time)`,
  rows: [
    { metric: 'roles', value: ROLES, unit: 'roles' },
    { metric: 'synth CPU, AwsSolutionsChecks', value: baseCpu, unit: 'ms' },
    { metric: 'synth CPU, + IamUsageGuard', value: guardCpu, unit: 'ms' },
    { metric: 'synth wall, AwsSolutionsChecks', value: baseWall, unit: 'ms' },
    { metric: 'synth wall, + IamUsageGuard', value: guardWall, unit: 'ms' },
    { metric: 'wall ratio', value: guardWall / baseWall, unit: 'x' },
    ...coldRows,
  ],
  ratio: { value: guardCpu / baseCpu, baseline: 'AwsSolutionsChecks alone (CPU)', target: 1.1 },
});
