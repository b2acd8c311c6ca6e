// The bundled action with a shallow checkout (base fetched by SHA), a snapshot the PR tries to edit, and GitHub
// rate limits on the first request.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';

const ACCOUNT = '123456789012';
const DAY = 86_400_000;

function template(actions: string[], logicalId = 'AppRole', roleName = 'app-role', header = true): string {
  return [
    ...(header ? ['Resources:'] : []),
    `  ${logicalId}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: ${roleName}`,
    '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }',
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    '                Action:',
    ...actions.map((a) => `                  - ${a}`),
    "                Resource: '*'",
    '',
  ].join('\n');
}

function snapshot(s3LastUsedDaysAgo: number, roles = ['app-role']): string {
  const now = Date.now();
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  return `${JSON.stringify(
    {
      version: 1,
      generatedAt: iso(0),
      reports: roles.map((role) => ({
        Arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
        CreateDate: iso(500),
        JobStatus: 'COMPLETED',
        JobType: 'SERVICE_LEVEL',
        JobCreationDate: iso(0),
        JobCompletionDate: iso(0),
        ServicesLastAccessed: [
          { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: iso(s3LastUsedDaysAgo) },
          { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', LastAuthenticated: iso(1) },
        ],
      })),
      accessKeys: [],
      policies: [],
      resources: [],
    },
    null,
    2,
  )}\n`;
}

let gh: GitHubStandIn;
let origin: TempRepo;
let shallow: TempRepo;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  gh = await startGitHubStandIn(REPOSITORY);
  origin = new TempRepo('iug-action-origin-');
  origin.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage']));
  origin.write('usage/snapshot.json', snapshot(200));
  origin.commit('base');
  baseSha = origin.git('rev-parse', 'HEAD').trim();
  origin.git('checkout', '-q', '-b', 'feature');
  origin.write('infra/app.yaml', template(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']));
  // The PR also claims s3 was used yesterday: the action must not believe it.
  origin.write('usage/snapshot.json', snapshot(1));
  origin.commit('widen and vouch for it');
  headSha = origin.git('rev-parse', 'HEAD').trim();
  // GitHub serves any reachable SHA; a plain git server needs this to fetch by SHA.
  origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');

  // What actions/checkout does by default: one commit, no history.
  shallow = new TempRepo('iug-action-shallow-');
  rmSync(shallow.root, { recursive: true, force: true });
  execFileSync(
    'git',
    ['clone', '-q', '--depth=1', '--no-local', '--branch', 'feature', `file://${origin.root}`, shallow.root],
    { env: shallow.env() },
  );
  gh.setPullFiles(21, [
    { filename: 'infra/app.yaml', status: 'modified' },
    { filename: 'usage/snapshot.json', status: 'modified' },
  ]);
}, 180_000);

afterAll(async () => {
  await gh?.close();
  origin?.remove();
  shallow?.remove();
});

describe('history and faults', () => {
  it('fetches the missing base commit and reads a snapshot the PR edits at the base commit', async () => {
    expect(() => shallow.git('cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const run = await runAction({
      repo: shallow,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(21, baseSha, headSha),
      sha: headSha,
      inputs: { snapshot: 'usage/snapshot.json' },
    });
    expect(run.stdout).toContain(`Fetched the base commit ${baseSha}.`);
    expect(
      run.annotations.some(
        (a) => a.level === 'warning' && /edits the snapshot usage\/snapshot\.json/.test(a.message),
      ),
    ).toBe(true);
    // the base snapshot says s3 went unused for 200 days: the widening blocks
    expect(run.code, run.stdout).toBe(1);
    expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
    expect(run.summary).not.toContain('Usage data unavailable');
  });

  it('retries a secondary rate limit on the first request after retry-after', async () => {
    gh.fail({ kind: 'secondary-rate-limit', path: /\/pulls\/21\/files$/, retryAfter: 1 });
    const run = await runAction({
      repo: shallow,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(21, baseSha, headSha),
      sha: headSha,
      inputs: { snapshot: 'usage/snapshot.json', comment: 'never' },
    });
    const files = gh.requests.filter((r) => r.path.endsWith('/pulls/21/files')).slice(-2);
    expect(files.map((r) => r.status)).toEqual([403, 200]);
    expect(files[1]!.at - files[0]!.at).toBeGreaterThanOrEqual(900);
    expect(run.stdout).toMatch(/secondary rate limit .* retrying after 1s/);
    expect(run.stdout).toContain('(from the pull request files API)');
    expect(run.code).toBe(1);
  });

  it('a base commit that cannot be had fails with the fix', async () => {
    const missing = 'f'.repeat(40);
    const run = await runAction({
      repo: shallow,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(21, missing, headSha),
      sha: headSha,
      inputs: { snapshot: 'usage/snapshot.json', comment: 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error::iam-usage-guard: the base commit ${missing} is not available .*fetch-depth: 0`,
        'm',
      ),
    );
  });

  it('more findings than GitHub will annotate: the rest are counted in the summary and comment', async () => {
    const many = new TempRepo('iug-action-many-');
    try {
      const roles = Array.from({ length: 13 }, (_, i) => `role-${i}`);
      const templateOf = (actions: string[]) =>
        ['Resources:', ...roles.map((r, i) => template(actions, `Role${i}`, r, false))].join('\n');
      many.write('usage.json', snapshot(200, roles));
      many.write('infra/roles.yaml', templateOf(['s3:GetObject', 'sqs:SendMessage']));
      many.commit('base');
      const base = many.git('rev-parse', 'HEAD').trim();
      many.write('infra/roles.yaml', templateOf(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']));
      many.commit('widen all');
      const head = many.git('rev-parse', 'HEAD').trim();
      gh.setPullFiles(22, [{ filename: 'infra/roles.yaml', status: 'modified' }]);
      const run = await runAction({
        repo: many,
        apiUrl: gh.url,
        event: 'pull_request',
        payload: pullRequestPayload(22, base, head),
        sha: head,
        inputs: { snapshot: 'usage.json' },
      });
      expect(run.code).toBe(1);
      const widened = run.annotations.filter((a) => a.properties['title'] === 'widened-unused-service');
      const errors = run.annotations.filter((a) => a.level === 'error');
      // nine findings + the step's own failure line = GitHub's ten
      expect(widened).toHaveLength(9);
      expect(errors).toHaveLength(10);
      const findings = Number(run.outputs['findings']);
      expect(findings).toBeGreaterThanOrEqual(13);
      const unannotated =
        findings - run.annotations.filter((a) => a.properties['title'] && a.properties['file']).length;
      expect(unannotated).toBeGreaterThan(0);
      const line = `${unannotated} findings are not annotated in the diff`;
      expect(run.summary).toContain(line);
      expect(gh.comments(22)[0]!.body).toContain(line);
      // every finding is still in the comment
      expect(gh.comments(22)[0]!.body.match(/^- ❌ \[widened-unused-service\]/gm)).toHaveLength(13);
    } finally {
      many.remove();
    }
  });
});
