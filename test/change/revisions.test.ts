// Which commits a change is judged between, and the history window: over small git fixtures.
import { afterEach, describe, expect, it } from 'vitest';
import { Git } from '../../src/change/git.js';
import { firstParentBefore, resolveRevisions } from '../../src/change/revisions.js';
import { DAY, GitFixture } from './fixtures.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let repo: GitFixture;
afterEach(() => repo?.remove());

describe('resolveRevisions', () => {
  it('auto: compares with the merge base, trusts the default branch tip', async () => {
    repo = new GitFixture();
    repo.write('a.txt', '1');
    const fork = repo.commit('fork point', ago(10));
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('b.txt', 'feature');
    repo.commit('feature work', ago(5));
    repo.git('checkout', '-q', 'main');
    repo.write('a.txt', '2');
    const tip = repo.commit('main moved on', ago(3));
    repo.git('checkout', '-q', 'feature');
    const revisions = await resolveRevisions(repo.root, { kind: 'auto' });
    expect(revisions).toMatchObject({ compare: fork, trusted: tip });
  });

  it('a ref with mergeBase (a pull request head checked out) compares with its fork point, trusts the ref', async () => {
    repo = new GitFixture();
    const fork = repo.commit('fork point', ago(10));
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature', ago(5));
    repo.git('checkout', '-q', 'main');
    const tip = repo.commit('main moved on', ago(3));
    repo.git('checkout', '-q', 'feature');
    expect(await resolveRevisions(repo.root, { kind: 'ref', ref: tip, mergeBase: true })).toMatchObject({
      compare: fork,
      trusted: tip,
    });
    // the CLI's --base REF compares with the ref itself
    expect(await resolveRevisions(repo.root, { kind: 'ref', ref: 'main' })).toMatchObject({
      compare: tip,
      trusted: tip,
    });
  });

  it('a push trusts its own head; a ref that does not resolve is a usage error with the fix', async () => {
    repo = new GitFixture();
    const before = repo.commit('before', ago(2));
    const after = repo.commit('after', ago(1));
    expect(await resolveRevisions(repo.root, { kind: 'ref', ref: before }, { trust: 'head' })).toMatchObject({
      compare: before,
      trusted: after,
    });
    await expect(resolveRevisions(repo.root, { kind: 'ref', ref: 'nope' })).rejects.toThrow(
      /--base nope: no such commit, branch or tag \(fetch it first/,
    );
    await expect(resolveRevisions(repo.root, { kind: 'ref', ref: '--output=x' })).rejects.toThrow(
      /not a usable git ref/,
    );
  });
});

describe('firstParentBefore: the history window follows the base branch only', () => {
  it('an old commit on a side branch merged later is not what the base branch held then', async () => {
    repo = new GitFixture();
    repo.write('app.yaml', 'no s3');
    const start = repo.commit('start', ago(400));
    repo.write('app.yaml', 's3');
    const mainline = repo.commit('grant s3', ago(300));
    // A side branch cut before s3 was granted, with a commit dated inside the window's past, merged recently.
    repo.git('checkout', '-q', '-b', 'side', start);
    repo.write('other.txt', 'side');
    const side = repo.commit('side work', ago(95));
    repo.git('checkout', '-q', 'main');
    const merge = repo.merge('side', ago(10));
    const git = new Git(repo.root);
    const then = await firstParentBefore(git, merge, ago(90));
    expect(then?.commit).toBe(mainline);
    // What `rev-list --before` without --first-parent picks: the side branch's commit (the bug).
    expect(repo.git('rev-list', '-1', `--before=${ago(90).toISOString()}`, merge)).toBe(side);
    git.close();
  });

  it('is null when the base branch has no commit that old (a young repository, a shallow clone)', async () => {
    repo = new GitFixture();
    const only = repo.commit('young', ago(5));
    expect(await firstParentBefore(new Git(repo.root), only, ago(90))).toBeNull();
  });
});
