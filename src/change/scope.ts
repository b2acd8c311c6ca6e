// Which head files the change reads: the pull request's files, plus whatever the workflow produced that git does
// not hold (a synthesized cdk.out, a plan JSON), minus the base artifacts; listings are taken once.
import { type FileSource, isUnder, PRUNED_FOLDERS } from '../iac/source.js';
import { type Git, isRegularFile } from './git.js';

export { isUnder };

/** A source whose listings are computed once per set of paths. */
export function memoized(source: FileSource): FileSource {
  const lists = new Map<string, Promise<string[]>>();
  return {
    ...source,
    list(paths) {
      const key = JSON.stringify(paths);
      let listed = lists.get(key);
      if (!listed) {
        listed = source.list(paths);
        lists.set(key, listed);
      }
      return listed;
    },
    read: (file) => source.read(file),
    ...(source.size ? { size: (file: string) => source.size!(file) } : {}),
  };
}

/** A source that lists only the files `keep` accepts (reads are unchanged: an assembly still finds its manifest). */
export function filtered(source: FileSource, keep: (file: string) => boolean): FileSource {
  return {
    ...source,
    list: async (paths) => (await source.list(paths)).filter(keep),
    read: (file) => source.read(file),
    ...(source.size ? { size: (file: string) => source.size!(file) } : {}),
  };
}

/**
 * The index, plus the working tree's files that git does not track (generated artifacts): `check --staged` in a
 * CDK repository still reads the cdk.out the last synth wrote.
 */
export function withUntracked(
  primary: FileSource,
  worktree: FileSource,
  tracked: (file: string) => boolean,
): FileSource {
  const fromWorktree = new Set<string>();
  return {
    label: primary.label,
    async list(paths) {
      const [own, extra] = await Promise.all([primary.list(paths), worktree.list(paths)]);
      const untracked = extra.filter((file) => !tracked(file));
      for (const file of untracked) fromWorktree.add(file);
      return [...new Set([...own, ...untracked])].sort();
    },
    read: (file) => (fromWorktree.has(file) ? worktree.read(file) : primary.read(file)),
    size: (file) =>
      fromWorktree.has(file)
        ? (worktree.size?.(file) ?? Promise.resolve(null))
        : (primary.size?.(file) ?? Promise.resolve(null)),
  };
}

/** Whether the folders of `relative` (the last part too when `folder`) below `spec` hold one never walked into. */
function pruned(relative: string, spec: string, folder = false): boolean {
  const below =
    spec === '.' || spec === '' ? relative : relative === spec ? '' : relative.slice(spec.length + 1);
  const parts = below.split('/').filter((part) => part !== '');
  return (folder ? parts : parts.slice(0, -1)).some((part) => PRUNED_FOLDERS.has(part));
}

/**
 * The working tree, listed as git knows it: the index's regular files, plus what `git ls-files --others
 * --directory` names (untracked and ignored files; a wholly untracked folder, such as a cdk.out, walked on its own).
 * The same files as walking the whole tree, for one git process and the walk of what git does not hold: a 5-file
 * change in a 4,000-file repository no longer lstats 4,000 files. Reads are the working tree's own.
 */
export function listedByGit(git: Git, worktree: FileSource): FileSource {
  return {
    ...worktree,
    async list(paths) {
      const specs = paths.length > 0 ? paths : ['.'];
      const [index, others] = await Promise.all([git.index(), git.others()]);
      const out = new Set<string>();
      for (const [file, entry] of index) {
        if (!isRegularFile(entry)) continue;
        if (specs.some((spec) => isUnder(file, spec) && !pruned(file, spec))) out.add(file);
      }
      for (const other of others) {
        const folder = other.endsWith('/');
        const entry = folder ? other.slice(0, -1) : other;
        for (const spec of specs) {
          // The untracked entry under the listed path, or the listed path inside an untracked folder.
          const walked = isUnder(entry, spec) ? entry : folder && isUnder(spec, entry) ? spec : null;
          if (walked === null || (walked === entry && pruned(entry, spec, folder))) continue;
          for (const file of await worktree.list([walked])) out.add(file);
        }
      }
      return [...out].sort();
    },
    read: (file) => worktree.read(file),
    ...(worktree.size ? { size: (file: string) => worktree.size!(file) } : {}),
  };
}
