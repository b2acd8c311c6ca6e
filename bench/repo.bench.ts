// `check --base main --snapshot …` at repository scale: a generated repository of CloudFormation templates and
// Terraform plan JSON (2,000 and 4,000 files), and pull requests that widen 5 and 500 of them. Each run is the
// bundled CLI as a user runs it (default settings), timed from spawn to exit with GNU time for CPU (the tool's and
// its git processes') and peak RSS; git processes are counted by a `git` on PATH that logs each start (a separate
// run, so the shim's cost stays out of the timings). Baselines, interleaved in the same run:
// - `grants` over the PR's changed files only (the same readers and expansion, head only, no git, no usage): the
//   floor of what judging those files costs, and the issue's yardstick for the 500-file PR (target <= 2x);
// - `git diff --name-only main...HEAD`: the floor of asking git what the change is;
// - `node -e ''`: the floor of starting a process.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rolePlan } from '../test/support/terraform-plan.js';
import { type BenchRow, quick, report } from './harness.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const repoRoot = existsSync(join(root, 'scripts', 'bundle.mjs')) ? root : process.cwd();
const SIZES = quick ? [200, 400] : [2_000, 4_000];
const PRS = quick ? [5, 50] : [5, 500];
const RUNS = quick ? 1 : 3;
const TIME = '/usr/bin/time';
const ACCOUNT = '123456789012';
const DAY_MS = 86_400_000;

if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to measure CPU and peak RSS`);
execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const cli = join(repoRoot, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'iug-bench-repo-'));

const ACTIONS = [
  's3:GetObject',
  's3:ListBucket',
  'dynamodb:GetItem',
  'dynamodb:Query',
  'sqs:SendMessage',
  'sqs:ReceiveMessage',
  'logs:PutLogEvents',
  'kms:Decrypt',
  'sns:Publish',
  'lambda:InvokeFunction',
  'ssm:GetParameter',
  'secretsmanager:GetSecretValue',
];
const pick = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) => ACTIONS[(i * 7 + k * 5) % ACTIONS.length]!);

/** Every 25th template attaches a policy to roles declared in four other templates, by name. */
const SHARED_EVERY = 25;

function template(i: number, widened: boolean): string {
  const api = pick(i, 3);
  const worker = pick(i + 1, 3);
  if (widened) api.push('s3:PutObject', 'dynamodb:PutItem');
  const list = (actions: string[]) => actions.map((a) => `                  - ${a}`).join('\n');
  const role = (id: string, name: string, actions: string[]) => `  ${id}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${name}
      AssumeRolePolicyDocument:
        Statement:
          - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }
      Policies:
        - PolicyName: own
          PolicyDocument:
            Statement:
              - Effect: Allow
                Resource: '*'
                Action:
${list(actions)}
`;
  let text = `AWSTemplateFormatVersion: '2010-09-09'
Description: service ${i}
Resources:
${role('ApiRole', `svc-${i}-api`, api)}${role('WorkerRole', `svc-${i}-worker`, worker)}  WorkerExtra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: worker-extra
      Roles: [!Ref WorkerRole]
      PolicyDocument:
        Statement:
          - { Effect: Allow, Action: ['cloudwatch:PutMetricData', 'xray:PutTraceSegments'], Resource: '*' }
`;
  if (i % SHARED_EVERY === 0) {
    const targets = [1, 2, 3, 4].map((k) => `svc-${i + k}-api`);
    text += `  SharedAttach:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared-read
      Roles: [${targets.join(', ')}]
      PolicyDocument:
        Statement:
          - { Effect: Allow, Action: ['ssm:GetParametersByPath'], Resource: '*' }
