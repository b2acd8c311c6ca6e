// A suppression silences the findings of the resource that carries it, never another's: a pull request that widens
// a role inline and adds a "harmless" policy whose Metadata suppresses the rule must still be blocked. Each case is a
// real `check --base main` run (in process) over a git repository, with usage from a snapshot.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, git } from '../e2e/check-support.js';
import { roleSnapshot } from './support.js';

const ACCOUNT = '123456789012';

const snapshot = () =>
  roleSnapshot(`arn:aws:iam::${ACCOUNT}:role/app-role`, { dynamodb: 200, s3: 1, logs: 1 });

const SUPPRESS_ALL = [
  '    Metadata:',
  '      iam-usage-guard:',
  '        ignore:',
  '          - rule: widened-unused-service',
  '            reason: only adds log writes, nothing to see',
];
const SUPPRESS_DYNAMODB = [...SUPPRESS_ALL, '            services: [dynamodb]'];

function role(actions: string[], extra: string[] = [], metadata: string[] = []): string[] {
  return [
    '  AppRole:',
    '    Type: AWS::IAM::Role',
    ...metadata,
    '    Properties:',
    '      RoleName: app-role',
    ...extra,
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    `                Action: [${actions.join(', ')}]`,
    "                Resource: '*'",
  ];
}

function statement(actions: string[]): string[] {
  return [
    '      PolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    `            Action: [${actions.join(', ')}]`,
    "            Resource: '*'",
  ];
}

/** A policy resource of each type that adds grants to AppRole, carrying `metadata`. */
const carriers: Record<string, (metadata: string[], actions: string[]) => string[]> = {
  'AWS::IAM::Policy by Ref': (metadata, actions) => [
    '  HarmlessPolicy:',
    '    Type: AWS::IAM::Policy',
    ...metadata,
    '    Properties:',
    '      PolicyName: logs',
    '      Roles: [!Ref AppRole]',
    ...statement(actions),
  ],
  'AWS::IAM::Policy by role name': (metadata, actions) => [
    '  HarmlessPolicy:',
    '    Type: AWS::IAM::Policy',
    ...metadata,
    '    Properties:',
    '      PolicyName: logs',
    '      Roles: [app-role]',
    ...statement(actions),
  ],
  'AWS::IAM::RolePolicy': (metadata, actions) => [
    '  HarmlessPolicy:',
    '    Type: AWS::IAM::RolePolicy',
    ...metadata,
    '    Properties:',
    '      PolicyName: logs',
    '      RoleName: !Ref AppRole',
    ...statement(actions),
  ],
  'AWS::IAM::ManagedPolicy with Roles': (metadata, actions) => [
    '  HarmlessPolicy:',
    '    Type: AWS::IAM::ManagedPolicy',
    ...metadata,
    '    Properties:',
    '      Roles: [!Ref AppRole]',
    ...statement(actions),
  ],
};

const repos: string[] = [];
afterAll(() => {
  for (const repo of repos) rmSync(repo, { recursive: true, force: true });
});

/** main holds `base`, the checked-out branch `change` holds `head`; returns the repository root. */
function repoWith(base: string[], head: string[], file = 'infra/app.yaml'): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'iug-suppression-scope-'));
  repos.push(repo);
  mkdirSync(path.join(repo, 'infra'));
  git(repo, 'init', '-q');
  writeFileSync(path.join(repo, 'usage.json'), snapshot());
  const text = (lines: string[]) =>
    file.endsWith('.json') ? `${lines.join('\n')}\n` : ['Resources:', ...lines, ''].join('\n');
  writeFileSync(path.join(repo, file), text(base));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'change');
  writeFileSync(path.join(repo, file), text(head));
  git(repo, 'commit', '-q', '-am', 'head');
  return repo;
}

interface Report {
  findings: { rule: string; entity: { id: string }; service: string | null; line: number }[];
  suppressed: { rule: string; entity: { id: string }; service: string | null; reason: string }[];
  summary: { blocked: boolean };
}

async function check(repo: string, format = 'json') {
  return cli(['check', '--base', 'main', '--snapshot', 'usage.json', '--format', format], repo, {
    AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9',
  });
}

const BASE = role(['dynamodb:GetItem', 's3:GetObject']);
const WIDENED = role(['dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject']);

describe("a policy's suppression does not silence the inline widening of the role it targets", () => {
  for (const [carrier, policy] of Object.entries(carriers)) {
    for (const [which, metadata] of [
      ['for the whole rule', SUPPRESS_ALL],
      ['for the widened service', SUPPRESS_DYNAMODB],
    ] as const) {
      it(`${carrier}, suppressing ${which}: blocked, the widening reported at the inline line`, async () => {
        const repo = repoWith(BASE, [...WIDENED, ...policy(metadata, ['logs:PutLogEvents'])]);
        const result = await check(repo);
        expect(result.code, result.stderr).toBe(1);
        const report = JSON.parse(result.stdout) as Report;
        const widened = report.findings.filter((f) => f.rule === 'widened-unused-service');
        expect(widened.map((f) => [f.entity.id, f.service, f.line])).toEqual([['AppRole', 'dynamodb', 11]]);
        expect(report.suppressed.filter((f) => f.rule === 'widened-unused-service')).toEqual([]);
      });
    }
  }

  it('the policy also grants the action the role adds inline: still the role widening, still blocked', async () => {
    const repo = repoWith(BASE, [
      ...WIDENED,
      ...carriers['AWS::IAM::Policy by Ref']!(SUPPRESS_DYNAMODB, ['dynamodb:PutItem']),
    ]);
    const result = await check(repo);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.filter((f) => f.rule === 'widened-unused-service')).toHaveLength(1);
  });

  it('a managed policy attached through ManagedPolicyArns: blocked', async () => {
    const repo = repoWith(BASE, [
      ...role(
        ['dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject'],
        ['      ManagedPolicyArns: [!Ref HarmlessPolicy]'],
      ),
      '  HarmlessPolicy:',
      '    Type: AWS::IAM::ManagedPolicy',
      ...SUPPRESS_ALL,
      '    Properties:',
      ...statement(['logs:PutLogEvents']),
    ]);
    const result = await check(repo);
    expect(result.code, result.stderr).toBe(1);
  });
});

