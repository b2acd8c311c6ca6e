// A check with a base reads what the change touches, at both refs: the files `git diff` names (the PR's list in the
// action), what git does not hold, and what those files' entities need from unchanged files (a policy attached by
// name from another file, a moved file's old path, the history window). Every case is judged twice, scoped and
// reading every file, and both must agree: a scoped read never hides a widening.

import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveChange } from '../../src/change/index.js';
import { defaultConfig, type ScanResult, scan } from '../../src/index.js';
import { actionNames } from '../../src/policy/action-set.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { cli } from '../e2e/check-support.js';
import { DAY, GitFixture } from './fixtures.js';

const ACCOUNT = '123456789012';
const NOW = new Date();

/** IAM's view: s3 used two days ago, dynamodb last used 200 days ago (so widening it is dead weight). */
function usage(...names: string[]): SnapshotFile {
  return {
    version: 1,
    generatedAt: NOW.toISOString(),
    reports: names.map((name) => ({
      Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
      CreateDate: '2024-01-01T00:00:00Z',
      JobStatus: 'COMPLETED',
      JobType: 'SERVICE_LEVEL',
      JobCreationDate: NOW.toISOString(),
      JobCompletionDate: NOW.toISOString(),
      ServicesLastAccessed: [
        {
          ServiceName: 'Amazon S3',
          ServiceNamespace: 's3',
          LastAuthenticated: new Date(NOW.getTime() - 2 * DAY).toISOString(),
          TotalAuthenticatedEntities: 1,
        },
        {
          ServiceName: 'Amazon DynamoDB',
          ServiceNamespace: 'dynamodb',
          LastAuthenticated: new Date(NOW.getTime() - 200 * DAY).toISOString(),
          TotalAuthenticatedEntities: 1,
        },
      ],
    })),
    accessKeys: [],
    policies: [],
    resources: [],
  };
}

