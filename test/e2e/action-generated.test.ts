// The bundled action on pull requests of CDK and Terraform teams: the IaC the workflow synthesized or planned is read
// although it is in no diff (cdk.out gitignored, the PR's file list holding only the app's .ts), and compared with
// the deployed state (GetTemplate on the local endpoint, a plan's prior state), or a base artifact.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import {
  CDK_ACCOUNT,
  CDK_REGION,
  CDK_STACK,
  lineOf,
  roleLogicalId,
  stackTemplate,
  synth,
  writeCdkApp,
} from '../support/cdk-app.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';
import { rolePlan } from '../support/terraform-plan.js';

const ROLE = 'OrdersStack-HandlerRole-1Q2W3E4R5T6Y';
const TEMPLATE = `cdk.out/${CDK_STACK}.template.json`;

let gh: GitHubStandIn;
let repo: TempRepo;
let outside: string;
let baseArtifact: string;
let baseTemplate: string;
let headTemplate: string;
let logicalId: string;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  gh = await startGitHubStandIn(REPOSITORY);
  repo = new TempRepo('iug-action-cdk-');
  writeCdkApp(repo, ['dynamodb:GetItem', 'sqs:SendMessage']);
  repo.commit('base: the deployed app');
  baseSha = repo.git('rev-parse', 'HEAD').trim();
  outside = mkdtempSync(path.join(tmpdir(), 'iug-action-cdk-base-'));
  // The docs' recipe: `cdk synth -o "$RUNNER_TEMP/cdk.out.base"` in a worktree of the base commit.
  baseArtifact = path.join(outside, 'cdk.out.base');
  baseTemplate = stackTemplate(synth(repo, baseArtifact)).text;
  logicalId = roleLogicalId(JSON.parse(baseTemplate));
  repo.git('checkout', '-q', '-b', 'feature');
  writeCdkApp(repo, ['dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage']);
  repo.commit('the handler may now write orders');
  headSha = repo.git('rev-parse', 'HEAD').trim();
  // The workflow's `npx cdk synth` step: cdk.out is gitignored, so it is in no diff.
  headTemplate = stackTemplate(synth(repo)).text;
  gh.setPullFiles(41, [{ filename: 'bin/app.ts', status: 'modified' }]);
}, 180_000);

afterAll(async () => {
  await gh?.close();
  repo?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

function deployedRole(): Record<string, unknown> {
  return {
    arn: `arn:aws:iam::${CDK_ACCOUNT}:role/${ROLE}`,
    createDate: 'now-400d',
    services: [
      { namespace: 'dynamodb', lastAuthenticated: 'now-200d' },
      { namespace: 'sqs', lastAuthenticated: 'now-1d' },
    ],
  };
}

function awsEnv(iam: RunningLocalIam): Record<string, string> {
  return { ...iam.env, AWS_EC2_METADATA_DISABLED: 'true', IAM_USAGE_GUARD_CACHE_DIR: 'off' };
}

async function runPull(iam: RunningLocalIam, inputs: Record<string, string> = {}, pull = 41) {
  return runAction({
    repo,
    apiUrl: gh.url,
    event: 'pull_request',
    payload: pullRequestPayload(pull, baseSha, headSha),
    sha: headSha,
    env: awsEnv(iam),
    inputs: { comment: 'never', ...inputs },
  });
}

const findingsOf = (run: Awaited<ReturnType<typeof runPull>>) =>
  run.annotations
    .filter((a) => a.properties['title'] && a.properties['title'] !== 'iam-usage-guard')
    .map((a) => `${a.level} ${a.properties['title']} ${a.properties['file']}:${a.properties['line']}`);

describe('a CDK pull request whose cdk.out is synthesized in the workflow', () => {
  it('the deployed template (GetTemplate) is the base: one widened-unused-service error at the granting line', async () => {
    const iam = await withLocalIam({
      account: CDK_ACCOUNT,
      entities: [deployedRole()],
      stacks: { [CDK_STACK]: { [logicalId]: ROLE } },
      templates: { [CDK_STACK]: { original: baseTemplate, region: CDK_REGION } },
    });
    try {
      const run = await runPull(iam, { comment: 'on-findings' }, 41);
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs['blocked']).toBe('true');
      expect(findingsOf(run)).toEqual([
        `error widened-unused-service ${TEMPLATE}:${lineOf(headTemplate, '"dynamodb:PutItem"')}`,
      ]);
      expect(run.stdout).toContain('The change touches 1 file (from the pull request files API).');
      expect(run.stdout).toContain('Read cdk.out (synthesized in this run, not in git).');
      expect(run.stdout).toMatch(
        new RegExp(
          `${TEMPLATE}: compared with the deployed stack ${CDK_STACK} \\(aws://${CDK_ACCOUNT}/${CDK_REGION}\\)`,
        ),
      );
      const comments = gh.comments(41);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('widened-unused-service');
      expect(comments[0]!.body).toContain('read `cdk.out` (synthesized in this run, not in git)');
      expect(comments[0]!.body).toMatch(
        new RegExp(`- \`${TEMPLATE.replace(/\./g, '\\.')}\`: the deployed stack ${CDK_STACK} `),
      );
      expect(iam.server.calls.filter((c) => c.op === 'GetTemplate').map((c) => c.status)).toEqual([200]);
    } finally {
      await iam.close();
    }
  });

  it('no deployed stack: the role is genuinely new, so new-service notices only, not blocked', async () => {
    const iam = await withLocalIam({ account: CDK_ACCOUNT, entities: [] });
    try {
      const run = await runPull(iam);
      expect(run.code, run.stdout).toBe(0);
      const line = (needle: string) => lineOf(headTemplate, needle);
      expect(findingsOf(run).sort()).toEqual(
        [
          `notice new-service ${TEMPLATE}:${line('"dynamodb:GetItem"')}`,
          `notice new-service ${TEMPLATE}:${line('"sqs:SendMessage"')}`,
        ].sort(),
      );
    } finally {
      await iam.close();
    }
  });

  it('a base artifact stands in when GetTemplate is denied; the denial is said, not taken for "new"', async () => {
    const iam = await withLocalIam({
      account: CDK_ACCOUNT,
      entities: [deployedRole()],
      stacks: { [CDK_STACK]: { [logicalId]: ROLE } },
      templates: { [CDK_STACK]: { original: baseTemplate, region: CDK_REGION } },
      faults: { deniedCalls: [{ operation: 'GetTemplate' }] },
    });
    try {
      const run = await runPull(iam, { 'base-paths': baseArtifact });
      expect(run.code, run.stdout).toBe(1);
      expect(findingsOf(run)).toEqual([
        `error widened-unused-service ${TEMPLATE}:${lineOf(headTemplate, '"dynamodb:PutItem"')}`,
      ]);
      expect(
        run.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /deployed template of stack OrdersStack could not be had.*AccessDenied/.test(a.message),
        ),
      ).toBe(true);
      expect(run.stdout).toContain(`${TEMPLATE}: compared with the base artifact ${baseArtifact}`);
    } finally {
      await iam.close();
    }
  });

  it('GetTemplate denied and no other base: blocked with the reason (fail closed), never "new"', async () => {
    const iam = await withLocalIam({
      account: CDK_ACCOUNT,
      entities: [deployedRole()],
      stacks: { [CDK_STACK]: { [logicalId]: ROLE } },
      faults: { deniedCalls: [{ operation: 'GetTemplate' }] },
    });
    try {
      const run = await runPull(iam);
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs['blocked']).toBe('true');
      expect(findingsOf(run).filter((f) => f.includes('new-service'))).toEqual([]);
      expect(
        run.annotations.some(
          (a) =>
            a.level === 'error' &&
            a.properties['file'] === TEMPLATE &&
            /could not be had .*cannot be judged.*cloudformation:GetTemplate/.test(a.message),
        ),
      ).toBe(true);
    } finally {
      await iam.close();
    }
  });
});

