// Cold start of the bundled action: spawn `node dist/index.js` → first GitHub API request at the stand-in, against
// the cold start of `node -e ''` (and of GitHub's actions/typescript-action template bundle when a copy is at hand).
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
/** Where `fetch github:actions/typescript-action` leaves its git mirror, if it was fetched on this machine. */
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
    child.on('exit', () => done(now() - started));
  });
}

// dist/index.js as `npm run bundle` builds it.
execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const bundlePath = join(repoRoot, 'dist', 'index.js');
const bundleBytes = statSync(bundlePath).size;

// A one-commit repo and a pull_request event: the first API call is the PR's file list.
const work = mkdtempSync(join(tmpdir(), 'iug-bench-action-'));
const repo = join(work, 'repo');
mkdirSync(repo);
const git = gitIn(repo);
git('init', '-q', '-b', 'main');
writeFileSync(join(repo, 'README.md'), '# bench\n');
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
gh.setPullFiles(1, [{ filename: 'README.md', status: 'modified' }]);
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
    const child = spawn(process.execPath, [bundlePath], { env, cwd: repo, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', () => done());
  });
  const first = gh.requests[seen];
  if (!first) throw new Error('the action made no GitHub API request');
  return first.at - started;
}

await actionToFirstRequest(-1); // warm the file system cache, as a runner's second step would be
const action: number[] = [];
for (let i = 0; i < RUNS; i++) action.push(await actionToFirstRequest(i));
await spawnUntilExit(['-e', ''], baseEnv, work);
const nodeEmpty: number[] = [];
for (let i = 0; i < RUNS; i++) nodeEmpty.push(await spawnUntilExit(['-e', ''], baseEnv, work));

// GitHub's template: its committed dist/index.js (rollup, @actions/core), run with milliseconds=0 to exit.
const rows = [
  { metric: 'node dist/index.js → first API request (median)', value: median(action), unit: 'ms' },
  { metric: "node -e '' → exit (median)", value: median(nodeEmpty), unit: 'ms' },
  { metric: 'dist/index.js size', value: bundleBytes, unit: 'bytes' },
];
let templateNote =
  'actions/typescript-action not available (fetch github:actions/typescript-action to compare)';
try {
  const templateBundle = execFileSync('git', ['show', 'HEAD:dist/index.js'], {
    cwd: TEMPLATE_MIRROR,
    maxBuffer: 64 * 1024 * 1024,
  });
  const templateDir = join(work, 'typescript-action', 'dist');
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(join(templateDir, 'index.js'), templateBundle);
  // The template is ESM ("type": "module" in its package.json).
  writeFileSync(join(templateDir, '..', 'package.json'), '{"type":"module"}');
  const templateEnv = {
    ...baseEnv,
    INPUT_MILLISECONDS: '0',
    GITHUB_OUTPUT: join(work, 'template-output.txt'),
  };
  writeFileSync(templateEnv.GITHUB_OUTPUT, '');
  await spawnUntilExit([join(templateDir, 'index.js')], templateEnv, work);
  const template: number[] = [];
  for (let i = 0; i < RUNS; i++)
    template.push(await spawnUntilExit([join(templateDir, 'index.js')], templateEnv, work));
  rows.push(
    {
      metric: 'actions/typescript-action dist/index.js → exit (median)',
      value: median(template),
      unit: 'ms',
    },
    { metric: 'actions/typescript-action dist/index.js size', value: templateBundle.length, unit: 'bytes' },
  );
  templateNote = 'template bundle from its git mirror (milliseconds=0)';
} catch {
  // no mirror on this machine: reported in the description
}

await gh.close();
rmSync(work, { recursive: true, force: true });

report({
  name: 'action-start',
  description: `Cold start of the bundled action to its first GitHub API request, vs node -e '' (${RUNS} runs each; ${templateNote})`,
  rows,
  ratio: { value: median(action) / median(nodeEmpty), baseline: "node -e ''" },
});
