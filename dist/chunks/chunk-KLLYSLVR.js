import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  compareFindings,
  evaluateEntity,
  planStatementEdits,
  reaches
} from "./chunk-SMT6SAXJ.js";
import {
  RULE_IDS
} from "./chunk-PUX2MLRJ.js";
import {
  bundledPoliciesFor,
  collectGrants,
  grantsOf
} from "./chunk-BCIBQX6Q.js";
import {
  collectUsage
} from "./chunk-GPHI7JD6.js";
import {
  collectionFailureMessage
} from "./chunk-CXI7UASZ.js";
import {
  resolveChange,
  touchedEntities
} from "./chunk-TL5VAJK4.js";
import {
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey,
  newEntity
} from "./chunk-YGTLDSZU.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";

// src/change/unreadable.ts
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

// src/pipeline.ts
function changeSpec(options, now) {
  const { config } = options;
  const base = options.base;
  const deployed = options.deployedTemplates ?? Boolean(options.aws);
  return {
    cwd: options.cwd,
    paths: options.paths,
    head: options.staged ? { kind: "index" } : { kind: "worktree" },
    base: base === null || base === void 0 ? { kind: "none" } : base === "auto" ? { kind: "auto" } : { kind: "ref", ref: base, ...options.mergeBase ? { mergeBase: true } : {} },
    ...options.trust ? { trust: options.trust } : {},
    ...options.baseArtifacts ? { baseArtifacts: options.baseArtifacts } : {},
    scope: options.readScope ?? "change",
    ...options.onlyFiles ? { onlyFiles: options.onlyFiles } : {},
    include: config.files.include,
    exclude: config.files.exclude,
    // Configuration `parameters`: the values a template is deployed with, over its Defaults.
    ...config.parameters.length > 0 ? { parameters: parameterValuesFor(config.parameters) } : {},
    stacks: config.stacks,
    deployedTemplate: deployed && options.aws ? lazyTemplateFetcher(options.aws, {
      clock: options.clock ?? (() => /* @__PURE__ */ new Date()),
      ...options.sleep ? { sleep: options.sleep } : {}
    }) : null,
    // History matters only where usage can call a grant unused.
    history: options.snapshot || options.aws ? { days: config.unusedDays, now } : null
  };
}
function lazyTemplateFetcher(aws, fetchOptions) {
  let fetcher = null;
  return async (request) => {
    fetcher ??= import("./templates-FVI56YEW.js").then((m) => m.createTemplateFetcher(aws, fetchOptions));
    return (await fetcher)(request);
  };
}
async function usageStage(options, wanted, clock) {
  const { config } = options;
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
  try {
    const collection = await collectUsage(wanted, {
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
    if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
    return {
      usage: collection.usage,
      managedPolicyDocuments: collection.managedPolicyDocuments,
      usageUnavailable: null,
      usageStats: collection.stats
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    return { ...none, usageUnavailable: `collecting usage failed: ${errorMessage(error)}` };
  }
}
function grantsStage(change, grantOptions) {
  const entities = collectGrants(change.head, change.baseEntities, grantOptions);
  const baseByKey = new Map((change.baseEntities?.entities ?? []).map((e) => [entityKey(e), e]));
  return { entities, touched: touchedEntities(entities, change.bases, baseByKey) };
}
function historicGrants(change, grantOptions) {
  if (!change.history) return null;
  const map = /* @__PURE__ */ new Map();
  for (const g of collectGrants(change.history.result, null, { ...grantOptions, attribute: false })) {
    map.set(entityKey(g.entity), { services: g.grants.services, actions: g.grants.actions });
  }
  return map;
}
function existingDespiteNew(change, entities, usage) {
  const notices = [];
  const overridden = /* @__PURE__ */ new Set();
  for (const g of entities) {
    const key = entityKey(g.entity);
    const base = change.bases.get(key);
    const created = usage.get(key)?.createDate;
    if (!base || base.existed || base.source === "none" || !created || !change.baseDate) continue;
    if (Date.parse(created) >= Date.parse(change.baseDate)) continue;
    overridden.add(key);
    notices.push({
      file: g.entity.file,
      line: g.entity.line,
      entity: g.entity.id,
      message: `${g.entity.id} is new to the ${base.source} base, but IAM has had it since ${created.slice(0, 10)}: judged as it stands, against its own last-accessed report`
    });
  }
  notices.push(...change.notes);
  for (const g of entities) {
    const key = entityKey(g.entity);
    if (change.baseAsked && change.bases.get(key)?.source === "none") {
      notices.push({
        file: g.entity.file,
        line: g.entity.line,
        entity: g.entity.id,
        message: `${g.entity.id}: no base from any source (not deployed as far as can be asked, no base artifact, not in git): judged as it stands`
      });
    }
  }
  return { notices, overridden };
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
function rulesStage(config, change, graded, collected, historic, now, grantOptions) {
  const out = { findings: [], suppressed: [], warnings: [], unused: /* @__PURE__ */ new Map() };
  for (const g of graded.entities) {
    const key = entityKey(g.entity);
    const hasBase = (change.bases.get(key)?.source ?? "none") !== "none" && !graded.overridden.has(key);
    const result = evaluateEntity(
      {
        granted: g,
        usage: collected.usage.get(key) ?? null,
        touched: graded.touched.has(key),
        historic: historic?.get(key) ?? null
      },
      {
        rules: config.rules,
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase,
        usageUnavailable: collected.usageUnavailable,
        now,
        grantOptions
      }
    );
    out.findings.push(...result.findings);
    out.suppressed.push(...result.suppressed);
    for (const w of result.warnings) out.warnings.push({ severity: "warning", ...w });
    out.unused.set(key, result.unused);
  }
  for (const { entity, reason } of change.vanished) {
    const placeholder = newEntity({
      ...entity,
      statements: [],
      managedPolicyArns: [],
      groups: [],
      permissionsBoundary: null,
      // Only what the base wrote on the entity itself about this rule, with a reason, applies here.
      suppressions: entity.suppressions.filter((s) => s.rule === "unjudged" && s.reason && s.scope === null),
      unknowns: [{ message: reason, location: { file: entity.file, line: entity.line, path: entity.path } }]
    });
    const result = evaluateEntity(
      {
        granted: { entity: placeholder, grants: grantsOf(placeholder), base: null },
        usage: null,
        touched: true
      },
      {
        rules: onlyRule(config.rules, "unjudged"),
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase: true,
        usageUnavailable: collected.usageUnavailable,
        now
      }
    );
    out.findings.push(...result.findings);
    out.suppressed.push(...result.suppressed);
  }
  out.findings = withoutRepeats(out.findings.sort(compareFindings), graded.entities);
  out.suppressed.sort(compareFindings);
  return out;
}
function withoutRepeats(findings, entities) {
  const identity = (e) => `${e.kind}\0${e.id}`;
  const declared = /* @__PURE__ */ new Set();
  const twice = /* @__PURE__ */ new Set();
  for (const { entity } of entities) {
    const id = identity(entity);
    if (declared.has(id)) twice.add(id);
    declared.add(id);
  }
  if (twice.size === 0) return findings;
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    if (!twice.has(identity(f.entity))) return true;
    const k = JSON.stringify([
      f.rule,
      f.severity,
      identity(f.entity),
      f.entity.arn,
      f.file,
      f.line,
      f.service,
      f.action,
      f.message
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function onlyRule(rules, id) {
  return Object.fromEntries(
    RULE_IDS.map((rule) => [rule, rule === id ? rules[rule] : { severity: "off", options: {} }])
  );
}
function summarize(entities, judged, unreadable, failOn) {
  const { findings } = judged;
  return {
    entities,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length,
    suppressed: judged.suppressed.length,
    unreadable: unreadable.length,
    blocked: findings.some((f) => reaches(f.severity, failOn)) || unreadable.length > 0 && failOn !== "never"
  };
}
async function scan(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const change = await resolveChange(changeSpec(options, clock()), options.revisions);
  const bundledPolicies = await bundledPoliciesFor([
    ...change.head.entities,
    ...change.baseEntities?.entities ?? []
  ]);
  let { entities, touched } = grantsStage(change, { bundledPolicies });
  const wanted = entities.filter((g) => touched.has(entityKey(g.entity))).map((g) => g.entity);
  const collected = await usageStage(options, wanted, clock);
  const grantOptions = {
    managedPolicyDocuments: collected.managedPolicyDocuments,
    managedPolicySource: options.snapshot ? "snapshot" : "live",
    bundledPolicies
  };
  if (collected.managedPolicyDocuments.size > 0) ({ entities, touched } = grantsStage(change, grantOptions));
  const historic = collected.usage.size > 0 ? historicGrants(change, grantOptions) : null;
  const { notices, overridden } = existingDespiteNew(change, entities, collected.usage);
  const graded = { entities, touched, overridden };
  const judged = rulesStage(options.config, change, graded, collected, historic, clock(), grantOptions);
  const unreadable = [
    ...newProblems(change.head.diagnostics, change.baseDiagnostics),
    ...change.diagnostics.filter((d) => d.severity === "error")
  ];
  return {
    findings: judged.findings,
    suppressed: judged.suppressed,
    summary: summarize(entities.length, judged, unreadable, options.failOn ?? "error"),
    entities,
    baseSources: Object.fromEntries([...change.bases].map(([key, b]) => [key, b.source])),
    bases: change.files,
    artifacts: change.artifacts,
    baseNotices: notices,
    usage: collected.usage,
    diagnostics: [
      ...change.head.diagnostics,
      ...change.diagnostics,
      ...reviewDiagnostics(entities, touched),
      ...judged.warnings
    ],
    notes: change.head.notes ?? [],
    unreadable,
    usageUnavailable: collected.usageUnavailable,
    base: change.base,
    touched: [...touched].sort(),
    files: change.head.files,
    root: change.root,
    read: change.read,
    gitProcesses: change.gitProcesses,
    usageStats: collected.usageStats,
    edits: options.planEdits === false ? [] : planStatementEdits(entities, judged.unused)
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
  scan
};
//# sourceMappingURL=chunk-KLLYSLVR.js.map
