import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  SnapshotSource,
  resolveSync,
  targetOf
} from "./chunk-3JWLYGGJ.js";
import {
  emptyUsage
} from "./chunk-ATOTXTKG.js";
import {
  parseIamArn
} from "./chunk-R5BDUPL3.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";

// src/usage/collect-snapshot.ts
function fromSnapshot(entities, snapshot, options, clock, started) {
  const source = new SnapshotSource(snapshot);
  const usage = /* @__PURE__ */ new Map();
  let done = 0;
  for (const entity of entities) {
    const key = entityKey(entity);
    if (!usage.has(key)) usage.set(key, answerFromSnapshot(entity, snapshot, source, options));
    done++;
    options.onProgress?.({
      done,
      total: entities.length,
      throttled: 0,
      elapsedMs: clock().getTime() - started
    });
  }
  return {
    usage,
    managedPolicyDocuments: new Map(snapshot.policies.map((p) => [p.Arn, p.Document])),
    managedPolicyErrors: /* @__PURE__ */ new Map(),
    stackResources: snapshot.resources,
    stats: { calls: 0, throttled: 0, requests: 0, cached: 0, elapsedMs: clock().getTime() - started },
    failure: null
  };
}
function answerFromSnapshot(entity, snapshot, source, options) {
  const empty = emptyUsage(entity);
  const resolution = resolveSync(targetOf(entity, options.accountId ?? null), options, source);
  if (resolution.status !== "resolved") {
    return {
      ...empty,
      arn: resolution.status === "ambiguous" ? null : resolution.arn,
      reason: resolution.reason,
      ...resolution.status === "ambiguous" ? { candidates: resolution.candidates } : {}
    };
  }
  const arn = resolution.arn;
  const report = source.report(arn);
  const parts = parseIamArn(arn);
  const granting = snapshot.policiesGranting?.find((p) => p.Arn === arn);
  return {
    ...empty,
    arn,
    ...report.JobStatus === "COMPLETED" ? { report, createDate: report.CreateDate ?? null } : {
      reason: `the snapshot's report for ${report.Arn} is ${report.JobStatus}${report.Error?.Message ? `: ${report.Error.Message}` : ""}`
    },
    accessKeys: parts?.kind === "user" ? snapshot.accessKeys.filter((k) => k.UserName === parts.name) : [],
    servicesWithEntities: Object.fromEntries(
      (snapshot.entityDetails ?? []).filter((detail) => detail.Arn === arn).map((detail) => [detail.ServiceNamespace, detail.EntityDetailsList])
    ),
    ...granting ? {
      policiesGranting: Object.fromEntries(
        granting.PoliciesGrantingServiceAccess.map((g) => [g.ServiceNamespace, g.Policies])
      )
    } : {}
  };
}

// src/usage/collect.ts
var NO_SOURCE_REASON = "no AWS credentials or snapshot";
async function collectUsage(entities, options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const started = clock().getTime();
  if (options.snapshot) return fromSnapshot(entities, options.snapshot, options, clock, started);
  if (!options.clients) {
    options.onProgress?.({ done: entities.length, total: entities.length, throttled: 0, elapsedMs: 0 });
    return {
      usage: new Map(entities.map((e) => [entityKey(e), { ...emptyUsage(e), reason: NO_SOURCE_REASON }])),
      managedPolicyDocuments: /* @__PURE__ */ new Map(),
      managedPolicyErrors: /* @__PURE__ */ new Map(),
      stackResources: [],
      stats: { calls: 0, throttled: 0, requests: 0, cached: 0, elapsedMs: 0 },
      failure: null
    };
  }
  const { LiveCollection } = await import("./collect-live-HLTOR42C.js");
  return new LiveCollection(entities, options.clients, options, clock, started).run();
}

export {
  NO_SOURCE_REASON,
  collectUsage
};
//# sourceMappingURL=chunk-GPHI7JD6.js.map
