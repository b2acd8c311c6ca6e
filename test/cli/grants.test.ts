import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import bundled from '../../src/policy/managed-policies.data.json' with { type: 'json' };
import { capture } from './support.js';

const bundledDate = bundled.dataDate;

// A real git repository: base commit with one role, head commit that widens it and adds a second one.
const baseTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
`;

const headTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, SQS:SendMessage]
                Resource: '*'
  NewRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: new
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [sns:Publish, foo:Bar]
                Resource: '*'
`;

let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function grants(argv: string[], cwd = repo) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(['grants', ...argv], {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
    cwd,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iug-grants-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  mkdirSync(path.join(repo, 'infra'));
  writeFileSync(path.join(repo, 'infra', 'app.yaml'), baseTemplate);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  writeFileSync(path.join(repo, 'infra', 'app.yaml'), headTemplate);
  git('add', '.');
  git('commit', '-q', '-m', 'head');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('grants --format json', () => {
  it('gives every entity its grants and, with --base, its grants at the ref (null when new)', async () => {
    const { code, stdout } = await grants(['--base', 'HEAD~1', '--format', 'json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { entities: Record<string, unknown>[]; diagnostics: unknown[] };
    const app = output.entities.find((e) => e['id'] === 'AppRole')!;
    const added = output.entities.find((e) => e['id'] === 'NewRole')!;
    const { services, actions, ...rest } = app as { services: string[]; actions: string[] };
    expect(rest).toEqual({
      id: 'AppRole',
      kind: 'role',
      file: 'infra/app.yaml',
      line: 3,
      name: 'app-role',
      arn: null,
      base: { services: ['s3'], actions: ['s3:GetObject'] },
      managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      // AWS-managed: expanded offline from the documents bundled at build time, and saying so.
      managedPolicies: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', source: `bundled ${bundledDate}` }],
      unknowns: [],
      baseSource: 'git',
    });
    expect(actions).toContain('sqs:SendMessage');
    expect(actions).toContain('ec2:DescribeInstances');
    expect(services.length).toBeGreaterThan(100);
    expect(added).toEqual({
      id: 'NewRole',
      kind: 'role',
      file: 'infra/app.yaml',
      line: 23,
      name: null,
      arn: null,
      services: ['sns'],
      actions: ['sns:Publish'],
      base: null,
      unknowns: [],
      // git holds the file, so it can say the role is new
      baseSource: 'git',
    });
  });

  it('has no base key without --base, and reports unknown actions as diagnostics with file and line', async () => {
    const { code, stdout, stderr } = await grants(['--format', 'json', 'infra']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      entities: Record<string, unknown>[];
      diagnostics: Record<string, unknown>[];
    };
    expect(output.entities.map((e) => e['id']).sort()).toEqual(['AppRole', 'NewRole']);
    expect(output.entities.every((e) => !('base' in e) && e['baseSource'] === 'none')).toBe(true);
    expect(output.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'infra/app.yaml', line: 38, severity: 'warning', entity: 'NewRole' }),
    );
    expect(stderr).toMatch(/^infra\/app\.yaml:38: warning: unknown action 'foo:Bar'/m);
  });
});

describe('grants text', () => {
  it('groups by file with path:line per entity and the change against base', async () => {
    const { code, stdout } = await grants(['--base', 'HEAD~1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^infra\/app\.yaml$/m);
    expect(stdout).toContain('infra/app.yaml:3  role AppRole "app-role"');
    // ReadOnlyAccess (bundled) is expanded: hundreds of services, and the attachment is the widening.
    expect(stdout).toMatch(/^ {4}\d{3} services, \d{4} actions: a/m);
    expect(stdout).toMatch(/since HEAD~1: \+\d{4} actions, -0 actions/);
    expect(stdout).toMatch(/added services: a4b, /);
    expect(stdout).toContain('infra/app.yaml:23  role NewRole');
    expect(stdout).toContain('new since HEAD~1');
    expect(stdout).toContain(
      `managed policies: arn:aws:iam::aws:policy/ReadOnlyAccess (bundled ${bundledDate})`,
    );
    expect(stdout).toContain('unknown actions (not in the catalog): foo:Bar');
  });
});

describe('grants on bad input', () => {
  it('reports a broken file on stderr and still lists the others (exit 0)', async () => {
    writeFileSync(path.join(repo, 'infra', 'broken.json'), '{ "Resources": { "X": ');
    try {
      const { code, stdout, stderr } = await grants(['--format', 'json']);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^infra\/broken\.json(:\d+)?: error: /m);
      const output = JSON.parse(stdout) as { entities: unknown[]; diagnostics: Record<string, unknown>[] };
      expect(output.entities).toHaveLength(2);
      expect(output.diagnostics).toContainEqual(
        expect.objectContaining({ file: 'infra/broken.json', severity: 'error' }),
      );
    } finally {
      rmSync(path.join(repo, 'infra', 'broken.json'));
    }
  });

  it('exits 2 when nothing could be read', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'iug-grants-empty-'));
    try {
      const { code, stderr } = await grants([], empty);
      expect(code).toBe(2);
      expect(stderr).toContain('no IaC file found at .');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 when every file failed', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'iug-grants-broken-'));
    try {
      writeFileSync(path.join(broken, 'template.json'), '{ "Resources": ');
      const { code, stderr } = await grants([], broken);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^template\.json(:\d+)?: error: /m);
      expect(stderr).toContain('every file failed to parse');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('exits 2 with a message, no stack trace, for a ref that does not exist', async () => {
    const { code, stderr } = await grants(['--base', 'no-such-ref']);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-ref');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown --format', async () => {
    const { code, stderr } = await grants(['--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format');
  });
});

describe('grants --base with a broken file at base', () => {
  it('reports base problems as diagnostics naming the ref, and still compares', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'iug-grants-base-'));
    const run = (...args: string[]) =>
      execFileSync('git', args, { cwd: other, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      run('init', '-q', '-b', 'main');
      run('config', 'user.email', 'test@example.com');
      run('config', 'user.name', 'Test');
      run('config', 'commit.gpgsign', 'false');
      writeFileSync(path.join(other, 'app.yaml'), baseTemplate);
      writeFileSync(path.join(other, 'extra.json'), '{ "Resources": { "Broken": ');
      run('add', '.');
      run('commit', '-q', '-m', 'base');
      writeFileSync(path.join(other, 'extra.json'), '{ "Resources": {} }');
      run('commit', '-q', '-am', 'fix');
      const { code, stdout, stderr } = await grants(['--base', 'HEAD~1', '--format', 'json'], other);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^extra\.json(:\d+)?: error: at HEAD~1: /m);
      const output = JSON.parse(stdout) as {
        entities: Record<string, unknown>[];
        diagnostics: Record<string, unknown>[];
      };
      expect(output.entities.map((e) => [e['id'], e['base']])).toEqual([
        ['AppRole', { services: ['s3'], actions: ['s3:GetObject'] }],
      ]);
      expect(output.diagnostics).toContainEqual(
        expect.objectContaining({
          file: 'extra.json',
          severity: 'error',
          message: expect.stringMatching(/^at HEAD~1: /),
        }),
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('grants --format json carries what it cannot judge (issue 13 item 6)', () => {
  it('an action built from a parameter without a Default: no action, the unknown with its file and line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iug-grants-unknown-'));
    try {
      writeFileSync(
        path.join(dir, 'app.yaml'),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
        "Parameters:\n  Svc: { Type: String }\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n        - PolicyName: p\n          PolicyDocument: { Statement: [{ Effect: Allow, Action: !Sub '${Svc}:*', Resource: '*' }] }\n",
      );
      const { code, stdout } = await grants(['--format', 'json'], dir);
      expect(code).toBe(0);
      const output = JSON.parse(stdout) as { entities: Record<string, unknown>[] };
      expect(output.entities).toEqual([
        expect.objectContaining({
          id: 'R',
          actions: [],
          unknowns: [
            {
              message: expect.stringContaining(
                // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
                'action "${Svc}:*" is built from Svc and cannot be known from code',
              ),
              file: 'app.yaml',
              line: 9,
            },
          ],
        }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
