// The configuration and snapshot a change is judged by: git objects at the trusted base, never the work tree a pull
// request controls, never through a symlink; and a snapshot too old to trust.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRevisions } from '../../src/change/revisions.js';
import { loadTrustedConfig, loadTrustedSnapshot, snapshotAgeNotice } from '../../src/change/trusted.js';
import { UserError } from '../../src/errors.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { DAY, GitFixture } from './fixtures.js';

const STRICT = 'unusedDays: 30\n';
const DISARMED = 'rules:\n  widened-unused-service: off\n';
const CONFIG = '.github/iam-usage-guard.yml';

let repo: GitFixture;
afterEach(() => repo?.remove());

/** main holds `baseConfig`; the checked-out branch `pr` is whatever `change` makes of it. */
async function pullRequest(baseConfig: string | null, change: (repo: GitFixture) => void) {
  repo = new GitFixture('iug-trusted-');
  repo.write('infra/app.yaml', 'Resources: {}\n');
  if (baseConfig !== null) repo.write(CONFIG, baseConfig);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  change(repo);
  repo.commit('the pull request');
  const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'main', mergeBase: true });
  return loadTrustedConfig(revisions, repo.root);
}

describe('loadTrustedConfig', () => {
  it('a configuration the change edits is read at the base commit, and the edit is said', async () => {
    const loaded = await pullRequest(STRICT, (r) => r.write(CONFIG, DISARMED));
    expect(loaded.config.unusedDays).toBe(30);
    expect(loaded.config.rules['widened-unused-service'].severity).toBe('error');
    expect(loaded.file).toBe(`${CONFIG} (base commit)`);
    expect(loaded.notices).toEqual([
      expect.stringMatching(
        /^This change edits the configuration \.github\/iam-usage-guard\.yml; using its version at the base commit/,
      ),
    ]);
  });

  it('.github made a symlink to a folder of the change: the base configuration still counts', async () => {
    const loaded = await pullRequest(STRICT, (r) => {
      r.git('rm', '-q', '-r', '.github');
      r.write('pr-owned/iam-usage-guard.yml', DISARMED);
      symlinkSync('pr-owned', path.join(r.root, '.github'));
    });
    expect(loaded.config.unusedDays).toBe(30);
    expect(loaded.config.rules['widened-unused-service'].severity).toBe('error');
    expect(loaded.notices).toHaveLength(1);
  });

  it('no configuration at base, and the change adds one through a symlinked .github: the defaults', async () => {
    const loaded = await pullRequest(null, (r) => {
      r.write('pr-owned/iam-usage-guard.yml', DISARMED);
      symlinkSync('pr-owned', path.join(r.root, '.github'));
    });
    expect(loaded.file).toBeNull();
    expect(loaded.config.rules['widened-unused-service'].severity).toBe('error');
    expect(loaded.notices).toEqual([
      expect.stringMatching(/edits the configuration .*\(it adds it; the base commit .* has none\)/),
    ]);
  });

  it('a pull request branched from an older main is judged by the current main', async () => {
    repo = new GitFixture('iug-trusted-old-');
    repo.write(CONFIG, 'unusedDays: 90\n');
    repo.commit('old main');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('infra/app.yaml', 'Resources: {}\n');
    repo.commit('the pull request, on the old main');
    repo.git('checkout', '-q', 'main');
    repo.write(CONFIG, STRICT);
    repo.commit('main tightens the window');
    repo.git('checkout', '-q', 'pr');
    const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'main', mergeBase: true });
    const loaded = await loadTrustedConfig(revisions, repo.root);
    expect(loaded.config.unusedDays).toBe(30);
  });

  it('a symlink at the base commit is refused, not followed', async () => {
    repo = new GitFixture('iug-trusted-link-');
    repo.write('elsewhere.yml', STRICT);
    mkdirSync(path.join(repo.root, '.github'));
    symlinkSync('../elsewhere.yml', path.join(repo.root, CONFIG));
    repo.commit('linked configuration');
    const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'HEAD' });
    await expect(loadTrustedConfig(revisions, repo.root)).rejects.toThrow(
      /is a symlink at the base commit .*; not followed/,
    );
  });
});

const snapshotText = (days: number) =>
  JSON.stringify({
    version: 1,
    generatedAt: new Date(Date.now() - days * DAY).toISOString(),
    reports: [],
    accessKeys: [],
    policies: [],
    resources: [],
  });

describe('loadTrustedSnapshot', () => {
  it('a snapshot the change edits is read at base; one the workflow wrote (untracked) from disk', async () => {
    repo = new GitFixture('iug-trusted-snap-');
    repo.write('usage.json', snapshotText(1));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('usage.json', snapshotText(0));
    repo.commit('pr vouches for itself');
    repo.write('downloaded.json', snapshotText(2));
    const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'main', mergeBase: true });
    const edited = await loadTrustedSnapshot(revisions, repo.root, 'usage.json');
    expect(Date.now() - Date.parse(edited.snapshot.generatedAt)).toBeGreaterThan(DAY / 2);
    expect(edited.notices).toEqual([expect.stringMatching(/edits the snapshot usage\.json/)]);
    const untracked = await loadTrustedSnapshot(revisions, repo.root, 'downloaded.json');
    expect(untracked.notices).toEqual([]);
  });

  it('an untracked snapshot behind a symlinked folder is refused', async () => {
    repo = new GitFixture('iug-trusted-snaplink-');
    repo.write('real/usage.json', snapshotText(1));
    symlinkSync('real', path.join(repo.root, 'linked'));
    repo.git('commit', '-q', '--allow-empty', '-m', 'empty');
    const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'HEAD' });
    await expect(loadTrustedSnapshot(revisions, repo.root, 'linked/usage.json')).rejects.toThrow(
      /linked is a symlink; not followed/,
    );
  });

  it('a snapshot the change adds is refused: it does not exist at the base commit', async () => {
    repo = new GitFixture('iug-trusted-snapadd-');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('usage.json', snapshotText(0));
    repo.commit('pr adds a snapshot');
    const revisions = await resolveRevisions(repo.root, { kind: 'ref', ref: 'main', mergeBase: true });
    await expect(loadTrustedSnapshot(revisions, repo.root, 'usage.json')).rejects.toThrow(
      /the snapshot usage\.json does not exist at the base commit/,
    );
  });
});

describe('snapshotAgeNotice', () => {
  const at = (days: number): SnapshotFile => JSON.parse(snapshotText(days)) as SnapshotFile;
  it.each([
    [10, 90, null],
    [31, 90, /generated 31 days ago.*past 30 days \(a third of snapshotMaxAgeDays, 90\)/],
    [20, 45, /generated 20 days ago.*past 15 days/],
  ])('%i days old, limit %i', (days, limit, expected) => {
    const notice = snapshotAgeNotice(at(days), new Date(), limit);
    if (expected === null) expect(notice).toBeNull();
    else expect(notice).toMatch(expected);
  });

  it('refuses one older than the limit', () => {
    expect(() => snapshotAgeNotice(at(91), new Date(), 90)).toThrow(UserError);
    expect(() => snapshotAgeNotice(at(91), new Date(), 90)).toThrow(
      /generated 91 days ago .*more than snapshotMaxAgeDays \(90\)/,
    );
  });
});
