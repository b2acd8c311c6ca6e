// File sources backed by git: a commit's tree and the index, listed once and read through the batch reader. Only
// regular files count: a symlink or submodule in a tree is never followed.
import { UserError } from '../errors.js';
import { type FileSource, isInside, normalizeRelative as normalize } from '../iac/source.js';
import { assertRef, type Git, isRegularFile, type Tree } from './git.js';

/** Whether `file` is `spec` or lies under it (`''` is everything). */
function under(file: string, spec: string): boolean {
  return spec === '' || file === spec || file.startsWith(`${spec}/`);
}

/**
 * A tree (a commit's, or the index) as a FileSource. `prefix` roots it at a folder inside the repository: paths
 * given and returned are relative to that folder.
 */
function treeSource(git: Git, label: string, listTree: () => Promise<Tree>, prefix = ''): FileSource {
  const root = normalize(prefix);
  const full = (file: string) => (root === '' ? file : `${root}/${file}`);
  let tree: Promise<Tree> | null = null;
  const load = (): Promise<Tree> => {
    tree ??= listTree().catch((error: unknown) => {
      throw new UserError(`cannot list files of the ${label}: ${(error as Error).message}`);
    });
    return tree;
  };
  const entryOf = async (file: string) => {
    const relative = normalize(file);
    if (!isInside(relative) || relative === '') return undefined;
    const entry = (await load()).get(full(relative));
    return isRegularFile(entry) ? entry : undefined;
  };
  return {
    label,
    async list(paths) {
      const specs = (paths.length > 0 ? paths : ['.']).map(normalize).filter(isInside);
      if (specs.length === 0) return [];
      const out: string[] = [];
      for (const [file, entry] of await load()) {
        if (!isRegularFile(entry)) continue;
        if (root !== '' && !under(file, root)) continue;
        const relative = root === '' ? file : file.slice(root.length + 1);
        if (specs.some((spec) => under(relative, spec))) out.push(relative);
      }
      return out.sort();
    },
    async read(file) {
      const entry = await entryOf(file);
      if (!entry) return null;
      const bytes = await git.blob(entry.oid);
      return bytes === null ? null : bytes.toString('utf8');
    },
    async size(file) {
      const entry = await entryOf(file);
      if (!entry) return null;
      return entry.size ?? (await git.blobSize(entry.oid));
    },
  };
}

/** Files as committed at `commit` (a SHA or ref), without a checkout. */
export function commitSource(git: Git, commit: string, prefix = '', label = `git ref ${commit}`): FileSource {
  assertRef(commit);
  return treeSource(git, label, () => git.tree(commit), prefix);
}

/** Files as staged in the git index, for `check --staged`. */
export function indexSource(git: Git, prefix = ''): FileSource {
  return treeSource(git, 'git index', () => git.index(), prefix);
}
