import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/iac/source.ts
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
var PRUNED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function normalizeRelative(relative) {
  const clean = path.posix.normalize(relative.replaceAll("\\", "/")).replace(/^\.(?:\/|$)/, "").replace(/\/$/, "");
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
    return isInside(relative) ? normalizeRelative(relative) : null;
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
  const realFolders = /* @__PURE__ */ new Map();
  const realFolder = (folder) => {
    let real = realFolders.get(folder);
    if (!real) {
      real = realpath(folder);
      realFolders.set(folder, real);
    }
    return real;
  };
  const resolveFile = async (file) => {
    const relative = toRelative(file);
    if (relative === null || relative === "") return null;
    const absolute = path.join(absoluteRoot, relative);
    try {
      const stat = await lstat(absolute);
      if (!stat.isFile()) return null;
      realRoot ??= realpath(absoluteRoot);
      const real = path.join(await realFolder(path.dirname(absolute)), path.basename(absolute));
      const inside = path.relative(await realRoot, real);
      if (inside.startsWith("..") || path.isAbsolute(inside)) return null;
      return { absolute, size: stat.size };
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
      const resolved = await resolveFile(file);
      if (resolved === null) return null;
      try {
        return await readFile(resolved.absolute, "utf8");
      } catch {
        return null;
      }
    },
    async size(file) {
      return (await resolveFile(file))?.size ?? null;
    }
  };
}
function isUnder(file, folder) {
  return folder === "." || folder === "" || file === folder || file.startsWith(`${folder}/`);
}

export {
  PRUNED_FOLDERS,
  normalizeRelative,
  isInside,
  worktreeSource,
  isUnder
};
//# sourceMappingURL=chunk-I3FEX5NO.js.map
