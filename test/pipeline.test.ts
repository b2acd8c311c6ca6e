import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, scan } from '../src/index.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import type { SnapshotFile } from '../src/usage/model.js';
import { deepFreeze } from './support/deep-freeze.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function gitIn(cwd: string, date: string, ...args: string[]) {
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function template(roles: Record<string, string[]>): string {
  const lines = ['Resources:'];
  for (const [id, actions] of Object.entries(roles)) {
    lines.push(
      `  ${id}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${id.toLowerCase()}`,
      '      AssumeRolePolicyDocument: {}',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Resource: "*"',
      '                Action:',
      ...actions.map((a) => `                  - ${a}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function snapshot(reports: Record<string, Record<string, string | null>>): SnapshotFile {
  return {
    version: 1,
    generatedAt: NOW.toISOString(),
    reports: Object.entries(reports).map(([name, services]) => ({
      Arn: `arn:aws:iam::123456789012:role/${name}`,
      CreateDate: ago(1000),
      JobStatus: 'COMPLETED' as const,
      JobType: 'SERVICE_LEVEL' as const,
      JobCreationDate: NOW.toISOString(),
      JobCompletionDate: NOW.toISOString(),
      ServicesLastAccessed: Object.entries(services).map(([ns, last]) => ({
        ServiceName: ns,
        ServiceNamespace: ns,
        ...(last ? { LastAuthenticated: last } : {}),
      })),
    })),
    accessKeys: [],
    policies: [],
    resources: [],
  };
}

async function repoWith(commits: { date: string; roles: Record<string, string[]>; branch?: string }[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-pipeline-'));
  gitIn(dir, NOW.toISOString(), 'init', '-q');
  await mkdir(path.join(dir, 'infra'));
  for (const commit of commits) {
    if (commit.branch) gitIn(dir, commit.date, 'checkout', '-q', '-b', commit.branch);
    await writeFile(path.join(dir, 'infra/app.yaml'), template(commit.roles));
    gitIn(dir, commit.date, 'add', '-A');
    gitIn(dir, commit.date, 'commit', '-q', '-m', commit.date);
  }
  return dir;
}

const usageOf = snapshot({
  keep: { s3: ago(1), sqs: null },
  change: { s3: ago(1), sqs: null, dynamodb: ago(200) },
});

describe('scan', () => {
  it('auto base: the merge base with main; untouched entities are not judged, touched ones are', async () => {
    const dir = await repoWith([
      {
        date: ago(300),
        roles: {
          Keep: ['s3:GetObject', 'sqs:SendMessage'],
          Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem'],
        },
      },
      {
        date: ago(1),
        branch: 'feature',
        roles: {
          Keep: ['s3:GetObject', 'sqs:SendMessage'],
          Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'],
        },
      },
    ]);
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.base).toMatch(/^[0-9a-f]{40}$/);
    expect(result.touched).toEqual(['infra/app.yaml#Change']);
    expect(result.findings.map((f) => `${f.rule} ${f.entity.id} ${f.service}`)).toEqual([
      'widened-unused-service Change dynamodb',
      'unused-service Change sqs',
    ]);
    expect(result.summary).toMatchObject({ entities: 2, errors: 1, warnings: 1, blocked: true });
    // Usage is collected for touched entities only.
    expect([...result.usage.keys()]).toEqual(['infra/app.yaml#Change']);
  });

  it('plans the statement edits unless asked not to (check has no output for them), with the same findings', async () => {
    const dir = await repoWith([
      { date: ago(300), roles: { Change: ['s3:GetObject', 'dynamodb:GetItem'] } },
      {
        date: ago(1),
        branch: 'feature',
        roles: { Change: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      },
    ]);
    const options = {
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    };
    const planned = await scan(options);
    const unplanned = await scan({ ...options, planEdits: false });
    expect(planned.edits.map((e) => [e.file, e.actions])).toEqual([['infra/app.yaml', ['s3:GetObject']]]);
    expect(unplanned.edits).toEqual([]);
    expect(unplanned.findings).toEqual(planned.findings);
  });

  it('a service the code granted for less than unusedDays (git history) is not called unused', async () => {
    const dir = await repoWith([
      { date: ago(300), roles: { Change: ['s3:GetObject'] } },
      { date: ago(30), roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem'] } },
      {
        date: ago(1),
        branch: 'feature',
        roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      },
    ]);
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    // sqs and dynamodb were added 30 days ago: not unused for 90 days yet, whatever the report says.
    expect(result.findings).toEqual([]);
  });

  it('control: the same services granted 300 days ago are unused', async () => {
    const dir = await repoWith([
      { date: ago(300), roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem'] } },
      {
        date: ago(1),
        branch: 'feature',
        roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      },
    ]);
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.findings.map((f) => `${f.rule} ${f.service}`)).toEqual([
      'widened-unused-service dynamodb',
      'unused-service sqs',
    ]);
  });

  it('an old commit of a side branch merged into main does not make a 300-day-old grant "added recently"', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-first-parent-'));
    const write = (roles: Record<string, string[]>) =>
      writeFile(path.join(dir, 'infra/app.yaml'), template(roles));
    await mkdir(path.join(dir, 'infra'));
    gitIn(dir, ago(400), 'init', '-q');
    await write({ Change: ['sqs:SendMessage'] });
    gitIn(dir, ago(400), 'add', '-A');
    gitIn(dir, ago(400), 'commit', '-q', '-m', 'start');
    gitIn(dir, ago(300), 'branch', 'side');
    await write({ Change: ['sqs:SendMessage', 'dynamodb:GetItem'] });
    gitIn(dir, ago(300), 'commit', '-q', '-am', 'grant dynamodb (300 days ago)');
    // A side branch cut before the grant, with a commit dated 95 days ago, merged 10 days ago.
    gitIn(dir, ago(95), 'checkout', '-q', 'side');
    await writeFile(path.join(dir, 'README'), 'side\n');
    gitIn(dir, ago(95), 'add', '-A');
    gitIn(dir, ago(95), 'commit', '-q', '-m', 'side work');
    gitIn(dir, ago(10), 'checkout', '-q', 'main');
    gitIn(dir, ago(10), 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    gitIn(dir, ago(1), 'checkout', '-q', '-b', 'feature');
    await write({ Change: ['sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'] });
    gitIn(dir, ago(1), 'commit', '-q', '-am', 'widen dynamodb');
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.findings.map((f) => `${f.rule} ${f.service}`)).toContain('widened-unused-service dynamodb');
  });

  it("a pull request's own commit back-dated 100 days cannot make a widening look recent", async () => {
    const dir = await repoWith([
      { date: ago(300), roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem'] } },
      // On the PR branch, GIT_COMMITTER_DATE set 100 days back: "dynamodb was not granted then".
      { date: ago(100), branch: 'feature', roles: { Change: ['s3:GetObject', 'sqs:SendMessage'] } },
      {
        date: ago(1),
        roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      },
    ]);
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.findings.map((f) => `${f.rule} ${f.service}`)).toContain('widened-unused-service dynamodb');
    expect(result.summary.blocked).toBe(true);
  });

  it('without git: no base, every entity judged, Terraform plans use their own prior state as base', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-nogit-'));
    const doc = (actions: string[]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
      });
    const role = {
      name: 'change',
      arn: 'arn:aws:iam::123456789012:role/change',
      assume_role_policy: '{}',
      inline_policy: [],
    };
    const policy = (actions: string[]) => ({ name: 'p', role: 'change', policy: doc(actions) });
    const resource = (address: string, type: string, values: unknown) => ({
      address,
      mode: 'managed',
      type,
      name: address.split('.')[1],
      values,
    });
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_iam_role.change',
          mode: 'managed',
          type: 'aws_iam_role',
          name: 'change',
          change: { actions: ['no-op'], before: role, after: role, after_unknown: {} },
        },
        {
          address: 'aws_iam_role_policy.p',
          mode: 'managed',
          type: 'aws_iam_role_policy',
          name: 'p',
          change: {
            actions: ['update'],
            before: policy(['dynamodb:GetItem']),
            after: policy(['dynamodb:GetItem', 'dynamodb:PutItem']),
            after_unknown: {},
          },
        },
      ],
      prior_state: {
        values: {
          root_module: {
            resources: [
              resource('aws_iam_role.change', 'aws_iam_role', role),
              resource('aws_iam_role_policy.p', 'aws_iam_role_policy', policy(['dynamodb:GetItem'])),
            ],
          },
        },
      },
    };
    await writeFile(path.join(dir, 'plan.json'), JSON.stringify(plan));
    const result = await scan({
      cwd: dir,
      paths: ['.'],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.base).toBeNull();
    expect(result.findings.map((f) => `${f.rule} ${f.entity.id} ${f.service} ${f.action}`)).toEqual([
      'widened-unused-service aws_iam_role.change dynamodb dynamodb:PutItem',
    ]);
  });

  it('no usage source: the reason is given and usage-free rules still run', async () => {
    const dir = await repoWith([{ date: ago(1), roles: { Fresh: ['s3:GetObject'] } }]);
    const result = await scan({ cwd: dir, paths: [], base: null, config: defaultConfig(), clock: () => NOW });
    expect(result.usageUnavailable).toMatch(/no AWS credentials and no snapshot/);
    expect(result.findings.map((f) => f.rule)).toEqual(['no-usage-data']);
    expect(result.summary.blocked).toBe(false);
  });
});

describe('scan diagnostics', () => {
  it('an unknown action in a touched entity is a warning at its line, not a crash', async () => {
    const dir = await repoWith([{ date: ago(1), roles: { Typo: ['s3:GetObjekt', 's3:GetObject'] } }]);
    const result = await scan({
      cwd: dir,
      paths: [],
      base: null,
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'infra/app.yaml',
        line: 14,
        message:
          "Typo: 's3:GetObjekt' matches no action in the catalog (a typo, or an action newer than the catalog); it is not judged",
        entity: 'Typo',
      },
    ]);
  });
});

describe('scan unknowns', () => {
  it('a policy Terraform knows only after apply is an unjudged error at its line, and blocks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-unknown-'));
    const role = { name: 'later', assume_role_policy: '{}', inline_policy: [] };
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_iam_role.later',
          mode: 'managed',
          type: 'aws_iam_role',
          name: 'later',
          change: { actions: ['create'], before: null, after: role, after_unknown: { arn: true } },
        },
        {
          address: 'aws_iam_role_policy.p',
          mode: 'managed',
          type: 'aws_iam_role_policy',
          name: 'p',
          change: {
            actions: ['create'],
            before: null,
            after: { name: 'p', role: 'later' },
            after_unknown: { policy: true },
          },
        },
      ],
    };
    await writeFile(path.join(dir, 'plan.json'), JSON.stringify(plan));
    const result = await scan({
      cwd: dir,
      paths: ['.'],
      base: null,
      config: defaultConfig(),
      clock: () => NOW,
    });
    const unjudged = result.findings.filter((f) => f.rule === 'unjudged');
    expect(unjudged.map((f) => [f.severity, f.entity.id, f.file])).toEqual([
      ['error', 'aws_iam_role.later', 'plan.json'],
    ]);
    expect(unjudged[0]!.message).toContain(
      'aws_iam_role_policy.p: the policy document (policy) is known only after apply',
    );
    expect(result.summary.blocked).toBe(true);
    expect(result.diagnostics.some((d) => /known only after apply/.test(d.message))).toBe(false);
  });
});

describe('scan fails closed on what it cannot read', () => {
  async function brokenOnBranch(broken: { base: boolean }) {
    const dir = await repoWith([{ date: ago(300), roles: { Keep: ['s3:GetObject'] } }]);
    const bad = 'Resources:\n  Evil:\n    Type: AWS::IAM::Role\n    Properties: [unclosed\n';
    if (broken.base) {
      await writeFile(path.join(dir, 'infra/other.yaml'), bad);
      gitIn(dir, ago(200), 'add', '-A');
      gitIn(dir, ago(200), 'commit', '-q', '-m', 'broken at base');
    }
    gitIn(dir, ago(1), 'checkout', '-q', '-b', 'feature');
    await writeFile(path.join(dir, 'infra/other.yaml'), `${bad}# still broken\n`);
    gitIn(dir, ago(1), 'add', '-A');
    gitIn(dir, ago(1), 'commit', '-q', '-m', 'change');
    return dir;
  }
  const run = (dir: string, failOn: 'error' | 'never' = 'error') =>
    scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
      failOn,
    });

  it('a template the change breaks blocks the check with no finding at all', async () => {
    const result = await run(await brokenOnBranch({ base: false }));
    expect(result.findings).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual([
      'infra/other.yaml',
    ]);
    expect(result.summary).toMatchObject({ unreadable: 1, blocked: true });
  });

  it('fail-on never lets it through; a file already broken at base is not this change', async () => {
    expect((await run(await brokenOnBranch({ base: false }), 'never')).summary.blocked).toBe(false);
    const inherited = await run(await brokenOnBranch({ base: true }));
    expect(inherited.summary).toMatchObject({ unreadable: 0, blocked: false });
  });
});

