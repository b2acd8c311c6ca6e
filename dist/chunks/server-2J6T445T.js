import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/local-iam/server.ts
import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";

// src/local-iam/caller-policy.ts
function list(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string");
  return [];
}
function globToRegExp(pattern, caseInsensitive) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, caseInsensitive ? "i" : "");
}
function matchesAny(patterns, value, caseInsensitive) {
  return patterns.some((p) => globToRegExp(p, caseInsensitive).test(value));
}
function policyAllows(document, action, resource) {
  const statements = document?.Statement;
  const all = Array.isArray(statements) ? statements : statements && typeof statements === "object" ? [statements] : [];
  let allowed = false;
  for (const statement of all) {
    const actionMatch = statement.Action !== void 0 ? matchesAny(list(statement.Action), action, true) : statement.NotAction !== void 0 && !matchesAny(list(statement.NotAction), action, true);
    if (!actionMatch) continue;
    const resourceMatch = statement.Resource !== void 0 ? matchesAny(list(statement.Resource), resource, false) : statement.NotResource !== void 0 && !matchesAny(list(statement.NotResource), resource, false);
    if (!resourceMatch) continue;
    if (statement.Effect === "Deny") return false;
    if (statement.Effect === "Allow") allowed = true;
  }
  return allowed;
}

// src/local-iam/xml.ts
var IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
var STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
var CLOUDFORMATION_NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function element(name, value, indent) {
  if (value === void 0) return "";
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}<${name}/>
`;
    const members = value.map((member) => element("member", member, `${indent}  `)).join("");
    return `${indent}<${name}>
${members}${indent}</${name}>
`;
  }
  if (typeof value === "object") {
    const children = Object.entries(value).map(([key, child]) => element(key, child, `${indent}  `)).join("");
    return `${indent}<${name}>
${children}${indent}</${name}>
`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>
`;
}
function successBody(operation, namespace, result, requestId) {
  return `<${operation}Response xmlns="${namespace}">
` + element(`${operation}Result`, result, "  ") + `  <ResponseMetadata>
    <RequestId>${requestId}</RequestId>
  </ResponseMetadata>
</${operation}Response>
`;
}
function errorBody(namespace, error, requestId) {
  return `<ErrorResponse xmlns="${namespace}">
  <Error>
    <Type>${error.type}</Type>
    <Code>${escapeXml(error.code)}</Code>
    <Message>${escapeXml(error.message)}</Message>
  </Error>
  <RequestId>${requestId}</RequestId>
</ErrorResponse>
`;
}

