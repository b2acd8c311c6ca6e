// Start-up: the bundled action from spawn to its first GitHub API request against GitHub's actions/typescript-action
// template from spawn to exit, and the bundled CLI (`--version`, `check --snapshot` with no network) against
// `node -e ''`. The runs are interleaved, so every ratio compares timings taken side by side in one run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGitHubStandIn } from '../test/support/github-stand-in.js';
import { gitIn, quick, report } from './harness.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const repoRoot = existsSync(join(root, 'scripts', 'bundle.mjs')) ? root : process.cwd();
const RUNS = quick ? 5 : 21;
const REPOSITORY = 'octo-org/octo-repo';
/**
 * The template's git mirror, as the search tool's `fetch github:actions/typescript-action` leaves it on this machine
 * (a bare repository: its committed dist/index.js is read with `git show`).
 */
const TEMPLATE_MIRROR =
  process.env['TYPESCRIPT_ACTION_MIRROR'] ?? '/work/.mirror/actions+typescript-action/repo';

const now = () => performance.timeOrigin + performance.now();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function spawnUntilExit(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const started = now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 || code === 1 ? done(now() - started) : fail(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

// dist/ as `npm run bundle` builds it.
execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const actionEntry = join(repoRoot, 'dist', 'index.js');
const cliEntry = join(repoRoot, 'dist', 'cli.js');

// A one-commit repo and a pull_request event: the action's first API call is the PR's file list.
const work = mkdtempSync(join(tmpdir(), 'iug-bench-start-'));
const repo = join(work, 'repo');
mkdirSync(repo);
const git = gitIn(repo);
git('init', '-q', '-b', 'main');
writeFileSync(
  join(repo, 'app.yaml'),
  `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: '*' }
`,
);
writeFileSync(
  join(work, 'usage.json'),
  JSON.stringify({
    version: 1,
    generatedAt: '2026-11-20T00:00:00Z',
    reports: [
      {
        Arn: 'arn:aws:iam::123456789012:role/app-role',
        CreateDate: '2025-01-01T00:00:00Z',
        JobStatus: 'COMPLETED',
        JobType: 'SERVICE_LEVEL',
        JobCreationDate: '2026-11-20T00:00:00Z',
        JobCompletionDate: '2026-11-20T00:00:00Z',
        ServicesLastAccessed: [
          { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2026-11-10T00:00:00Z' },
          { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs' },
        ],
      },
    ],
    accessKeys: [],
    policies: [],
    resources: [],
  }),
);
git('add', '-A');
git('commit', '-q', '-m', 'base');
const sha = git('rev-parse', 'HEAD');
const eventPath = join(work, 'event.json');
writeFileSync(
  eventPath,
  JSON.stringify({
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      base: { sha, ref: 'main', repo: { full_name: REPOSITORY } },
      head: { sha, ref: 'feature', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY },
  }),
);

const gh = await startGitHubStandIn(REPOSITORY);
gh.setPullFiles(1, [{ filename: 'app.yaml', status: 'modified' }]);
const baseEnv: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '', HOME: work };
const actionEnv = (i: number): NodeJS.ProcessEnv => ({
  ...baseEnv,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: REPOSITORY,
  GITHUB_API_URL: gh.url,
  GITHUB_SHA: sha,
  GITHUB_WORKSPACE: repo,
  GITHUB_OUTPUT: join(work, `output-${i}.txt`),
  GITHUB_STEP_SUMMARY: join(work, `summary-${i}.md`),
  RUNNER_TEMP: work,
  'INPUT_GITHUB-TOKEN': 'ghs_bench',
  INPUT_COMMENT: 'never',
  'INPUT_FAIL-ON': 'never',
});

async function actionToFirstRequest(i: number): Promise<number> {
  const env = actionEnv(i);
  writeFileSync(env['GITHUB_OUTPUT']!, '');
  writeFileSync(env['GITHUB_STEP_SUMMARY']!, '');
  const seen = gh.requests.length;
  const started = now();
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [actionEntry], { env, cwd: repo, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', () => done());
  });
  const first = gh.requests[seen];
  if (!first) throw new Error('the action made no GitHub API request');
  return first.at - started;
}

// GitHub's template: its committed dist/index.js (rollup, @actions/core), run with milliseconds=0 so it exits at once.
let template: { entry: string; bytes: number; env: NodeJS.ProcessEnv } | null = null;
try {
  const bundle = execFileSync('git', ['show', 'HEAD:dist/index.js'], {
    cwd: TEMPLATE_MIRROR,
    maxBuffer: 64 * 1024 * 1024,
  });
  const dir = join(work, 'typescript-action', 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), bundle);
  // The template is ESM ("type": "module" in its package.json).
  writeFileSync(join(dir, '..', 'package.json'), '{"type":"module"}');
  const env = { ...baseEnv, INPUT_MILLISECONDS: '0', GITHUB_OUTPUT: join(work, 'template-output.txt') };
  writeFileSync(env.GITHUB_OUTPUT, '');
  template = { entry: join(dir, 'index.js'), bytes: bundle.length, env };
} catch {
  // no mirror on this machine: the action is compared with node -e '' only, and the description says so
}

const checkArgs = [
  cliEntry,
  'check',
  '--no-base',
  '--snapshot',
  join(work, 'usage.json'),
  '--format',
  'json',
];
const samples = {
  action: [] as number[],
  template: [] as number[],
  node: [] as number[],
  version: [] as number[],
  check: [] as number[],
};
// One warm-up round (the file system cache, as a runner's second step has it), then interleaved rounds.
for (let i = -1; i < RUNS; i++) {
  const action = await actionToFirstRequest(i);
  const templateMs = template ? await spawnUntilExit([template.entry], template.env, work) : 0;
  const node = await spawnUntilExit(['-e', ''], baseEnv, work);
  const version = await spawnUntilExit([cliEntry, '--version'], baseEnv, work);
  const check = await spawnUntilExit(checkArgs, baseEnv, repo);
  if (i < 0) continue;
  samples.action.push(action);
  samples.template.push(templateMs);
  samples.node.push(node);
  samples.version.push(version);
  samples.check.push(check);
}
await gh.close();
rmSync(work, { recursive: true, force: true });

const action = median(samples.action);
const node = median(samples.node);
const version = median(samples.version);
const check = median(samples.check);
const staticBytes = (entry: string) => statSync(entry).size;
const rows = [
  { metric: 'action: node dist/index.js → first API request (median)', value: action, unit: 'ms' },
  ...(template
    ? [
        {
          metric: 'actions/typescript-action dist/index.js → exit (median)',
          value: median(samples.template),
          unit: 'ms',
        },
        { metric: 'action ÷ template (target <= 2)', value: action / median(samples.template), unit: 'x' },
      ]
    : []),
  { metric: "node -e '' → exit (median)", value: node, unit: 'ms' },
  { metric: 'iam-usage-guard --version → exit (median)', value: version, unit: 'ms' },
  { metric: "--version ÷ node -e '' (target <= 3)", value: version / node, unit: 'x' },
  { metric: 'check --snapshot (1 template, no AWS) → exit (median)', value: check, unit: 'ms' },
  { metric: "check --snapshot ÷ node -e ''", value: check / node, unit: 'x' },
  { metric: 'dist/index.js size (the action entry)', value: staticBytes(actionEntry), unit: 'bytes' },
  { metric: 'dist/cli.js size (the CLI entry)', value: staticBytes(cliEntry), unit: 'bytes' },
  ...(template
    ? [{ metric: 'actions/typescript-action dist/index.js size', value: template.bytes, unit: 'bytes' }]
    : []),
];

report({
  name: 'start',
  description: `Start-up of the bundled action (to its first GitHub API request) and CLI, interleaved with GitHub's actions/typescript-action template and node -e '' (${RUNS} rounds; ${template ? 'template bundle from its git mirror, milliseconds=0' : "no template mirror: fetch github:actions/typescript-action to compare; the headline is then vs node -e ''"})`,
  rows,
  ratio: template
    ? { value: action / median(samples.template), baseline: 'actions/typescript-action', target: 2 }
    : { value: action / node, baseline: "node -e ''" },
});