describe('scan keeps history across what could hide a widening', () => {
  it('a file the change moves keeps its base: the widening is still blocked', async () => {
    const dir = await repoWith([{ date: ago(300), roles: { Change: ['s3:GetObject', 'dynamodb:GetItem'] } }]);
    gitIn(dir, ago(1), 'checkout', '-q', '-b', 'feature');
    gitIn(dir, ago(1), 'mv', 'infra/app.yaml', 'infra/main.yaml');
    await writeFile(
      path.join(dir, 'infra/main.yaml'),
      template({ Change: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:PutItem'] }),
    );
    gitIn(dir, ago(1), 'add', '-A');
    gitIn(dir, ago(1), 'commit', '-q', '-m', 'move and widen');
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.findings.map((f) => `${f.rule} ${f.file} ${f.service}`)).toContain(
      'widened-unused-service infra/main.yaml dynamodb',
    );
    expect(result.findings.some((f) => f.rule === 'new-service')).toBe(false);
    expect(result.summary.blocked).toBe(true);
  });

  it('a service granted through an AWS-managed policy long ago is not "recently added"', async () => {
    const managed = (actions: string[]) =>
      `${template({ Change: actions }).replace(
        '      Policies:',
        '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess\n      Policies:',
      )}`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-pipeline-'));
    gitIn(dir, ago(300), 'init', '-q');
    await mkdir(path.join(dir, 'infra'));
    await writeFile(path.join(dir, 'infra/app.yaml'), managed(['s3:GetObject']));
    gitIn(dir, ago(300), 'add', '-A');
    gitIn(dir, ago(300), 'commit', '-q', '-m', 'base');
    gitIn(dir, ago(1), 'checkout', '-q', '-b', 'feature');
    await writeFile(path.join(dir, 'infra/app.yaml'), managed(['s3:GetObject', 'sns:Publish']));
    gitIn(dir, ago(1), 'add', '-A');
    gitIn(dir, ago(1), 'commit', '-q', '-m', 'widen sns');
    const snap = snapshot({ change: { s3: ago(1), sns: null } });
    snap.policies = [
      {
        Arn: 'arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess',
        Document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['sns:List*'], Resource: '*' }],
        },
      },
    ];
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: snap,
      clock: () => NOW,
    });
    expect(result.findings.map((f) => `${f.rule} ${f.service}`)).toContain('widened-unused-service sns');
    expect(result.summary.blocked).toBe(true);
  });

  it('a new unreadable statement is not excused by a same-shaped one the base already had', async () => {
    const dir = await repoWith([{ date: ago(300), roles: { Keep: ['s3:GetObject'] } }]);
    const broken = (n: number) =>
      `${template({ Keep: ['s3:GetObject'] })}${Array.from(
        { length: n },
        () =>
          '              - Effect: Allow\n                Resource: "*"\n                Action: !Frobnicate sqs:Send\n',
      ).join('')}`;
    await writeFile(path.join(dir, 'infra/app.yaml'), broken(1));
    gitIn(dir, ago(200), 'add', '-A');
    gitIn(dir, ago(200), 'commit', '-q', '-m', 'one unreadable statement');
    gitIn(dir, ago(1), 'checkout', '-q', '-b', 'feature');
    await writeFile(path.join(dir, 'infra/app.yaml'), broken(2));
    gitIn(dir, ago(1), 'add', '-A');
    gitIn(dir, ago(1), 'commit', '-q', '-m', 'a second one');
    const result = await scan({
      cwd: dir,
      paths: [],
      base: 'auto',
      config: defaultConfig(),
      snapshot: usageOf,
      clock: () => NOW,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(2);
    expect(result.unreadable).toHaveLength(1);
    expect(result.summary).toMatchObject({ unreadable: 1, blocked: true });
  });
});

describe('plain data between stages', () => {
  it('a frozen snapshot is read as given; the frozen result renders in every format as the fresh one does', async () => {
    const dir = await repoWith([
      { date: ago(300), roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem'] } },
      {
        date: ago(1),
        branch: 'feature',
        roles: { Change: ['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      },
    ]);
    const options = { cwd: dir, paths: [], base: 'auto', config: defaultConfig(), clock: () => NOW };
    const fresh = await scan({ ...options, snapshot: structuredClone(usageOf) });
    const frozen = deepFreeze(await scan({ ...options, snapshot: deepFreeze(structuredClone(usageOf)) }));
    expect(frozen.findings).toEqual(fresh.findings);
    expect([...frozen.usage.values()]).toEqual([...fresh.usage.values()]);
    expect(renderJson(frozen)).toBe(renderJson(fresh));
    expect(renderSarif(frozen, { version: 't' })).toBe(renderSarif(fresh, { version: 't' }));
    expect(renderMarkdown(frozen)).toBe(renderMarkdown(fresh));
    expect(renderText(frozen, { color: false, failOn: 'error' })).toBe(
      renderText(fresh, { color: false, failOn: 'error' }),
    );
  });
});
