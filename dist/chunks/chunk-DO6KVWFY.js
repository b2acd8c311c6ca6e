import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  isRegularFile
} from "./chunk-F477O3MP.js";
import {
  UserError
} from "./chunk-PSDFGU3R.js";

// src/change/revisions.ts
var DEFAULT_BRANCHES = ["origin/main", "main", "origin/master", "master"];
async function defaultBranch(git) {
  const candidates = [];
  const originHead = await git.tryRun(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (originHead) candidates.push(originHead);
  candidates.push(...DEFAULT_BRANCHES);
  for (const ref of candidates) {
    const sha = await git.commitOf(ref);
    if (sha) return sha;
  }
  return null;
}
function mergeBase(git, commit) {
  return git.tryRun(["merge-base", "HEAD", commit]);
}
async function resolveRevisions(cwd, base, options = {}) {
  const git = await Git.open(cwd, options.env);
  const root = git?.root ?? cwd;
  if (base.kind === "none") return { git, root, compare: null, trusted: null };
  if (!git) {
    if (base.kind === "auto") return { git, root, compare: null, trusted: null };
    throw new UserError(`--base ${base.ref} needs a git repository, and this folder is not in one`);
  }
  let tip;
  let compare;
  if (base.kind === "auto") {
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
        `--base ${base.ref}: no such commit, branch or tag (fetch it first, e.g. git fetch origin ${base.ref})`
      );
    }
    compare = base.mergeBase ? await mergeBase(git, tip) ?? tip : tip;
  }
  const trusted = options.trust === "head" ? await git.commitOf("HEAD") : tip;
  return { git, root, compare, trusted };
}
async function commitDate(git, commit) {
  const out = await git.tryRun(["show", "-s", "--format=%cI", commit]);
  return out ? new Date(out).toISOString() : null;
}
async function firstParentBefore(git, trusted, before) {
  const out = await git.tryRun([
    "rev-list",
    "-1",
    "--first-parent",
    `--before=${before.toISOString()}`,
    "--format=%cI",
    trusted
  ]);
  if (!out) return null;
  const [header, date] = out.split("\n");
  const commit = header?.replace(/^commit /, "").trim();
  if (!commit || !date) return null;
  return { commit, date: new Date(date.trim()).toISOString() };
}
async function ensureCommit(cwd, sha) {
  const git = await Git.open(cwd) ?? new Git(cwd);
  const has = async () => await git.tryRun(["cat-file", "-e", `${sha}^{commit}`]) !== null;
  if (await has()) return "present";
  await git.run(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha]);
  if (!await has()) throw new GitError(`commit ${sha} is still missing after git fetch`);
  return "fetched";
}
async function changedFiles(cwd, base) {
  const git = await Git.open(cwd) ?? new Git(cwd);
  const from = await mergeBase(git, base) ?? base;
  const out = await git.run(["diff", "--name-only", "--no-renames", "-z", from, "HEAD"]);
  return out.split("\0").filter((name) => name !== "");
}
async function commitFiles(cwd, commit) {
  const git = await Git.open(cwd) ?? new Git(cwd);
  return {
    async read(file) {
      const entry = (await git.tree(commit)).get(file);
      if (!isRegularFile(entry)) return null;
      return (await git.blob(entry.oid))?.toString("utf8") ?? null;
    },
    close: () => git.close()
  };
}

export {
  resolveRevisions,
  commitDate,
  firstParentBefore,
  ensureCommit,
  changedFiles,
  commitFiles
};
//# sourceMappingURL=chunk-DO6KVWFY.js.map
