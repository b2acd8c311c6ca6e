// Lists the files a pull request changes, page by page, as GitHub's "files changed" view does.
import type { GitHubClient } from './octokit.js';

/** GitHub lists at most 3,000 files of a pull request; past that the list is incomplete. */
export const PULL_FILES_LIMIT = 3_000;

export interface PullFiles {
  /** Current and previous names (renames), repository-relative. */
  files: string[];
  /** True when GitHub's cap was reached and the list may be incomplete. */
  truncated: boolean;
  /** Each current file's diff as GitHub shows it (`patch`); null when GitHub leaves it out (large or binary). */
  patches: Map<string, string | null>;
}

export async function listPullFiles(
  octokit: GitHubClient,
  pull: { owner: string; repo: string; pull_number: number },
): Promise<PullFiles> {
  const entries = await octokit.paginate(octokit.rest.pulls.listFiles, { ...pull, per_page: 100 });
  const files = new Set<string>();
  const patches = new Map<string, string | null>();
  for (const entry of entries) {
    files.add(entry.filename);
    if (entry.previous_filename) files.add(entry.previous_filename);
    patches.set(entry.filename, entry.patch ?? null);
  }
  return { files: [...files], truncated: entries.length >= PULL_FILES_LIMIT, patches };
}
