import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseIamArn
} from "./chunk-R5BDUPL3.js";
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

// src/local-iam/scenario/caller.ts
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
function loadCallerPolicy(r, value) {
  if (typeof value !== "string")
    return r.object(value, "callerPolicy", "must be a policy document or a path to one");
  const policyFile = resolve(dirname(r.file), value);
  let text;
  try {
    text = readFileSync(policyFile, "utf8");
  } catch {
    return r.fail("callerPolicy", `names a file that cannot be read: ${policyFile}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    return r.fail("callerPolicy", `names a file that is not valid JSON: ${policyFile}`);
  }
}

// src/local-iam/scenario/reader.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function assign(target, key, value) {
  if (value !== void 0) target[key] = value;
}
var ScenarioReader = class {
  constructor(file, now) {
    this.file = file;
    this.now = now;
  }
  file;
  now;
  fail(path, message) {
    throw new UserError(`${this.file}: ${path} ${message}`);
  }
  object(value, path, what = "must be an object") {
    return isObject(value) ? value : this.fail(path, what);
  }
  /** Relative dates (`now-30d`, `now-4h`, `now`) become timestamps against the reader's `now`. */
  date(value, path) {
    if (value === void 0) return void 0;
    if (typeof value !== "string") return this.fail(path, "must be a date string (RFC 3339 or now-30d)");
    const relative = /^now(?:-(\d+)([dhm]))?$/.exec(value);
    if (relative) {
      const amount = Number(relative[1] ?? 0);
      const unit = relative[2] === "d" ? 864e5 : relative[2] === "h" ? 36e5 : 6e4;
      return new Date(this.now.getTime() - amount * unit).toISOString();
    }
    if (Number.isNaN(Date.parse(value))) return this.fail(path, `is not a date: ${JSON.stringify(value)}`);
    return new Date(value).toISOString();
  }
  str(value, path) {
    return typeof value === "string" && value.length > 0 ? value : this.fail(path, "must be a non-empty string");
  }
  optStr(value, path) {
    return value === void 0 ? void 0 : this.str(value, path);
  }
  arr(value, path) {
    return value === void 0 ? [] : Array.isArray(value) ? value : this.fail(path, "must be an array");
  }
  oneOf(value, path, allowed) {
    if (value === void 0) return void 0;
    if (typeof value === "string" && allowed.includes(value)) return value;
    return this.fail(path, `must be ${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`);
  }
  range(value, path) {
    if (value === void 0) return void 0;
    if (typeof value === "number" && value >= 0) return value;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "number" && v >= 0) && value[0] <= value[1]) {
      return [value[0], value[1]];
    }
    return this.fail(path, "must be a number of milliseconds or [min, max]");
  }
};

// src/local-iam/scenario/entities.ts
function trackedAction(r, value, path) {
  const a = r.object(value, path);
  const action = { name: r.str(a["name"], `${path}.name`) };
  assign(action, "lastAccessed", r.date(a["lastAccessed"], `${path}.lastAccessed`));
  assign(action, "region", r.optStr(a["region"], `${path}.region`));
  assign(action, "entity", r.optStr(a["entity"], `${path}.entity`));
  return action;
}
function policyGrant(r, value, path) {
  const g = r.object(value, path);
  const policyType = r.oneOf(g["policyType"], `${path}.policyType`, ["INLINE", "MANAGED"]);
  if (!policyType) return r.fail(`${path}.policyType`, "must be INLINE or MANAGED");
  const grant = { policyName: r.str(g["policyName"], `${path}.policyName`), policyType };
  assign(grant, "policyArn", r.optStr(g["policyArn"], `${path}.policyArn`));
  assign(
    grant,
    "entityType",
    r.oneOf(g["entityType"], `${path}.entityType`, ["USER", "ROLE", "GROUP"])
  );
  assign(grant, "entityName", r.optStr(g["entityName"], `${path}.entityName`));
  return grant;
}
function service(r, value, path) {
  const s = r.object(value, path);
  const out = { namespace: r.str(s["namespace"], `${path}.namespace`) };
  assign(out, "name", r.optStr(s["name"], `${path}.name`));
  assign(out, "lastAuthenticated", r.date(s["lastAuthenticated"], `${path}.lastAuthenticated`));
  assign(out, "region", r.optStr(s["region"], `${path}.region`));
  assign(out, "entity", r.optStr(s["entity"], `${path}.entity`));
  if (s["totalAuthenticatedEntities"] !== void 0) {
    if (typeof s["totalAuthenticatedEntities"] !== "number") {
      r.fail(`${path}.totalAuthenticatedEntities`, "must be a number");
    }
    out.totalAuthenticatedEntities = s["totalAuthenticatedEntities"];
  }
  if (s["actions"] !== void 0) {
    out.actions = r.arr(s["actions"], `${path}.actions`).map((a, k) => trackedAction(r, a, `${path}.actions[${k}]`));
  }
  if (s["entities"] !== void 0) {
    out.entities = r.arr(s["entities"], `${path}.entities`).map((e, k) => {
      const ep = `${path}.entities[${k}]`;
      const entry = r.object(e, ep);
      const used = { arn: r.str(entry["arn"], `${ep}.arn`) };
      assign(used, "lastAuthenticated", r.date(entry["lastAuthenticated"], `${ep}.lastAuthenticated`));
      return used;
    });
  }
  if (s["grantedBy"] !== void 0) {
    out.grantedBy = r.arr(s["grantedBy"], `${path}.grantedBy`).map((g, k) => policyGrant(r, g, `${path}.grantedBy[${k}]`));
  }
  return out;
}
function accessKey(r, value, path) {
  const k = r.object(value, path);
  const key = { id: r.str(k["id"], `${path}.id`) };
  assign(key, "status", r.oneOf(k["status"], `${path}.status`, ["Active", "Inactive", "Expired"]));
  assign(key, "createDate", r.date(k["createDate"], `${path}.createDate`));
  if (k["lastUsed"] !== void 0) {
    const lu = r.object(k["lastUsed"], `${path}.lastUsed`);
    const lastUsed = {};
    assign(lastUsed, "date", r.date(lu["date"], `${path}.lastUsed.date`));
    assign(lastUsed, "service", r.optStr(lu["service"], `${path}.lastUsed.service`));
    assign(lastUsed, "region", r.optStr(lu["region"], `${path}.lastUsed.region`));
    key.lastUsed = lastUsed;
  }
  return key;
}
function loadEntities(r, value) {
  return r.arr(value, "entities").map((item, i) => {
    const path = `entities[${i}]`;
    const e = r.object(item, path);
    const arn = r.str(e["arn"], `${path}.arn`);
    if (!parseIamArn(arn)) r.fail(`${path}.arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
    const services = r.arr(e["services"], `${path}.services`).map((s, j) => service(r, s, `${path}.services[${j}]`));
    const accessKeys = r.arr(e["accessKeys"], `${path}.accessKeys`).map((k, j) => accessKey(r, k, `${path}.accessKeys[${j}]`));
    const entity = { arn, services, accessKeys };
    assign(entity, "createDate", r.date(e["createDate"], `${path}.createDate`));
    if (e["document"] !== void 0) entity.document = e["document"];
    return entity;
  });
}

// src/local-iam/scenario/faults.ts
var KNOWN = [
  "jobLatencyMs",
  "requestLatencyMs",
  "throttleAboveRps",
  "failedJobs",
  "stuckJobs",
  "deniedCalls",
  "bursts"
];
function failedJob(r, value, path) {
  if (typeof value === "string") return { arn: value };
  const v = r.object(value, path, "must be an ARN or { arn, code, message }");
  const job = { arn: r.str(v["arn"], `${path}.arn`) };
  assign(job, "code", r.optStr(v["code"], `${path}.code`));
  assign(job, "message", r.optStr(v["message"], `${path}.message`));
  return job;
}
function deniedCall(r, value, path) {
  const v = r.object(value, path, "must be an object { operation?, arn? }");
  const denied = {};
  assign(denied, "operation", r.optStr(v["operation"], `${path}.operation`));
  assign(denied, "arn", r.optStr(v["arn"], `${path}.arn`));
  return denied;
}
function burst(r, value, path) {
  const v = r.object(
    value,
    path,
    "must be an object { kind, operation?, after?, count?, status?, delayMs? }"
  );
  const kinds = [
    "server-error",
    "reset",
    "expired-token",
    "credentials-rejected",
    "html-error",
    "slow"
  ];
  const kind = r.oneOf(v["kind"], `${path}.kind`, kinds);
  if (!kind) return r.fail(`${path}.kind`, `must be ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`);
  const out = { kind };
  assign(out, "operation", r.optStr(v["operation"], `${path}.operation`));
  assign(out, "code", r.optStr(v["code"], `${path}.code`));
  assign(out, "accessKeyId", r.optStr(v["accessKeyId"], `${path}.accessKeyId`));
  for (const key of ["after", "count", "status", "delayMs"]) {
    const n = v[key];
    if (n === void 0) continue;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      r.fail(`${path}.${key}`, "must be a whole number >= 0");
    out[key] = n;
  }
  if (out.status !== void 0 && (out.status < 500 || out.status > 599)) {
    r.fail(`${path}.status`, "must be a 5xx status");
  }
  return out;
}
function loadFaults(r, value) {
  const f = r.object(value, "faults");
  for (const key of Object.keys(f)) {
    if (!KNOWN.includes(key)) r.fail(`faults.${key}`, `is not a known fault (known: ${KNOWN.join(", ")})`);
  }
  const faults = {};
  assign(faults, "jobLatencyMs", r.range(f["jobLatencyMs"], "faults.jobLatencyMs"));
  assign(faults, "requestLatencyMs", r.range(f["requestLatencyMs"], "faults.requestLatencyMs"));
  if (f["throttleAboveRps"] !== void 0) {
    if (typeof f["throttleAboveRps"] !== "number" || f["throttleAboveRps"] <= 0) {
      r.fail("faults.throttleAboveRps", "must be a positive number");
    }
    faults.throttleAboveRps = f["throttleAboveRps"];
  }
  faults.failedJobs = r.arr(f["failedJobs"], "faults.failedJobs").map((v, i) => failedJob(r, v, `faults.failedJobs[${i}]`));
  faults.stuckJobs = r.arr(f["stuckJobs"], "faults.stuckJobs").map((v, i) => r.str(v, `faults.stuckJobs[${i}]`));
  faults.deniedCalls = r.arr(f["deniedCalls"], "faults.deniedCalls").map((v, i) => deniedCall(r, v, `faults.deniedCalls[${i}]`));
  faults.bursts = r.arr(f["bursts"], "faults.bursts").map((v, i) => burst(r, v, `faults.bursts[${i}]`));
  return faults;
}

// src/local-iam/scenario/policies.ts
function loadPolicies(r, value) {
  return r.arr(value, "policies").map((item, i) => {
    const path = `policies[${i}]`;
    const p = r.object(item, path);
    const document = r.object(p["document"], `${path}.document`, "must be a policy document object");
    const policy = { arn: r.str(p["arn"], `${path}.arn`), document };
    assign(policy, "createDate", r.date(p["createDate"], `${path}.createDate`));
    return policy;
  });
}

// src/local-iam/scenario/stacks.ts
function loadStacks(r, value) {
  const stacks = r.object(value, "stacks", "must be an object: stack name \u2192 { logical id \u2192 physical id }");
  const out = {};
  for (const [name, resources] of Object.entries(stacks)) {
    const entries = r.object(resources, `stacks.${name}`, "must be an object: logical id \u2192 physical id");
    const mapped = {};
    for (const [logicalId, physical] of Object.entries(entries)) {
      const rp = `stacks.${name}.${logicalId}`;
      if (typeof physical === "string") mapped[logicalId] = physical;
      else if (isObject(physical)) {
        const entry = {
          physicalId: r.str(physical["physicalId"], `${rp}.physicalId`)
        };
        assign(entry, "type", r.optStr(physical["type"], `${rp}.type`));
        mapped[logicalId] = entry;
      } else r.fail(rp, "must be a physical id string or { physicalId, type }");
    }
    out[name] = mapped;
  }
  return out;
}

// src/local-iam/scenario/templates.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
function templateText(r, value, path) {
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value["file"] === "string" && Object.keys(value).length === 1) {
    const file = resolve2(dirname2(r.file), value["file"]);
    try {
      return readFileSync2(file, "utf8");
    } catch {
      return r.fail(`${path}.file`, `names a file that cannot be read: ${file}`);
    }
  }
  if (isObject(value)) return `${JSON.stringify(value, null, 1)}
`;
  return r.fail(path, "must be a template (object or text) or { file }");
}
function loadTemplates(r, value) {
  const templates = r.object(value, "templates", "must be an object: stack name \u2192 template");
  const out = {};
  for (const [name, entry] of Object.entries(templates)) {
    const path = `templates.${name}`;
    const long = isObject(entry) && "original" in entry;
    const original = templateText(r, long ? entry["original"] : entry, long ? `${path}.original` : path);
    const processed = long && entry["processed"] !== void 0 ? templateText(r, entry["processed"], `${path}.processed`) : original;
    const template = { original, processed };
    const region = long ? r.optStr(entry["region"], `${path}.region`) : void 0;
    if (region !== void 0) template.region = region;
    out[name] = template;
  }
  return out;
}

