// The pull request the review tests share (in process in test/action/review.test.ts, the bundle in
// test/e2e/action-review.test.ts): it widens three statements (YAML block style with comments, YAML flow style with a
// hostile comment, a policy JSON file) and one whose Action list is an Fn::If; the local IAM endpoint says which of
// the granted services each entity used; the GitHub stand-in lists the files with their patches and the head's files.

import { REPOSITORY } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, type PullFile, startGitHubStandIn } from '../support/github-stand-in.js';
import { ACCOUNT, policyArn, type RunningLocalIam, roleArn, withLocalIam } from '../support/local-iam.js';

export const role = (id: string, name: string, statements: string[]) =>
  [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    `  ${id}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: ${name}`,
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { Service: lambda.amazonaws.com }',
    '            Action: sts:AssumeRole',
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    ...statements,
    '',
  ].join('\n');

export const BLOCK_BASE = role('AppRole', 'app-role', [
  '              - Sid: Storage',
  '                Effect: Allow',
  '                Action:',
  '                  - s3:GetObject # the reports bucket',
  '                  - dynamodb:GetItem',
  "                Resource: '*'",
]);
export const BLOCK_HEAD = BLOCK_BASE.replace(
  '                  - dynamodb:GetItem\n',
  '                  - dynamodb:GetItem\n                  # bulk import for the migration\n                  - "dynamodb:BatchWriteItem"\n',
);
export const FLOW_BASE = role('FlowRole', 'flow-role', [
  '              - Effect: Allow',
  '                Action: [s3:GetObject, sqs:SendMessage] # queue ``` and bucket',
  "                Resource: '*'",
]);
export const FLOW_HEAD = FLOW_BASE.replace('sqs:SendMessage]', "sqs:SendMessage, 'sqs:DeleteQueue']");
export const policy = (actions: string[]) =>
  `${JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: actions, Resource: '*' },
        { Sid: 'Logs', Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
      ],
    },
    null,
    4,
  )}\n`;
export const JSON_BASE = policy(['s3:GetObject', 's3:ListBucket']);
export const JSON_HEAD = policy(['s3:GetObject', 's3:ListBucket', 's3:DeleteBucket']);
// An Fn::If in the Action list: the edit cannot be an exact suggestion, so the comment carries it.
export const COND_BASE = role('CondRole', 'cond-role', [
  '              - Effect: Allow',
  "                Action: !If [IsProd, ['s3:GetObject', 'sqs:SendMessage'], ['s3:GetObject']]",
  "                Resource: '*'",
]).replace('Resources:', 'Conditions:\n  IsProd: !Equals [!Ref AWS::Region, us-east-1]\nResources:');
export const COND_HEAD = COND_BASE.replace("'sqs:SendMessage']", "'sqs:SendMessage', 'sqs:DeleteQueue']");

export const CONFIG = `entities:\n  - match: 'policies/reader.json#reader'\n    arn: ${policyArn('reader')}\n`;
export const FILES: Record<string, [string, string]> = {
  'infra/app.yaml': [BLOCK_BASE, BLOCK_HEAD],
  'infra/flow.yaml': [FLOW_BASE, FLOW_HEAD],
  'policies/reader.json': [JSON_BASE, JSON_HEAD],
  'infra/cond.yaml': [COND_BASE, COND_HEAD],
};

/** The IAM entities of FILES with the services each used (s3 recently; dynamodb and sqs long ago). */
export const USAGE = {
  account: ACCOUNT,
  entities: [
    {
      arn: roleArn('app-role'),
      createDate: 'now-400d',
      services: [
        { namespace: 's3', lastAuthenticated: 'now-1d' },
        { namespace: 'dynamodb', lastAuthenticated: 'now-200d' },
      ],
    },
    {
      arn: roleArn('flow-role'),
      createDate: 'now-400d',
      services: [
        { namespace: 's3', lastAuthenticated: 'now-2d' },
        { namespace: 'sqs', lastAuthenticated: 'now-300d' },
      ],
    },
    {
      arn: roleArn('cond-role'),
      createDate: 'now-400d',
      services: [
        { namespace: 's3', lastAuthenticated: 'now-2d' },
        { namespace: 'sqs', lastAuthenticated: 'now-300d' },
      ],
    },
    {
      arn: policyArn('reader'),
      createDate: 'now-400d',
      services: [
        {
          namespace: 's3',
          lastAuthenticated: 'now-1d',
          actions: [{ name: 'CreateBucket' }, { name: 'DeleteBucket' }],
        },
        { namespace: 'logs', lastAuthenticated: 'now-1d' },
      ],
    },
  ],
};

export interface ReviewFixture {
  iam: RunningLocalIam;
  gh: GitHubStandIn;
  repo: TempRepo;
  baseSha: string;
  headSha: string;
  /** The pull request's files as GitHub lists them: status and the patch (hunks from the first `@@`). */
  pullFiles(from: string, to: string): PullFile[];
  /** FILES as they are at `sha`. */
  headFiles(sha: string): Record<string, string>;
  /** Pull request `pull` on the stand-in: the files from the base to `head`, and head's contents. */
  openPull(pull: number, head: string): void;
  close(): Promise<void>;
}

/** The local IAM endpoint, the GitHub stand-in, and a repository with the base and the widening commit. */
export async function reviewFixture(
  prefix: string,
  extraBase: Record<string, string> = {},
): Promise<ReviewFixture> {
  const iam = await withLocalIam(USAGE);
  const gh = await startGitHubStandIn(REPOSITORY);
  const repo = new TempRepo(prefix);
  repo.write('.github/iam-usage-guard.yml', CONFIG);
  repo.write('.gitignore', 'iam-usage-guard.sarif\n');
  for (const [file, text] of Object.entries(extraBase)) repo.write(file, text);
  for (const [file, [base]] of Object.entries(FILES)) repo.write(file, base);
  repo.commit('base');
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  for (const [file, [, head]] of Object.entries(FILES)) repo.write(file, head);
  repo.commit('widen');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  const pullFiles = (from: string, to: string): PullFile[] =>
    repo
      .git('diff', '--name-only', from, to)
      .split('\n')
      .filter(Boolean)
      .map((filename) => {
        const diff = repo.git('diff', from, to, '--', filename);
        return {
          filename,
          status: 'modified' as const,
          patch: diff.slice(diff.indexOf('@@')).replace(/\n$/, ''),
        };
      });
  const headFiles = (sha: string) =>
    Object.fromEntries(Object.keys(FILES).map((f) => [f, repo.git('show', `${sha}:${f}`)]));
  return {
    iam,
    gh,
    repo,
    baseSha,
    headSha,
    pullFiles,
    headFiles,
    openPull(pull, head) {
      gh.setPullFiles(pull, pullFiles(baseSha, head));
      gh.setPullHead(pull, head, headFiles(head));
    },
    async close() {
      await gh.close();
      await iam.close();
      repo.remove();
    },
  };
}