describe('a Terraform pull request whose plan JSON is written in the workflow', () => {
  it('an untracked plan named in paths is judged against its prior state, and blocks', async () => {
    const tf = new TempRepo('iug-action-tf-');
    const iam = await withLocalIam({
      account: CDK_ACCOUNT,
      entities: [
        {
          arn: `arn:aws:iam::${CDK_ACCOUNT}:role/app`,
          createDate: 'now-500d',
          services: [{ namespace: 's3', lastAuthenticated: 'now-200d' }],
        },
      ],
    });
    try {
      tf.write('main.tf', 'resource "aws_iam_role" "app" {}\n');
      tf.commit('base');
      const base = tf.git('rev-parse', 'HEAD').trim();
      tf.git('checkout', '-q', '-b', 'feature');
      tf.write('main.tf', 'resource "aws_iam_role" "app" { # s3:PutObject too\n}\n');
      tf.commit('widen');
      const head = tf.git('rev-parse', 'HEAD').trim();
      // `terraform show -json tfplan > plan.json`: untracked, in no diff.
      tf.write(
        'plan.json',
        rolePlan({
          name: 'app',
          arn: `arn:aws:iam::${CDK_ACCOUNT}:role/app`,
          before: ['s3:GetObject'],
          after: ['s3:GetObject', 's3:PutObject'],
        }),
      );
      gh.setPullFiles(42, [{ filename: 'main.tf', status: 'modified' }]);
      const run = await runAction({
        repo: tf,
        apiUrl: gh.url,
        event: 'pull_request',
        payload: pullRequestPayload(42, base, head),
        sha: head,
        env: awsEnv(iam),
        inputs: { paths: 'plan.json', comment: 'never' },
      });
      expect(run.code, run.stdout).toBe(1);
      expect(findingsOf(run).filter((f) => f.startsWith('error'))).toEqual([
        expect.stringMatching(/^error widened-unused-service plan\.json:\d+$/),
      ]);
      expect(run.stdout).toContain('Read plan.json (produced in this run, not in git).');
      expect(run.stdout).toContain("plan.json: compared with the plan's prior state");
    } finally {
      await iam.close();
      tf.remove();
    }
  });
});

describe('paths that point nowhere', () => {
  it('a paths input that does not exist fails the step with the reason', async () => {
    const iam = await withLocalIam({ account: CDK_ACCOUNT, entities: [] });
    try {
      const run = await runPull(iam, { paths: 'infra/missing' });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::error::iam-usage-guard: no such file or folder: infra\/missing$/m);
    } finally {
      await iam.close();
    }
  });

  it('a paths input that yields no entity is a warning in the summary, not "All clear"', async () => {
    const iam = await withLocalIam({ account: CDK_ACCOUNT, entities: [] });
    try {
      const run = await runPull(iam, { paths: 'bin' });
      expect(run.code).toBe(0);
      expect(run.summary).not.toContain('All clear');
      expect(run.summary).toContain('Nothing checked');
      expect(run.summary).toMatch(/No IAM entity was read under the paths input \\\(bin\\\)/);
      expect(
        run.annotations.some((a) => a.level === 'warning' && /No IAM entity was read/.test(a.message)),
      ).toBe(true);
    } finally {
      await iam.close();
    }
  });
});
