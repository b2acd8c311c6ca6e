// The red-team suite's repositories: a base where role app-role (and user app-user) grant dynamodb, last used 200
// days ago per a committed snapshot, and sqs, used yesterday; a pull request branch that widens dynamodb some other
// way than the plain one. Every repository lives in one temp folder; `check --base main` runs in-process.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { cleanEnv } from '../cli/e2e-support.js';
import { capture } from '../cli/support.js';
import type { PullFile } from '../support/github-stand-in.js';

export const ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/app-role`;
export const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/app-user`;
const DAY = 86_400_000;

const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

function report(arn: string, services: Record<string, number>) {
  return {
    Arn: arn,
    CreateDate: iso(500),
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: iso(0),
    JobCompletionDate: iso(0),
    ServicesLastAccessed: Object.entries(services).map(([namespace, daysAgo]) => ({
      ServiceName: namespace,
      ServiceNamespace: namespace,
      LastAuthenticated: iso(daysAgo),
      TotalAuthenticatedEntities: 1,
    })),
  };
}

/** dynamodb last used 200 days ago, sqs yesterday, for the role, the user and the group. */
export function snapshotText(services: Record<string, number> = { dynamodb: 200, sqs: 1 }): string {
  return `${JSON.stringify(
    {
      version: 1,
      generatedAt: iso(0),
      reports: [
        report(ROLE_ARN, services),
        report(USER_ARN, services),
        report(`arn:aws:iam::${ACCOUNT}:group/app-group`, services),
      ],
      accessKeys: [],
      policies: [],
      resources: [],
    },
    null,
    2,
  )}\n`;
}

export const CONFIG = `unusedDays: 90
entities:
  - match: 'policies/app-role.json#*'
    arn: ${ROLE_ARN}
`;

/** A policy statement block (YAML, indented for a role's inline policy). */
export function statements(...lines: string[]): string {
  return lines.map((l) => `              ${l}`).join('\n');
}

export interface RoleOptions {
  id?: string;
  name?: string | null;
  /** Statement YAML (already indented by `statements`). */
  body?: string;
  /** Extra role properties, YAML indented 6 spaces. */
  props?: string;
}

/** The standard role: dynamodb:GetItem and sqs:SendMessage, as a Resources entry. */
export function role(options: RoleOptions = {}): string {
  const id = options.id ?? 'AppRole';
  const name = options.name === undefined ? 'app-role' : options.name;
  const body =
    options.body ??
    statements('- Effect: Allow', '  Action: [dynamodb:GetItem, sqs:SendMessage]', "  Resource: '*'");
  return [
    `  ${id}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    ...(name === null ? [] : [`      RoleName: ${name}`]),
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { Service: lambda.amazonaws.com }',
    '            Action: sts:AssumeRole',
    ...(options.props ? [options.props] : []),
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    body,
  ].join('\n');
}

/** A template: optional sections (YAML at top level) and resources. */
export function template(resources: string[], sections = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\n${sections}Resources:\n${resources.join('\n')}\n`;
}

export const BASE_TEMPLATE = template([role()]);

/** The user app-user with the same grants, for group and membership cases. */
export function user(props = ''): string {
  return [
    '  AppUser:',
    '    Type: AWS::IAM::User',
    '    Properties:',
    '      UserName: app-user',
    ...(props ? [props] : []),
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    '                Action: [dynamodb:GetItem, sqs:SendMessage]',
    "                Resource: '*'",
  ].join('\n');
}

export const gitEnv = (date?: Date): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Red Team',
  GIT_AUTHOR_EMAIL: 'red@example.com',
  GIT_COMMITTER_NAME: 'Red Team',
  GIT_COMMITTER_EMAIL: 'red@example.com',
  ...(date ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() } : {}),
});

/** One case's repository: main holds the base, branch `pr` (checked out) the pull request. */
export class CaseRepo {
  constructor(readonly root: string) {}

  /** The clean environment a step or shell starts from (no AWS settings), with a home of its own. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const home = `${this.root}-home`;
    mkdirSync(home, { recursive: true });
    return cleanEnv(home, extra);
  }

  /** The pull request's files as GitHub lists them (renames with their previous name), from main to HEAD. */
  pullFiles(): PullFile[] {
    const out = this.git(['diff', '--name-status', '-z', '-M', 'main...HEAD']).split('\0');
    const files: PullFile[] = [];
    for (let i = 0; i < out.length - 1; ) {
      const status = out[i++]!;
      if (status.startsWith('R')) {
        const previous = out[i++]!;
        files.push({ filename: out[i++]!, status: 'renamed', previous_filename: previous });
      } else {
        const kind = status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified';
        files.push({ filename: out[i++]!, status: kind });
      }
    }
    return files;
  }

