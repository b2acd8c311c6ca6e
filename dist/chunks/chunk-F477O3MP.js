import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  isUnder
} from "./chunk-I3FEX5NO.js";

// src/change/git.ts
import { execFile, spawn } from "node:child_process";
function isRegularFile(entry) {
  return entry !== void 0 && (entry.mode === "100644" || entry.mode === "100755");
}
function isSymlink(entry) {
  return entry?.mode === "120000";
}
function assertRef(ref) {
  if (ref === "" || ref.startsWith("-") || /[\s\0]/.test(ref)) {
    throw new GitError(`not a usable git ref: ${JSON.stringify(ref)}`);
  }
}
var GitError = class extends Error {
  name = "GitError";
};
var BatchReader = class {
  child;
  queue = [];
  buffer = Buffer.alloc(0);
  failed = null;
  constructor(root, env) {
    this.child = spawn("git", ["cat-file", "--batch-command"], { cwd: root, env, stdio: "pipe" });
    this.child.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    let stderr = "";
    this.child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
    });
    const fail = (error) => {
      this.failed ??= error;
      for (const pending of this.queue.splice(0)) pending.reject(this.failed);
    };
    this.child.on("error", (error) => fail(new GitError(`git cat-file could not start: ${error.message}`)));
    this.child.on("close", (code) => {
      fail(new GitError(`git cat-file exited (${code ?? "signal"}): ${stderr.trim().split("\n")[0] ?? ""}`));
    });
    this.child.stdin.on("error", () => {
    });
  }
  drain() {
    for (; ; ) {
      const pending = this.queue[0];
      if (!pending) return;
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString("utf8");
      const parts = header.split(" ");
      const missing = parts[parts.length - 1] === "missing" || parts[parts.length - 1] === "ambiguous";
      if (!pending.withBody || missing) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending.resolve({ header, body: null });
        continue;
      }
      const size = Number(parts[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ header, body });
    }
  }
  request(command, oid) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, withBody: command === "contents" });
      this.child.stdin.write(`${command} ${oid}
`);
    });
  }
  close() {
    this.child.stdin.end();
  }
};
var GREP_WORDS_PER_PATTERN = 500;
function gitEnv(base) {
  return { ...base, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" };
}
function parseListing(output, index) {
  const entries = /* @__PURE__ */ new Map();
  for (const record of output.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1) continue;
    const meta = record.slice(0, tab).trim().split(/\s+/);
    const file = record.slice(tab + 1);
    if (index) {
      if (meta[2] !== "0") continue;
      entries.set(file, { mode: meta[0] ?? "", oid: meta[1] ?? "", size: null });
    } else {
      const size = meta[3] === void 0 || meta[3] === "-" ? null : Number(meta[3]);
      entries.set(file, { mode: meta[0] ?? "", oid: meta[2] ?? "", size });
    }
  }
  return entries;
}
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "typechange"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const out = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? "";
    if (code === "") continue;
    const status = STATUS[code[0]] ?? "modified";
    if (status === "renamed" || status === "copied") {
      const from = fields[i++] ?? "";
      out.push({ file: fields[i++] ?? "", status, from });
    } else out.push({ file: fields[i++] ?? "", status });
  }
  return out;
}
var Git = class _Git {
  constructor(root, env = process.env) {
    this.root = root;
    this.env = gitEnv(env);
  }
  root;
  stats = { spawned: 0 };
  env;
  batch = null;
  trees = /* @__PURE__ */ new Map();
  indexListing = null;
  otherListing = null;
  /** The repository whose work tree holds `cwd`, rooted at its top; null outside git. One process. */
  static async open(cwd, env = process.env) {
    const probe = new _Git(cwd, env);
    const top = await probe.tryRun(["rev-parse", "--show-toplevel"]);
    if (!top) return null;
    const git = new _Git(top, env);
    git.stats.spawned += probe.stats.spawned;
    return git;
  }
  /**
   * Runs one git command in the repository; rejects with git's first line of stderr. An exit code in `quietExits`
   * (`git grep` exits 1 when nothing matches) resolves with the output instead.
   */
  run(args, quietExits = []) {
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      execFile(
        "git",
        args,
        { cwd: this.root, env: this.env, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" },
        (error, stdout, stderr) => {
          if (error && !quietExits.includes(error.code)) {
            const reason = String(stderr || error.message).trim().split("\n")[0] ?? "";
            reject(new GitError(`git ${args[0]} failed: ${reason}`));
          } else resolve(stdout);
        }
      );
    });
  }
  /** Which of `files` (repository-relative) the repository's ignore rules exclude: one process for all of them. */
  ignored(files) {
    if (files.length === 0) return Promise.resolve(/* @__PURE__ */ new Set());
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        ["check-ignore", "-z", "--stdin"],
        { cwd: this.root, env: this.env, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
        (error, stdout, stderr) => {
          if (error && error.code !== 1) {
            reject(new GitError(`git check-ignore failed: ${String(stderr || error.message).trim()}`));
          } else resolve(new Set(stdout.split("\0").filter((f) => f !== "")));
        }
      );
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(files.map((f) => `${f}\0`).join(""));
    });
  }
  /**
   * What differs between `commit` and the work tree (or, `staged`, the index): each file's status, renames with the
   * file they came from (git's rename detection). One process. Untracked files are not listed.
   */
  async changesSince(commit, staged) {
    assertRef(commit);
    const out = await this.run([
      "diff",
      "--name-status",
      "-z",
      "-M",
      "--no-ext-diff",
      ...staged ? ["--cached"] : [],
      commit,
      "--"
    ]);
    return parseNameStatus(out);
  }
  /**
   * Files of `commit` under `paths` whose text holds any of `needles` (fixed strings, ASCII case-insensitive): one
   * `git grep` process (`grep`).
   */
  async filesContaining(commit, needles, paths) {
    const found = await this.grep(needles, { commit });
    return [...found].filter((file) => paths.length === 0 || paths.some((p) => isUnder(file, p))).sort();
  }
  /**
   * Files that contain any of `words` (fixed strings, ASCII case-insensitive), at a commit, in the index or in the
   * working tree's tracked files. One process, the words on its stdin whatever their number: as alternations of a
   * few hundred each, since git matches each pattern of `-F -f` on its own (seconds for a thousand words) and one
   * alternation in one pass.
   */
  grep(words, where) {
    const escaped = words.filter((w) => w !== "" && !/[\n\r\0]/.test(w)).map((w) => w.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&"));
    const patterns = [];
    for (let i = 0; i < escaped.length; i += GREP_WORDS_PER_PATTERN)
      patterns.push(escaped.slice(i, i + GREP_WORDS_PER_PATTERN).join("|"));
    if (patterns.length === 0) return Promise.resolve(/* @__PURE__ */ new Set());
    const at = typeof where === "object" ? [where.commit] : where === "index" ? ["--cached"] : [];
    if (typeof where === "object") assertRef(where.commit);
    const prefix = typeof where === "object" ? `${where.commit}:` : "";
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        ["grep", "-l", "-z", "-i", "-E", "--no-color", "-f", "-", ...at, "--"],
        { cwd: this.root, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
        (error, stdout, stderr) => {
          if (error && error.code !== 1) {
            reject(
              new GitError(
                `git grep failed: ${String(stderr || error.message).trim().split("\n")[0]}`
              )
            );
            return;
          }
          const files = /* @__PURE__ */ new Set();
          for (const entry of stdout.split("\0")) {
            if (entry === "") continue;
            files.add(prefix && entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
          }
          resolve(files);
        }
      );
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(`${patterns.join("\n")}
`);
    });
  }
  /** The command's trimmed output, or null when it fails. */
  async tryRun(args) {
    try {
      return (await this.run(args)).trim();
    } catch {
      return null;
    }
  }
  /** The commit a ref names, or null. */
  commitOf(ref) {
    assertRef(ref);
    return this.tryRun(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  }
  /** Every file of a commit's tree (repository-relative paths), listed once. */
  tree(commit) {
    assertRef(commit);
    let listing = this.trees.get(commit);
    if (!listing) {
      listing = this.run(["ls-tree", "-r", "-z", "--long", "--full-tree", commit]).then(
        (out) => parseListing(out, false)
      );
      this.trees.set(commit, listing);
    }
    return listing;
  }
  /**
   * What the working tree holds that the index does not (untracked and ignored alike), a wholly untracked folder as
   * one entry ending in `/`. Listed once.
   */
  others() {
    this.otherListing ??= this.run(["ls-files", "--others", "--directory", "-z"]).then(
      (out) => out.split("\0").filter((entry) => entry !== "")
    );
    return this.otherListing;
  }
  /** Every file of the index (stage 0), listed once. */
  index() {
    this.indexListing ??= this.run(["ls-files", "--stage", "-z", "--full-name"]).then(
      (out) => parseListing(out, true)
    );
    return this.indexListing;
  }
  reader() {
    if (!this.batch) {
      this.stats.spawned++;
      this.batch = new BatchReader(this.root, this.env);
    }
    return this.batch;
  }
  /** A blob's bytes, or null when git does not have it. */
  async blob(oid) {
    const answer = await this.reader().request("contents", oid);
    return answer.body;
  }
  /** A blob's size in bytes, or null when git does not have it. */
  async blobSize(oid) {
    const answer = await this.reader().request("info", oid);
    const size = Number(answer.header.split(" ")[2]);
    return answer.header.endsWith(" missing") || Number.isNaN(size) ? null : size;
  }
  /** Ends the batch process; later reads start a new one. */
  close() {
    this.batch?.close();
    this.batch = null;
  }
};

export {
  isRegularFile,
  isSymlink,
  assertRef,
  GitError,
  Git
};
//# sourceMappingURL=chunk-F477O3MP.js.map
