// Where file text comes from: the working tree, a git ref, or the git index. Paths are repository-relative, with
// forward slashes.
import { execFile } from 'node:child_process';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

export interface FileSource {
  /** Where the text comes from, for messages: `working tree`, `git ref main`, `git index`. */
  label: string;
  /** Every file at or under the given paths (files or folders; `.` is everything). */
  list(paths: string[]): Promise<string[]>;
  /** The file's text, or null when it does not exist (or is not a regular file). */
  read(file: string): Promise<string | null>;
  /** The file's size in bytes when cheap to know, so large files are skipped before being read. */
  size?(file: string): Promise<number | null>;
}

/** Folders never walked into when listing a folder (a path given explicitly is still listed). */
const PRUNED_FOLDERS = new Set(['.git', 'node_modules']);

function normalize(relative: string): string {
  const clean = path.posix
    .normalize(relative.replaceAll('\\', '/'))
    .replace(/^\.\/?/, '')
    .replace(/\/$/, '');
  return clean === '.' ? '' : clean;
}

function isInside(relative: string): boolean {
  return relative !== '..' && !relative.startsWith('../') && !path.posix.isAbsolute(relative);
}

/** The working tree under `root`; never follows a symlink, so nothing outside `root` is read. */
export function worktreeSource(root: string): FileSource {
  const absoluteRoot = path.resolve(root);
  let realRoot: Promise<string> | undefined;
  const toRelative = (given: string): string | null => {
    const absolute = path.resolve(absoluteRoot, given);
    const relative = path.relative(absoluteRoot, absolute).split(path.sep).join('/');
    return isInside(relative) ? normalize(relative) : null;
  };
  const walk = async (relative: string, out: string[], explicit: boolean): Promise<void> => {
    const absolute = path.join(absoluteRoot, relative);
    let stat: Awaited<ReturnType<typeof lstat>>;
    try {
      stat = await lstat(absolute);
    } catch {
      return;
    }
    if (stat.isSymbolicLink()) return;
    if (stat.isFile()) {
      out.push(relative);
      return;
    }
    if (!stat.isDirectory()) return;
    if (!explicit && PRUNED_FOLDERS.has(path.posix.basename(relative))) return;
    let names: string[];
    try {
      names = (await readdir(absolute)).sort();
    } catch {
      return;
    }
    for (const name of names) await walk(relative === '' ? name : `${relative}/${name}`, out, false);
  };
  const resolveFile = async (file: string): Promise<string | null> => {
    const relative = toRelative(file);
    if (relative === null || relative === '') return null;
    const absolute = path.join(absoluteRoot, relative);
    try {
      const stat = await lstat(absolute);
      if (!stat.isFile()) return null;
      // A symlinked parent folder could lead outside the root.
      realRoot ??= realpath(absoluteRoot);
      const real = await realpath(absolute);
      const inside = path.relative(await realRoot, real);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return null;
      return absolute;
    } catch {
      return null;
    }
  };
  return {
    label: 'working tree',
    async list(paths) {
      const out: string[] = [];
      for (const given of paths.length > 0 ? paths : ['.']) {
        const relative = toRelative(given);
        if (relative !== null) await walk(relative, out, true);
      }
      return [...new Set(out)];
    },
    async read(file) {
      const absolute = await resolveFile(file);
      if (absolute === null) return null;
      try {
        return await readFile(absolute, 'utf8');
      } catch {
        return null;
      }
    },
    async size(file) {
      const absolute = await resolveFile(file);
      if (absolute === null) return null;
      try {
        return (await lstat(absolute)).size;
      } catch {
        return null;
      }
    },
  };
}

function git(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              String(stderr || error.message)
                .trim()
                .split('\n')[0],
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

interface TreeEntry {
  size: number | null;
}

/** Parses `-z` listings whose records are `<meta>\t<path>`; keeps regular files only (no symlinks, no submodules). */
function parseListing(output: string, sizeOf: (meta: string[]) => number | null): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const meta = record.slice(0, tab).split(/\s+/);
    const mode = meta[0];
    if (mode !== '100644' && mode !== '100755') continue;
    entries.set(record.slice(tab + 1), { size: sizeOf(meta) });
  }
  return entries;
}

function pathspecs(root: string, paths: string[]): string[] {
  const specs = (paths.length > 0 ? paths : ['.'])
    .map((p) => normalize(path.isAbsolute(p) ? path.relative(root, p).split(path.sep).join('/') : p))
    .filter((p) => isInside(p));
  return specs.map((p) => (p === '' ? '.' : p));
}

function gitSource(
  root: string,
  label: string,
  listArgs: (specs: string[]) => string[],
  sizeOf: (meta: string[]) => number | null,
  objectName: (file: string) => string,
): FileSource {
  let listed: Map<string, TreeEntry> | undefined;
  return {
    label,
    async list(paths) {
      const specs = pathspecs(root, paths);
      if (specs.length === 0) return [];
      let output: string;
      try {
        output = await git(root, listArgs(specs));
      } catch (error) {
        throw new UserError(`cannot list files of the ${label}: ${(error as Error).message}`);
      }
      const entries = parseListing(output, sizeOf);
      listed = new Map([...(listed ?? []), ...entries]);
      return [...entries.keys()];
    },
    async read(file) {
      const relative = normalize(file);
      if (!isInside(relative) || relative === '') return null;
      if (listed && !listed.has(relative)) return null;
      try {
        return await git(root, ['cat-file', 'blob', objectName(relative)]);
      } catch {
        return null;
      }
    },
    async size(file) {
      const relative = normalize(file);
      const known = listed?.get(relative);
      if (known) return known.size;
      try {
        return Number((await git(root, ['cat-file', '-s', objectName(relative)])).trim());
      } catch {
        return null;
      }
    },
  };
}

/** Files as they are at a git ref (`git ls-tree` / `git cat-file`), without a checkout. */
export function gitRefSource(root: string, ref: string): FileSource {
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref))
    throw new UserError(`not a usable git ref: ${JSON.stringify(ref)}`);
  return gitSource(
    root,
    `git ref ${ref}`,
    (specs) => ['ls-tree', '-r', '-z', '--long', ref, '--', ...specs],
    (meta) => (meta[3] === undefined || meta[3] === '-' ? null : Number(meta[3])),
    // `./` makes the path relative to `root` even when `root` is a folder inside the repository.
    (file) => `${ref}:./${file}`,
  );
}

/** Files as staged in the git index (`git ls-files --cached`, `git show :path`), for `check --staged`. */
export function stagedSource(root: string): FileSource {
  return gitSource(
    root,
    'git index',
    (specs) => ['ls-files', '--cached', '--stage', '-z', '--', ...specs],
    () => null,
    (file) => `:./${file}`,
  );
}