function roleTemplate(roles: Record<string, { name: string; actions: string[] }>): string {
  const lines = ['Resources:'];
  for (const [id, role] of Object.entries(roles)) {
    lines.push(
      `  ${id}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${role.name}`,
      '      AssumeRolePolicyDocument: {}',
      '      Policies:',
      '        - PolicyName: own',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      "                Resource: '*'",
      `                Action: [${role.actions.join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** An AWS::IAM::Policy that names its roles as written (`app-role`, or an expression). */
function attachTemplate(roles: string, actions: string[], id = 'Extra'): string {
  return [
    'Resources:',
    `  ${id}:`,
    '    Type: AWS::IAM::Policy',
    '    Properties:',
    '      PolicyName: extra',
    `      Roles: ${roles}`,
    '      PolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    "            Resource: '*'",
    `            Action: [${actions.join(', ')}]`,
    '',
  ].join('\n');
}

/** A Terraform plan (`terraform show -json`) whose inline policy names a role by name; the role is not in it. */
function attachPlan(role: string, before: string[], after: string[]): string {
  const values = (actions: string[]) => ({
    name: 'extra',
    role,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    }),
  });
  const resource = (actions: string[]) => ({
    address: 'aws_iam_role_policy.extra',
    mode: 'managed',
    type: 'aws_iam_role_policy',
    name: 'extra',
    values: values(actions),
  });
  return `${JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: { root_module: { resources: [resource(after)] } },
      resource_changes: [
        {
          address: 'aws_iam_role_policy.extra',
          mode: 'managed',
          type: 'aws_iam_role_policy',
          name: 'extra',
          change: { actions: ['update'], before: values(before), after: values(after), after_unknown: {} },
        },
      ],
      prior_state: { values: { root_module: { resources: [resource(before)] } } },
    },
    null,
    2,
  )}\n`;
}

const repos: GitFixture[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** main: the role file, the attaching file and files nobody needs; then a `change` branch. */
function repository(files: Record<string, string>, options: { at?: Date } = {}): GitFixture {
  const repo = new GitFixture('iug-scope-');
  repos.push(repo);
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  for (let i = 0; i < 6; i++)
    repo.write(
      `unrelated/stack-${i}.yaml`,
      roleTemplate({ Lone: { name: `lone-${i}`, actions: ['s3:GetObject'] } }),
    );
  repo.commit('base', options.at);
  repo.git('checkout', '-q', '-b', 'change');
  return repo;
}

/** What a reviewer would see, in an order both runs share. */
function verdict(result: ScanResult) {
  return {
    findings: result.findings
      .map((f) => `${f.rule} ${f.entity.id} ${f.service ?? '-'} ${f.file}:${f.line}`)
      .sort(),
    touched: result.touched,
    blocked: result.summary.blocked,
  };
}

/** The change judged scoped (the default) and reading every file: both must say the same. */
async function judged(
  repo: GitFixture,
  options: { snapshot?: SnapshotFile; staged?: boolean; onlyFiles?: string[] } = {},
): Promise<ScanResult> {
  const common = {
    cwd: repo.root,
    paths: [],
    base: 'main',
    config: defaultConfig(),
    snapshot: options.snapshot ?? usage('app-role'),
    failOn: 'error' as const,
    clock: () => NOW,
    ...(options.staged ? { staged: true } : {}),
    ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}),
  };
  const scoped = await scan(common);
  const everything = await scan({ ...common, readScope: 'everything' });
  expect(verdict(scoped)).toEqual(verdict(everything));
  return scoped;
}

function findingsOf(result: ScanResult, rule: string) {
  return result.findings
    .filter((f) => f.rule === rule)
    .map((f) => ({ entity: f.entity.id, service: f.service, file: f.file }));
}

const ROLE_FILE = 'infra/roles.yaml';
const ATTACH_FILE = 'policies/attach.yaml';

describe('a policy attached by name from another file', () => {
  it('a PR that changes only the attaching file judges the role it attaches to (read from its unchanged file)', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('widen the role from the attaching file');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ATTACH_FILE },
    ]);
    expect(result.summary.blocked).toBe(true);
    // One role, with what both files grant it; the attaching file's name-only entity is folded in.
    expect(result.entities.map((g) => `${g.entity.file}#${g.entity.id}`).sort()).toEqual([
      `${ROLE_FILE}#AppRole`,
    ]);
    const role = result.entities[0]!;
    expect(actionNames(role.grants.actions)).toEqual([
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      's3:GetObject',
      's3:ListBucket',
    ]);
    expect(role.base && actionNames(role.base.actions)).toEqual([
      'dynamodb:GetItem',
      's3:GetObject',
      's3:ListBucket',
    ]);
  });

  it('a PR that changes only the role file sees the grants attached from elsewhere (the service it already had)', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['dynamodb:GetItem']),
    });
    repo.write(
      ROLE_FILE,
      roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:PutItem'] } }),
    );
    repo.commit('widen dynamodb in the role file');
    const result = await judged(repo);
    // Without the attaching file the role never "had" dynamodb, and this would be a notice about a new service.
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ROLE_FILE },
    ]);
    expect(findingsOf(result, 'new-service')).toEqual([]);
  });

  it('a new file that attaches a policy to an existing role by name widens that role', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
    });
    repo.write('policies/new.yaml', attachTemplate('[APP-ROLE]', ['dynamodb:PutItem']));
    repo.commit('a new policy file');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: 'policies/new.yaml' },
    ]);
  });

  it('a new file that attaches by a name it computes (!Sub over a Default) still widens the role it names', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
    });
    const computed = [
      'Parameters:',
      '  Prefix: { Type: String, Default: app }',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
      attachTemplate('[!Sub "${Prefix}-role"]', ['dynamodb:PutItem']),
    ].join('\n');
    repo.write('policies/computed.yaml', computed);
    repo.commit('attach by a computed name');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: 'policies/computed.yaml' },
    ]);
  });

  it("a suppression on the attaching policy covers that policy's grants only, never the role's own widening", async () => {
    const suppressed = attachTemplate('[app-role]', ['dynamodb:DescribeTable']).replace(
      '    Type: AWS::IAM::Policy\n',
      [
        '    Type: AWS::IAM::Policy',
        '    Metadata:',
        '      iam-usage-guard:',
        '        ignore:',
        '          - rule: widened-unused-service',
        '            reason: reviewed',
        '',
      ].join('\n'),
    );
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: suppressed,
    });
    repo.write(
      ROLE_FILE,
      roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      }),
    );
    repo.commit('widen the role itself');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ROLE_FILE },
    ]);
  });

  it('a Terraform plan whose aws_iam_role_policy names a role of another file widens that role', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      'plans/attach.json': attachPlan('app-role', ['s3:ListBucket'], ['s3:ListBucket']),
    });
    repo.write(
      'plans/attach.json',
      attachPlan('app-role', ['s3:ListBucket'], ['s3:ListBucket', 'dynamodb:Scan']),
    );
    repo.commit('widen through the plan');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: 'plans/attach.json' },
    ]);
  });

  it('a PR that renames a role to the name another file attaches to takes on those grants as a widening', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'quiet-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['dynamodb:PutItem', 'dynamodb:DeleteItem']),
    });
    repo.write(
      ROLE_FILE,
      roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] } }),
    );
    repo.commit('rename the role');
    const result = await judged(repo);
    // At base the attaching policy named another role: its grants are new to this one.
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ATTACH_FILE },
    ]);
  });

  it('moving a statement from the attaching file into the role (and deleting that file) is no widening', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['dynamodb:PutItem']),
    });
    repo.write(
      ROLE_FILE,
      roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      }),
    );
    rmSync(path.join(repo.root, ATTACH_FILE));
    repo.commit('fold the policy into the role');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([]);
    expect(actionNames(result.entities.find((g) => g.entity.id === 'AppRole')!.base!.actions)).toContain(
      'dynamodb:PutItem',
    );
  });

  it('a role file moved (git mv) and widened, its policy attached from elsewhere: the old path is read at base', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['dynamodb:GetItem']),
    });
    rmSync(path.join(repo.root, ROLE_FILE));
    repo.write(
      'infra/app/roles.yaml',
      roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:PutItem'] } }),
    );
    repo.commit('move and widen');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: 'infra/app/roles.yaml' },
    ]);
  });

  it('two files declaring the name both take what is attached to it: a decoy declaration cannot split the policy from its role', async () => {
    const both = { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] };
    const repo = repository({
      'envs/dev.yaml': roleTemplate({ AppRole: both }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write('envs/prod.yaml', roleTemplate({ AppRole: both }));
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('a second app-role, and widen it');
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ATTACH_FILE },
    ]);
    expect(result.touched).toEqual(['envs/dev.yaml#AppRole', 'envs/prod.yaml#AppRole']);
  });

  it('a role whose name the file does not write as such is not joined, scoped or not', async () => {
    const computed = [
      'Parameters:',
      '  Prefix: { Type: String, Default: app }',
      'Resources:',
      '  AppRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
      '      RoleName: !Sub "${Prefix}-role"',
      '      AssumeRolePolicyDocument: {}',
      '',
    ].join('\n');
    const repo = repository({
      [ROLE_FILE]: computed,
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('widen');
    const result = await judged(repo);
    expect(result.touched).toEqual([`${ATTACH_FILE}#role/app-role`]);
  });
});