// src/local-iam/scenario.ts
function loadScenario(text, file, now = /* @__PURE__ */ new Date()) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const r = new ScenarioReader(file, now);
  if (!isObject(raw)) return r.fail("(top level)", "must be an object");
  const account = r.str(raw["account"], "account");
  if (!/^\d{12}$/.test(account)) r.fail("account", "must be a 12-digit account id");
  const callerArn = r.optStr(raw["callerArn"], "callerArn");
  const scenario = {
    account,
    entities: loadEntities(r, raw["entities"]),
    policies: loadPolicies(r, raw["policies"]),
    ...callerArn ? { callerArn } : {}
  };
  if (raw["stacks"] !== void 0) scenario.stacks = loadStacks(r, raw["stacks"]);
  if (raw["templates"] !== void 0) scenario.templates = loadTemplates(r, raw["templates"]);
  if (raw["faults"] !== void 0) scenario.faults = loadFaults(r, raw["faults"]);
  if (raw["callerPolicy"] !== void 0) scenario.callerPolicy = loadCallerPolicy(r, raw["callerPolicy"]);
  return scenario;
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
var CLOUDFORMATION_OPERATIONS = /* @__PURE__ */ new Set(["DescribeStackResources", "GetTemplate"]);
var LocalIamState = class {
  constructor(scenario) {
    this.scenario = scenario;
    this.callerArn = scenario.callerArn ?? `arn:aws:iam::${scenario.account}:user/local`;
    for (const entity of scenario.entities) {
      this.entities.set(entity.arn, entity);
      const parsed = parseIamArn(entity.arn);
      this.byName.set(`${parsed.kind}:${parsed.name}`, entity);
      if (parsed.kind === "policy") {
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
    bursts.forEach((burst2, i) => {
      if (burst2.operation !== void 0 && burst2.operation !== op) return;
      if (burst2.accessKeyId !== void 0 && burst2.accessKeyId !== accessKeyId) return;
      const n = this.burstCalls[i] ?? 0;
      this.burstCalls[i] = n + 1;
      const after = burst2.after ?? 0;
      if (hit === null && n >= after && n < after + (burst2.count ?? Number.POSITIVE_INFINITY)) hit = burst2;
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
      case "GetTemplate":
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
  /** `region`: the one the request is signed for (SigV4 credential scope), for regional services. */
  handle(op, params, region) {
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
      case "GetTemplate":
        return this.template(params, region);
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
  serviceEntry(entity, service2, granularity) {
    const type = parseIamArn(entity.arn).kind;
    const usedBy = [...service2.entities ?? []].filter((e) => e.lastAuthenticated).sort((a, b) => b.lastAuthenticated.localeCompare(a.lastAuthenticated));
    const lastEntity = service2.entity ?? (service2.lastAuthenticated ? type === "role" || type === "user" ? entity.arn : usedBy[0]?.arn : void 0);
    const total = service2.totalAuthenticatedEntities ?? (type === "role" || type === "user" ? service2.lastAuthenticated ? 1 : 0 : usedBy.length);
    return {
      ServiceName: service2.name ?? SERVICE_NAMES[service2.namespace] ?? `AWS ${service2.namespace}`,
      LastAuthenticated: service2.lastAuthenticated,
      ServiceNamespace: service2.namespace,
      LastAuthenticatedEntity: service2.lastAuthenticated ? lastEntity : void 0,
      LastAuthenticatedRegion: service2.lastAuthenticated ? service2.region ?? "us-east-1" : void 0,
      TotalAuthenticatedEntities: total,
      TrackedActionsLastAccessed: granularity === "ACTION_LEVEL" && service2.actions ? service2.actions.map((a) => ({
        ActionName: a.name,
        LastAccessedEntity: a.lastAccessed ? a.entity ?? lastEntity ?? entity.arn : void 0,
        LastAccessedTime: a.lastAccessed,
        LastAccessedRegion: a.lastAccessed ? a.region ?? service2.region ?? "us-east-1" : void 0
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
    const service2 = entity.services?.find((s) => s.namespace === namespace);
    const users = [...service2?.entities ?? []].sort(
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
        const kind = parsed?.kind === "role" ? "ROLE" : parsed?.kind === "group" ? "GROUP" : "USER";
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
        const service2 = entity.services?.find((s) => s.namespace === namespace);
        const grants = service2?.grantedBy ?? (service2 ? parsed.kind === "policy" ? [{ policyName: parsed.name, policyType: "MANAGED", policyArn: arn }] : [
          {
            policyName: `${parsed.name}-policy`,
            policyType: "INLINE",
            entityType: parsed.kind.toUpperCase(),
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
      if (caller?.kind !== "user") {
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
    const all = this.scenario.entities.filter((e) => parseIamArn(e.arn)?.kind === type && parseIamArn(e.arn).path.startsWith(prefix)).sort((a, b) => a.arn.localeCompare(b.arn));
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
  /** GetTemplate: the stack's template as submitted (Original) or after transforms (Processed). */
  template(params, region) {
    const stackName = params["StackName"] ?? "";
    const stage = params["TemplateStage"] ?? "Original";
    if (stage !== "Original" && stage !== "Processed") {
      return {
        status: 400,
        code: "ValidationError",
        message: `1 validation error detected: Value '${stage}' at 'templateStage' failed to satisfy constraint: Member must satisfy enum value set: [Original, Processed]`
      };
    }
    const template = this.scenario.templates?.[stackName];
    if (!template || template.region !== void 0 && region !== void 0 && template.region !== region) {
      return { status: 400, code: "ValidationError", message: `Stack with id ${stackName} does not exist` };
    }
    return {
      TemplateBody: stage === "Original" ? template.original : template.processed,
      StagesAvailable: ["Original", "Processed"]
    };
  }
  guessType(physicalId) {
    if (parseIamArn(physicalId)?.kind === "policy") return "AWS::IAM::ManagedPolicy";
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
function burstError(burst2) {
  if (burst2?.kind === "server-error") {
    const status = burst2.status ?? 500;
    return status === 503 ? { status, code: "ServiceUnavailable", message: "Service is unable to handle request." } : { status, code: "InternalFailure", message: "An internal error occurred." };
  }
  if (burst2?.kind === "expired-token" || burst2?.kind === "credentials-rejected") {
    return rejectedCredentials(burst2.code ?? "ExpiredToken");
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
    const burst2 = state.burst(op, log.accessKeyId);
    if (burst2?.kind === "reset" || burst2?.kind === "html-error") {
      log.status = burst2.kind === "reset" ? 0 : burst2.status ?? 500;
      log.code = burst2.kind === "reset" ? "ECONNRESET" : "HTML";
      options.onCall?.(log);
      if (burst2.kind === "reset") request.socket.destroy();
      else htmlPage(response, log.status);
      return;
    }
    let outcome;
    if (request.method !== "POST" || !op) {
      outcome = { status: 400, code: "MissingAction", message: "Missing Action" };
    } else {
      outcome = burstError(burst2) ?? (state.throttled() ? { status: 400, code: "Throttling", message: "Rate exceeded" } : state.denied(op, target) ?? state.handle(op, params, log.signingRegion));
    }
    const delay = draw(latency) + (burst2?.kind === "slow" ? burst2.delayMs ?? 0 : 0);
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
  startLocalIam
};
//# sourceMappingURL=server-F52HZPZL.js.map
