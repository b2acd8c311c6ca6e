import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PSDFGU3R.js";

// src/iac/source.ts
import { execFile } from "node:child_process";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
var PRUNED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function normalize(relative) {
  const clean = path.posix.normalize(relative.replaceAll("\\", "/")).replace(/^\.\/?/, "").replace(/\/$/, "");
  return clean === "." ? "" : clean;
}
function isInside(relative) {
  return relative !== ".." && !relative.startsWith("../") && !path.posix.isAbsolute(relative);
}
function worktreeSource(root) {
  const absoluteRoot = path.resolve(root);
  let realRoot;
  const toRelative = (given) => {
    const absolute = path.resolve(absoluteRoot, given);
    const relative = path.relative(absoluteRoot, absolute).split(path.sep).join("/");
    return isInside(relative) ? normalize(relative) : null;
  };
  const walk = async (relative, out, explicit) => {
    const absolute = path.join(absoluteRoot, relative);
    let stat;
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
    let names;
    try {
      names = (await readdir(absolute)).sort();
    } catch {
      return;
    }
    for (const name of names) await walk(relative === "" ? name : `${relative}/${name}`, out, false);
  };
  const resolveFile = async (file) => {
    const relative = toRelative(file);
    if (relative === null || relative === "") return null;
    const absolute = path.join(absoluteRoot, relative);
    try {
      const stat = await lstat(absolute);
      if (!stat.isFile()) return null;
      realRoot ??= realpath(absoluteRoot);
      const real = await realpath(absolute);
      const inside = path.relative(await realRoot, real);
      if (inside.startsWith("..") || path.isAbsolute(inside)) return null;
      return absolute;
    } catch {
      return null;
    }
  };
  return {
    label: "working tree",
    async list(paths) {
      const out = [];
      for (const given of paths.length > 0 ? paths : ["."]) {
        const relative = toRelative(given);
        if (relative !== null) await walk(relative, out, true);
      }
      return [...new Set(out)];
    },
    async read(file) {
      const absolute = await resolveFile(file);
      if (absolute === null) return null;
      try {
        return await readFile(absolute, "utf8");
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
    }
  };
}
function git(root, args) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              String(stderr || error.message).trim().split("\n")[0]
            )
          );
        else resolve(stdout);
      }
    );
  });
}
function parseListing(output, sizeOf) {
  const entries = /* @__PURE__ */ new Map();
  for (const record of output.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1) continue;
    const meta = record.slice(0, tab).split(/\s+/);
    const mode = meta[0];
    if (mode !== "100644" && mode !== "100755") continue;
    entries.set(record.slice(tab + 1), { size: sizeOf(meta) });
  }
  return entries;
}
function pathspecs(root, paths) {
  const specs = (paths.length > 0 ? paths : ["."]).map((p) => normalize(path.isAbsolute(p) ? path.relative(root, p).split(path.sep).join("/") : p)).filter((p) => isInside(p));
  return specs.map((p) => p === "" ? "." : p);
}
function gitSource(root, label, listArgs, sizeOf, objectName) {
  let listed;
  return {
    label,
    async list(paths) {
      const specs = pathspecs(root, paths);
      if (specs.length === 0) return [];
      let output;
      try {
        output = await git(root, listArgs(specs));
      } catch (error) {
        throw new UserError(`cannot list files of the ${label}: ${error.message}`);
      }
      const entries = parseListing(output, sizeOf);
      listed = new Map([...listed ?? [], ...entries]);
      return [...entries.keys()];
    },
    async read(file) {
      const relative = normalize(file);
      if (!isInside(relative) || relative === "") return null;
      if (listed && !listed.has(relative)) return null;
      try {
        return await git(root, ["cat-file", "blob", objectName(relative)]);
      } catch {
        return null;
      }
    },
    async size(file) {
      const relative = normalize(file);
      const known = listed?.get(relative);
      if (known) return known.size;
      try {
        return Number((await git(root, ["cat-file", "-s", objectName(relative)])).trim());
      } catch {
        return null;
      }
    }
  };
}
function gitRefSource(root, ref) {
  if (ref === "" || ref.startsWith("-") || /[\s\0]/.test(ref))
    throw new UserError(`not a usable git ref: ${JSON.stringify(ref)}`);
  return gitSource(
    root,
    `git ref ${ref}`,
    (specs) => ["ls-tree", "-r", "-z", "--long", ref, "--", ...specs],
    (meta) => meta[3] === void 0 || meta[3] === "-" ? null : Number(meta[3]),
    // `./` makes the path relative to `root` even when `root` is a folder inside the repository.
    (file) => `${ref}:./${file}`
  );
}
function stagedSource(root) {
  return gitSource(
    root,
    "git index",
    (specs) => ["ls-files", "--cached", "--stage", "-z", "--", ...specs],
    () => null,
    (file) => `:./${file}`
  );
}

export {
  worktreeSource,
  gitRefSource,
  stagedSource
};
//# sourceMappingURL=chunk-DBCF3ZPN.js.map
