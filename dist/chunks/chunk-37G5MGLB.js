import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/usage/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var DEFAULT_CACHE_MAX_AGE_MS = 4 * 60 * 60 * 1e3;
function defaultCacheDir(env, platform = process.platform, home = homedir()) {
  const configured = env["IAM_USAGE_GUARD_CACHE_DIR"];
  if (configured !== void 0 && configured !== "") return configured === "off" ? null : configured;
  if (platform === "win32")
    return join(env["LOCALAPPDATA"] ?? join(home, "AppData", "Local"), "iam-usage-guard");
  if (platform === "darwin") return join(home, "Library", "Caches", "iam-usage-guard");
  return join(env["XDG_CACHE_HOME"] || join(home, ".cache"), "iam-usage-guard");
}
var ReportCache = class {
  constructor(dir, maxAgeMs, now, scope = "") {
    this.dir = dir;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
    this.scope = scope;
  }
  dir;
  maxAgeMs;
  now;
  scope;
  file(arn, granularity) {
    const key = `${this.scope}|${arn}|${granularity}`;
    const hash = createHash("sha256").update(key).digest("hex").slice(0, 32);
    return { key, path: join(this.dir, "reports", `${hash}.json`) };
  }
  get(arn, granularity) {
    const { key, path } = this.file(arn, granularity);
    try {
      const entry = JSON.parse(readFileSync(path, "utf8"));
      if (entry.key !== key) return null;
      const age = this.now() - Date.parse(entry.savedAt);
      if (!(age >= 0 && age < this.maxAgeMs)) return null;
      return { report: entry.report, servicesWithEntities: entry.servicesWithEntities ?? {} };
    } catch {
      return null;
    }
  }
  put(granularity, usage) {
    const { key, path } = this.file(usage.report.Arn, granularity);
    const entry = { key, savedAt: new Date(this.now()).toISOString(), ...usage };
    try {
      mkdirSync(join(this.dir, "reports"), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entry));
      renameSync(temporary, path);
    } catch {
    }
  }
};

export {
  DEFAULT_CACHE_MAX_AGE_MS,
  defaultCacheDir,
  ReportCache
};
//# sourceMappingURL=chunk-37G5MGLB.js.map