/** A Terraform plan (planned values only) with the role's inline policy and one more resource. */
function plan(roleActions: string[], extra: Record<string, unknown>[] = []): string[] {
  const policy = (actions: string[]) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
  const resources = [
    {
      address: 'aws_iam_role.app',
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'app',
      values: { name: 'app-role', inline_policy: [{ name: 'app', policy: policy(roleActions) }] },
    },
    ...extra.map((r) => ({
      ...r,
      values: { ...(r['values'] as object), policy: policy(['logs:PutLogEvents']) },
    })),
  ];
  return JSON.stringify(
    { format_version: '1.2', planned_values: { root_module: { resources } } },
    null,
    2,
  ).split('\n');
}

describe('Terraform: tags on another resource do not suppress the role', () => {
  const tags = { 'iam-usage-guard:ignore:widened-unused-service': 'only adds log writes' };
  for (const [name, resource] of [
    [
      'aws_iam_role_policy with a suppression tag',
      {
        address: 'aws_iam_role_policy.logs',
        mode: 'managed',
        type: 'aws_iam_role_policy',
        name: 'logs',
        values: { name: 'logs', role: 'app-role', tags },
      },
    ],
    [
      'aws_iam_policy with a suppression tag, attached to the role',
      {
        address: 'aws_iam_policy.logs',
        mode: 'managed',
        type: 'aws_iam_policy',
        name: 'logs',
        values: { name: 'logs', arn: `arn:aws:iam::${ACCOUNT}:policy/logs`, tags },
      },
    ],
  ] as const) {
    it(`${name}: the inline widening blocks`, async () => {
      const attachment =
        resource.type === 'aws_iam_policy'
          ? [
              {
                address: 'aws_iam_role_policy_attachment.logs',
                mode: 'managed',
                type: 'aws_iam_role_policy_attachment',
                name: 'logs',
                values: { role: 'app-role', policy_arn: `arn:aws:iam::${ACCOUNT}:policy/logs`, tags },
              },
            ]
          : [];
      const repo = repoWith(
        plan(['dynamodb:GetItem', 's3:GetObject']),
        plan(['dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject'], [resource, ...attachment]),
        'infra/plan.json',
      );
      const result = await check(repo);
      expect(result.code, result.stdout + result.stderr).toBe(1);
      const report = JSON.parse(result.stdout) as Report;
      expect(
        report.findings.filter((f) => f.rule === 'widened-unused-service').map((f) => f.entity.id),
      ).toEqual(['aws_iam_role.app']);
    });
  }
});

describe('a suppression still suppresses what its own resource grants', () => {
  it("the policy's own widening is suppressed with its reason, and the check passes", async () => {
    const repo = repoWith(BASE, [
      ...BASE,
      ...carriers['AWS::IAM::Policy by Ref']!(SUPPRESS_DYNAMODB, ['dynamodb:PutItem']),
    ]);
    const result = await check(repo);
    expect(result.code, result.stdout).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.filter((f) => f.rule === 'widened-unused-service')).toEqual([]);
    expect(report.suppressed.map((f) => [f.rule, f.entity.id, f.service, f.reason])).toEqual([
      ['widened-unused-service', 'AppRole', 'dynamodb', 'only adds log writes, nothing to see'],
    ]);
  });

  it("the role's own suppression covers what a policy adds to it", async () => {
    const repo = repoWith(BASE, [
      ...role(['dynamodb:GetItem', 's3:GetObject'], [], SUPPRESS_DYNAMODB),
      ...carriers['AWS::IAM::Policy by Ref']!([], ['dynamodb:PutItem']),
    ]);
    const result = await check(repo);
    expect(result.code, result.stdout).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.suppressed.map((f) => [f.rule, f.service])).toEqual([
      ['widened-unused-service', 'dynamodb'],
    ]);
  });

  it('the markdown comment lists every suppression with its rule, entity, place and reason', async () => {
    const repo = repoWith(BASE, [
      ...BASE,
      ...carriers['AWS::IAM::Policy by Ref']!(SUPPRESS_DYNAMODB, ['dynamodb:PutItem']),
    ]);
    const result = await check(repo, 'markdown');
    expect(result.stdout).toMatch(/Suppressed \(1\)/);
    expect(result.stdout).toMatch(
      /widened-unused-service.*`AppRole`.*`dynamodb`.*`infra\/app\.yaml` line 1[0-9].*only adds log writes, nothing to see/,
    );
  });
});