`;
  }
  return text;
}

function plan(i: number, widened: boolean): string {
  const before = pick(i, 4);
  return rolePlan({
    name: `tf-${i}`,
    arn: `arn:aws:iam::${ACCOUNT}:role/tf-${i}`,
    before,
    after: widened ? [...before, 's3:PutObject', 'dynamodb:PutItem'] : before,
  });
}

/** Three files in four are templates, one is a plan. */
const fileOf = (i: number) => (i % 4 === 3 ? `plans/tf-${i}.json` : `stacks/svc-${i}.yaml`);
const textOf = (i: number, widened: boolean) => (i % 4 === 3 ? plan(i, widened) : template(i, widened));

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: gitEnv, encoding: 'utf8' }).trim();
/** A commit dated `days` ago, as a repository's history has them. */
const commitDaysAgo = (cwd: string, days: number, message: string) => {
  const date = new Date(Date.now() - days * DAY_MS).toISOString();
  execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-am', message], {
    cwd,
    env: { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
};

/** The changed files of a PR of `count` files: spread over the repository, templates and plans alike. */
function changedOf(size: number, count: number): number[] {
  const step = Math.floor(size / count);
  return Array.from({ length: count }, (_, k) => k * step + (k % 4));
}

/**
 * A repository of `size` files on main with a history: every file 200 days ago, one in five edited 30 days ago (so
 * the "added recently" window has a commit to read, and it differs from the base); then one branch per PR size.
 */
function makeRepository(size: number): string {
  const dir = join(work, `repo-${size}`);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  for (let i = 0; i < size; i++) {
    const file = join(dir, fileOf(i));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, textOf(i, false));
  }
  git(dir, 'add', '-A');
  commitDaysAgo(dir, 200, 'base');
  for (let i = 0; i < size; i += 5) writeFileSync(join(dir, fileOf(i)), `${textOf(i, false)}\n`);
  commitDaysAgo(dir, 30, 'edit one file in five');
  for (const count of PRS) {
    git(dir, 'checkout', '-q', '-b', `pr-${count}`, 'main');
    for (const i of changedOf(size, count)) writeFileSync(join(dir, fileOf(i)), textOf(i, true));
    git(dir, 'commit', '-q', '-am', `widen ${count} files`);
  }
  git(dir, 'checkout', '-q', 'main');
  return dir;
}

/** Reports for the changed files' roles (s3 and dynamodb last used 200 days ago) and 200 others: the same size for every repository. */
function snapshotFor(size: number, count: number): string {
  const now = Date.now();
  const long = new Date(now - 200 * DAY_MS).toISOString();
  const recent = new Date(now - 2 * DAY_MS).toISOString();
  const names: string[] = [];
  for (const i of changedOf(size, count)) {
    if (i % 4 === 3) names.push(`tf-${i}`);
    else names.push(`svc-${i}-api`, `svc-${i}-worker`);
  }
  for (let i = 0; i < 200; i++) names.push(`svc-${i * 4}-worker`);
  const reports = [...new Set(names)].map((name) => ({
    Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    CreateDate: '2024-01-01T00:00:00Z',
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: new Date(now).toISOString(),
    JobCompletionDate: new Date(now).toISOString(),
    ServicesLastAccessed: [
      's3',
      'dynamodb',
      'sqs',
      'logs',
      'kms',
      'sns',
      'lambda',
      'ssm',
      'secretsmanager',
    ].map((ns, k) => ({
      ServiceName: ns,
      ServiceNamespace: ns,
      LastAuthenticated: k < 2 ? long : recent,
      TotalAuthenticatedEntities: 1,
    })),
  }));
  const file = join(work, `usage-${size}-${count}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      generatedAt: new Date(now).toISOString(),
      reports,
      accessKeys: [],
      policies: [],
      resources: [],
    }),
  );
  return file;
}

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

/** Runs a command under GNU time: wall (spawn to exit), user+system CPU of it and its children, peak RSS. */
function measured(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Sample> {
  const out = join(work, 'time.txt');
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(TIME, ['-f', '%U %S %M', '-o', out, ...args], { cwd, env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0 && code !== 1) {
        fail(new Error(`${args.join(' ').slice(0, 200)} exited ${code}`));
        return;
      }
      const [user, system, rss] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      done({ wallMs, cpuMs: (user! + system!) * 1000, rssMb: rss! / 1024 });
    });
  });
}

/** A `git` first on PATH that logs each start to `log` and runs the real one. */
function countingPath(log: string): NodeJS.ProcessEnv {
  const bin = join(work, 'counting-bin');
  mkdirSync(bin, { recursive: true });
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> "${log}"\nexec "${real}" "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  return { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
}