  git(args: string[], date?: Date): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: this.root,
      env: gitEnv(date),
      encoding: 'utf8',
    });
  }

  write(file: string, content: string | Buffer): void {
    const at = path.join(this.root, file);
    this.folderFor(at);
    rmSync(at, { force: true, recursive: true });
    writeFileSync(at, content);
  }

  remove(file: string): void {
    rmSync(path.join(this.root, file), { force: true, recursive: true });
  }

  /** Makes the folder `at` goes in, replacing a file that stands where a folder must be. */
  folderFor(at: string): void {
    const parent = path.dirname(at);
    if (existsSync(parent) && !lstatSync(parent).isDirectory()) rmSync(parent, { force: true });
    mkdirSync(parent, { recursive: true });
  }

  symlink(file: string, target: string): void {
    const at = path.join(this.root, file);
    this.folderFor(at);
    rmSync(at, { force: true, recursive: true });
    symlinkSync(target, at);
  }

  /** Commits everything (forced past .gitignore), dated `daysAgo` days before now. */
  commit(message: string, daysAgo = 0): void {
    const date = new Date(Date.now() - daysAgo * DAY);
    this.git(['add', '-A', '-f', '.']);
    this.git(['commit', '-q', '--allow-empty', '-m', message], date);
  }
}

export interface CaseSetup {
  /** Files at base beside the standard ones (null removes a standard one). */
  base?: Record<string, string | null>;
  /** What the pull request does to the checkout (committed on `pr` unless `commit` is false). */
  head: (repo: CaseRepo) => void;
  /** Commit the head changes (default true; false leaves them in the work tree). */
  commit?: boolean;
  /** The pull request's commit age in days (a back-dated commit). */
  headDaysAgo?: number;
}

const STANDARD_BASE: Record<string, string> = {
  'infra/app.yaml': BASE_TEMPLATE,
  'usage/snapshot.json': snapshotText(),
  '.github/iam-usage-guard.yml': CONFIG,
};

let folder: string | null = null;
let counter = 0;

/** The suite's one temp folder. */
export function suiteFolder(): string {
  folder ??= mkdtempSync(path.join(tmpdir(), 'iug-redteam-'));
  return folder;
}

export function removeSuiteFolder(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
}

/** Builds a case's repository: base committed on main 300 days ago, the PR on `pr`, checked out. */
export function buildCase(setup: CaseSetup): CaseRepo {
  const root = path.join(suiteFolder(), `case-${++counter}`);
  mkdirSync(root, { recursive: true });
  const repo = new CaseRepo(root);
  repo.git(['init', '-q', '-b', 'main']);
  const files = { ...STANDARD_BASE, ...(setup.base ?? {}) };
  for (const [file, content] of Object.entries(files)) if (content !== null) repo.write(file, content);
  repo.commit('base', 300);
  repo.git(['checkout', '-q', '-b', 'pr']);
  setup.head(repo);
  if (setup.commit !== false) repo.commit('pull request', setup.headDaysAgo ?? 0);
  return repo;
}

export interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  service: string | null;
  action: string | null;
  entity: { id: string; kind: string; arn: string | null };
  message: string;
}

export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
  findings: JsonFinding[];
  json: {
    findings: JsonFinding[];
    summary: { blocked: boolean; unreadable?: number };
    diagnostics?: { severity: string; file: string; line: number | null; message: string }[];
  } | null;
}

/** `check --base main --snapshot usage/snapshot.json --format json` (or `format`) in the repository, in-process. */
export async function check(repo: CaseRepo, extra: string[] = [], format = 'json'): Promise<CheckRun> {
  const stdout = capture();
  const stderr = capture();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '',
    HOME: repo.root,
    GIT_CONFIG_NOSYSTEM: '1',
    AWS_CONFIG_FILE: path.join(repo.root, '.no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(repo.root, '.no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    IAM_USAGE_GUARD_CACHE_DIR: 'off',
  };
  const code = await runCli(
    ['check', '--base', 'main', '--snapshot', 'usage/snapshot.json', '--format', format, ...extra],
    { stdout: stdout.stream, stderr: stderr.stream, env, cwd: repo.root },
  );
  let json: CheckRun['json'] = null;
  try {
    json = JSON.parse(stdout.text());
  } catch {
    json = null;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text(), findings: json?.findings ?? [], json };
}

/** One line per finding, for failure messages. */
export function describeRun(run: CheckRun): string {
  const rows = run.findings.map(
    (f) => `${f.severity} ${f.rule} ${f.file}:${f.line} ${f.entity.id} ${f.service ?? '-'}: ${f.message}`,
  );
  return [`exit ${run.code}`, ...rows, run.stderr.trim()].join('\n');
}
