// `pull_request_target` with the pull request's head checked out: the work tree is the PR's, so the configuration
// and snapshot must come from the base commit as git objects. A PR branched from an older main (which ignored s3 and
// had an old snapshot in which s3 looked used) is judged by the current main; making `.github` a symlink to a
// folder of its own changes nothing. Through the bundled action and through the CLI.
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { roleYaml } from './support.js';

const ACCOUNT = '123456789012';
const DAY = 86_400_000;
const LAX = 'ignore:\n  services: [s3]\n';
const CURRENT = 'unusedDays: 90\n';
const DISARMED =
  "rules:\n  widened-unused-service: off\n  unused-service: off\nignore:\n  entities: ['**']\n";

function snapshot(s3LastUsedDaysAgo: number): string {
  // One instant for every date: "200 days before the report" must not become 199 when the clock ticks in between.
  const now = Date.now();
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  return `${JSON.stringify({
    version: 1,
    generatedAt: iso(0),
    reports: [
      {
        Arn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
        CreateDate: iso(500),
        JobStatus: 'COMPLETED',
        JobType: 'SERVICE_LEVEL',
        JobCreationDate: iso(0),
        JobCompletionDate: iso(0),
        ServicesLastAccessed: [
          { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: iso(s3LastUsedDaysAgo) },
          { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', LastAuthenticated: iso(1) },
        ],
      },
    ],
    accessKeys: [],
    policies: [],
    resources: [],
  })}\n`;
}

interface Scenario {
  repo: TempRepo;
  baseSha: string;
  headSha: string;
}

/**
 * main at the fork point: s3 ignored, a snapshot in which s3 was used yesterday. The PR (branched there) widens s3.
 * main then moves on: the ignore is gone and the current snapshot says s3 went unused for 200 days.
 */
function olderMain(symlinkGithub: boolean): Scenario {
  const repo = new TempRepo('iug-pr-target-');
  repo.write('infra/app.yaml', roleYaml('AppRole', 'app-role', ['s3:GetObject', 'sqs:SendMessage']));
  repo.write('.github/iam-usage-guard.yml', LAX);
  repo.write('usage/snapshot.json', snapshot(1));
  repo.commit('old main');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write(
    'infra/app.yaml',
    roleYaml('AppRole', 'app-role', ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']),
  );
  if (symlinkGithub) {
    repo.git('rm', '-q', '-r', '.github');
    repo.write('pr-owned/iam-usage-guard.yml', DISARMED);
    symlinkSync('pr-owned', path.join(repo.root, '.github'));
  }
  repo.commit('widen s3');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.write('.github/iam-usage-guard.yml', CURRENT);
  repo.write('usage/snapshot.json', snapshot(200));
  repo.commit('main: no more s3 ignore; a fresh snapshot');
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  // actions/checkout with `ref: ${{ github.event.pull_request.head.sha }}`
  repo.git('checkout', '-q', headSha);
  return { repo, baseSha, headSha };
}

let gh: GitHubStandIn;
const repos: TempRepo[] = [];
beforeAll(async () => {
  gh = await startGitHubStandIn(REPOSITORY);
}, 180_000);
afterAll(async () => {
  await gh?.close();
  for (const repo of repos) repo.remove();
});

describe('pull_request_target with the PR head checked out', () => {
  it.each([
    ['a PR branched from an older main', false, 61],
    ['the same PR, with .github made a symlink to its own folder', true, 62],
  ])(
    '%s is judged by the current base configuration and snapshot',
    async (_name, symlink, pull) => {
      const { repo, baseSha, headSha } = olderMain(symlink);
      repos.push(repo);
      gh.setPullFiles(pull, [
        { filename: 'infra/app.yaml', status: 'modified' as const },
        ...(symlink ? [{ filename: '.github', status: 'added' as const }] : []),
      ]);
      const run = await runAction({
        repo,
        apiUrl: gh.url,
        event: 'pull_request_target',
        payload: pullRequestPayload(pull, baseSha, headSha),
        sha: headSha,
        inputs: { snapshot: 'usage/snapshot.json', comment: 'never' },
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs['blocked']).toBe('true');
      expect(run.annotations.filter((a) => a.properties['title'] === 'widened-unused-service')).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/adds s3:PutObject to role AppRole, .*200 days before/),
        }),
      ]);
      expect(run.stdout).toContain('Configuration: .github/iam-usage-guard.yml (base commit)');
      // The work tree's (older) files differ from the base's: said, and not used.
      expect(
        run.annotations.some(
          (a) => a.level === 'warning' && /edits the snapshot usage\/snapshot\.json/.test(a.message),
        ),
      ).toBe(true);
    },
    90_000,
  );

  it('the CLI in the same checkout, comparing with main, is judged the same way', async () => {
    const { repo } = olderMain(true);
    repos.push(repo);
    const run = await repo.run(['check', '--base', 'main', '--snapshot', 'usage/snapshot.json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/error\s+widened-unused-service\s+This change adds s3:PutObject/);
    expect(run.stderr).toMatch(
      /edits the configuration \.github\/iam-usage-guard\.yml; using its version at the base commit/,
    );
  }, 60_000);
});
