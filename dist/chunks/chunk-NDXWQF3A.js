import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseIamArn
} from "./chunk-R5BDUPL3.js";
import {
  newEntity
} from "./chunk-YGTLDSZU.js";
import {
  UserError
} from "./chunk-PSDFGU3R.js";

// src/usage/arn.ts
function entityFromArn(arn) {
  const parts = parseIamArn(arn);
  if (!parts) return null;
  return newEntity({
    id: arn,
    kind: parts.kind,
    format: "policy",
    file: "arn",
    line: 1,
    path: "",
    name: parts.name,
    iamPath: parts.path,
    arn
  });
}

// src/usage/snapshot.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SnapshotReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(path, message) {
    throw new UserError(`${this.file}: ${path} ${message}`);
  }
  object(value, path) {
    return isObject(value) ? value : this.fail(path, "must be an object");
  }
  array(value, path, optional = false) {
    if (value === void 0 && optional) return [];
    return Array.isArray(value) ? value : this.fail(path, "must be an array");
  }
  string(value, path) {
    return typeof value === "string" && value !== "" ? value : this.fail(path, "must be a non-empty string");
  }
  optString(value, path) {
    return value === void 0 || value === null ? void 0 : this.string(value, path);
  }
  /** Dates as the API or the AWS CLI prints them (`…+00:00`, fractions), normalized to RFC 3339 UTC. */
  date(value, path) {
    if (value === void 0 || value === null) return void 0;
    const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) {
      return this.fail(path, `must be a date like 2026-03-01T10:00:00Z, got ${JSON.stringify(value)}`);
    }
    return new Date(ms).toISOString();
  }
  oneOf(value, allowed, path) {
    return allowed.includes(value) ? value : this.fail(path, `must be one of ${allowed.join(", ")}`);
  }
};
function set(target, key, value) {
  if (value !== void 0) target[key] = value;
}
function readSnapshot(text, file) {
  const r = new SnapshotReader(file);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not a snapshot: invalid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const top = r.object(raw, "(top level)");
  if (top["version"] !== 1) {
    r.fail(
      "version",
      top["version"] === void 0 ? "is missing: this is not a file written by 'iam-usage-guard snapshot'" : `must be 1 (this snapshot says ${JSON.stringify(top["version"])}; write it with 'iam-usage-guard snapshot')`
    );
  }
  const snapshot = {
    version: 1,
    generatedAt: r.date(top["generatedAt"], "generatedAt") ?? r.fail("generatedAt", "is required"),
    reports: r.array(top["reports"], "reports").map((value, i) => readReport(r, value, `reports[${i}]`)),
    accessKeys: r.array(top["accessKeys"], "accessKeys", true).map((value, i) => readAccessKey(r, value, `accessKeys[${i}]`)),
    policies: r.array(top["policies"], "policies", true).map((value, i) => {
      const policy = r.object(value, `policies[${i}]`);
      return {
        Arn: r.string(policy["Arn"], `policies[${i}].Arn`),
        Document: r.object(policy["Document"], `policies[${i}].Document`)
      };
    }),
    resources: r.array(top["resources"], "resources", true).map((value, i) => {
      const path = `resources[${i}]`;
      const resource = r.object(value, path);
      const entry = {
        StackName: r.string(resource["StackName"], `${path}.StackName`),
        LogicalResourceId: r.string(resource["LogicalResourceId"], `${path}.LogicalResourceId`),
        PhysicalResourceId: r.string(resource["PhysicalResourceId"], `${path}.PhysicalResourceId`)
      };
      set(entry, "ResourceType", r.optString(resource["ResourceType"], `${path}.ResourceType`));
      return entry;
    })
  };
  if (top["entityDetails"] !== void 0) {
    snapshot.entityDetails = r.array(top["entityDetails"], "entityDetails").map((value, i) => {
      const path = `entityDetails[${i}]`;
      const entry = r.object(value, path);
      return {
        Arn: r.string(entry["Arn"], `${path}.Arn`),
        ServiceNamespace: r.string(entry["ServiceNamespace"], `${path}.ServiceNamespace`),
        EntityDetailsList: r.array(entry["EntityDetailsList"], `${path}.EntityDetailsList`).map((d, j) => readEntityDetails(r, d, `${path}.EntityDetailsList[${j}]`))
      };
    });
  }
  if (top["policiesGranting"] !== void 0) {
    snapshot.policiesGranting = r.array(top["policiesGranting"], "policiesGranting").map((value, i) => readPoliciesGranting(r, value, `policiesGranting[${i}]`));
  }
  return snapshot;
}
function readAccessKey(r, value, path) {
  const key = r.object(value, path);
  const used = r.object(key["AccessKeyLastUsed"], `${path}.AccessKeyLastUsed`);
  const lastUsed = {
    ServiceName: r.string(used["ServiceName"], `${path}.AccessKeyLastUsed.ServiceName`),
    Region: r.string(used["Region"], `${path}.AccessKeyLastUsed.Region`)
  };
  set(lastUsed, "LastUsedDate", r.date(used["LastUsedDate"], `${path}.AccessKeyLastUsed.LastUsedDate`));
  const usage = {
    UserName: r.string(key["UserName"], `${path}.UserName`),
    AccessKeyId: r.string(key["AccessKeyId"], `${path}.AccessKeyId`),
    Status: r.oneOf(key["Status"], ["Active", "Inactive", "Expired"], `${path}.Status`),
    AccessKeyLastUsed: lastUsed
  };
  set(usage, "CreateDate", r.date(key["CreateDate"], `${path}.CreateDate`));
  return usage;
}
function readPoliciesGranting(r, value, path) {
  const entry = r.object(value, path);
  return {
    Arn: r.string(entry["Arn"], `${path}.Arn`),
    PoliciesGrantingServiceAccess: r.array(entry["PoliciesGrantingServiceAccess"], `${path}.PoliciesGrantingServiceAccess`).map((g, j) => {
      const gp = `${path}.PoliciesGrantingServiceAccess[${j}]`;
      const grant = r.object(g, gp);
      return {
        ServiceNamespace: r.string(grant["ServiceNamespace"], `${gp}.ServiceNamespace`),
        Policies: r.array(grant["Policies"], `${gp}.Policies`).map((p, k) => readGrantingPolicy(r, p, `${gp}.Policies[${k}]`))
      };
    })
  };
}
function readGrantingPolicy(r, value, path) {
  const policy = r.object(value, path);
  const out = {
    PolicyName: r.string(policy["PolicyName"], `${path}.PolicyName`),
    PolicyType: r.oneOf(policy["PolicyType"], ["INLINE", "MANAGED"], `${path}.PolicyType`)
  };
  set(out, "PolicyArn", r.optString(policy["PolicyArn"], `${path}.PolicyArn`));
  if (policy["EntityType"] !== void 0) {
    out.EntityType = r.oneOf(policy["EntityType"], ["USER", "ROLE", "GROUP"], `${path}.EntityType`);
  }
  set(out, "EntityName", r.optString(policy["EntityName"], `${path}.EntityName`));
  return out;
}
function readReport(r, value, path) {
  const entry = r.object(value, path);
  const arn = r.string(entry["Arn"], `${path}.Arn`);
  if (!parseIamArn(arn)) r.fail(`${path}.Arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
  if (entry["IsTruncated"] === true) {
    r.fail(
      `${path}.IsTruncated`,
      `is true for ${arn}: this entry is one page of get-service-last-accessed-details (the AWS CLI does not page it). Merge its pages (docs/cli.md#a-snapshot-from-the-aws-cli) or write the snapshot with 'iam-usage-guard snapshot'`
    );
  }
  const report = {
    Arn: arn,
    JobStatus: r.oneOf(
      entry["JobStatus"],
      ["IN_PROGRESS", "COMPLETED", "FAILED"],
      `${path}.JobStatus`
    ),
    ServicesLastAccessed: r.array(entry["ServicesLastAccessed"], `${path}.ServicesLastAccessed`).map((s, i) => readService(r, s, `${path}.ServicesLastAccessed[${i}]`))
  };
  set(report, "CreateDate", r.date(entry["CreateDate"], `${path}.CreateDate`));
  if (entry["JobType"] !== void 0) {
    report.JobType = r.oneOf(entry["JobType"], ["SERVICE_LEVEL", "ACTION_LEVEL"], `${path}.JobType`);
  }
  set(report, "JobCreationDate", r.date(entry["JobCreationDate"], `${path}.JobCreationDate`));
  set(report, "JobCompletionDate", r.date(entry["JobCompletionDate"], `${path}.JobCompletionDate`));
  if (entry["Error"] !== void 0) {
    const error = r.object(entry["Error"], `${path}.Error`);
    report.Error = {};
    set(report.Error, "Code", r.optString(error["Code"], `${path}.Error.Code`));
    set(report.Error, "Message", r.optString(error["Message"], `${path}.Error.Message`));
  }
  return report;
}
function readService(r, value, path) {
  const entry = r.object(value, path);
  const service = {
    ServiceName: r.string(entry["ServiceName"], `${path}.ServiceName`),
    ServiceNamespace: r.string(entry["ServiceNamespace"], `${path}.ServiceNamespace`)
  };
  set(service, "LastAuthenticated", r.date(entry["LastAuthenticated"], `${path}.LastAuthenticated`));
  set(
    service,
    "LastAuthenticatedEntity",
    r.optString(entry["LastAuthenticatedEntity"], `${path}.LastAuthenticatedEntity`)
  );
  set(
    service,
    "LastAuthenticatedRegion",
    r.optString(entry["LastAuthenticatedRegion"], `${path}.LastAuthenticatedRegion`)
  );
  if (entry["TotalAuthenticatedEntities"] !== void 0) {
    const total = entry["TotalAuthenticatedEntities"];
    if (typeof total !== "number") r.fail(`${path}.TotalAuthenticatedEntities`, "must be a number");
    service.TotalAuthenticatedEntities = total;
  }
  if (entry["TrackedActionsLastAccessed"] !== void 0) {
    service.TrackedActionsLastAccessed = r.array(entry["TrackedActionsLastAccessed"], `${path}.TrackedActionsLastAccessed`).map((a, i) => {
      const ap = `${path}.TrackedActionsLastAccessed[${i}]`;
      const action = r.object(a, ap);
      const tracked = {};
      set(tracked, "ActionName", r.optString(action["ActionName"], `${ap}.ActionName`));
      set(
        tracked,
        "LastAccessedEntity",
        r.optString(action["LastAccessedEntity"], `${ap}.LastAccessedEntity`)
      );
      set(tracked, "LastAccessedTime", r.date(action["LastAccessedTime"], `${ap}.LastAccessedTime`));
      set(
        tracked,
        "LastAccessedRegion",
        r.optString(action["LastAccessedRegion"], `${ap}.LastAccessedRegion`)
      );
      return tracked;
    });
  }
  return service;
}
function readEntityDetails(r, value, path) {
  const entry = r.object(value, path);
  const info = r.object(entry["EntityInfo"], `${path}.EntityInfo`);
  const details = {
    EntityInfo: {
      Arn: r.string(info["Arn"], `${path}.EntityInfo.Arn`),
      Name: r.string(info["Name"], `${path}.EntityInfo.Name`),
      Type: r.string(info["Type"], `${path}.EntityInfo.Type`),
      Id: r.string(info["Id"], `${path}.EntityInfo.Id`)
    }
  };
  set(details.EntityInfo, "Path", r.optString(info["Path"], `${path}.EntityInfo.Path`));
  set(details, "LastAuthenticated", r.date(entry["LastAuthenticated"], `${path}.LastAuthenticated`));
  return details;
}
function inDocumentedOrder(report, createDate) {
  const created = createDate ?? report.CreateDate;
  const entry = {
    Arn: report.Arn,
    ...created ? { CreateDate: created } : {},
    JobStatus: report.JobStatus,
    ...report.JobType ? { JobType: report.JobType } : {},
    ...report.JobCreationDate ? { JobCreationDate: report.JobCreationDate } : {},
    ...report.JobCompletionDate ? { JobCompletionDate: report.JobCompletionDate } : {},
    ServicesLastAccessed: report.ServicesLastAccessed,
    ...report.Error ? { Error: report.Error } : {}
  };
  return entry;
}
function buildSnapshot(collection, generatedAt) {
  const reports = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const entityDetails = [];
  const policiesGranting = [];
  const seenDetails = /* @__PURE__ */ new Set();
  for (const usage of collection.usage.values()) {
    if (usage.report && !reports.has(usage.report.Arn)) {
      reports.set(usage.report.Arn, inDocumentedOrder(usage.report, usage.createDate));
    }
    for (const key of usage.accessKeys) keys.set(key.AccessKeyId, key);
    if (usage.arn) {
      for (const [namespace, list] of Object.entries(usage.servicesWithEntities)) {
        const id = `${usage.arn}|${namespace}`;
        if (seenDetails.has(id)) continue;
        seenDetails.add(id);
        entityDetails.push({ Arn: usage.arn, ServiceNamespace: namespace, EntityDetailsList: list });
      }
      if (usage.policiesGranting && !policiesGranting.some((p) => p.Arn === usage.arn)) {
        policiesGranting.push({
          Arn: usage.arn,
          PoliciesGrantingServiceAccess: Object.entries(usage.policiesGranting).map(
            ([namespace, policies]) => ({
              ServiceNamespace: namespace,
              Policies: policies
            })
          )
        });
      }
    }
  }
  const snapshot = {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    reports: [...reports.values()].sort((a, b) => a.Arn.localeCompare(b.Arn)),
    accessKeys: [...keys.values()].sort(
      (a, b) => a.UserName.localeCompare(b.UserName) || a.AccessKeyId.localeCompare(b.AccessKeyId)
    ),
    policies: [...collection.managedPolicyDocuments.entries()].map(([Arn, Document]) => ({ Arn, Document })).sort((a, b) => a.Arn.localeCompare(b.Arn)),
    resources: [...collection.stackResources ?? []]
  };
  if (entityDetails.length > 0) snapshot.entityDetails = entityDetails;
  if (policiesGranting.length > 0) snapshot.policiesGranting = policiesGranting;
  return snapshot;
}
function reportTime(report, snapshot) {
  return Date.parse(report.JobCompletionDate ?? report.JobCreationDate ?? snapshot.generatedAt);
}
function mergeSnapshots(snapshots) {
  if (snapshots.length === 1) return snapshots[0];
  const ordered = [...snapshots].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
  const reports = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const policies = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  const details = /* @__PURE__ */ new Map();
  const granting = /* @__PURE__ */ new Map();
  for (const snapshot of ordered) {
    for (const report of snapshot.reports) {
      const at = reportTime(report, snapshot);
      const held = reports.get(report.Arn);
      if (!held || at >= held.at) reports.set(report.Arn, { report, at });
    }
    for (const key of snapshot.accessKeys) keys.set(key.AccessKeyId, key);
    for (const policy of snapshot.policies) policies.set(policy.Arn, policy);
    for (const r of snapshot.resources) {
      resources.set(`${r.StackName}
${r.LogicalResourceId}
${r.PhysicalResourceId}`, r);
    }
    for (const d of snapshot.entityDetails ?? []) details.set(`${d.Arn}
${d.ServiceNamespace}`, d);
    for (const g of snapshot.policiesGranting ?? []) granting.set(g.Arn, g);
  }
  const merged = {
    version: 1,
    generatedAt: ordered[0].generatedAt,
    reports: [...reports.values()].map((r) => r.report).sort((a, b) => a.Arn.localeCompare(b.Arn)),
    accessKeys: [...keys.values()],
    policies: [...policies.values()],
    resources: [...resources.values()]
  };
  if (details.size > 0) merged.entityDetails = [...details.values()];
  if (granting.size > 0) merged.policiesGranting = [...granting.values()];
  return merged;
}

export {
  entityFromArn,
  readSnapshot,
  buildSnapshot,
  mergeSnapshots
};
//# sourceMappingURL=chunk-NDXWQF3A.js.map
