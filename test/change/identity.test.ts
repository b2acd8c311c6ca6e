// Identity survives moves and renames when the read is scoped to the pull request's files (as the action reads):
// the base of a policy in a new file naming an untouched role is that role, found by name with one git grep; a
// renamed file of any extension is read; the files git names as changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/change/git.js';
import { defaultConfig, scan } from '../../src/index.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { DAY, GitFixture, roles } from './fixtures.js';

const ARN = 'arn:aws:iam::123456789012:role/approle';
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
const snapshot: SnapshotFile = {
  version: 1,
  generatedAt: iso(0),
  reports: [
    {
      Arn: ARN,
      CreateDate: iso(500),
      JobStatus: 'COMPLETED',
      JobType: 'SERVICE_LEVEL',
      JobCreationDate: iso(0),
      JobCompletionDate: iso(0),
      ServicesLastAccessed: [
        { ServiceName: 'DynamoDB', ServiceNamespace: 'dynamodb', LastAuthenticated: iso(200) },
        { ServiceName: 'SQS', ServiceNamespace: 'sqs', LastAuthenticated: iso(1) },
      ],
    },
  ],
  accessKeys: [],
  policies: [],
  resources: [],
};

const EXTRA = `Resources:
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [AppRole]
      PolicyDocument:
        Statement:
          - { Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }
`;

function pullRequest(change: (repo: GitFixture) => void): GitFixture {
  const repo = new GitFixture('iug-identity-');
  repo.write('infra/app.yaml', roles({ AppRole: ['dynamodb:GetItem', 'sqs:SendMessage'] }));
  for (let i = 0; i < 5; i++) repo.write(`infra/other-${i}.yaml`, roles({ [`Other${i}`]: ['s3:GetObject'] }));
  repo.commit('base', new Date(Date.now() - 300 * DAY));
  repo.git('checkout', '-q', '-b', 'pr');
  change(repo);
  repo.commit('pull request');
  return repo;
}

const repos: GitFixture[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

function scoped(repo: GitFixture, onlyFiles: string[]) {
  repos.push(repo);
  return scan({
    cwd: repo.root,
    paths: [],
    base: 'main',
    mergeBase: true,
    onlyFiles,
    config: defaultConfig(),
    snapshot,
    failOn: 'error',
  });
}

describe('a scoped read (the pull request files only)', () => {
  it('a new file with a policy naming an untouched role (in another case) widens that role', async () => {
    const repo = pullRequest((r) => r.write('infra/extra.yaml', EXTRA.replace('[AppRole]', '[APPROLE]')));
    const result = await scoped(repo, ['infra/extra.yaml']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'widened-unused-service',
        service: 'dynamodb',
        action: 'dynamodb:PutItem',
        file: 'infra/extra.yaml',
        line: 9,
      }),
    ]);
    // The policy joins the role it names: the role's untouched file is found by the name and read at both refs.
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.entity.id)).toEqual([
      'AppRole',
    ]);
    expect(result.baseSources['infra/app.yaml#AppRole']).toBe('git');
    expect(result.read.related).toEqual([{ file: 'infra/app.yaml', names: ['approle'] }]);
    expect(result.files).toEqual(['infra/app.yaml', 'infra/extra.yaml']);
    expect(result.gitProcesses).toBeLessThanOrEqual(12);
  });

  it('a template renamed to .txt and widened is read from the list and judged against its old self', async () => {
    const repo = pullRequest((r) => {
      r.git('mv', 'infra/app.yaml', 'infra/app.txt');
      r.write(
        'infra/app.txt',
        roles({ AppRole: ['dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage'] }),
      );
    });
    const result = await scoped(repo, ['infra/app.txt', 'infra/app.yaml']);
    expect(result.findings.map((f) => `${f.rule} ${f.file} ${f.service}`)).toContain(
      'widened-unused-service infra/app.txt dynamodb',
    );
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'infra/app.txt',
        message: expect.stringMatching(/outside files\.include/),
      }),
    );
  });

  it('a role with a new logical id and the same name, with nothing else touched: no finding beyond the widening', async () => {
    const repo = pullRequest((r) =>
      r.write(
        'infra/app.yaml',
        roles({ AppRoleV2: ['dynamodb:GetItem', 'sqs:SendMessage'] }).replace(
          'RoleName: approlev2',
          'RoleName: approle',
        ),
      ),
    );
    const result = await scoped(repo, ['infra/app.yaml']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.baseSources['infra/app.yaml#AppRoleV2']).toBe('git');
    expect(result.summary.blocked).toBe(false);
  });
});

describe('Git: what changed, and which files name something', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = new GitFixture('iug-identity-git-');
    repo.write('a.yaml', 'RoleName: App-Role\n');
    repo.write('b/c.yaml', 'nothing here\n');
    repo.write('d.txt', 'app-role\n');
    repo.commit('base');
    repo.write('a.yaml', 'RoleName: other\n');
    repo.write('new.txt', 'untracked\n');
    repo.git('rm', '-q', 'd.txt');
    repo.git('mv', 'b/c.yaml', 'b/moved.yaml');
  });
  afterAll(() => repo.remove());

  it('changesSince lists edits, deletions and renames against a commit, not untracked files', async () => {
    const git = new Git(repo.root);
    expect(await git.changesSince('HEAD', false)).toEqual([
      { file: 'a.yaml', status: 'modified' },
      { file: 'b/moved.yaml', status: 'renamed', from: 'b/c.yaml' },
      { file: 'd.txt', status: 'deleted' },
    ]);
    expect(await git.changesSince('HEAD', true)).toEqual([
      { file: 'b/moved.yaml', status: 'renamed', from: 'b/c.yaml' },
      { file: 'd.txt', status: 'deleted' },
    ]);
  });

  it('filesContaining finds a name in any case, within the paths, in one process', async () => {
    const git = new Git(repo.root);
    expect((await git.filesContaining('HEAD', ['APP-ROLE'], ['.'])).sort()).toEqual(['a.yaml', 'd.txt']);
    expect(await git.filesContaining('HEAD', ['app-role'], ['b'])).toEqual([]);
    expect(await git.filesContaining('HEAD', ['no-such-name'], [])).toEqual([]);
    expect(git.stats.spawned).toBe(3);
    expect(await git.filesContaining('HEAD', ['nothing here'], ['b'])).toEqual(['b/c.yaml']);
  });
});