describe('what the change is, for the CLI', () => {
  it('reads the changed files, what they need and nothing else, and says which and why', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('widen');
    const change = await resolveChange({
      cwd: repo.root,
      paths: ['.'],
      head: { kind: 'worktree' },
      base: { kind: 'ref', ref: 'main' },
      scope: 'change',
    });
    expect(change.read.scope).toBe('change');
    expect(change.read.changed).toEqual([ATTACH_FILE]);
    expect(change.read.related).toEqual([{ file: ROLE_FILE, names: ['app-role'] }]);
    expect(change.read.files).toEqual([ROLE_FILE, ATTACH_FILE].sort());
    expect(change.attached).toEqual(new Map([[`${ATTACH_FILE}#role/app-role`, [`${ROLE_FILE}#AppRole`]]]));
    expect(change.head.files).toEqual([ROLE_FILE, ATTACH_FILE].sort());
    expect(change.baseEntities?.files).toEqual([ROLE_FILE, ATTACH_FILE].sort());
    // rev-parse ×2 (root, ref), ls-files, diff, grep ×2 (head, base), ls-tree, cat-file batch, show (date)
    expect(change.gitProcesses).toBeLessThanOrEqual(10);
  });

  it('whole-repository reads (no base) stay as they are', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
    });
    const change = await resolveChange({
      cwd: repo.root,
      paths: ['.'],
      head: { kind: 'worktree' },
      base: { kind: 'none' },
      scope: 'change',
    });
    expect(change.read).toEqual({ scope: 'everything', files: null, changed: [], related: [] });
    expect(change.head.files).toHaveLength(7);
  });

  it('an edit not committed yet counts: git diff against the working tree', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
    });
    repo.write(
      ROLE_FILE,
      roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:PutItem'] },
      }),
    );
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ROLE_FILE },
    ]);
  });

  it('--staged: the index against the base, not what the working tree has on top', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.git('add', ATTACH_FILE);
    // Unstaged on top: not what --staged judges.
    writeFileSync(path.join(repo.root, ATTACH_FILE), attachTemplate('[app-role]', ['s3:ListBucket']));
    const result = await judged(repo, { staged: true });
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ATTACH_FILE },
    ]);
  });

  it('a generated plan git does not hold is read, and the role file it attaches to with it', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      '.gitignore': 'build/\n',
    });
    repo.write(
      'build/plan.json',
      attachPlan('app-role', ['s3:ListBucket'], ['s3:ListBucket', 'dynamodb:Scan']),
    );
    const result = await judged(repo);
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: 'build/plan.json' },
    ]);
  });

  it('the action path (the PR file list) reads the related files too', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('widen');
    const result = await judged(repo, { onlyFiles: [ATTACH_FILE] });
    expect(findingsOf(result, 'widened-unused-service')).toEqual([
      { entity: 'AppRole', service: 'dynamodb', file: ATTACH_FILE },
    ]);
  });

  it.each([
    ['nothing changed since', false],
    ['the role file edited since (read from the history commit, the rest reused from the base)', true],
  ])(
    'the history window reads the related files: a service granted long ago from another file is not "added recently" (%s)',
    async (_name, editedSince) => {
      const old = new Date(NOW.getTime() - 120 * DAY);
      const repo = new GitFixture('iug-scope-history-');
      repos.push(repo);
      repo.write(ROLE_FILE, roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }));
      repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['dynamodb:GetItem']));
      repo.commit('long ago', old);
      if (editedSince) {
        repo.write(
          ROLE_FILE,
          roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject', 's3:ListBucket'] } }),
        );
      }
      repo.write('README.md', 'recent\n');
      repo.commit('recently', new Date(NOW.getTime() - DAY));
      repo.git('checkout', '-q', '-b', 'change');
      repo.write(
        ROLE_FILE,
        roleTemplate({
          AppRole: { name: 'app-role', actions: ['s3:GetObject', 's3:ListBucket', 'dynamodb:PutItem'] },
        }),
      );
      repo.commit('widen dynamodb');
      const result = await judged(repo);
      expect(findingsOf(result, 'widened-unused-service')).toEqual([
        { entity: 'AppRole', service: 'dynamodb', file: ROLE_FILE },
      ]);
    },
  );

  it('the git processes stay the same few whatever the repository size', async () => {
    const counts: number[] = [];
    for (const extra of [5, 120]) {
      const repo = new GitFixture('iug-scope-count-');
      repos.push(repo);
      repo.write(ROLE_FILE, roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }));
      for (let i = 0; i < extra; i++)
        repo.write(`more/s-${i}.yaml`, roleTemplate({ R: { name: `r-${i}`, actions: ['s3:GetObject'] } }));
      repo.commit('base');
      repo.git('checkout', '-q', '-b', 'change');
      repo.write(
        ROLE_FILE,
        roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject', 'sqs:SendMessage'] } }),
      );
      repo.commit('widen');
      const result = await scan({
        cwd: repo.root,
        paths: [],
        base: 'main',
        config: defaultConfig(),
        snapshot: usage('app-role'),
        clock: () => NOW,
      });
      expect(result.files).toEqual([ROLE_FILE]);
      counts.push(result.gitProcesses);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('check --base on the command line', () => {
  const snapshotFile = path.join(tmpdir(), `iug-scope-usage-${process.pid}.json`);
  const run = (repo: GitFixture) => {
    writeFileSync(snapshotFile, JSON.stringify(usage('app-role')));
    return cli(['check', '--base', 'main', '--snapshot', snapshotFile, '--format', 'json'], repo.root);
  };

  it('says which unchanged files it read and why, and blocks the widening they reveal', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({
        AppRole: { name: 'app-role', actions: ['s3:GetObject', 'dynamodb:GetItem'] },
      }),
      [ATTACH_FILE]: attachTemplate('[app-role]', ['s3:ListBucket']),
    });
    repo.write(ATTACH_FILE, attachTemplate('[app-role]', ['s3:ListBucket', 'dynamodb:PutItem']));
    repo.commit('widen');
    const { code, stdout, stderr } = await run(repo);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `also read 1 unchanged file for the names the change's entities declare or attach to: ${ROLE_FILE} (app-role).`,
    );
    const findings = (JSON.parse(stdout) as { findings: { rule: string; entity: { id: string } }[] })
      .findings;
    expect(findings.map((f) => `${f.rule} ${f.entity.id}`)).toContain('widened-unused-service AppRole');
  });

  it('a change that touches no IaC file says so and passes', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
    });
    repo.write('README.md', 'docs\n');
    repo.commit('docs only');
    const { code, stderr } = await run(repo);
    expect(code).toBe(0);
    expect(stderr).toContain('the change touches no IaC file under . (1 file changed since');
  });

  it('a change whose only IaC file no longer parses is blocked (exit 1), not a usage error', async () => {
    const repo = repository({
      [ROLE_FILE]: roleTemplate({ AppRole: { name: 'app-role', actions: ['s3:GetObject'] } }),
    });
    repo.write(ROLE_FILE, 'Resources:\n  AppRole: [unclosed\n');
    repo.commit('break it');
    const { code, stdout } = await run(repo);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { summary: { blocked: boolean } }).summary.blocked).toBe(true);
  });
});
