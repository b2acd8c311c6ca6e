import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  SnapshotSource,
  resolveSync,
  targetOf
} from "./chunk-FJDSAFLX.js";
import {
  emptyUsage
} from "./chunk-34HYMZTT.js";
import {
  parseIamArn
} from "./chunk-GAFWYLQA.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";

// src/usage/collect-snapshot.ts
function fromSnapshot(entities, snapshot, options, usage, clock, started) {
  const source = new SnapshotSource(snapshot);
  let done = 0;
  for (const entity of entities) {
    answerFromSnapshot(entity, usage.get(entityKey(entity)), snapshot, source, options);
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
function answerFromSnapshot(entity, entry, snapshot, source, options) {
  const resolution = resolveSync(targetOf(entity, options.accountId ?? null), options, source);
  if (resolution.status !== "resolved") {
    entry.arn = resolution.status === "ambiguous" ? null : resolution.arn;
    entry.reason = resolution.reason;
    if (resolution.status === "ambiguous") entry.candidates = resolution.candidates;
    return;
  }
  const arn = resolution.arn;
  const report = source.report(arn);
  entry.arn = arn;
  if (report.JobStatus !== "COMPLETED") {
    entry.reason = `the snapshot's report for ${report.Arn} is ${report.JobStatus}${report.Error?.Message ? `: ${report.Error.Message}` : ""}`;
  } else {
    entry.report = report;
    entry.createDate = report.CreateDate ?? null;
  }
  const parts = parseIamArn(arn);
  if (parts?.kind === "user") entry.accessKeys = snapshot.accessKeys.filter((k) => k.UserName === parts.name);
  for (const detail of snapshot.entityDetails ?? []) {
    if (detail.Arn === arn) entry.servicesWithEntities[detail.ServiceNamespace] = detail.EntityDetailsList;
  }
  const granting = snapshot.policiesGranting?.find((p) => p.Arn === arn);
  if (granting) {
    entry.policiesGranting = Object.fromEntries(
      granting.PoliciesGrantingServiceAccess.map((g) => [g.ServiceNamespace, g.Policies])
    );
  }
}

// src/usage/collect.ts
var NO_SOURCE_REASON = "no AWS credentials or snapshot";
async function collectUsage(entities, options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const started = clock().getTime();
  const usage = /* @__PURE__ */ new Map();
  for (const entity of entities) usage.set(entityKey(entity), emptyUsage(entity));
  if (options.snapshot) return fromSnapshot(entities, options.snapshot, options, usage, clock, started);
  if (!options.clients) {
    for (const entry of usage.values()) entry.reason = NO_SOURCE_REASON;
    options.onProgress?.({ done: entities.length, total: entities.length, throttled: 0, elapsedMs: 0 });
    return {
      usage,
      managedPolicyDocuments: /* @__PURE__ */ new Map(),
      managedPolicyErrors: /* @__PURE__ */ new Map(),
      stackResources: [],
      stats: { calls: 0, throttled: 0, requests: 0, cached: 0, elapsedMs: 0 },
      failure: null
    };
  }
  const { LiveCollection } = await import("./collect-live-D5L6FURR.js");
  return new LiveCollection(entities, options.clients, options, usage, clock, started).run();
}

export {
  NO_SOURCE_REASON,
  collectUsage
};
//# sourceMappingURL=chunk-RYKVCKWL.js.map
