// The repository, local IAM endpoint and GitHub stand-in the bundled-action tests share: a role whose s3 grant was
// last used 200 days ago, widened at `headSha` (with a hostile logical id, role name and action string beside it)
// and narrowed again at `fixedSha`. Each test file starts its own, so the files run in parallel.
import { loadScenario } from '../../src/local-iam/scenario.js';
import { REPOSITORY } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';

const ACCOUNT = '123456789012';
export const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYe2e';

export function roleTemplate(logicalId: string, roleName: string, actions: string[]): string {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    `  ${JSON.stringify(logicalId)}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: ${JSON.stringify(roleName)}`,
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
    '              - Effect: Allow',
    '                Action:',
    ...actions.map((a) => `                  - ${JSON.stringify(a)}`),
    "                Resource: '*'",
    '',
  ].join('\n');
}

const BASE_ACTIONS = ['s3:GetObject', 'sqs:SendMessage'];
const WIDENED_ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'dynamodb:GetItem'];
const HOSTILE_ID = 'Evil<img src=x onerror=alert(1)>';
const HOSTILE_NAME = '[click](https://evil.example)@octocat';
const HOSTILE_ACTION = 's3:Get<!-- iam-usage-guard -->@octocat';

export interface ActionFixture {
  iam: RunningLocalIam;
  gh: GitHubStandIn;
  repo: TempRepo;
  baseSha: string;
  headSha: string;
  fixedSha: string;
  /** AWS settings of the step: the local endpoint and access keys (the secret must never be printed). */
  awsEnv(): Record<string, string>;
  checkout(sha: string): void;
  close(): Promise<void>;
}

export async function actionFixture(): Promise<ActionFixture> {
  const iam = await withLocalIam(
    loadScenario(
      JSON.stringify({
        account: ACCOUNT,
        entities: [
          {
            arn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
            createDate: 'now-400d',
            services: [
              { namespace: 's3', lastAuthenticated: 'now-200d' },
              { namespace: 'sqs', lastAuthenticated: 'now-1d' },
            ],
          },
        ],
      }),
      'scenario.json',
    ),
  );
  const gh = await startGitHubStandIn(REPOSITORY);
  const repo = new TempRepo('iug-action-e2e-');
  repo.write('README.md', '# app\n');
  repo.write('infra/app.yaml', roleTemplate('AppRole', 'app-role', BASE_ACTIONS));
  repo.commit('base');
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.write('infra/app.yaml', roleTemplate('AppRole', 'app-role', WIDENED_ACTIONS));
  repo.write('infra/hostile.yaml', roleTemplate(HOSTILE_ID, HOSTILE_NAME, ['s3:GetObject', HOSTILE_ACTION]));
  repo.commit('widen');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  repo.write('infra/app.yaml', roleTemplate('AppRole', 'app-role', BASE_ACTIONS));
  repo.git('rm', '-q', 'infra/hostile.yaml');
  repo.commit('narrow again');
  const fixedSha = repo.git('rev-parse', 'HEAD').trim();
  gh.setPullFiles(7, [
    { filename: 'infra/app.yaml', status: 'modified' },
    { filename: 'infra/hostile.yaml', status: 'added' },
  ]);
  return {
    iam,
    gh,
    repo,
    baseSha,
    headSha,
    fixedSha,
    awsEnv: () => ({
      ...iam.env,
      AWS_ACCESS_KEY_ID: 'AKIAE2ETESTKEY000001',
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
    }),
    checkout: (sha) => repo.git('checkout', '-q', '--detach', sha),
    async close() {
      await gh.close();
      await iam.close();
      repo.remove();
    },
  };
}
