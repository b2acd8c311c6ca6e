// A representative subset of the red team as the runner runs it: the bundled CLI (`node dist/cli.js check --base
// main`) and the bundled action (`node dist/index.js`), whose reads are scoped to the pull request's files as
// GitHub lists them, under `pull_request` and under `pull_request_target` with the PR head checked out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { runBundledCli } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { type BypassCase, CASES } from './cases.js';
import { buildCase, removeSuiteFolder } from './support.js';

/** One case per class the scoped read could lose: identity, any extension, vanish, committed plan, suppression. */
const SUBSET: [string, BypassCase['blockedBy']][] = [
  ['a new file with AWS::IAM::Policy naming App-Role', 'widened-unused-service'],
  ['logical id renamed AppRole → AppRoleV2, same RoleName, widened', 'widened-unused-service'],
  ['the widened role moved to a new file, the old file kept', 'widened-unused-service'],
  ['renamed to app.txt, widened', 'widened-unused-service'],
  ['moved under coverage/, widened', 'widened-unused-service'],
  ['a new extra.txt with AWS::IAM::Policy naming app-role', 'widened-unused-service'],
  ['app.yaml becomes a symlink to a path outside the repository', 'unjudged'],
  ['app.yaml becomes binary (a NUL byte first)', 'unjudged'],
  ['the mapped policy file gains a Principal (skipped as a resource policy)', 'unjudged'],
  ['the role moved into a nested stack read from S3', 'unjudged'],
  ['a committed plan whose before is forged to match', 'widened-unused-service'],
  ['a plan first committed in the PR, its before forged', 'unjudged'],
  ['a new file adds app-user (by name) to a new group with dynamodb:PutItem', 'widened-unused-service'],
  [
    'a harmless new policy whose Metadata suppresses widened-unused-service, beside the inline widening',
    'widened-unused-service',
  ],
  ['the PR config turns the rule off', 'widened-unused-service'],
];

function caseNamed(name: string): BypassCase {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
}

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn(REPOSITORY);
});
afterAll(async () => {
  await gh?.close();
  removeSuiteFolder();
});

describe.concurrent('the bundled CLI blocks them', () => {
  it.each(SUBSET)('%s', async (name, rule) => {
    const repo = buildCase(caseNamed(name).setup);
    const run = await runBundledCli(
      ['check', '--base', 'main', '--snapshot', 'usage/snapshot.json', '--format', 'json'],
      { cwd: repo.root, env: repo.env() },
    );
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; severity: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain(rule);
  });
});

describe.concurrent('the bundled action blocks them, reading only the pull request files', () => {
  it.each(
    SUBSET.flatMap(([name, rule], i) => [
      ['pull_request', name, rule, 500 + i] as const,
      ['pull_request_target', name, rule, 600 + i] as const,
    ]),
  )('%s: %s', async (event, name, rule, pull) => {
    const repo = buildCase(caseNamed(name).setup);
    const baseSha = repo.git(['rev-parse', 'main']).trim();
    const headSha = repo.git(['rev-parse', 'HEAD']).trim();
    gh.setPullFiles(pull, repo.pullFiles());
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event,
      payload: pullRequestPayload(pull, baseSha, headSha),
      sha: headSha,
      inputs: { snapshot: 'usage/snapshot.json', comment: 'never' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs['blocked']).toBe('true');
    expect(
      run.annotations.filter((a) => a.level === 'error').map((a) => a.properties['title']),
      run.stdout,
    ).toContain(rule);
  });
});
