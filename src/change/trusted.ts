// The configuration and snapshot a change is judged by: read as git objects at the trusted base commit, never from
// the work tree a pull request controls, never through a symlink. An untracked file (written by the workflow) is
// the workflow's own and is read from disk, still without following a symlink.
import { existsSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILES, type Config, defaultConfig } from '../config/index.js';
import { errorMessage, UserError } from '../errors.js';
import { DAY_MS } from '../rules/usage-view.js';
import type { SnapshotFile } from '../usage/model.js';
import { mergeSnapshots, readSnapshot } from '../usage/snapshot.js';
import { isRegularFile, isSymlink } from './git.js';
import type { Revisions } from './revisions.js';

export interface TrustedText {
  /** Null: no such file where it counts. */
  text: string | null;
  /** How to name it in messages (`.github/iam-usage-guard.yml (base commit)`). */
  shown: string;
  /** What the front door should say about it (the change edits it, so the base's version counts). */
  notice: string | null;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The file's text when neither it nor any folder above it (up to `root`) is a symlink; null when missing. */
async function readWithoutSymlinks(root: string, relative: string): Promise<string | null> {
  let at = root;
  for (const part of relative.split('/')) {
    at = path.join(at, part);
    let stat: Awaited<ReturnType<typeof lstat>>;
    try {
      stat = await lstat(at);
    } catch {
      return null;
    }
    if (stat.isSymbolicLink()) {
      throw new UserError(`${relative}: ${toPosix(path.relative(root, at))} is a symlink; not followed`);
    }
  }
  return readFile(at, 'utf8');
}

/** Whether git tracks `relative` at head, or a symlink in place of one of its folders. */
async function trackedAtHead(revisions: Revisions, relative: string): Promise<boolean> {
  const index = await revisions.git!.index();
  if (index.has(relative)) return true;
  const parts = relative.split('/');
  for (let i = 1; i < parts.length; i++) if (index.has(parts.slice(0, i).join('/'))) return true;
  return false;
}

/**
 * Reads `given` (relative to `cwd`) as the trusted revision has it. `what` names it in messages (`configuration`,
 * `snapshot`). Outside git, without a trusted revision, or outside the repository: from disk as given.
 */
export async function readTrusted(
  revisions: Revisions,
  cwd: string,
  given: string,
  what: string,
): Promise<TrustedText> {
  const absolute = path.resolve(cwd, given);
  const relative = toPosix(path.relative(revisions.root, absolute));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const shown = toPosix(path.relative(cwd, absolute)) || given;
  const { git, trusted } = revisions;
  if (!git || !trusted || !inside) {
    const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new UserError(`cannot read ${what} ${given}: ${error.code ?? errorMessage(error)}`);
    });
    return { text, shown, notice: null };
  }
  const entry = (await git.tree(trusted)).get(relative);
  const at = `the base commit ${trusted.slice(0, 12)}`;
  if (isSymlink(entry)) throw new UserError(`the ${what} ${relative} is a symlink at ${at}; not followed`);
  if (isRegularFile(entry)) {
    const text = (await git.blob(entry.oid))?.toString('utf8') ?? null;
    const onDisk = await readWithoutSymlinks(revisions.root, relative).catch(() => undefined);
    const notice =
      onDisk === text
        ? null
        : `This change edits the ${what} ${relative}; using its version at ${at}, so a change cannot judge itself (the edit counts once merged).`;
    return { text, shown: `${shown} (base commit)`, notice };
  }
  if (await trackedAtHead(revisions, relative)) {
    // Only worth saying when the change does hold such a file (through a symlinked folder, perhaps).
    if (!existsSync(absolute)) return { text: null, shown, notice: null };
    return {
      text: null,
      shown,
      notice: `This change edits the ${what} ${relative} (it adds it; ${at} has none), so it is not used: a change cannot judge itself (the edit counts once merged).`,
    };
  }
  // Not in git at all: the workflow wrote it (a downloaded snapshot), so it is not the change's to steer.
  return { text: await readWithoutSymlinks(revisions.root, relative), shown, notice: null };
}

