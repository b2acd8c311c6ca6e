// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// Issue 13 items 1, 3, 4, 5 end to end: `check --base main` on a real git repository, usage from a snapshot in
// which every service was last used 200 days ago. Each change widens the entity another way than the plain one,
// and each must block with widened-unused-service on that entity and service.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, git } from './check-support.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const now = Date.now();
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function report(arn: string, services: string[]) {
  return {
    Arn: arn,
    CreateDate: ago(500),
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: ago(0),
    JobCompletionDate: ago(0),
    ServicesLastAccessed: services.map((s) => ({
      ServiceName: s,
      ServiceNamespace: s,
      LastAuthenticated: ago(200),
    })),
  };
}

/** main holds `base`, branch `change` holds `head`; both as infra/app.yaml. */
async function check(base: string, head: string, arns: Record<string, string>, services: string[]) {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'iug-verdict-'));
  folders.push(repo);
  git(repo, 'init', '-q');
  mkdirSync(path.join(repo, 'infra'));
  writeFileSync(path.join(repo, 'infra', 'app.yaml'), base);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'change');
  writeFileSync(path.join(repo, 'infra', 'app.yaml'), head);
  git(repo, 'commit', '-q', '-am', 'head');
  const snapshot = {
    version: 1,
    generatedAt: ago(0),
    reports: Object.values(arns).map((arn) => report(arn, services)),
    accessKeys: [],
    policies: [],
    resources: [],
  };
  writeFileSync(path.join(repo, 'usage.json'), JSON.stringify(snapshot));
  const entities = Object.entries(arns)
    .map(([id, arn]) => `  - match: "infra/app.yaml#${id}"\n    arn: ${arn}\n`)
    .join('');
  writeFileSync(path.join(repo, 'cfg.yml'), `entities:\n${entities}`);
  const run = await cli(
    [
      'check',
      'infra',
      '--base',
      'main',
      '--snapshot',
      'usage.json',
      '--config',
      'cfg.yml',
      '--format',
      'json',
    ],
    repo,
    { AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9' },
  );
  return { code: run.code, body: JSON.parse(run.stdout), stderr: run.stderr };
}

type Finding = {
  rule: string;
  severity: string;
  entity: { id: string };
  service: string | null;
  file: string;
  line: number;
  message: string;
};
const errors = (body: { findings: Finding[] }) =>
  body.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.entity.id} ${f.service ?? '-'}`);

const ROLE = 'arn:aws:iam::123456789012:role/app-role';

describe('check --base blocks widenings that are not a plain new action', () => {
  it('item 1: a Deny moved into !If (it applies only in prod) widens the role in the other branch', async () => {
    const template = (deny: string) => `Conditions:
  IsProd: !Equals [!Ref AWS::AccountId, '111111111111']
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: '*', Resource: '*' }
${deny}`;
    const { code, body } = await check(
      template("              - { Effect: Deny, NotAction: 's3:GetObject', Resource: '*' }\n"),
      template(
        "              - !If [IsProd, { Effect: Deny, NotAction: 's3:GetObject', Resource: '*' }, !Ref AWS::NoValue]\n",
      ),
      { AppRole: ROLE },
      ['s3'],
    );
    expect(errors(body)).toEqual(['widened-unused-service AppRole s3']);
    expect(body.summary.blocked).toBe(true);
    expect(code).toBe(1);
  });

  it('item 3: adding a user to an admin group widens the user', async () => {
    const template = (groups: string) => `Resources:
  Admins:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: admin
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 'iam:*', Resource: '*' }] }
  Bob:
    Type: AWS::IAM::User
    Properties:
      UserName: bob
${groups}      Policies:
        - PolicyName: own
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 'iam:GetUser', Resource: '*' }] }
`;
    const { code, body } = await check(
      template(''),
      template('      Groups: [!Ref Admins]\n'),
      {
        Bob: 'arn:aws:iam::123456789012:user/bob',
      },
      ['iam'],
    );
    expect(errors(body)).toEqual(['widened-unused-service Bob iam']);
    expect(code).toBe(1);
  });

  it('item 4: removing a permissions boundary widens the role', async () => {
    const template = (boundary: string) => `Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
${boundary}      Policies:
        - PolicyName: app
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
`;
    const { code, body } = await check(
      template('      PermissionsBoundary: !Ref Boundary\n'),
      template(''),
      {
        AppRole: ROLE,
      },
      ['s3'],
    );
    expect(errors(body)).toEqual(['widened-unused-service AppRole s3']);
    expect(code).toBe(1);
  });

  it('item 5: attaching an AWS-managed policy is judged offline from the bundled documents, and says so', async () => {
    const template = (arns: string) => `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
${arns}      Policies:
        - PolicyName: app
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }
`;
    const arn = 'arn:aws:iam::aws:policy/AmazonS3FullAccess';
    const { code, body } = await check(
      template(''),
      template(`      ManagedPolicyArns: [${arn}]\n`),
      {
        AppRole: ROLE,
      },
      ['s3'],
    );
    expect(errors(body)).toEqual(['widened-unused-service AppRole s3']);
    expect(body.managedPolicies).toEqual([
      {
        entity: 'AppRole',
        file: 'infra/app.yaml',
        arn,
        source: expect.stringMatching(/^bundled \d{4}-\d\d-\d\d$/),
      },
    ]);
    expect(code).toBe(1);
  });

  it('issue 12 item 1: an action the change builds from a parameter without a Default blocks as unjudged', async () => {
    const template = (action: string) => `Parameters:
  Svc: { Type: String }
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: app
          PolicyDocument: { Statement: [{ Effect: Allow, Action: ${action}, Resource: '*' }] }
`;
    const { code, body } = await check(
      template("'s3:GetObject'"),
      template("['s3:GetObject', !Sub '${Svc}:*']"),
      {
        AppRole: ROLE,
      },
      ['s3'],
    );
    expect(errors(body)).toEqual(['unjudged AppRole -']);
    const finding = body.findings.find((f: Finding) => f.rule === 'unjudged');
    expect(finding).toMatchObject({ file: 'infra/app.yaml', line: 10 });
    expect(finding.message).toContain('action "${Svc}:*" is built from Svc and cannot be known from code');
    expect(body.summary).toMatchObject({ errors: 1, blocked: true });
    expect(code).toBe(1);
  });

  it('the same change with the Deny left unconditional passes (no false block)', async () => {
    const template = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: '*', Resource: '*' }
              - { Effect: Deny, NotAction: 's3:GetObject', Resource: '*' }
`;
    const { code, body } = await check(template, `${template}# a comment\n`, { AppRole: ROLE }, ['s3']);
    expect(errors(body)).toEqual([]);
    expect(code).toBe(0);
  });
});
