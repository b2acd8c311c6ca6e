import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  gitRefSource,
  stagedSource,
  worktreeSource
} from "./chunk-DBCF3ZPN.js";
import {
  collectUsage
} from "./chunk-LF75YER6.js";
import {
  compareFindings,
  evaluateEntity,
  reaches
} from "./chunk-K2SD6XLI.js";
import {
  collectGrants
} from "./chunk-DBWX2MR6.js";
import {
  bundledPoliciesFor
} from "./chunk-I7PDZJUR.js";
import {
  collectionFailureMessage
} from "./chunk-CXI7UASZ.js";
import {
  DAY_MS
} from "./chunk-K6FW2VPH.js";
import {
  readIac
} from "./chunk-3SIO26PB.js";
import {
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";

// src/pipeline.ts
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch {
    return null;
  }
}
async function gitRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]);
}
async function defaultBase(root) {
  const candidates = [];
  const originHead = await git(root, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (originHead) candidates.push(originHead);
  candidates.push("origin/main", "main", "origin/master", "master");
  for (const ref of candidates) {
    if (!await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])) continue;
    const mergeBase2 = await git(root, ["merge-base", "HEAD", ref]);
    if (mergeBase2) return mergeBase2;
  }
  return null;
}
async function resolveBase(root, base) {
  if (base === null || base === void 0) return null;
  if (base === "auto") return root ? defaultBase(root) : null;
  if (!root) throw new UserError(`--base ${base} needs a git repository, and ${"this folder"} is not in one`);
  const sha = await git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  if (!sha)
    throw new UserError(
      `--base ${base}: no such commit, branch or tag (fetch it first, e.g. git fetch origin ${base})`
    );
  return sha;
}
function sameGrants(a, b) {
  const same = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.actions, b.actions) && same([...a.unknownActions].sort(), [...b.unknownActions].sort());
}
function isTouched(g, hasBase, baseEntity) {
  if (!hasBase || !g.base) return true;
  if (!sameGrants(g.grants, g.base)) return true;
  const arns = (e) => [...e.managedPolicyArns].sort().join("\n") + `
${[...e.groups].sort().join("\n")}
${e.permissionsBoundary?.arn ?? ""}
${e.permissionsBoundary ? "bounded" : ""}
${e.unknowns.map((u) => u.message).sort().join("\n")}`;
  return baseEntity !== void 0 && arns(baseEntity) !== arns(g.entity);
}
async function scan(options) {
  const { config } = options;
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const root = await gitRoot(options.cwd);
  const sourceRoot = root ?? options.cwd;
  if (options.staged && !root) throw new UserError("--staged needs a git repository");
  const baseSha = await resolveBase(root, options.base);
  const paths = (options.paths.length > 0 ? options.paths : ["."]).map(
    (p) => path.relative(sourceRoot, path.resolve(options.cwd, p)).split(path.sep).join("/") || "."
  );
  const readOptions = readOptionsOf(config, options);
  const headSource = options.staged ? stagedSource(sourceRoot) : worktreeSource(sourceRoot);
  const head = await readIac(headSource, paths, readOptions);
  const gitBase = baseSha ? await readIac(gitRefSource(sourceRoot, baseSha), paths, readOptions) : null;
  const base = mergeBase(head, gitBase);
  const hasBaseFor = (entity) => gitBase !== null || entity.format === "terraform" && (head.priorEntities?.length ?? 0) > 0;
  const baseEntities = new Map((base?.entities ?? []).map((e) => [entityKey(e), e]));
  const diagnostics = [...head.diagnostics];
  const bundledPolicies = await bundledPoliciesFor([...head.entities, ...base?.entities ?? []]);
  let grantOptions = { bundledPolicies };
  let entities = collectGrants(head, base, grantOptions);
  const touchedKeys = () => new Set(
    entities.filter((g) => isTouched(g, hasBaseFor(g.entity), baseEntities.get(entityKey(g.entity)))).map((g) => entityKey(g.entity))
  );
  let touched = touchedKeys();
  const wanted = entities.filter((g) => touched.has(entityKey(g.entity))).map((g) => g.entity);
  const { usage, managedPolicyDocuments, usageUnavailable, usageStats } = await usageFor(
    wanted,
    options,
    clock
  );
  if (managedPolicyDocuments.size > 0) {
    const managedPolicySource = options.snapshot ? "snapshot" : "live";
    grantOptions = { managedPolicyDocuments, managedPolicySource, bundledPolicies };
    entities = collectGrants(head, base, grantOptions);
    touched = touchedKeys();
  }
  const historic = usage.size > 0 ? await historicGrants(root, paths, readOptions, config.unusedDays, clock(), {
    managedPolicyDocuments,
    bundledPolicies
  }) : null;
  diagnostics.push(...reviewDiagnostics(entities, touched));
  const { findings, suppressed, warnings } = evaluateAll(entities, {
    usage,
    touched,
    historic,
    config,
    hasBaseFor,
    usageUnavailable,
    now: clock(),
    grantOptions
  });
  diagnostics.push(...warnings);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const failOn = options.failOn ?? "error";
  const unreadable = newProblems(head.diagnostics, gitBase?.diagnostics ?? []);
  const summary = {
    entities: entities.length,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length,
    suppressed: suppressed.length,
    unreadable: unreadable.length,
    blocked: findings.some((f) => reaches(f.severity, failOn)) || unreadable.length > 0 && failOn !== "never"
  };
  return {
    findings,
    suppressed,
    summary,
    entities,
    usage,
    diagnostics,
    notes: head.notes ?? [],
    unreadable,
    usageUnavailable,
    base: baseSha,
    touched: [...touched].sort(),
    files: head.files,
    root: sourceRoot,
    usageStats
  };
}
function reviewDiagnostics(entities, touched) {
  const out = [];
  for (const g of entities) {
    if (!touched.has(entityKey(g.entity))) continue;
    out.push(...g.grants.diagnostics ?? []);
    for (const action of g.grants.unknownActions) {
      const where = g.grants.unknownActionSources?.[action];
      out.push({
        severity: "warning",
        file: where?.file ?? g.entity.file,
        line: where?.line ?? g.entity.line,
        message: `${g.entity.id}: '${action}' matches no action in the catalog (a typo, or an action newer than the catalog); it is not judged`,
        entity: g.entity.id
      });
    }
  }
  return out;
}
function evaluateAll(entities, context) {
  const { config } = context;
  const findings = [];
  const suppressed = [];
  const warnings = [];
  for (const g of entities) {
    const key = entityKey(g.entity);
    const result = evaluateEntity(
      {
        granted: g,
        usage: context.usage.get(key) ?? null,
        touched: context.touched.has(key),
        historic: context.historic?.get(key) ?? null
      },
      {
        rules: config.rules,
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase: context.hasBaseFor(g.entity),
        usageUnavailable: context.usageUnavailable,
        now: context.now,
        grantOptions: context.grantOptions
      }
    );
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
    for (const w of result.warnings) {
      warnings.push({
        severity: "warning",
        file: w.file,
        line: w.line,
        message: w.message,
        entity: w.entity
      });
    }
  }
  return { findings, suppressed, warnings };
}
async function usageFor(wanted, options, clock) {
  const none = {
    usage: /* @__PURE__ */ new Map(),
    managedPolicyDocuments: /* @__PURE__ */ new Map(),
    usageUnavailable: null,
    usageStats: null
  };
  if (!options.snapshot && !options.aws) {
    return {
      ...none,
      usageUnavailable: options.usageUnavailableReason ?? "no AWS credentials and no snapshot: configure AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, OIDC) or pass --snapshot FILE"
    };
  }
  if (wanted.length === 0) return none;
  const { config } = options;
  let collection;
  try {
    collection = await collectUsage(wanted, {
      ...options.snapshot ? { snapshot: options.snapshot } : {},
      ...options.aws ? { clients: options.aws } : {},
      granularity: config.granularity,
      deadlineMs: config.deadlineSeconds * 1e3,
      clock,
      ...options.sleep ? { sleep: options.sleep } : {},
      ...options.cacheDir ? { cacheDir: options.cacheDir, cacheMaxAgeMs: config.cacheMaxAgeHours * 36e5 } : {},
      entityArns: config.entities,
      stacks: config.stacks,
      ...options.onProgress ? { onProgress: options.onProgress } : {}
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    return { ...none, usageUnavailable: `collecting usage failed: ${errorMessage(error)}` };
  }
  if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
  return {
    usage: collection.usage,
    managedPolicyDocuments: collection.managedPolicyDocuments,
    usageUnavailable: null,
    usageStats: collection.stats
  };
}
function newProblems(head, base) {
  const key = (d) => `${d.file}
${d.message.replace(/\b(line|column) \d+/g, "$1 #")}`;
  const excused = /* @__PURE__ */ new Map();
  for (const d of base) if (d.severity === "error") excused.set(key(d), (excused.get(key(d)) ?? 0) + 1);
  return head.filter((d) => {
    if (d.severity !== "error") return false;
    const left = excused.get(key(d)) ?? 0;
    if (left > 0) excused.set(key(d), left - 1);
    return left === 0;
  });
}
function mergeBase(head, gitBase) {
  const prior = head.priorEntities ?? [];
  if (!gitBase && prior.length === 0) return null;
  const byKey = /* @__PURE__ */ new Map();
  for (const e of gitBase?.entities ?? []) byKey.set(entityKey(e), e);
  for (const e of prior) byKey.set(entityKey(e), e);
  for (const [key, moved] of movedEntities(head, gitBase)) byKey.set(key, moved);
  return { entities: [...byKey.values()], diagnostics: [], files: gitBase?.files ?? [] };
}
function movedEntities(head, gitBase) {
  const paired = /* @__PURE__ */ new Map();
  if (!gitBase) return paired;
  const headFiles = new Set(head.files);
  const baseKeys = new Set(gitBase.entities.map(entityKey));
  const gone = /* @__PURE__ */ new Map();
  for (const e of gitBase.entities) {
    if (headFiles.has(e.file)) continue;
    const candidates = gone.get(`${e.kind}
${e.id}`) ?? [];
    candidates.push(e);
    gone.set(`${e.kind}
${e.id}`, candidates);
  }
  for (const e of head.entities) {
    const key = entityKey(e);
    if (baseKeys.has(key)) continue;
    const candidates = gone.get(`${e.kind}
${e.id}`);
    if (candidates?.length === 1) paired.set(key, { ...candidates[0], file: e.file });
  }
  return paired;
}
async function historicGrants(root, paths, readOptions, unusedDays, now, grantOptions) {
  if (!root) return null;
  const before = new Date(now.getTime() - unusedDays * DAY_MS).toISOString();
  const sha = await git(root, ["rev-list", "-1", `--before=${before}`, "HEAD"]);
  if (!sha) return null;
  try {
    const then = await readIac(gitRefSource(root, sha), paths, readOptions);
    const map = /* @__PURE__ */ new Map();
    for (const g of collectGrants(then, null, grantOptions)) {
      map.set(entityKey(g.entity), { services: g.grants.services, actions: g.grants.actions });
    }
    return map;
  } catch {
    return null;
  }
}
function readOptionsOf(config, options) {
  return {
    // [i13] configuration `parameters`: the values a template is deployed with, over its Defaults.
    ...config.parameters.length > 0 ? { parameters: parameterValuesFor(config.parameters) } : {},
    ...config.files.include.length > 0 ? { include: config.files.include } : {},
    ...config.files.exclude.length > 0 ? { exclude: config.files.exclude } : {},
    ...options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}
  };
}
function parameterValuesFor(entries) {
  const compiled = entries.map((entry) => ({
    match: new Minimatch(entry.template, { dot: true }),
    values: entry.values
  }));
  return (file) => {
    const matching = compiled.filter((entry) => entry.match.match(file));
    return matching.length === 0 ? void 0 : Object.assign({}, ...matching.map((entry) => entry.values));
  };
}

export {
  gitRoot,
  defaultBase,
  scan
};
//# sourceMappingURL=chunk-6QRXVF3K.js.map