/** The configuration: `explicit`, else the first of CONFIG_FILES, as the trusted revision has it. */
export async function loadTrustedConfig(
  revisions: Revisions,
  cwd: string,
  explicit?: string | null,
): Promise<{ config: Config; file: string | null; notices: string[] }> {
  const notices: string[] = [];
  for (const candidate of explicit ? [explicit] : CONFIG_FILES.map((f) => path.join(revisions.root, f))) {
    const read = await readTrusted(revisions, cwd, candidate, 'configuration');
    if (read.notice) notices.push(read.notice);
    if (read.text !== null) {
      const { parseConfig } = await import('../config/parse.js');
      return { config: parseConfig(read.text, read.shown), file: read.shown, notices };
    }
    if (explicit && !read.notice) throw new UserError(`cannot read configuration ${explicit}: ENOENT`);
  }
  return { config: defaultConfig(), file: null, notices };
}

/** The snapshot named by `file`, as the trusted revision has it; one the change adds is refused. */
export async function loadTrustedSnapshot(
  revisions: Revisions,
  cwd: string,
  file: string,
): Promise<{ snapshot: SnapshotFile; notices: string[] }> {
  const read = await readTrusted(revisions, cwd, file, 'snapshot');
  if (read.text === null) {
    throw new UserError(
      read.notice
        ? `the snapshot ${file} does not exist at the base commit ${revisions.trusted}: ${read.notice}`
        : `cannot read snapshot ${file}: no such file (write one with 'iam-usage-guard snapshot --out ${file}')`,
    );
  }
  return { snapshot: readSnapshot(read.text, file), notices: read.notice ? [read.notice] : [] };
}

/**
 * An old snapshot makes everything look used: warn past a third of `maxAgeDays`, refuse past it (UserError).
 * Returns the warning, or null.
 */
export function snapshotAgeNotice(snapshot: SnapshotFile, now: Date, maxAgeDays: number): string | null {
  const generated = Date.parse(snapshot.generatedAt);
  if (Number.isNaN(generated)) return null;
  const days = Math.floor((now.getTime() - generated) / DAY_MS);
  if (days > maxAgeDays) {
    throw new UserError(
      `the snapshot was generated ${days} days ago (${snapshot.generatedAt.slice(0, 10)}), more than snapshotMaxAgeDays (${maxAgeDays}): it cannot show usage that stopped since, so unused grants would look used. Write a new one with 'iam-usage-guard snapshot'.`,
    );
  }
  if (days > maxAgeDays / 3) {
    return `The snapshot was generated ${days} days ago (${snapshot.generatedAt.slice(0, 10)}); past ${Math.floor(maxAgeDays / 3)} days (a third of snapshotMaxAgeDays, ${maxAgeDays}) it hides recent usage changes: refresh it with 'iam-usage-guard snapshot'. Older than ${maxAgeDays} days it is refused.`;
  }
  return null;
}

export interface TrustedInputs {
  config: Config;
  /** Where the configuration came from, for the log; null: the defaults. */
  configFile: string | null;
  snapshot: SnapshotFile | null;
  /** What the front door should say: a file the change edits or adds, a snapshot getting old. */
  notices: string[];
}

/**
 * The configuration and (when named) the snapshot a change is judged by, both as the trusted revision has them.
 * `override` applies the front door's own settings (action inputs) before the snapshot's age is judged.
 */
export async function loadTrustedInputs(
  revisions: Revisions,
  cwd: string,
  /** `snapshots`: one per account, merged (the newest report of an ARN wins). */
  files: { config?: string | null; snapshots?: string[] },
  options: { now: Date; override?: (config: Config) => Config },
): Promise<TrustedInputs> {
  const loaded = await loadTrustedConfig(revisions, cwd, files.config);
  const config = options.override ? options.override(loaded.config) : loaded.config;
  const notices = [...loaded.notices];
  const snapshotFiles = files.snapshots ?? [];
  const snapshots: SnapshotFile[] = [];
  for (const file of snapshotFiles) {
    const trusted = await loadTrustedSnapshot(revisions, cwd, file);
    snapshots.push(trusted.snapshot);
    notices.push(...trusted.notices);
    // Each on its own: a fresh snapshot merged in must not hide an old one.
    const stale = snapshotAgeNotice(
      trusted.snapshot,
      options.now,
      config.snapshotMaxAgeDays ?? config.unusedDays,
    );
    if (stale) notices.push(snapshotFiles.length > 1 ? `${file}: ${stale}` : stale);
  }
  const snapshot = snapshots.length === 0 ? null : mergeSnapshots(snapshots);
  return { config, configFile: loaded.file, snapshot, notices };
}
