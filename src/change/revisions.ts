// Which commits a change is judged between: the commit files are compared with (the merge base, or a ref) and the
// trusted commit whose configuration, snapshot and history count (the base branch's tip, never the change's own).
import { UserError } from '../errors.js';
import { Git, GitError, isRegularFile } from './git.js';
import type { BaseSpec } from './model.js';

export interface Revisions {
  /** Null outside git. */
  git: Git | null;
  /** The work tree's root, else `cwd`. */
  root: string;
  /** The commit files are compared with; null: no base. */
  compare: string | null;
  /** The commit whose configuration, snapshot and first-parent history are trusted; null: the working tree's. */
  trusted: string | null;
}

const DEFAULT_BRANCHES = ['origin/main', 'main', 'origin/master', 'master'];

/** The default branch's tip: origin/HEAD, then main, then master (remote, then local). */
async function defaultBranch(git: Git): Promise<string | null> {
  const candidates: string[] = [];
  const originHead = await git.tryRun(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (originHead) candidates.push(originHead);
  candidates.push(...DEFAULT_BRANCHES);
  for (const ref of candidates) {
    const sha = await git.commitOf(ref);
    if (sha) return sha;
  }
  return null;
}

/** The merge base of HEAD and `commit`; null when the history to find it is not there (a shallow clone). */
export function mergeBase(git: Git, commit: string): Promise<string | null> {
  return git.tryRun(['merge-base', 'HEAD', commit]);
}

/**
 * Resolves a base spec. `auto` compares with the merge base of HEAD and the default branch, and trusts the default
 * branch's tip; a ref compares with the ref (or its merge base with HEAD) and trusts the ref. A ref that does not
 * resolve is a usage error that says how to fetch it.
 */
export async function resolveRevisions(
  cwd: string,
  base: BaseSpec,
  options: { trust?: 'base' | 'head'; env?: NodeJS.ProcessEnv } = {},
): Promise<Revisions> {
  const git = await Git.open(cwd, options.env);
  const root = git?.root ?? cwd;
  if (base.kind === 'none') return { git, root, compare: null, trusted: null };
  if (!git) {
    if (base.kind === 'auto') return { git, root, compare: null, trusted: null };
    throw new UserError(`--base ${base.ref} needs a git repository, and this folder is not in one`);
  }
  let tip: string | null;
  let compare: string | null;
  if (base.kind === 'auto') {
    tip = await defaultBranch(git);
    compare = tip ? await mergeBase(git, tip) : null;
    if (!compare) tip = null;
  } else {
    try {
      tip = await git.commitOf(base.ref);
    } catch (error) {
      throw new UserError(error instanceof GitError ? error.message : String(error));
    }
    if (!tip) {
      throw new UserError(
        `--base ${base.ref}: no such commit, branch or tag (fetch it first, e.g. git fetch origin ${base.ref})`,
      );
    }
    // Without the history between them (a shallow clone) the ref itself is the best base there is.
    compare = base.mergeBase ? ((await mergeBase(git, tip)) ?? tip) : tip;
  }
  const trusted = options.trust === 'head' ? await git.commitOf('HEAD') : tip;
  return { git, root, compare, trusted };
}

/** The committer date (ISO) of a commit. */
export async function commitDate(git: Git, commit: string): Promise<string | null> {
  const out = await git.tryRun(['show', '-s', '--format=%cI', commit]);
  return out ? new Date(out).toISOString() : null;
}

/**
 * The last commit on the trusted base's first-parent line committed before `before`: the code as the base branch
 * had it then. First-parent, so a side branch merged later (whose commits carry their author's dates) cannot stand
 * in for what the base branch held.
 */
export async function firstParentBefore(
  git: Git,
  trusted: string,
  before: Date,
): Promise<{ commit: string; date: string } | null> {
  const out = await git.tryRun([
    'rev-list',
    '-1',
    '--first-parent',
    `--before=${before.toISOString()}`,
    '--format=%cI',
    trusted,
  ]);
  if (!out) return null;
  // `--format` prints "commit <sha>" then the formatted line.
  const [header, date] = out.split('\n');
  const commit = header?.replace(/^commit /, '').trim();
  if (!commit || !date) return null;
  return { commit, date: new Date(date.trim()).toISOString() };
}

/**
 * Makes sure `sha` is in the local clone: `actions/checkout` fetches one commit unless `fetch-depth: 0`, so the base
 * may be missing; fetching just that commit is cheaper than the whole history.
 */
export async function ensureCommit(cwd: string, sha: string): Promise<'present' | 'fetched'> {
  const git = (await Git.open(cwd)) ?? new Git(cwd);
  const has = async () => (await git.tryRun(['cat-file', '-e', `${sha}^{commit}`])) !== null;
  if (await has()) return 'present';
  await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  if (!(await has())) throw new GitError(`commit ${sha} is still missing after git fetch`);
  return 'fetched';
}

/**
 * Files the change touches: from the merge base of `base` and the checked-out commit (for GitHub's merge commit
 * that is `base` itself; for a pull request's head checked out under `pull_request_target`, its fork point), or from
 * `base` when a shallow clone has no history to find the merge base.
 */
export async function changedFiles(cwd: string, base: string): Promise<string[]> {
  const git = (await Git.open(cwd)) ?? new Git(cwd);
  const from = (await mergeBase(git, base)) ?? base;
  const out = await git.run(['diff', '--name-only', '--no-renames', '-z', from, 'HEAD']);
  return out.split('\0').filter((name) => name !== '');
}

/**
 * [i18] The files of one commit, read as git objects: a regular file's text, null for a symlink, a folder or a file
 * the commit does not hold. For the pull request's head, whose lines a review comment names; `close` ends git's
 * batch reader.
 */
export async function commitFiles(
  cwd: string,
  commit: string,
): Promise<{ read(file: string): Promise<string | null>; close(): void }> {
  const git = (await Git.open(cwd)) ?? new Git(cwd);
  return {
    async read(file) {
      const entry = (await git.tree(commit)).get(file);
      if (!isRegularFile(entry)) return null;
      return (await git.blob(entry.oid))?.toString('utf8') ?? null;
    },
    close: () => git.close(),
  };
}