// src/local-iam/scenario.ts
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
var ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):(role|user|group|policy)(\/.*)?\/([^/]+)$/;
function loadScenario(text, file, now = /* @__PURE__ */ new Date()) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const fail = (path, message) => {
    throw new UserError(`${file}: ${path} ${message}`);
  };
  if (!isObject(raw)) return fail("(top level)", "must be an object");
  const date = (value, path) => {
    if (value === void 0) return void 0;
    if (typeof value !== "string") return fail(path, "must be a date string (RFC 3339 or now-30d)");
    const relative = /^now(?:-(\d+)([dhm]))?$/.exec(value);
    if (relative) {
      const amount = Number(relative[1] ?? 0);
      const unit = relative[2] === "d" ? 864e5 : relative[2] === "h" ? 36e5 : 6e4;
      return new Date(now.getTime() - amount * unit).toISOString();
    }
    if (Number.isNaN(Date.parse(value))) return fail(path, `is not a date: ${JSON.stringify(value)}`);
    return new Date(value).toISOString();
  };
  const str = (value, path) => typeof value === "string" && value.length > 0 ? value : fail(path, "must be a non-empty string");
  const optStr = (value, path) => value === void 0 ? void 0 : str(value, path);
  const arr = (value, path) => value === void 0 ? [] : Array.isArray(value) ? value : fail(path, "must be an array");
  const range = (value, path) => {
    if (value === void 0) return void 0;
    if (typeof value === "number" && value >= 0) return value;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "number" && v >= 0) && value[0] <= value[1]) {
      return [value[0], value[1]];
    }
    return fail(path, "must be a number of milliseconds or [min, max]");
  };
  const account = str(raw["account"], "account");
  if (!/^\d{12}$/.test(account)) fail("account", "must be a 12-digit account id");
  const callerArn = optStr(raw["callerArn"], "callerArn");
  const entities = arr(raw["entities"], "entities").map((value, i) => {
    const path = `entities[${i}]`;
    if (!isObject(value)) return fail(path, "must be an object");
    const arn = str(value["arn"], `${path}.arn`);
    if (!ARN.test(arn)) fail(`${path}.arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
    const services = arr(value["services"], `${path}.services`).map((s, j) => {
      const sp = `${path}.services[${j}]`;
      if (!isObject(s)) return fail(sp, "must be an object");
      const service = { namespace: str(s["namespace"], `${sp}.namespace`) };
      assign(service, "name", optStr(s["name"], `${sp}.name`));
      assign(service, "lastAuthenticated", date(s["lastAuthenticated"], `${sp}.lastAuthenticated`));
      assign(service, "region", optStr(s["region"], `${sp}.region`));
      assign(service, "entity", optStr(s["entity"], `${sp}.entity`));
      if (s["totalAuthenticatedEntities"] !== void 0) {
        if (typeof s["totalAuthenticatedEntities"] !== "number") {
          fail(`${sp}.totalAuthenticatedEntities`, "must be a number");
        }
        service.totalAuthenticatedEntities = s["totalAuthenticatedEntities"];
      }
      if (s["actions"] !== void 0) {
        service.actions = arr(s["actions"], `${sp}.actions`).map((a, k) => {
          const ap = `${sp}.actions[${k}]`;
          if (!isObject(a)) return fail(ap, "must be an object");
          const action = { name: str(a["name"], `${ap}.name`) };
          assign(action, "lastAccessed", date(a["lastAccessed"], `${ap}.lastAccessed`));
          assign(action, "region", optStr(a["region"], `${ap}.region`));
          assign(action, "entity", optStr(a["entity"], `${ap}.entity`));
          return action;
        });
      }
      if (s["entities"] !== void 0) {
        service.entities = arr(s["entities"], `${sp}.entities`).map((e, k) => {
          const ep = `${sp}.entities[${k}]`;
          if (!isObject(e)) return fail(ep, "must be an object");
          const used = { arn: str(e["arn"], `${ep}.arn`) };
          assign(used, "lastAuthenticated", date(e["lastAuthenticated"], `${ep}.lastAuthenticated`));
          return used;
        });
      }
      if (s["grantedBy"] !== void 0) {
        service.grantedBy = arr(s["grantedBy"], `${sp}.grantedBy`).map((g, k) => {
          const gp = `${sp}.grantedBy[${k}]`;
          if (!isObject(g)) return fail(gp, "must be an object");
          const policyType = g["policyType"];
          if (policyType !== "INLINE" && policyType !== "MANAGED") {
            return fail(`${gp}.policyType`, "must be INLINE or MANAGED");
          }
          const grant = {
            policyName: str(g["policyName"], `${gp}.policyName`),
            policyType
          };
          assign(grant, "policyArn", optStr(g["policyArn"], `${gp}.policyArn`));
          const entityType = g["entityType"];
          if (entityType !== void 0) {
            if (entityType !== "USER" && entityType !== "ROLE" && entityType !== "GROUP") {
              fail(`${gp}.entityType`, "must be USER, ROLE or GROUP");
            }
            grant.entityType = entityType;
          }
          assign(grant, "entityName", optStr(g["entityName"], `${gp}.entityName`));
          return grant;
        });
      }
      return service;
    });
    const accessKeys = arr(value["accessKeys"], `${path}.accessKeys`).map((k, j) => {
      const kp = `${path}.accessKeys[${j}]`;
      if (!isObject(k)) return fail(kp, "must be an object");
      const key = { id: str(k["id"], `${kp}.id`) };
      const status = k["status"];
      if (status !== void 0) {
        if (status !== "Active" && status !== "Inactive" && status !== "Expired") {
          fail(`${kp}.status`, "must be Active, Inactive or Expired");
        }
        key.status = status;
      }
      assign(key, "createDate", date(k["createDate"], `${kp}.createDate`));
      if (k["lastUsed"] !== void 0) {
        const lu = k["lastUsed"];
        if (!isObject(lu)) return fail(`${kp}.lastUsed`, "must be an object");
        const lastUsed = {};
        assign(lastUsed, "date", date(lu["date"], `${kp}.lastUsed.date`));
        assign(lastUsed, "service", optStr(lu["service"], `${kp}.lastUsed.service`));
        assign(lastUsed, "region", optStr(lu["region"], `${kp}.lastUsed.region`));
        key.lastUsed = lastUsed;
      }
      return key;
    });
    const entity = { arn, services, accessKeys };
    assign(entity, "createDate", date(value["createDate"], `${path}.createDate`));
    if (value["document"] !== void 0) entity.document = value["document"];
    return entity;
  });
  const policies = arr(raw["policies"], "policies").map((value, i) => {
    const path = `policies[${i}]`;
    if (!isObject(value)) return fail(path, "must be an object");
    if (!isObject(value["document"])) return fail(`${path}.document`, "must be a policy document object");
    const policy = { arn: str(value["arn"], `${path}.arn`), document: value["document"] };
    assign(policy, "createDate", date(value["createDate"], `${path}.createDate`));
    return policy;
  });
  const scenario = { account, entities, policies };
  assign(scenario, "callerArn", callerArn);
  if (raw["stacks"] !== void 0) {
    const stacks = raw["stacks"];
    if (!isObject(stacks))
      return fail("stacks", "must be an object: stack name \u2192 { logical id \u2192 physical id }");
    scenario.stacks = {};
    for (const [name, resources] of Object.entries(stacks)) {
      if (!isObject(resources)) return fail(`stacks.${name}`, "must be an object: logical id \u2192 physical id");
      const mapped = {};
      for (const [logicalId, physical] of Object.entries(resources)) {
        const rp = `stacks.${name}.${logicalId}`;
        if (typeof physical === "string") mapped[logicalId] = physical;
        else if (isObject(physical)) {
          const entry = {
            physicalId: str(physical["physicalId"], `${rp}.physicalId`)
          };
          assign(entry, "type", optStr(physical["type"], `${rp}.type`));
          mapped[logicalId] = entry;
        } else fail(rp, "must be a physical id string or { physicalId, type }");
      }
      scenario.stacks[name] = mapped;
    }
  }
  if (raw["faults"] !== void 0) {
    const f = raw["faults"];
    if (!isObject(f)) return fail("faults", "must be an object");
    const known = [
      "jobLatencyMs",
      "requestLatencyMs",
      "throttleAboveRps",
      "failedJobs",
      "stuckJobs",
      "deniedCalls",
      "bursts"
    ];
    for (const key of Object.keys(f)) {
      if (!known.includes(key)) fail(`faults.${key}`, `is not a known fault (known: ${known.join(", ")})`);
    }
    const faults = {};
    assign(faults, "jobLatencyMs", range(f["jobLatencyMs"], "faults.jobLatencyMs"));
    assign(faults, "requestLatencyMs", range(f["requestLatencyMs"], "faults.requestLatencyMs"));
    if (f["throttleAboveRps"] !== void 0) {
      if (typeof f["throttleAboveRps"] !== "number" || f["throttleAboveRps"] <= 0) {
        fail("faults.throttleAboveRps", "must be a positive number");
      }
      faults.throttleAboveRps = f["throttleAboveRps"];
    }
    faults.failedJobs = arr(f["failedJobs"], "faults.failedJobs").map((v, i) => {
      if (typeof v === "string") return { arn: v };
      if (!isObject(v)) return fail(`faults.failedJobs[${i}]`, "must be an ARN or { arn, code, message }");
      const job = { arn: str(v["arn"], `faults.failedJobs[${i}].arn`) };
      assign(job, "code", optStr(v["code"], `faults.failedJobs[${i}].code`));
      assign(job, "message", optStr(v["message"], `faults.failedJobs[${i}].message`));
      return job;
    });
    faults.stuckJobs = arr(f["stuckJobs"], "faults.stuckJobs").map(
      (v, i) => str(v, `faults.stuckJobs[${i}]`)
    );
    faults.deniedCalls = arr(f["deniedCalls"], "faults.deniedCalls").map((v, i) => {
      if (!isObject(v)) return fail(`faults.deniedCalls[${i}]`, "must be an object { operation?, arn? }");
      const denied = {};
      assign(denied, "operation", optStr(v["operation"], `faults.deniedCalls[${i}].operation`));
      assign(denied, "arn", optStr(v["arn"], `faults.deniedCalls[${i}].arn`));
      return denied;
    });
    faults.bursts = arr(f["bursts"], "faults.bursts").map((v, i) => {
      const bp = `faults.bursts[${i}]`;
      if (!isObject(v))
        return fail(bp, "must be an object { kind, operation?, after?, count?, status?, delayMs? }");
      const kind = v["kind"];
      const kinds = ["server-error", "reset", "expired-token", "credentials-rejected", "html-error", "slow"];
      if (typeof kind !== "string" || !kinds.includes(kind)) {
        return fail(`${bp}.kind`, `must be ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`);
      }
      const burst = { kind };
      assign(burst, "operation", optStr(v["operation"], `${bp}.operation`));
      assign(burst, "code", optStr(v["code"], `${bp}.code`));
      assign(burst, "accessKeyId", optStr(v["accessKeyId"], `${bp}.accessKeyId`));
      for (const key of ["after", "count", "status", "delayMs"]) {
        const value = v[key];
        if (value === void 0) continue;
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
          fail(`${bp}.${key}`, "must be a whole number >= 0");
        }
        burst[key] = value;
      }
      if (burst.status !== void 0 && (burst.status < 500 || burst.status > 599)) {
        fail(`${bp}.status`, "must be a 5xx status");
      }
      return burst;
    });
    scenario.faults = faults;
  }
  const callerPolicy = raw["callerPolicy"];
  if (typeof callerPolicy === "string") {
    const policyFile = resolve(dirname(file), callerPolicy);
    let text2;
    try {
      text2 = readFileSync(policyFile, "utf8");
    } catch {
      return fail("callerPolicy", `names a file that cannot be read: ${policyFile}`);
    }
    try {
      scenario.callerPolicy = JSON.parse(text2);
    } catch {
      return fail("callerPolicy", `names a file that is not valid JSON: ${policyFile}`);
    }
  } else if (callerPolicy !== void 0) {
    if (!isObject(callerPolicy)) return fail("callerPolicy", "must be a policy document or a path to one");
    scenario.callerPolicy = callerPolicy;
  }
  return scenario;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function assign(target, key, value) {
  if (value !== void 0) target[key] = value;
}

// src/local-iam/server.ts
var SERVICE_NAMES = {
  s3: "Amazon S3",
  ec2: "Amazon EC2",
  iam: "AWS Identity and Access Management",
  lambda: "AWS Lambda",
  sqs: "Amazon SQS",
  sns: "Amazon SNS",
  dynamodb: "Amazon DynamoDB",
  kms: "AWS Key Management Service",
  logs: "Amazon CloudWatch Logs",
  cloudwatch: "Amazon CloudWatch",
  sts: "AWS Security Token Service",
  cloudformation: "AWS CloudFormation",
  secretsmanager: "AWS Secrets Manager",
  ssm: "AWS Systems Manager",
  ecr: "Amazon Elastic Container Registry",
  ecs: "Amazon Elastic Container Service",
  rds: "Amazon RDS",
  kinesis: "Amazon Kinesis",
  states: "AWS Step Functions",
  events: "Amazon EventBridge"
};
var IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):(role|user|group|policy)((?:\/[^/]*)*\/)?([^/]+)$/;
function parseIamArn(arn) {
  const m = IAM_ARN.exec(arn);
  if (!m) return null;
  return { partition: m[1], account: m[2], type: m[3], path: m[4] ?? "/", name: m[5] };
}
function stableId(prefix, seed) {
  return prefix + createHash("sha1").update(seed).digest("hex").slice(0, 17).toUpperCase();
}
function draw(value) {
  if (value === void 0) return 0;
  if (typeof value === "number") return value;
  return value[0] + Math.random() * (value[1] - value[0]);
}
function encodeMarker(offset, scope) {
  return Buffer.from(JSON.stringify({ o: offset, s: scope })).toString("base64url");
}
function decodeMarker(marker, scope) {
  if (marker === void 0) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(marker, "base64url").toString("utf8"));
    if (typeof parsed.o === "number" && parsed.s === scope) return parsed.o;
  } catch {
  }
  return { status: 400, code: "InvalidInput", message: "Invalid Marker." };
}
function maxItems(params, fallback) {
  const raw = params["MaxItems"];
  if (raw === void 0) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1e3) {
    return {
      status: 400,
      code: "ValidationError",
      message: `1 validation error detected: Value '${raw}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`
    };
  }
  return n;
}
function isError(value) {
  return typeof value === "object" && value !== null && "code" in value && "status" in value;
}
var STS_OPERATIONS = /* @__PURE__ */ new Set(["GetCallerIdentity"]);
var DEFAULT_CREATE_DATE = "2020-01-01T00:00:00.000Z";
var CLOUDFORMATION_OPERATIONS = /* @__PURE__ */ new Set(["DescribeStackResources"]);
var LocalIamState = class {
  constructor(scenario) {
    this.scenario = scenario;
    this.callerArn = scenario.callerArn ?? `arn:aws:iam::${scenario.account}:user/local`;
    for (const entity of scenario.entities) {
      this.entities.set(entity.arn, entity);
      const parsed = parseIamArn(entity.arn);
      this.byName.set(`${parsed.type}:${parsed.name}`, entity);
      if (parsed.type === "policy") {
        this.policies.set(entity.arn, {
          arn: entity.arn,
          document: entity.document ?? { Version: "2012-10-17", Statement: [] },
          ...entity.createDate ? { createDate: entity.createDate } : {}
        });
      }
      for (const key of entity.accessKeys ?? []) this.keys.set(key.id, { user: entity, key });
    }
    for (const policy of scenario.policies ?? []) this.policies.set(policy.arn, policy);
    this.tokens = scenario.faults?.throttleAboveRps ?? 0;
  }
  scenario;
  entities = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  jobs = /* @__PURE__ */ new Map();
  callerArn;
  maxJobLatency = 0;
  tokens;
  lastRefill = Date.now();
  burstCalls = [];
  /** The burst (5xx, reset, rejected credentials, HTML page, slow) this call falls in; every matching call counts. */
  burst(op, accessKeyId) {
    const bursts = this.scenario.faults?.bursts ?? [];
    let hit = null;
    bursts.forEach((burst, i) => {
      if (burst.operation !== void 0 && burst.operation !== op) return;
      if (burst.accessKeyId !== void 0 && burst.accessKeyId !== accessKeyId) return;
      const n = this.burstCalls[i] ?? 0;
      this.burstCalls[i] = n + 1;
      const after = burst.after ?? 0;
      if (hit === null && n >= after && n < after + (burst.count ?? Number.POSITIVE_INFINITY)) hit = burst;
    });
    return hit;
  }
  /** A token bucket with one second of burst: calls beyond `throttleAboveRps` sustained are throttled. */
  throttled() {
    const rate = this.scenario.faults?.throttleAboveRps;
    if (!rate) return false;
    const now = Date.now();
    this.tokens = Math.min(rate, this.tokens + (now - this.lastRefill) / 1e3 * rate);
    this.lastRefill = now;
    if (this.tokens < 1) return true;
    this.tokens -= 1;
    return false;
  }
  /** The ARN a call concerns (for deny rules) and the resource IAM authorizes it against. */
  target(op, params) {
    const named = (type, name) => {
      if (!name) return void 0;
      return this.byName.get(`${type}:${name}`)?.arn ?? `arn:aws:iam::${this.scenario.account}:${type}/${name}`;
    };
    let arn;
    switch (op) {
      case "GenerateServiceLastAccessedDetails":
      case "ListPoliciesGrantingServiceAccess":
        arn = params["Arn"];
        break;
      case "GetServiceLastAccessedDetails":
      case "GetServiceLastAccessedDetailsWithEntities":
        arn = this.jobs.get(params["JobId"] ?? "")?.arn;
        return { ...arn ? { arn } : {}, resource: "*" };
      case "GetRole":
        arn = named("role", params["RoleName"]);
        break;
      case "GetUser":
        arn = params["UserName"] ? named("user", params["UserName"]) : this.callerArn;
        break;
      case "ListAccessKeys":
        arn = params["UserName"] ? named("user", params["UserName"]) : this.callerArn;
        break;
      case "GetGroup":
        arn = named("group", params["GroupName"]);
        break;
      case "GetPolicy":
      case "GetPolicyVersion":
        arn = params["PolicyArn"];
        break;
      case "GetAccessKeyLastUsed":
        arn = this.keys.get(params["AccessKeyId"] ?? "")?.user.arn;
        break;
      case "DescribeStackResources":
        return {
          resource: `arn:aws:cloudformation:us-east-1:${this.scenario.account}:stack/${params["StackName"] ?? "*"}/*`
        };
      default:
        return { resource: "*" };
    }
    return { ...arn ? { arn } : {}, resource: arn ?? "*" };
  }
  denied(op, target) {
    if (op === "GetCallerIdentity") return null;
    const prefix = STS_OPERATIONS.has(op) ? "sts" : CLOUDFORMATION_OPERATIONS.has(op) ? "cloudformation" : "iam";
    const action = `${prefix}:${op}`;
    const byRule = (this.scenario.faults?.deniedCalls ?? []).some(
      (rule) => (rule.operation === void 0 || rule.operation === op) && (rule.arn === void 0 || rule.arn === target.arn)
    );
    const byPolicy = this.scenario.callerPolicy !== void 0 && !policyAllows(this.scenario.callerPolicy, action, target.resource);
    if (!byRule && !byPolicy) return null;
    return {
      status: 403,
      code: "AccessDenied",
      message: `User: ${this.callerArn} is not authorized to perform: ${action} on resource: ${target.arn ?? target.resource} because no identity-based policy allows the ${action} action`
    };
  }
  handle(op, params) {
    switch (op) {
      case "GenerateServiceLastAccessedDetails":
        return this.generate(params);
      case "GetServiceLastAccessedDetails":
        return this.details(params);
      case "GetServiceLastAccessedDetailsWithEntities":
        return this.withEntities(params);
      case "ListPoliciesGrantingServiceAccess":
        return this.policiesGranting(params);
      case "GetRole":
      case "GetUser":
      case "GetGroup":
        return this.getEntity(op, params);
      case "ListRoles":
      case "ListUsers":
      case "ListGroups":
        return this.listEntities(op, params);
      case "ListPolicies":
        return this.listPolicies(params);
      case "GetPolicy":
        return this.getPolicy(params);
      case "GetPolicyVersion":
        return this.getPolicyVersion(params);
      case "ListAccessKeys":
        return this.listAccessKeys(params);
      case "GetAccessKeyLastUsed":
        return this.accessKeyLastUsed(params);
      case "GetCallerIdentity":
        return {
          UserId: stableId("AIDA", this.callerArn),
          Account: this.scenario.account,
          Arn: this.callerArn
        };
      case "DescribeStackResources":
        return this.stackResources(params);
      default:
        return {
          status: 400,
          code: "InvalidAction",
          message: `Could not find operation ${op} for version 2010-05-08`
        };
    }
  }
  generate(params) {
    const arn = params["Arn"];
    if (!arn || !parseIamArn(arn)) {
      return { status: 400, code: "InvalidInput", message: `ARN ${arn ?? ""} is not valid.` };
    }
    if (!this.entities.has(arn)) {
      return { status: 404, code: "NoSuchEntity", message: `The entity with ARN ${arn} cannot be found.` };
    }
    const granularity = params["Granularity"] ?? "SERVICE_LEVEL";
    if (granularity !== "SERVICE_LEVEL" && granularity !== "ACTION_LEVEL") {
      return {
        status: 400,
        code: "ValidationError",
        message: `1 validation error detected: Value '${granularity}' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]`
      };
    }
    const faults = this.scenario.faults;
    const latency = draw(faults?.jobLatencyMs);
    const stuck = faults?.stuckJobs?.includes(arn) ?? false;
    if (!stuck) this.maxJobLatency = Math.max(this.maxJobLatency, latency);
    const failed = faults?.failedJobs?.find((f) => f.arn === arn);
    const job = {
      id: randomUUID(),
      arn,
      granularity,
      created: /* @__PURE__ */ new Date(),
      readyAt: stuck ? Number.POSITIVE_INFINITY : Date.now() + latency,
      failure: failed ? {
        code: failed.code ?? "InternalFailure",
        message: failed.message ?? "Internal error while generating the report."
      } : null
    };
    this.jobs.set(job.id, job);
    return { JobId: job.id };
  }
  job(params) {
    const job = this.jobs.get(params["JobId"] ?? "");
    if (!job) return { status: 400, code: "InvalidInput", message: "Invalid job id." };
    return job;
  }
  details(params) {
    const job = this.job(params);
    if (isError(job)) return job;
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params["Marker"], job.id);
    if (isError(offset)) return offset;
    const head = {
      JobStatus: "IN_PROGRESS",
      JobType: job.granularity,
      JobCreationDate: job.created.toISOString()
    };
    if (Date.now() < job.readyAt) {
      return { ...head, ServicesLastAccessed: [], IsTruncated: false };
    }
    const completed = new Date(Math.min(job.readyAt, Date.now())).toISOString();
    if (job.failure) {
      return {
        ...head,
        JobStatus: "FAILED",
        ServicesLastAccessed: [],
        JobCompletionDate: completed,
        Error: { Message: job.failure.message, Code: job.failure.code }
      };
    }
    const entity = this.entities.get(job.arn);
    const services = [...entity.services ?? []].sort((a, b) => a.namespace.localeCompare(b.namespace));
    const page = services.slice(offset, offset + limit);
    const truncated = offset + limit < services.length;
    return {
      ...head,
      JobStatus: "COMPLETED",
      ServicesLastAccessed: page.map((s) => this.serviceEntry(entity, s, job.granularity)),
      JobCompletionDate: completed,
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, job.id) : void 0
    };
  }
  serviceEntry(entity, service, granularity) {
    const type = parseIamArn(entity.arn).type;
    const usedBy = [...service.entities ?? []].filter((e) => e.lastAuthenticated).sort((a, b) => b.lastAuthenticated.localeCompare(a.lastAuthenticated));
    const lastEntity = service.entity ?? (service.lastAuthenticated ? type === "role" || type === "user" ? entity.arn : usedBy[0]?.arn : void 0);
    const total = service.totalAuthenticatedEntities ?? (type === "role" || type === "user" ? service.lastAuthenticated ? 1 : 0 : usedBy.length);
    return {
      ServiceName: service.name ?? SERVICE_NAMES[service.namespace] ?? `AWS ${service.namespace}`,
      LastAuthenticated: service.lastAuthenticated,
      ServiceNamespace: service.namespace,
      LastAuthenticatedEntity: service.lastAuthenticated ? lastEntity : void 0,
      LastAuthenticatedRegion: service.lastAuthenticated ? service.region ?? "us-east-1" : void 0,
      TotalAuthenticatedEntities: total,
      TrackedActionsLastAccessed: granularity === "ACTION_LEVEL" && service.actions ? service.actions.map((a) => ({
        ActionName: a.name,
        LastAccessedEntity: a.lastAccessed ? a.entity ?? lastEntity ?? entity.arn : void 0,
        LastAccessedTime: a.lastAccessed,
        LastAccessedRegion: a.lastAccessed ? a.region ?? service.region ?? "us-east-1" : void 0
      })) : void 0
    };
  }
  withEntities(params) {
    const job = this.job(params);
    if (isError(job)) return job;
    const namespace = params["ServiceNamespace"];
    if (!namespace) {
      return { status: 400, code: "InvalidInput", message: "ServiceNamespace is required." };
    }
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params["Marker"], `${job.id}:${namespace}`);
    if (isError(offset)) return offset;
    const head = { JobStatus: "IN_PROGRESS", JobCreationDate: job.created.toISOString() };
    if (Date.now() < job.readyAt) return { ...head, EntityDetailsList: [], IsTruncated: false };
    const completed = new Date(Math.min(job.readyAt, Date.now())).toISOString();
    if (job.failure) {
      return {
        ...head,
        JobStatus: "FAILED",
        JobCompletionDate: completed,
        EntityDetailsList: [],
        IsTruncated: false,
        Error: { Message: job.failure.message, Code: job.failure.code }
      };
    }
    const entity = this.entities.get(job.arn);
    const service = entity.services?.find((s) => s.namespace === namespace);
    const users = [...service?.entities ?? []].sort(
      (a, b) => (b.lastAuthenticated ?? "").localeCompare(a.lastAuthenticated ?? "")
    );
    const page = users.slice(offset, offset + limit);
    const truncated = offset + limit < users.length;
    return {
      ...head,
      JobStatus: "COMPLETED",
      JobCompletionDate: completed,
      EntityDetailsList: page.map((u) => {
        const parsed = parseIamArn(u.arn);
        const kind = parsed?.type === "role" ? "ROLE" : parsed?.type === "group" ? "GROUP" : "USER";
        return {
          EntityInfo: {
            Arn: u.arn,
            Name: parsed?.name ?? u.arn,
            Type: kind,
            Id: stableId(kind === "ROLE" ? "AROA" : kind === "GROUP" ? "AGPA" : "AIDA", u.arn),
            Path: parsed?.path ?? "/"
          },
          LastAuthenticated: u.lastAuthenticated
        };
      }),
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, `${job.id}:${namespace}`) : void 0
    };
  }
  policiesGranting(params) {
    const arn = params["Arn"] ?? "";
    const entity = this.entities.get(arn);
    if (!entity) {
      return { status: 404, code: "NoSuchEntity", message: `The entity with ARN ${arn} cannot be found.` };
    }
    const namespaces = memberList(params, "ServiceNamespaces");
    if (namespaces.length < 1 || namespaces.length > 200) {
      return {
        status: 400,
        code: "ValidationError",
        message: `1 validation error detected: Value at 'serviceNamespaces' failed to satisfy constraint: Member must have length between 1 and 200`
      };
    }
    const parsed = parseIamArn(arn);
    return {
      PoliciesGrantingServiceAccess: namespaces.map((namespace) => {
        const service = entity.services?.find((s) => s.namespace === namespace);
        const grants = service?.grantedBy ?? (service ? parsed.type === "policy" ? [{ policyName: parsed.name, policyType: "MANAGED", policyArn: arn }] : [
          {
            policyName: `${parsed.name}-policy`,
            policyType: "INLINE",
            entityType: parsed.type.toUpperCase(),
            entityName: parsed.name
          }
        ] : []);
        return {
          ServiceNamespace: namespace,
          Policies: grants.map((g) => ({
            PolicyName: g.policyName,
            PolicyType: g.policyType,
            PolicyArn: g.policyArn,
            EntityType: g.entityType,
            EntityName: g.entityName
          }))
        };
      }),
      IsTruncated: false
    };
  }
  getEntity(op, params) {
    const type = op === "GetRole" ? "role" : op === "GetUser" ? "user" : "group";
    const param = op === "GetRole" ? "RoleName" : op === "GetUser" ? "UserName" : "GroupName";
    let name = params[param];
    if (!name && op === "GetUser") {
      const caller = parseIamArn(this.callerArn);
      if (caller?.type !== "user") {
        return {
          status: 400,
          code: "ValidationError",
          message: "Must specify userName when calling with non-User credentials"
        };
      }
      name = caller.name;
    }
    const entity = name ? this.byName.get(`${type}:${name}`) : void 0;
    if (!entity) {
      return {
        status: 404,
        code: "NoSuchEntity",
        message: `The ${type} with name ${name ?? ""} cannot be found.`
      };
    }
    if (op === "GetRole") return { Role: this.roleShape(entity) };
    if (op === "GetUser") return { User: this.userShape(entity) };
    return { Group: this.groupShape(entity), Users: [], IsTruncated: false };
  }
  roleShape(entity) {
    const parsed = parseIamArn(entity.arn);
    return {
      Path: parsed.path,
      RoleName: parsed.name,
      RoleId: stableId("AROA", entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE,
      AssumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }
          ]
        })
      ),
      MaxSessionDuration: 3600
    };
  }
  userShape(entity) {
    const parsed = parseIamArn(entity.arn);
    return {
      Path: parsed.path,
      UserName: parsed.name,
      UserId: stableId("AIDA", entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE
    };
  }
  groupShape(entity) {
    const parsed = parseIamArn(entity.arn);
    return {
      Path: parsed.path,
      GroupName: parsed.name,
      GroupId: stableId("AGPA", entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE
    };
  }
  policyShape(policy) {
    const parsed = parseIamArn(policy.arn);
    const created = policy.createDate ?? DEFAULT_CREATE_DATE;
    return {
      PolicyName: parsed.name,
      PolicyId: stableId("ANPA", policy.arn),
      Arn: policy.arn,
      Path: parsed.path,
      DefaultVersionId: "v1",
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: created,
      UpdateDate: created
    };
  }
  /** One page of a list, IAM-style: MaxItems (default 100, at most 1000), Marker, IsTruncated. */
  page(items, params, scope) {
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params["Marker"], scope);
    if (isError(offset)) return offset;
    const truncated = offset + limit < items.length;
    return {
      page: items.slice(offset, offset + limit),
      more: { IsTruncated: truncated, Marker: truncated ? encodeMarker(offset + limit, scope) : void 0 }
    };
  }
  listEntities(op, params) {
    const type = op === "ListRoles" ? "role" : op === "ListUsers" ? "user" : "group";
    const prefix = params["PathPrefix"] ?? "/";
    const all = this.scenario.entities.filter((e) => parseIamArn(e.arn)?.type === type && parseIamArn(e.arn).path.startsWith(prefix)).sort((a, b) => a.arn.localeCompare(b.arn));
    const paged = this.page(all, params, `${op}:${prefix}`);
    if (isError(paged)) return paged;
    const shape = (e) => type === "role" ? this.roleShape(e) : type === "user" ? this.userShape(e) : this.groupShape(e);
    const key = op === "ListRoles" ? "Roles" : op === "ListUsers" ? "Users" : "Groups";
    return { [key]: paged.page.map(shape), ...paged.more };
  }
  listPolicies(params) {
    const scope = params["Scope"] ?? "All";
    if (scope !== "All" && scope !== "AWS" && scope !== "Local") {
      return {
        status: 400,
        code: "ValidationError",
        message: `1 validation error detected: Value '${scope}' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]`
      };
    }
    const prefix = params["PathPrefix"] ?? "/";
    const all = [...this.policies.values()].filter((p) => {
      const parsed = parseIamArn(p.arn);
      if (!parsed?.path.startsWith(prefix)) return false;
      const awsManaged = parsed.account === "aws";
      return scope === "All" || scope === "AWS" === awsManaged;
    }).sort((a, b) => a.arn.localeCompare(b.arn));
    const paged = this.page(all, params, `ListPolicies:${scope}:${prefix}`);
    if (isError(paged)) return paged;
    return {
      Policies: paged.page.map((p) => this.policyShape(p)),
      ...paged.more
    };
  }
  getPolicy(params) {
    const arn = params["PolicyArn"] ?? "";
    const policy = this.policies.get(arn);
    const parsed = parseIamArn(arn);
    if (!parsed) return { status: 400, code: "InvalidInput", message: `ARN ${arn} is not valid.` };
    if (!policy)
      return {
        status: 404,
        code: "NoSuchEntity",
        message: `Policy ${arn} does not exist or is not attachable.`
      };
    return { Policy: this.policyShape(policy) };
  }
  getPolicyVersion(params) {
    const arn = params["PolicyArn"] ?? "";
    const policy = this.policies.get(arn);
    if (!policy)
      return {
        status: 404,
        code: "NoSuchEntity",
        message: `Policy ${arn} does not exist or is not attachable.`
      };
    if (params["VersionId"] !== "v1") {
      return {
        status: 404,
        code: "NoSuchEntity",
        message: `Policy ${arn} version ${params["VersionId"] ?? ""} does not exist or is not attachable.`
      };
    }
    return {
      PolicyVersion: {
        // IAM returns documents URL-encoded (RFC 3986).
        Document: encodeURIComponent(JSON.stringify(policy.document)),
        VersionId: "v1",
        IsDefaultVersion: true,
        CreateDate: policy.createDate ?? "2020-01-01T00:00:00.000Z"
      }
    };
  }
  userFor(params) {
    const name = params["UserName"] ?? parseIamArn(this.callerArn)?.name ?? "";
    const user = this.byName.get(`user:${name}`);
    if (!user)
      return { status: 404, code: "NoSuchEntity", message: `The user with name ${name} cannot be found.` };
    return user;
  }
  listAccessKeys(params) {
    const user = this.userFor(params);
    if (isError(user)) return user;
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params["Marker"], user.arn);
    if (isError(offset)) return offset;
    const keys = user.accessKeys ?? [];
    const page = keys.slice(offset, offset + limit);
    const truncated = offset + limit < keys.length;
    const name = parseIamArn(user.arn).name;
    return {
      AccessKeyMetadata: page.map((k) => ({
        UserName: name,
        AccessKeyId: k.id,
        Status: k.status ?? "Active",
        CreateDate: k.createDate ?? user.createDate ?? "2020-01-01T00:00:00.000Z"
      })),
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, user.arn) : void 0
    };
  }
  accessKeyLastUsed(params) {
    const id = params["AccessKeyId"] ?? "";
    const found = this.keys.get(id);
    if (!found) {
      return {
        status: 403,
        code: "AccessDenied",
        message: `User: ${this.callerArn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${id}`
      };
    }
    const lastUsed = found.key.lastUsed;
    return {
      UserName: parseIamArn(found.user.arn).name,
      AccessKeyLastUsed: {
        LastUsedDate: lastUsed?.date,
        ServiceName: lastUsed?.service ?? (lastUsed?.date ? "iam" : "N/A"),
        Region: lastUsed?.region ?? (lastUsed?.date ? "us-east-1" : "N/A")
      }
    };
  }
  stackResources(params) {
    const stackName = params["StackName"] ?? "";
    const stack = this.scenario.stacks?.[stackName];
    if (!stack) {
      return { status: 400, code: "ValidationError", message: `Stack with id ${stackName} does not exist` };
    }
    const stackId = `arn:aws:cloudformation:us-east-1:${this.scenario.account}:stack/${stackName}/${stableId("", stackName).toLowerCase()}`;
    const logical = params["LogicalResourceId"];
    return {
      StackResources: Object.entries(stack).filter(([id]) => logical === void 0 || id === logical).map(([id, physical]) => {
        const physicalId = typeof physical === "string" ? physical : physical.physicalId;
        const type = typeof physical === "string" ? void 0 : physical.type;
        return {
          StackName: stackName,
          StackId: stackId,
          LogicalResourceId: id,
          PhysicalResourceId: physicalId,
          ResourceType: type ?? this.guessType(physicalId),
          Timestamp: "2024-01-01T00:00:00.000Z",
          ResourceStatus: "CREATE_COMPLETE"
        };
      })
    };
  }
  guessType(physicalId) {
    if (parseIamArn(physicalId)?.type === "policy") return "AWS::IAM::ManagedPolicy";
    for (const [type, resource] of [
      ["role", "AWS::IAM::Role"],
      ["user", "AWS::IAM::User"],
      ["group", "AWS::IAM::Group"]
    ]) {
      if (this.byName.has(`${type}:${physicalId}`)) return resource;
    }
    return "AWS::IAM::Role";
  }
};
var REJECTION_MESSAGES = {
  ExpiredToken: "The security token included in the request is expired",
  InvalidClientTokenId: "The security token included in the request is invalid.",
  UnrecognizedClient: "The security token included in the request is invalid.",
  SignatureDoesNotMatch: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."
};
function rejectedCredentials(code) {
  return { status: 403, code, message: REJECTION_MESSAGES[code] ?? "The credentials were rejected." };
}
function memberList(params, name) {
  const values = [];
  for (let i = 1; params[`${name}.member.${i}`] !== void 0; i++)
    values.push(params[`${name}.member.${i}`]);
  return values;
}
function readBody(request) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => resolveBody(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
function logOf(request, op, params, arn, at) {
  const log = { op, params, status: 200, at };
  if (arn) log.arn = arn;
  const userAgent = request.headers["x-amz-user-agent"] ?? request.headers["user-agent"];
  if (typeof userAgent === "string") log.userAgent = userAgent;
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\//.exec(request.headers.authorization ?? "");
  if (scope) {
    log.accessKeyId = scope[1];
    log.signingRegion = scope[2];
  }
  return log;
}
function burstError(burst) {
  if (burst?.kind === "server-error") {
    const status = burst.status ?? 500;
    return status === 503 ? { status, code: "ServiceUnavailable", message: "Service is unable to handle request." } : { status, code: "InternalFailure", message: "An internal error occurred." };
  }
  if (burst?.kind === "expired-token" || burst?.kind === "credentials-rejected") {
    return rejectedCredentials(burst.code ?? "ExpiredToken");
  }
  return null;
}
function htmlPage(response, status) {
  const page = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Server Error</h1></body></html>`;
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(page)
  });
  response.end(page);
}
function writeAnswer(response, op, outcome, log, requestId) {
  const namespace = STS_OPERATIONS.has(op) ? STS_NAMESPACE : CLOUDFORMATION_OPERATIONS.has(op) ? CLOUDFORMATION_NAMESPACE : IAM_NAMESPACE;
  let status = 200;
  let text;
  if (isError(outcome)) {
    status = outcome.status;
    log.code = outcome.code;
    text = errorBody(
      namespace,
      {
        type: outcome.type ?? (status >= 500 ? "Receiver" : "Sender"),
        code: outcome.code,
        message: outcome.message
      },
      requestId
    );
  } else {
    text = successBody(op, namespace, outcome, requestId);
  }
  log.status = status;
  response.writeHead(status, {
    "Content-Type": "text/xml",
    "Content-Length": Buffer.byteLength(text),
    "x-amzn-RequestId": requestId
  });
  response.end(text);
}
async function startLocalIam(scenario, options = {}) {
  const state = new LocalIamState(scenario);
  const calls = [];
  const started = Date.now();
  const latency = scenario.faults?.requestLatencyMs;
  const answer = async (request, response) => {
    const requestId = randomUUID();
    const body = request.method === "POST" ? await readBody(request) : "";
    const params = Object.fromEntries(new URLSearchParams(body));
    const op = params["Action"] ?? "";
    const target = state.target(op, params);
    const log = logOf(request, op, params, target.arn, Date.now() - started);
    calls.push(log);
    const burst = state.burst(op, log.accessKeyId);
    if (burst?.kind === "reset" || burst?.kind === "html-error") {
      log.status = burst.kind === "reset" ? 0 : burst.status ?? 500;
      log.code = burst.kind === "reset" ? "ECONNRESET" : "HTML";
      options.onCall?.(log);
      if (burst.kind === "reset") request.socket.destroy();
      else htmlPage(response, log.status);
      return;
    }
    let outcome;
    if (request.method !== "POST" || !op) {
      outcome = { status: 400, code: "MissingAction", message: "Missing Action" };
    } else {
      outcome = burstError(burst) ?? (state.throttled() ? { status: 400, code: "Throttling", message: "Rate exceeded" } : state.denied(op, target) ?? state.handle(op, params));
    }
    const delay = draw(latency) + (burst?.kind === "slow" ? burst.delayMs ?? 0 : 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    writeAnswer(response, op, outcome, log, requestId);
    options.onCall?.(log);
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 6e4;
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolveListen());
  });
  const address = server.address();
  const host = options.host ?? "127.0.0.1";
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    port: address.port,
    calls,
    maxJobLatencyMs: () => state.maxJobLatency,
    close: () => new Promise((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    })
  };
}
export {
  loadScenario,
  parseIamArn,
  startLocalIam
};
//# sourceMappingURL=server-2J6T445T.js.map
