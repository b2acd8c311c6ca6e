// The change stage's git: one batch process for every blob, one listing per tree, and a check whose git processes
// do not grow with the repository (counted, not timed).
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git, isRegularFile, isSymlink } from '../../src/change/git.js';
import { listedByGit } from '../../src/change/scope.js';
import { commitSource } from '../../src/change/sources.js';
import { worktreeSource } from '../../src/iac/source.js';
import { defaultConfig, scan } from '../../src/index.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { GitFixture, roles } from './fixtures.js';

const snapshot: SnapshotFile = {
  version: 1,
  generatedAt: new Date().toISOString(),
  reports: [],
  accessKeys: [],
  policies: [],
  resources: [],
};

/** A repository of `files` templates on main, and a `change` branch that edits one of them. */
function repositoryOf(files: number): GitFixture {
  const repo = new GitFixture('iug-git-count-');
  for (let i = 0; i < files; i++)
    repo.write(`infra/stack-${i}.yaml`, roles({ [`Role${i}`]: ['s3:GetObject'] }));
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'change');
  repo.write('infra/stack-0.yaml', roles({ Role0: ['s3:GetObject', 's3:PutObject'] }));
  repo.commit('widen one');
  return repo;
}

describe('Git', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = new GitFixture('iug-git-batch-');
    for (let i = 0; i < 300; i++) repo.write(`f/${i}.txt`, `file ${i}\n${'x'.repeat(i * 37)}`);
    repo.write('empty.txt', '');
    symlinkSync('f/1.txt', path.join(repo.root, 'link.txt'));
    repo.commit('many files');
  });
  afterAll(() => repo.remove());

  it('reads 300 blobs through one batch process after one tree listing', async () => {
    const git = new Git(repo.root);
    const tree = await git.tree('HEAD');
    const texts = await Promise.all(
      Array.from({ length: 300 }, (_, i) => git.blob(tree.get(`f/${i}.txt`)!.oid)),
    );
    expect(texts.map((t) => t?.toString('utf8'))).toEqual(
      Array.from({ length: 300 }, (_, i) => `file ${i}\n${'x'.repeat(i * 37)}`),
    );
    expect((await git.blob(tree.get('empty.txt')!.oid))?.length).toBe(0);
    expect(await git.blobSize(tree.get('f/10.txt')!.oid)).toBe(`file 10\n${'x'.repeat(370)}`.length);
    expect(await git.blob('0'.repeat(40))).toBeNull();
    await git.tree('HEAD');
    expect(git.stats.spawned).toBe(2);
    git.close();
  });

  it('lists symlinks as such and a commit source never reads one', async () => {
    const git = new Git(repo.root);
    const tree = await git.tree('HEAD');
    expect(isSymlink(tree.get('link.txt'))).toBe(true);
    expect(isRegularFile(tree.get('link.txt'))).toBe(false);
    const source = commitSource(git, 'HEAD');
    expect(await source.read('link.txt')).toBeNull();
    expect(await source.list(['.'])).not.toContain('link.txt');
    git.close();
  });
});

describe('a check spawns the same few git processes whatever the repository size', () => {
  const repos: GitFixture[] = [];
  afterAll(() => {
    for (const repo of repos) repo.remove();
  });

  it('20 files and 200 files cost the same number of git processes, and few', async () => {
    const counts: number[] = [];
    for (const files of [20, 200]) {
      const repo = repositoryOf(files);
      repos.push(repo);
      const result = await scan({
        cwd: repo.root,
        paths: [],
        base: 'main',
        config: defaultConfig(),
        snapshot,
      });
      expect(result.touched).toEqual(['infra/stack-0.yaml#Role0']);
      counts.push(result.gitProcesses);
    }
    expect(counts[0]).toBe(counts[1]);
    // rev-parse (root, ref), ls-files (index), ls-tree (base, history), cat-file batch, check-ignore, dates
    expect(counts[1]).toBeLessThanOrEqual(10);
  }, 60_000);
});

describe('what git says the change is', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = new GitFixture('iug-git-change-');
    repo.write('a.yaml', 'RoleName: App-Role\n');
    repo.write('b.yaml', 'Roles: [x.y+z]\n');
    repo.write('c.yaml', 'nothing here\n');
    repo.write('.gitignore', 'cdk.out/\nnode_modules/\n');
    repo.write('vendor/node_modules/kept.json', '{}\n');
    repo.commit('base');
    repo.write('c.yaml', 'now app-role\n');
    repo.commit('second');
    repo.write('a.yaml', 'RoleName: other\n');
    repo.write('d.yaml', 'staged app-role\n');
    repo.git('add', 'd.yaml');
    repo.write('untracked.yaml', 'app-role\n');
    repo.write('cdk.out/manifest.json', '{}\n');
    repo.write('cdk.out/App.template.json', '{}\n');
    repo.write('node_modules/pkg/index.json', '{}\n');
    mkdirSync(path.join(repo.root, 'empty'));
    symlinkSync('c.yaml', path.join(repo.root, 'link.yaml'));
  });
  afterAll(() => repo.remove());

  it('changesSince: committed, staged and unstaged edits against the working tree; the index alone with --cached', async () => {
    const git = new Git(repo.root);
    const base = (await git.commitOf('HEAD~1'))!;
    const files = async (staged: boolean) => (await git.changesSince(base, staged)).map((c) => c.file).sort();
    expect(await files(false)).toEqual(['a.yaml', 'c.yaml', 'd.yaml']);
    expect(await files(true)).toEqual(['c.yaml', 'd.yaml']);
  });

  it('grep: fixed strings, case-insensitively, at a commit, in the index and in the working tree', async () => {
    const git = new Git(repo.root);
    const base = (await git.commitOf('HEAD~1'))!;
    // `x.y+z` is matched as written, not as a pattern (`xay+z` would match `x.y+z` as a regex, not the reverse).
    expect([...(await git.grep(['app-role', 'x.y+z'], { commit: base }))].sort()).toEqual([
      'a.yaml',
      'b.yaml',
    ]);
    expect([...(await git.grep(['xay+z'], { commit: base }))]).toEqual([]);
    expect([...(await git.grep(['app-role'], 'index'))].sort()).toEqual(['a.yaml', 'c.yaml', 'd.yaml']);
    expect([...(await git.grep(['app-role'], 'worktree'))].sort()).toEqual(['c.yaml', 'd.yaml']);
    expect(await git.grep([], 'worktree')).toEqual(new Set());
    // Past one alternation's worth of words, the rest are searched too.
    const many = Array.from({ length: 1_200 }, (_, i) => `word-${i}`);
    expect([...(await git.grep([...many, 'NOW APP'], 'worktree'))]).toEqual(['c.yaml']);
  });

  it('listedByGit lists what walking the working tree lists, from the index and the untracked folders', async () => {
    const git = new Git(repo.root);
    const walked = await worktreeSource(repo.root).list(['.']);
    const listed = await listedByGit(git, worktreeSource(repo.root)).list(['.']);
    expect(listed).toEqual([...walked].sort());
    expect(listed).toContain('cdk.out/App.template.json');
    expect(listed).not.toContain('node_modules/pkg/index.json');
    expect(listed).not.toContain('vendor/node_modules/kept.json');
    expect(listed).not.toContain('link.yaml');
    expect(await listedByGit(git, worktreeSource(repo.root)).list(['cdk.out'])).toEqual([
      'cdk.out/App.template.json',
      'cdk.out/manifest.json',
    ]);
    expect(await listedByGit(git, worktreeSource(repo.root)).list(['cdk.out/manifest.json'])).toEqual([
      'cdk.out/manifest.json',
    ]);
  });
});
