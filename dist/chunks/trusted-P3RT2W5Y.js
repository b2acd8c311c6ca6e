import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import "./chunk-WJMIPX7Y.js";
import {
  CONFIG_FILES,
  defaultConfig
} from "./chunk-ZFO65GN4.js";
import "./chunk-PUX2MLRJ.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import {
  mergeSnapshots,
  readSnapshot
} from "./chunk-NDXWQF3A.js";
import "./chunk-R5BDUPL3.js";
import {
  DAY_MS
} from "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-3YVYB553.js";
import {
  isRegularFile,
  isSymlink
} from "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/change/trusted.ts
import { existsSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
function toPosix(p) {
  return p.split(path.sep).join("/");
}
async function readWithoutSymlinks(root, relative) {
  let at = root;
  for (const part of relative.split("/")) {
    at = path.join(at, part);
    let stat;
    try {
      stat = await lstat(at);
    } catch {
      return null;
    }
    if (stat.isSymbolicLink()) {
      throw new UserError(`${relative}: ${toPosix(path.relative(root, at))} is a symlink; not followed`);
    }
  }
  return readFile(at, "utf8");
}
async function trackedAtHead(revisions, relative) {
  const index = await revisions.git.index();
  if (index.has(relative)) return true;
  const parts = relative.split("/");
  for (let i = 1; i < parts.length; i++) if (index.has(parts.slice(0, i).join("/"))) return true;
  return false;
}
async function readTrusted(revisions, cwd, given, what) {
  const absolute = path.resolve(cwd, given);
  const relative = toPosix(path.relative(revisions.root, absolute));
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  const shown = toPosix(path.relative(cwd, absolute)) || given;
  const { git, trusted } = revisions;
  if (!git || !trusted || !inside) {
    const text = await readFile(absolute, "utf8").catch((error) => {
      if (error.code === "ENOENT") return null;
      throw new UserError(`cannot read ${what} ${given}: ${error.code ?? errorMessage(error)}`);
    });
    return { text, shown, notice: null };
  }
  const entry = (await git.tree(trusted)).get(relative);
  const at = `the base commit ${trusted.slice(0, 12)}`;
  if (isSymlink(entry)) throw new UserError(`the ${what} ${relative} is a symlink at ${at}; not followed`);
  if (isRegularFile(entry)) {
    const text = (await git.blob(entry.oid))?.toString("utf8") ?? null;
    const onDisk = await readWithoutSymlinks(revisions.root, relative).catch(() => void 0);
    const notice = onDisk === text ? null : `This change edits the ${what} ${relative}; using its version at ${at}, so a change cannot judge itself (the edit counts once merged).`;
    return { text, shown: `${shown} (base commit)`, notice };
  }
  if (await trackedAtHead(revisions, relative)) {
    if (!existsSync(absolute)) return { text: null, shown, notice: null };
    return {
      text: null,
      shown,
      notice: `This change edits the ${what} ${relative} (it adds it; ${at} has none), so it is not used: a change cannot judge itself (the edit counts once merged).`
    };
  }
  return { text: await readWithoutSymlinks(revisions.root, relative), shown, notice: null };
}
async function loadTrustedConfig(revisions, cwd, explicit) {
  const notices = [];
  for (const candidate of explicit ? [explicit] : CONFIG_FILES.map((f) => path.join(revisions.root, f))) {
    const read = await readTrusted(revisions, cwd, candidate, "configuration");
    if (read.notice) notices.push(read.notice);
    if (read.text !== null) {
      const { parseConfig } = await import("./parse-6TEJ3DMV.js");
      return { config: parseConfig(read.text, read.shown), file: read.shown, notices };
    }
    if (explicit && !read.notice) throw new UserError(`cannot read configuration ${explicit}: ENOENT`);
  }
  return { config: defaultConfig(), file: null, notices };
}
async function loadTrustedSnapshot(revisions, cwd, file) {
  const read = await readTrusted(revisions, cwd, file, "snapshot");
  if (read.text === null) {
    throw new UserError(
      read.notice ? `the snapshot ${file} does not exist at the base commit ${revisions.trusted}: ${read.notice}` : `cannot read snapshot ${file}: no such file (write one with 'iam-usage-guard snapshot --out ${file}')`
    );
  }
  return { snapshot: readSnapshot(read.text, file), notices: read.notice ? [read.notice] : [] };
}
function snapshotAgeNotice(snapshot, now, maxAgeDays) {
  const generated = Date.parse(snapshot.generatedAt);
  if (Number.isNaN(generated)) return null;
  const days = Math.floor((now.getTime() - generated) / DAY_MS);
  if (days > maxAgeDays) {
    throw new UserError(
      `the snapshot was generated ${days} days ago (${snapshot.generatedAt.slice(0, 10)}), more than snapshotMaxAgeDays (${maxAgeDays}): it cannot show usage that stopped since, so unused grants would look used. Write a new one with 'iam-usage-guard snapshot'.`
    );
  }
  if (days > maxAgeDays / 3) {
    return `The snapshot was generated ${days} days ago (${snapshot.generatedAt.slice(0, 10)}); past ${Math.floor(maxAgeDays / 3)} days (a third of snapshotMaxAgeDays, ${maxAgeDays}) it hides recent usage changes: refresh it with 'iam-usage-guard snapshot'. Older than ${maxAgeDays} days it is refused.`;
  }
  return null;
}
async function loadTrustedInputs(revisions, cwd, files, options) {
  const loaded = await loadTrustedConfig(revisions, cwd, files.config);
  const config = options.override ? options.override(loaded.config) : loaded.config;
  const notices = [...loaded.notices];
  const snapshotFiles = files.snapshots ?? [];
  const snapshots = [];
  for (const file of snapshotFiles) {
    const trusted = await loadTrustedSnapshot(revisions, cwd, file);
    snapshots.push(trusted.snapshot);
    notices.push(...trusted.notices);
    const stale = snapshotAgeNotice(
      trusted.snapshot,
      options.now,
      config.snapshotMaxAgeDays ?? config.unusedDays
    );
    if (stale) notices.push(snapshotFiles.length > 1 ? `${file}: ${stale}` : stale);
  }
  const snapshot = snapshots.length === 0 ? null : mergeSnapshots(snapshots);
  return { config, configFile: loaded.file, snapshot, notices };
}
export {
  loadTrustedConfig,
  loadTrustedInputs,
  loadTrustedSnapshot,
  readTrusted,
  snapshotAgeNotice
};
//# sourceMappingURL=trusted-P3RT2W5Y.js.map
