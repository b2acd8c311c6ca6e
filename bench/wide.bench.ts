// Wide grants: a pull request that widens deployed roles to `Action: "*"` (22,000+ actions each). Measures
// `iam-usage-guard check --snapshot` (the bundled CLI, default settings, base = merge base with main) on 500 and
// 2,000 such roles against 2,000 roles that each add one narrow action, and the PR comment and job summary for 20
// and 300 wide roles against 300 narrow ones. Wall, CPU and peak RSS come from each child process itself.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { scan } from '../src/pipeline.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { readSnapshot } from '../src/usage/snapshot.js';
import { gitIn, quick, report } from './harness.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const repoRoot = readFileSafe(join(root, 'package.json')) ? root : process.cwd();
/** A run that takes longer is stopped and reported as timed out (the code before the compact grant sets needed it). */
const TIMEOUT_MS = Number(process.env['BENCH_WIDE_TIMEOUT_S'] ?? 600) * 1000;
const REPORT_TIME = '2026-11-20T12:00:00Z';
const day = (n: number) => new Date(Date.parse(REPORT_TIME) - n * 86_400_000).toISOString();
const ROLES_PER_FILE = 50;

type Shape = 'wide' | 'narrow';

function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function roleYaml(i: number, actions: string[]): string {
  const action = actions.length === 1 ? `'${actions[0]}'` : `[${actions.map((a) => `'${a}'`).join(', ')}]`;
  return [
    `  Role${i}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: wide-role-${i}`,
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }',
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    `              - { Effect: Allow, Action: ${action}, Resource: '*' }`,
  ].join('\n');
}

const BASE_ACTIONS = ['s3:GetObject', 'logs:PutLogEvents'];
const HEAD_ACTIONS: Record<Shape, string[]> = { wide: ['*'], narrow: [...BASE_ACTIONS, 's3:PutObject'] };

function templates(roles: number, actions: (i: number) => string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (let first = 0; first < roles; first += ROLES_PER_FILE) {
    const body: string[] = ["AWSTemplateFormatVersion: '2010-09-09'", 'Resources:'];
    for (let i = first; i < Math.min(roles, first + ROLES_PER_FILE); i++) body.push(roleYaml(i, actions(i)));
    files.set(`infra/stack-${first / ROLES_PER_FILE}.yaml`, `${body.join('\n')}\n`);
  }
  return files;
}

/** What IAM reports for the deployed (narrow) roles: s3 unused for 200 days (action level), logs used. */
function snapshotFor(roles: number): string {
  const reports = Array.from({ length: roles }, (_, i) => ({
    Arn: `arn:aws:iam::123456789012:role/wide-role-${i}`,
    CreateDate: day(400),
    JobStatus: 'COMPLETED',
    JobType: 'ACTION_LEVEL',
    JobCreationDate: REPORT_TIME,
    JobCompletionDate: REPORT_TIME,
    ServicesLastAccessed: [
      {
        ServiceName: 'Amazon S3',
        ServiceNamespace: 's3',
        LastAuthenticated: day(200),
        TotalAuthenticatedEntities: 1,
        TrackedActionsLastAccessed: [
          { ActionName: 'GetObject', LastAccessedTime: day(200) },
          { ActionName: 'PutObject' },
        ],
      },
      {
        ServiceName: 'Amazon CloudWatch Logs',
        ServiceNamespace: 'logs',
        LastAuthenticated: day(2),
        TotalAuthenticatedEntities: 1,
      },
    ],
  }));
  return JSON.stringify({
    version: 1,
    generatedAt: REPORT_TIME,
    reports,
    accessKeys: [],
    policies: [],
    resources: [],
  });
}

/** A git repository whose main holds the narrow roles and whose checked-out branch changes them to `shape`. */
function makeRepo(dir: string, roles: number, shape: Shape): string {
  const repo = join(dir, `${shape}-${roles}`);
  mkdirSync(join(repo, 'infra'), { recursive: true });
  const git = gitIn(repo, { GIT_AUTHOR_DATE: day(1), GIT_COMMITTER_DATE: day(1) });
  const write = (files: Map<string, string>) => {
    for (const [file, text] of files) writeFileSync(join(repo, file), text);
  };
  git('init', '-q', '-b', 'main');
  write(templates(roles, () => BASE_ACTIONS));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  write(templates(roles, () => HEAD_ACTIONS[shape]));
  git('commit', '-q', '-am', `${shape} grants`);
  writeFileSync(join(repo, 'snapshot.json'), snapshotFor(roles));
  return repo;
}

interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  timedOut: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
}

/** Runs node with a preload that records the child's own CPU time and peak RSS when it exits. */
function runNode(args: string[], cwd: string, work: string): Promise<Usage> {
  const usageFile = join(work, `usage-${Math.random().toString(36).slice(2)}.json`);
  const preload = join(work, 'record-usage.mjs');
  writeFileSync(
    preload,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => { const u = process.resourceUsage(); " +
      'writeFileSync(process.env.IUG_BENCH_USAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 })); });\n',
  );
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', preload, ...args], {
      cwd,
      env: { ...process.env, IUG_BENCH_USAGE: usageFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < 1_000_000) stdout += chunk;
    });
    // A child killed by the heap limit never reaches its exit handler: watch its peak RSS from outside too.
    let polledRssMb = Number.NaN;
    const poller = setInterval(() => {
      const status = readFileSafe(`/proc/${child.pid}/status`);
      const hwm = status?.match(/VmHWM:\s+(\d+) kB/);
      if (hwm) polledRssMb = Number(hwm[1]) / 1024;
    }, 250);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearInterval(poller);
      const wallMs = performance.now() - started;
      const recorded = readFileSafe(usageFile);
      const usage = recorded ? (JSON.parse(recorded) as { cpuMs: number; maxRssMb: number }) : null;
      done({
        wallMs,
        cpuMs: usage?.cpuMs ?? Number.NaN,
        maxRssMb: usage?.maxRssMb ?? polledRssMb,
        timedOut,
        exitCode,
        signal,
        stdout,
      });
    });
  });
}

// ---- child: scan one repository in process and time the comment and the job summary ----
if (process.argv[2] === '--render') {
  const repo = process.argv[3]!;
  const { config } = await loadConfig(repo);
  const snapshot = readSnapshot(readFileSync(join(repo, 'snapshot.json'), 'utf8'), 'snapshot.json');
  const scanStart = performance.now();
  const result = await scan({ cwd: repo, paths: [], base: 'auto', config, snapshot });
  const scanMs = performance.now() - scanStart;
  const time = (maxChars: number) => {
    const times: number[] = [];
    let body = '';
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      body = renderMarkdown(result, { maxChars });
      times.push(performance.now() - start);
    }
    return { ms: times.sort((a, b) => a - b)[1]!, chars: body.length };
  };
  const comment = time(65_000);
  const summary = time(800_000);
  process.stdout.write(`${JSON.stringify({ scanMs, findings: result.findings.length, comment, summary })}\n`);
  process.exit(0);
}

// ---- parent ----
execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const cli = join(repoRoot, 'bin', 'iam-usage-guard.js');
const self = process.argv[1]!;
// Under node_modules/.cache rather than the shared /tmp, which other runs on this machine clean up.
mkdirSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(repoRoot, 'node_modules', '.cache', 'iug-bench-wide-'));

const CHECK_WIDE = quick ? [200] : [500, 2000];
const CHECK_NARROW = quick ? 200 : 2000;
const RENDER_WIDE = quick ? [20, 50] : [20, 300];
const RENDER_NARROW = quick ? 50 : 300;

const rows: { metric: string; value: number; unit: string }[] = [];
const cap = `${TIMEOUT_MS / 1000} s cap`;

async function check(roles: number, shape: Shape): Promise<Usage> {
  const repo = makeRepo(work, roles, shape);
  const run = await runNode([cli, 'check', '--snapshot', 'snapshot.json', '--fail-on', 'never'], repo, work);
  const label = `check ${roles} ${shape === 'wide' ? '`*`' : 'narrow'} roles`;
  if (run.timedOut) rows.push({ metric: `${label}: timed out (${cap})`, value: TIMEOUT_MS, unit: 'ms' });
  else if (run.exitCode !== 0) {
    // The code before compact grant sets ran out of heap here: say so in the table rather than stop the bench.
    rows.push({
      metric: `${label}: crashed (${run.signal ? `killed by ${run.signal}` : `exit ${run.exitCode}`}) at peak RSS`,
      value: run.maxRssMb,
      unit: 'MB',
    });
    rows.push({ metric: `${label}: crashed after`, value: run.wallMs, unit: 'ms' });
  } else {
    rows.push({ metric: `${label}: wall`, value: run.wallMs, unit: 'ms' });
    rows.push({ metric: `${label}: CPU`, value: run.cpuMs, unit: 'ms' });
    rows.push({ metric: `${label}: peak RSS`, value: run.maxRssMb, unit: 'MB' });
    rows.push({ metric: `${label}: output`, value: run.stdout.length, unit: 'chars' });
  }
  return run;
}