function gitProcessesOf(args: string[], cwd: string): number {
  const log = join(work, 'git-log.txt');
  writeFileSync(log, '');
  try {
    execFileSync(args[0]!, args.slice(1), { cwd, env: countingPath(log), stdio: 'ignore' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '').length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianOf = (samples: Sample[]): Sample => ({
  wallMs: median(samples.map((s) => s.wallMs)),
  cpuMs: median(samples.map((s) => s.cpuMs)),
  rssMb: median(samples.map((s) => s.rssMb)),
});

interface Scenario {
  size: number;
  count: number;
  check: Sample;
  grants: Sample;
  diff: Sample;
  node: Sample;
  gitProcesses: number;
  exitCode: number;
}

const scenarios: Scenario[] = [];
for (const size of SIZES) {
  const dir = makeRepository(size);
  for (const count of PRS) {
    git(dir, 'checkout', '-q', `pr-${count}`);
    const snapshot = snapshotFor(size, count);
    const changed = changedOf(size, count).map(fileOf);
    const checkArgs = [process.execPath, cli, 'check', '--base', 'main', '--snapshot', snapshot];
    const grantsArgs = [process.execPath, cli, 'grants', ...changed];
    const diffArgs = ['git', 'diff', '--name-only', 'main...HEAD'];
    // The counting run doubles as the warm-up (the file system cache, as a runner's second step has it).
    const gitProcesses = gitProcessesOf(checkArgs, dir);
    let exitCode = 0;
    try {
      execFileSync(checkArgs[0]!, checkArgs.slice(1), { cwd: dir, stdio: 'ignore' });
    } catch (error) {
      exitCode = (error as { status?: number }).status ?? -1;
    }
    const samples = {
      check: [] as Sample[],
      grants: [] as Sample[],
      diff: [] as Sample[],
      node: [] as Sample[],
    };
    for (let run = 0; run < RUNS; run++) {
      samples.node.push(await measured([process.execPath, '-e', ''], dir));
      samples.diff.push(await measured(diffArgs, dir));
      samples.grants.push(await measured(grantsArgs, dir));
      samples.check.push(await measured(checkArgs, dir));
    }
    scenarios.push({
      size,
      count,
      check: medianOf(samples.check),
      grants: medianOf(samples.grants),
      diff: medianOf(samples.diff),
      node: medianOf(samples.node),
      gitProcesses,
      exitCode,
    });
    process.stderr.write(
      `bench repo: ${size} files, ${count}-file PR: check ${Math.round(medianOf(samples.check).wallMs)} ms\n`,
    );
  }
}
rmSync(work, { recursive: true, force: true });

const rows: BenchRow[] = [];
for (const s of scenarios) {
  const at = `${s.size} files, ${s.count}-file PR`;
  rows.push(
    { metric: `${at}: check wall (median)`, value: s.check.wallMs, unit: 'ms' },
    { metric: `${at}: check CPU, with its git processes`, value: s.check.cpuMs, unit: 'ms' },
    { metric: `${at}: check peak RSS`, value: s.check.rssMb, unit: 'MB' },
    { metric: `${at}: check git processes spawned`, value: s.gitProcesses, unit: 'processes' },
    { metric: `${at}: check exit code (1 = findings block)`, value: s.exitCode, unit: '' },
    { metric: `${at}: grants over the ${s.count} changed files, wall`, value: s.grants.wallMs, unit: 'ms' },
    { metric: `${at}: grants over the ${s.count} changed files, CPU`, value: s.grants.cpuMs, unit: 'ms' },
    { metric: `${at}: grants over the ${s.count} changed files, RSS`, value: s.grants.rssMb, unit: 'MB' },
    { metric: `${at}: check ÷ grants, wall`, value: s.check.wallMs / s.grants.wallMs, unit: 'x' },
    { metric: `${at}: check ÷ grants, CPU`, value: s.check.cpuMs / s.grants.cpuMs, unit: 'x' },
    { metric: `${at}: git diff --name-only main...HEAD, wall`, value: s.diff.wallMs, unit: 'ms' },
    { metric: `${at}: check ÷ git diff, wall`, value: s.check.wallMs / s.diff.wallMs, unit: 'x' },
    { metric: `${at}: node -e '', wall`, value: s.node.wallMs, unit: 'ms' },
    { metric: `${at}: check ÷ node -e '', wall`, value: s.check.wallMs / s.node.wallMs, unit: 'x' },
  );
}
const find = (size: number, count: number) => scenarios.find((s) => s.size === size && s.count === count)!;
const [small, large] = SIZES as [number, number];
const [few, many] = PRS as [number, number];
rows.push(
  {
    metric: `${few}-file PR: peak RSS at ${large} files ÷ at ${small} files`,
    value: find(large, few).check.rssMb / find(small, few).check.rssMb,
    unit: 'x',
  },
  {
    metric: `${few}-file PR: CPU at ${large} files ÷ at ${small} files`,
    value: find(large, few).check.cpuMs / find(small, few).check.cpuMs,
    unit: 'x',
  },
  {
    metric: `${many}-file PR: peak RSS at ${large} files ÷ at ${small} files`,
    value: find(large, many).check.rssMb / find(small, many).check.rssMb,
    unit: 'x',
  },
);
const headline = find(small, many);
report({
  name: 'repo',
  description: `check --base main --snapshot (bundled CLI, default settings) on generated repositories of ${SIZES.join(' and ')} files (3 CloudFormation templates to 1 Terraform plan; every ${SHARED_EVERY}th template attaches a policy to roles of 4 other templates by name; committed 200 days ago, one file in five edited 30 days ago, so the unusedDays history window is read), PRs widening ${PRS.join(' and ')} files; median of ${RUNS} interleaved runs after a warm-up; CPU and RSS from GNU time (CPU includes git's); git processes counted by a logging git on PATH in a separate run. Baselines: grants over the same changed files (head only), git diff --name-only, node -e ''. Targets: ${few}-file PR on ${small} files under 1 s wall and 150 MB; ${many}-file PR within 2x grants; RSS independent of repository size.`,
  rows,
  ratio: {
    value: headline.check.wallMs / headline.grants.wallMs,
    baseline: `grants over the ${many} changed files (${small}-file repository)`,
    target: 2,
  },
});
