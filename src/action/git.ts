// The git commands the action needs: make sure the base commit is present, and list the files changed since it.
import { execFile } from 'node:child_process';

export type GitRunner = (args: string[], cwd: string) => Promise<string>;

export const runGit: GitRunner = (args, cwd) =>
  new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });

async function hasCommit(git: GitRunner, sha: string, cwd: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure `sha` is in the local clone: `actions/checkout` fetches one commit unless `fetch-depth: 0`, so the base
 * may be missing; fetching just that commit is cheaper than the whole history. Returns what it did, for the log.
 */
export async function ensureCommit(
  sha: string,
  cwd: string,
  git: GitRunner = runGit,
): Promise<'present' | 'fetched'> {
  if (await hasCommit(git, sha, cwd)) return 'present';
  await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], cwd);
  if (!(await hasCommit(git, sha, cwd))) throw new Error(`commit ${sha} is still missing after git fetch`);
  return 'fetched';
}

/**
 * Files changed between `baseSha` and the checked-out commit. For a pull request that commit is GitHub's merge
 * commit, whose first parent is the base, so the two-dot diff is exactly the PR's change and needs no history.
 */
export async function changedFilesFromGit(
  baseSha: string,
  cwd: string,
  git: GitRunner = runGit,
): Promise<string[]> {
  const out = await git(['diff', '--name-only', '--no-renames', '-z', baseSha, 'HEAD'], cwd);
  return out.split('\0').filter((name) => name !== '');
}
