// Which head files the change reads: the pull request's files, plus whatever the workflow produced that git does
// not hold (a synthesized cdk.out, a plan JSON), minus the base artifacts; listings are taken once.
import type { FileSource } from '../iac/source.js';

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

/** Whether `file` is `folder` or lies under it. */
export function isUnder(file: string, folder: string): boolean {
  return folder === '.' || folder === '' || file === folder || file.startsWith(`${folder}/`);
}