interface Rendered {
  scanMs: number;
  findings: number;
  comment: { ms: number; chars: number };
  summary: { ms: number; chars: number };
}

async function render(roles: number, shape: Shape): Promise<Rendered | null> {
  const repo = makeRepo(work, roles, shape);
  const run = await runNode([self, '--render', repo], repo, work);
  const label = `comment ${roles} ${shape === 'wide' ? '`*`' : 'narrow'} roles`;
  if (run.timedOut) {
    rows.push({ metric: `${label}: timed out (${cap}, scan included)`, value: TIMEOUT_MS, unit: 'ms' });
    return null;
  }
  if (run.exitCode !== 0) {
    rows.push({ metric: `${label}: crashed (exit ${run.exitCode}) after`, value: run.wallMs, unit: 'ms' });
    return null;
  }
  const rendered = JSON.parse(run.stdout.trim().split('\n').pop()!) as Rendered;
  rows.push({ metric: `${label}: render comment (median of 3)`, value: rendered.comment.ms, unit: 'ms' });
  rows.push({ metric: `${label}: comment size`, value: rendered.comment.chars, unit: 'chars' });
  rows.push({ metric: `${label}: render job summary`, value: rendered.summary.ms, unit: 'ms' });
  rows.push({ metric: `${label}: job summary size`, value: rendered.summary.chars, unit: 'chars' });
  rows.push({ metric: `${label}: findings`, value: rendered.findings, unit: '' });
  rows.push({ metric: `${label}: scan in process`, value: rendered.scanMs, unit: 'ms' });
  rows.push({ metric: `${label}: peak RSS`, value: run.maxRssMb, unit: 'MB' });
  return rendered;
}

try {
  const narrow = await check(CHECK_NARROW, 'narrow');
  let largest: Usage | null = null;
  for (const roles of CHECK_WIDE) largest = await check(roles, 'wide');
  const narrowRender = await render(RENDER_NARROW, 'narrow');
  let widestRender: Rendered | null = null;
  for (const roles of RENDER_WIDE) widestRender = await render(roles, 'wide');
  if (largest && !largest.timedOut && largest.exitCode === 0) {
    rows.push({
      metric: 'ratio: check wide ÷ narrow (wall)',
      value: largest.wallMs / narrow.wallMs,
      unit: 'x',
    });
    rows.push({
      metric: 'ratio: check wide ÷ narrow (RSS)',
      value: largest.maxRssMb / narrow.maxRssMb,
      unit: 'x',
    });
  }
  if (widestRender && narrowRender) {
    rows.push({
      metric: 'ratio: comment wide ÷ narrow',
      value: widestRender.comment.ms / narrowRender.comment.ms,
      unit: 'x',
    });
  }
  const widest = CHECK_WIDE[CHECK_WIDE.length - 1]!;
  report({
    name: 'wide',
    description: `check --snapshot (bundled CLI, default settings, base = merge base) on ${CHECK_WIDE.join(' and ')} roles widened to Action "*" vs ${CHECK_NARROW} roles adding one narrow action; PR comment (65,000-char cap) and job summary (800,000) for ${RENDER_WIDE.join(' and ')} wide roles vs ${RENDER_NARROW} narrow. Targets: ${widest} wide roles < 30 s and < 500 MB; comment for ${RENDER_WIDE[RENDER_WIDE.length - 1]} < 1 s.`,
    rows,
    ...(largest && !largest.timedOut && largest.exitCode === 0
      ? {
          ratio: {
            value: largest.wallMs / narrow.wallMs,
            baseline: `check of ${CHECK_NARROW} narrow roles (wall)`,
          },
        }
      : {}),
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
