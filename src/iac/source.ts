// Where file text comes from: the FileSource interface, and the working tree (a git ref or the index are sources
// the change stage builds over git, src/change/sources.ts). Paths are relative to the source's root, forward slashes.
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

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
export const PRUNED_FOLDERS: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** A path relative to a source's root, written one way: `/` separators, no `./`, no trailing `/`; '' is the root. */
export function normalizeRelative(relative: string): string {
  const clean = path.posix
    .normalize(relative.replaceAll('\\', '/'))
    .replace(/^\.(?:\/|$)/, '')
    .replace(/\/$/, '');
  return clean === '.' ? '' : clean;
}

/** Whether a normalized relative path stays inside the root (no `..`, not absolute). */
export function isInside(relative: string): boolean {
  return relative !== '..' && !relative.startsWith('../') && !path.posix.isAbsolute(relative);
}

/** The working tree under `root`; never follows a symlink, so nothing outside `root` is read. */
export function worktreeSource(root: string): FileSource {
  const absoluteRoot = path.resolve(root);
  let realRoot: Promise<string> | undefined;
  const toRelative = (given: string): string | null => {
    const absolute = path.resolve(absoluteRoot, given);
    const relative = path.relative(absoluteRoot, absolute).split(path.sep).join('/');
    return isInside(relative) ? normalizeRelative(relative) : null;
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
  // Where each folder really is, asked once per folder: a file that is not a symlink itself is where its folder is.
  const realFolders = new Map<string, Promise<string>>();
  const realFolder = (folder: string): Promise<string> => {
    let real = realFolders.get(folder);
    if (!real) {
      real = realpath(folder);
      realFolders.set(folder, real);
    }
    return real;
  };
  const resolveFile = async (file: string): Promise<{ absolute: string; size: number } | null> => {
    const relative = toRelative(file);
    if (relative === null || relative === '') return null;
    const absolute = path.join(absoluteRoot, relative);
    try {
      const stat = await lstat(absolute);
      if (!stat.isFile()) return null;
      // A symlinked parent folder could lead outside the root.
      realRoot ??= realpath(absoluteRoot);
      const real = path.join(await realFolder(path.dirname(absolute)), path.basename(absolute));
      const inside = path.relative(await realRoot, real);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return null;
      return { absolute, size: stat.size };
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
      const resolved = await resolveFile(file);
      if (resolved === null) return null;
      try {
        return await readFile(resolved.absolute, 'utf8');
      } catch {
        return null;
      }
    },
    async size(file) {
      return (await resolveFile(file))?.size ?? null;
    },
  };
}

/** Whether `file` is `folder` or lies under it. */
export function isUnder(file: string, folder: string): boolean {
  return folder === '.' || folder === '' || file === folder || file.startsWith(`${folder}/`);
}
