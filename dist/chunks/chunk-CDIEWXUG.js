import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-LI4YSP5E.js";
import {
  fixedLines,
  forEachBranch,
  isRecord,
  joinPath,
  locate,
  offsetLines,
  readPolicyDocument,
  reportUnknownIntrinsic,
  unknownAt
} from "./chunk-AVA5T5QB.js";
import {
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  newEntity,
  scopedSuppressions
} from "./chunk-YGTLDSZU.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";
import {
  __toESM
} from "./chunk-5246H675.js";

// src/iac/intrinsics.ts
var KNOWN = /* @__PURE__ */ new Set([
  "Ref",
  "Condition",
  "Fn::Base64",
  "Fn::Cidr",
  "Fn::FindInMap",
  "Fn::GetAtt",
  "Fn::GetAZs",
  "Fn::ImportValue",
  "Fn::Join",
  "Fn::Select",
  "Fn::Split",
  "Fn::Sub",
  "Fn::Transform",
  "Fn::If",
  "Fn::Equals",
  "Fn::And",
  "Fn::Or",
  "Fn::Not",
  "Fn::Length",
  "Fn::ToJsonString",
  "Fn::GetStackOutput"
]);
var PSEUDO_VALUES = {
  "AWS::Partition": "aws",
  "AWS::URLSuffix": "amazonaws.com"
};
function intrinsicName(value) {
  if (!isRecord(value)) return null;
  let name = null;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (name !== null) return null;
    name = key;
  }
  if (name === null) return null;
  return name === "Ref" || name === "Condition" || name.startsWith("Fn::") ? name : null;
}
function isKnownIntrinsic(name) {
  return KNOWN.has(name) || name.startsWith("Fn::ForEach::");
}
function isNoValue(value) {
  return isRecord(value) && value["Ref"] === "AWS::NoValue" && intrinsicName(value) === "Ref";
}
function renderString(value, depth = 0) {
  if (typeof value === "string") return { text: value, unresolved: [] };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value), unresolved: [] };
  if (depth > 32) return null;
  const name = intrinsicName(value);
  if (name === null) return null;
  const argument = value[name];
  switch (name) {
    case "Ref": {
      if (typeof argument !== "string") return null;
      const pseudo = PSEUDO_VALUES[argument];
      return pseudo !== void 0 ? { text: pseudo, unresolved: [] } : { text: `\${${argument}}`, unresolved: [argument] };
    }
    case "Fn::GetAtt": {
      const parts2 = Array.isArray(argument) ? argument.map((p) => typeof p === "string" ? p : "?") : [String(argument)];
      const label = parts2.join(".");
      return { text: `\${${label}}`, unresolved: [label] };
    }
    case "Fn::Sub":
      return renderSub(argument, depth);
    case "Fn::Join": {
      if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1]))
        return null;
      const parts2 = [];
      const unresolved = [];
      for (const item of argument[1]) {
        const rendered = renderString(item, depth + 1);
        if (!rendered) return null;
        parts2.push(rendered.text);
        unresolved.push(...rendered.unresolved);
      }
      return { text: parts2.join(argument[0]), unresolved };
    }
    case "Fn::Select": {
      if (!Array.isArray(argument) || !Array.isArray(argument[1])) return null;
      const index = Number(argument[0]);
      return Number.isInteger(index) ? renderString(argument[1][index], depth + 1) : null;
    }
    case "Fn::ImportValue":
    case "Fn::FindInMap":
    case "Fn::GetStackOutput": {
      const label = `${name}(${JSON.stringify(argument)})`;
      return { text: `\${${label}}`, unresolved: [label] };
    }
    default:
      return null;
  }
}
function renderSub(argument, depth) {
  let template = argument;
  let variables = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    if (isRecord(argument[1])) variables = argument[1];
  }
  if (typeof template !== "string") return null;
  const unresolved = [];
  const text = template.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
    if (inner.startsWith("!")) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (Object.hasOwn(variables, name)) {
      const rendered = renderString(variables[name], depth + 1);
      if (rendered) {
        unresolved.push(...rendered.unresolved);
        return rendered.text;
      }
      unresolved.push(name);
      return whole;
    }
    const pseudo = PSEUDO_VALUES[name];
    if (pseudo !== void 0) return pseudo;
    unresolved.push(name);
    return whole;
  });
  return { text, unresolved };
}
function refTarget(value) {
  const fn = intrinsicName(value);
  if (fn !== "Ref" && fn !== "Fn::GetAtt") return null;
  const argument = value[fn];
  const target = fn === "Ref" ? argument : Array.isArray(argument) ? argument[0] : argument;
  if (typeof target !== "string") return null;
  return fn === "Fn::GetAtt" && !Array.isArray(argument) ? target.split(".")[0] ?? null : target;
}
function ifBranches(value, path) {
  if (intrinsicName(value) !== "Fn::If") return null;
  const args = value["Fn::If"];
  if (!Array.isArray(args)) return [];
  const out = [];
  for (const index of [1, 2]) {
    const branch = args[index];
    if (branch !== void 0 && !isNoValue(branch)) out.push([branch, [...path, "Fn::If", index]]);
  }
  return out;
}
var CLOUDFORMATION_DIALECT = {
  isAbsent: isNoValue,
  functionName: intrinsicName,
  isKnownFunction: isKnownIntrinsic,
  branches: ifBranches,
  render: (value) => renderString(value)
};
function referencedNames(value, depth = 0, out = []) {
  if (depth > 32 || typeof value !== "object" || value === null) return out;
  const add = (name) => {
    if (!out.includes(name)) out.push(name);
  };
  if (Array.isArray(value)) {
    for (const item of value) referencedNames(item, depth + 1, out);
    return out;
  }
  const fn = intrinsicName(value);
  const argument = fn ? value[fn] : void 0;
  if (fn === "Ref" && typeof argument === "string" && !argument.startsWith("AWS::")) add(argument);
  else if (fn === "Fn::GetAtt")
    add(Array.isArray(argument) ? String(argument[0]) : String(argument).split(".")[0]);
  else if (fn === "Fn::ImportValue") add(`Fn::ImportValue(${JSON.stringify(argument)})`);
  else if (fn === "Fn::Sub") {
    const template = Array.isArray(argument) ? argument[0] : argument;
    if (typeof template === "string") {
      for (const [, name] of template.matchAll(/\$\{([^!}][^}]*)\}/g))
        if (!name.startsWith("AWS::")) add(name.trim());
    }
    if (Array.isArray(argument)) referencedNames(argument[1], depth + 1, out);
  } else for (const item of Object.values(value)) referencedNames(item, depth + 1, out);
  return out;
}

// src/iac/cfn/opaque.ts
var MODELED_TRANSFORMS = /* @__PURE__ */ new Set(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"]);
var NESTED_STACK_TYPES = /* @__PURE__ */ new Set([
  "AWS::CloudFormation::Stack",
  "AWS::Serverless::Application"
]);
function transforms(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap(
    (t) => typeof t === "string" ? [t] : isRecord(t) && typeof t["Name"] === "string" ? [t["Name"]] : []
  );
}
function parts(template) {
  const out = [];
  for (const name of transforms(template["Transform"])) {
    if (!MODELED_TRANSFORMS.has(name))
      out.push({ kind: "macro", path: ["Transform"], description: `the macro transform ${name}` });
  }
  const resources = isRecord(template["Resources"]) ? template["Resources"] : {};
  for (const [id, resource] of Object.entries(resources)) {
    if (id === "Fn::Transform" || intrinsicName({ [id]: resource }) === "Fn::Transform") {
      out.push({
        kind: "include",
        path: ["Resources", id],
        description: "resources included by Fn::Transform"
      });
      continue;
    }
    if (!isRecord(resource) || typeof resource["Type"] !== "string") continue;
    if (!NESTED_STACK_TYPES.has(resource["Type"])) continue;
    const properties = isRecord(resource["Properties"]) ? resource["Properties"] : {};
    const where = properties["TemplateURL"] ?? properties["Location"];
    const url = typeof where === "string" ? `, ${where}` : "";
    out.push({
      kind: "nested",
      path: ["Resources", id, "Properties", "Parameters"],
      description: `the nested stack ${id} (${resource["Type"]}${url})`,
      passes: referencedNames(properties["Parameters"])
    });
  }
  return out;
}
function opaqueParts(template, lines) {
  return parts(template).map((p) => ({
    line: lines.lineAt(p.kind === "nested" ? p.path.slice(0, 2) : p.path),
    description: p.description
  }));
}
function markOpaque(ctx, template) {
  for (const part of parts(template)) {
    const affected = part.kind === "nested" ? ctx.entities.filter((e) => part.passes?.includes(e.id.slice(ctx.scope.idPrefix.length))) : ctx.entities.filter((e) => ctx.byId.get(e.id.slice(ctx.scope.idPrefix.length)) === e);
    for (const entity of affected) {
      const message = part.kind === "nested" ? `${entity.id} is passed to ${part.description}, whose template is not read here: what it grants ${entity.id} cannot be known from code` : `${part.description} may add resources (a policy naming ${entity.id}) when deployed: what they grant cannot be known from code`;
      entity.unknowns.push(unknownAt(ctx.scope, part.path, message));
    }
  }
}

// src/iac/cfn/suppressions.ts
var SUPPRESSION_KEY = "iam-usage-guard";
function readSuppressions(scope, metadata, path) {
  const own = metadata[SUPPRESSION_KEY];
  if (!isRecord(own)) return [];
  const ignore = own["ignore"];
  const list = Array.isArray(ignore) ? ignore : [];
  const out = [];
  list.forEach((item, i) => {
    const itemPath = [...path, "ignore", i];
    if (!isRecord(item) || typeof item["rule"] !== "string") {
      scope.diagnostics.push({
        severity: "error",
        file: scope.file,
        line: scope.lines.lineAt(itemPath),
        message: `${joinPath(scope.pathPrefix, itemPath)}: a suppression needs a "rule" (and a "reason")`
      });
      return;
    }
    const services = item["services"];
    out.push({
      rule: item["rule"],
      reason: typeof item["reason"] === "string" && item["reason"].trim() !== "" ? item["reason"] : null,
      services: Array.isArray(services) ? services.filter((s) => typeof s === "string") : null,
      location: locate(scope, itemPath),
      scope: null
    });
  });
  return out;
}

// src/iac/cfn/values.ts
var MAX_DEPTH = 64;
function templateValues(template, overrides = {}) {
  const parameters = /* @__PURE__ */ new Map();
  const declared = isRecord(template["Parameters"]) ? template["Parameters"] : {};
  for (const [name, parameter] of Object.entries(declared)) {
    if (!isRecord(parameter)) continue;
    const type = typeof parameter["Type"] === "string" ? parameter["Type"] : "String";
    const fallback = parameter["Default"];
    if (type.startsWith("AWS::SSM::") || fallback === void 0 || fallback === null || fallback === "")
      continue;
    const text = Array.isArray(fallback) ? fallback.map(String).join(",") : String(fallback);
    parameters.set(name, type === "CommaDelimitedList" || type.startsWith("List<") ? text.split(",") : text);
  }
  for (const [name, value] of Object.entries(overrides)) {
    const type = isRecord(declared[name]) ? declared[name]["Type"] : void 0;
    const list = typeof type === "string" && (type === "CommaDelimitedList" || type.startsWith("List<"));
    parameters.set(name, list && typeof value === "string" ? value.split(",") : value);
  }
  return { parameters, mappings: isRecord(template["Mappings"]) ? template["Mappings"] : {} };
}
function resolveValues(value, values, depth = 0) {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => resolveValues(item, values, depth + 1));
  const record = value;
  const fn = intrinsicName(record);
  if (fn !== null) return resolveFunction(fn, record[fn], values, depth);
  const out = {};
  for (const key of Object.keys(record)) {
    if (key.startsWith("Fn::ForEach::")) {
      Object.assign(out, expandForEach(record[key], values, depth));
      continue;
    }
    setKey(out, key, resolveValues(record[key], values, depth + 1));
  }
  return out;
}
function setKey(out, key, item) {
  if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true });
  else out[key] = item;
}
function resolveFunction(fn, argument, values, depth) {
  const keep = (resolved) => ({ [fn]: resolved });
  switch (fn) {
    case "Ref":
      return typeof argument === "string" && values.parameters.has(argument) ? values.parameters.get(argument) : keep(argument);
    case "Fn::Sub":
      return resolveSub(argument, values, depth);
    case "Fn::Split": {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === "string" && typeof args[1] === "string" && args[0] !== "")
        return args[1].split(args[0]);
      return keep(args);
    }
    case "Fn::Select": {
      const args = resolveValues(argument, values, depth + 1);
      const index = Array.isArray(args) ? Number(args[0]) : Number.NaN;
      if (Array.isArray(args) && Array.isArray(args[1]) && Number.isInteger(index) && args[1][index] !== void 0)
        return args[1][index];
      return keep(args);
    }
    case "Fn::Join": {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === "string" && Array.isArray(args[1])) {
        const parts2 = args[1];
        if (parts2.every((p) => typeof p === "string" || typeof p === "number")) return parts2.join(args[0]);
      }
      return keep(args);
    }
    case "Fn::FindInMap":
      return resolveFindInMap(resolveValues(argument, values, depth + 1), values, depth, keep);
    default:
      return keep(resolveValues(argument, values, depth + 1));
  }
}
function resolveFindInMap(args, values, depth, keep) {
  if (!Array.isArray(args) || !args.slice(0, 3).every((k) => typeof k === "string")) return keep(args);
  const [map, top, second] = args;
  const table = values.mappings[map];
  const row = isRecord(table) && Object.hasOwn(table, top) ? table[top] : void 0;
  if (isRecord(row) && Object.hasOwn(row, second)) return resolveValues(row[second], values, depth + 1);
  const fallback = args[3];
  if (isRecord(fallback) && Object.hasOwn(fallback, "DefaultValue")) return fallback["DefaultValue"];
  return keep(args);
}
function resolveSub(argument, values, depth) {
  let template = argument;
  let variables = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    const given = resolveValues(argument[1], values, depth + 1);
    if (isRecord(given)) variables = given;
  }
  if (typeof template !== "string") return { "Fn::Sub": resolveValues(argument, values, depth + 1) };
  const text = template.replace(/\$\{([^!}][^}]*)\}/g, (whole, inner) => {
    const name = inner.trim();
    const own = Object.hasOwn(variables, name) ? variables[name] : void 0;
    if (typeof own === "string" || typeof own === "number") return String(own);
    if (own === void 0 && !name.includes(".")) {
      const parameter = values.parameters.get(name);
      if (typeof parameter === "string") return parameter;
    }
    return whole;
  });
  const rest = Object.fromEntries(
    Object.entries(variables).filter(
      ([name, v]) => typeof v !== "string" && typeof v !== "number" && text.includes(`\${${name}}`)
    )
  );
  if (!text.includes("${")) return text;
  return Object.keys(rest).length > 0 ? { "Fn::Sub": [text, rest] } : { "Fn::Sub": text };
}
function resolveResources(resources, values) {
  const out = {};
  const origins = /* @__PURE__ */ new Map();
  for (const key of Object.keys(resources)) {
    if (!key.startsWith("Fn::ForEach::")) {
      setKey(out, key, resolveValues(resources[key], values, 1));
      continue;
    }
    const loop = resources[key];
    const outputKey = Array.isArray(loop) && isRecord(loop[2]) ? Object.keys(loop[2])[0] : void 0;
    for (const [id, resource] of Object.entries(expandForEach(loop, values, 1))) {
      setKey(out, id, resource);
      if (outputKey !== void 0) origins.set(id, [key, 2, outputKey]);
    }
  }
  return { resources: out, origins };
}
function expandForEach(loop, values, depth) {
  const out = {};
  if (!Array.isArray(loop) || typeof loop[0] !== "string" || !isRecord(loop[2])) return out;
  const identifier = loop[0];
  const items = resolveValues(loop[1], values, depth + 1);
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const text = String(item);
    const substituted = substitute(loop[2], identifier, text);
    for (const [key, value] of Object.entries(resolveValues(substituted, values, depth + 1))) {
      setKey(out, key, value);
    }
  }
  return out;
}
function substitute(value, identifier, item, depth = 0) {
  if (depth > MAX_DEPTH) return value;
  const inText = (text) => text.replaceAll(`\${${identifier}}`, item).replaceAll(`&{${identifier}}`, item.replace(/[^A-Za-z0-9]/g, ""));
  if (typeof value === "string") return inText(value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier, item, depth + 1));
  if (!isRecord(value)) return value;
  if (intrinsicName(value) === "Ref" && value["Ref"] === identifier) return item;
  const out = {};
  for (const [key, v] of Object.entries(value))
    setKey(out, inText(key), substitute(v, identifier, item, depth + 1));
  return out;
}

// src/iac/cfn/context.ts
function createContext(template, scope) {
  const written = isRecord(template["Resources"]) ? template["Resources"] : {};
  const { resources, origins } = resolveResources(written, templateValues(template, scope.parameterValues));
  const types = /* @__PURE__ */ new Map();
  for (const id of Object.keys(resources)) {
    const resource = resources[id];
    if (isRecord(resource) && typeof resource["Type"] === "string") types.set(id, resource["Type"]);
  }
  const lines = origins.size > 0 ? loopLines(scope.lines, origins) : scope.lines;
  return {
    scope: { ...scope, lines, dialect: scope.dialect ?? CLOUDFORMATION_DIALECT },
    resources,
    types,
    parameters: isRecord(template["Parameters"]) ? template["Parameters"] : {},
    entities: [],
    byId: /* @__PURE__ */ new Map(),
    external: /* @__PURE__ */ new Map(),
    policies: [],
    managedPolicies: /* @__PURE__ */ new Map(),
    attachments: [],
    memberships: [],
    boundaries: [],
    folded: /* @__PURE__ */ new Set(),
    deferred: [],
    nameExpressions: /* @__PURE__ */ new Map()
  };
}
function loopLines(lines, origins) {
  const map = (path) => {
    const origin = path[0] === "Resources" && typeof path[1] === "string" ? origins.get(path[1]) : void 0;
    return origin ? ["Resources", ...origin, ...path.slice(2)] : path;
  };
  return {
    lineAt: (path) => lines.lineAt(map(path)),
    textStartLine: (path) => lines.textStartLine(map(path))
  };
}
function viewOf(ctx, id) {
  const resource = ctx.resources[id];
  const path = ["Resources", id];
  return {
    id,
    type: ctx.types.get(id) ?? "",
    resource,
    properties: isRecord(resource["Properties"]) ? resource["Properties"] : {},
    path,
    propertiesPath: [...path, "Properties"],
    metadata: isRecord(resource["Metadata"]) ? resource["Metadata"] : {},
    conditional: typeof resource["Condition"] === "string"
  };
}
function addEntity(ctx, view, kind, id = view.id) {
  const { scope } = ctx;
  const cdkPath = view.metadata["aws:cdk:path"];
  const entity = newEntity({
    id: scope.idPrefix + id,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(view.path),
    path: joinPath(scope.pathPrefix, view.path),
    stackName: scope.stackName,
    constructPath: typeof cdkPath === "string" ? cdkPath : scope.constructPaths?.get(view.id) ?? null,
    suppressions: readSuppressions(scope, view.metadata, [...view.path, "Metadata", SUPPRESSION_KEY])
  });
  ctx.entities.push(entity);
  ctx.byId.set(id, entity);
  return entity;
}
function sinkOf(entity) {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}
function physicalName(value) {
  const rendered = renderString(value);
  return rendered && rendered.unresolved.length === 0 ? rendered.text : null;
}
function diagnoseAt(ctx, path, message, entityId, severity = "error") {
  ctx.scope.diagnostics.push({
    severity,
    file: ctx.scope.file,
    line: ctx.scope.lines.lineAt(path),
    message,
    entity: entityId
  });
}

// src/iac/cfn/targets.ts
function resolveTargets(ctx, value, kind, path, sourceId, visit, conditional = false) {
  if (value === null || value === void 0 || isNoValue(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      resolveTargets(ctx, item, kind, [...path, i], sourceId, visit, conditional);
    });
    return;
  }
  const branched = forEachBranch(
    ctx.scope,
    value,
    path,
    (_s, branch, p) => resolveTargets(ctx, branch, kind, p, sourceId, visit, true)
  );
  if (branched) return;
  const entity = targetEntity(ctx, value, kind, path, sourceId);
  if (entity) visit(entity, conditional);
}
function simplify(value) {
  const fn = intrinsicName(value);
  const argument = fn ? value[fn] : void 0;
  if (fn === "Fn::Sub" && typeof argument === "string") {
    const only = /^\$\{([A-Za-z0-9]+)\}$/.exec(argument);
    if (only) return { Ref: only[1] };
  }
  if (fn === "Fn::Select" && Array.isArray(argument) && Array.isArray(argument[1])) {
    const index = Number(argument[0]);
    if (Number.isInteger(index) && argument[1][index] !== void 0) return simplify(argument[1][index]);
  }
  return value;
}
function targetEntity(ctx, written, kind, path, sourceId) {
  const value = simplify(written);
  const where = joinPath(ctx.scope.pathPrefix, path);
  const entityId = ctx.scope.idPrefix + sourceId;
  const target = refTarget(value);
  if (target !== null && !Object.hasOwn(ctx.parameters, target)) {
    const entity = ctx.byId.get(target);
    if (entity?.kind === kind) return entity;
    if (!entity && NESTED_STACK_TYPES.has(ctx.types.get(target) ?? "") && intrinsicName(value) === "Fn::GetAtt") {
      return unknownTarget(
        ctx,
        kind,
        path,
        `the ${kind} is named by an output of the nested stack ${target} (${ctx.types.get(target)}), whose template is not read here; which ${kind} it is cannot be known from code`
      );
    }
    if (entity)
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target}, which is a ${entity.kind}, not a ${kind}`,
        entityId
      );
    else if (ctx.types.has(target))
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target} (${ctx.types.get(target)}), not a ${kind}`,
        entityId
      );
    else
      diagnoseAt(
        ctx,
        path,
        `${where} refers to ${target}, which is not a resource in this template`,
        entityId
      );
    return null;
  }
  const fn = intrinsicName(value);
  if (fn !== null && !isKnownIntrinsic(fn)) return null;
  const rendered = renderString(value);
  if (rendered === null) {
    return unknownTarget(
      ctx,
      kind,
      path,
      `the ${kind} is named by ${fn ?? "a value"} and cannot be matched from code`
    );
  }
  const expression = rendered.text.toLowerCase();
  const known = ctx.entities.find((e) => e.kind === kind && e.name !== null && e.name.toLowerCase() === expression) ?? ctx.entities.find((e) => e.kind === kind && ctx.nameExpressions.get(e) === expression);
  if (known) return known;
  if (rendered.unresolved.length > 0) {
    const through = rendered.unresolved.map(
      (name) => Object.hasOwn(ctx.parameters, name) ? `parameter ${name} (no Default)` : name
    );
    return unknownTarget(
      ctx,
      kind,
      path,
      `the ${kind} is named "${rendered.text}", built from ${through.join(", ")}; which ${kind} it is cannot be known from code`
    );
  }
  return externalEntity(ctx, kind, rendered.text, path);
}
function externalEntity(ctx, kind, name, path) {
  const key = `${kind}/${name.toLowerCase()}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const { scope } = ctx;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}/${name}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path),
    path: joinPath(scope.pathPrefix, path),
    name,
    stackName: scope.stackName,
    namedOnly: true
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}
function unknownTarget(ctx, kind, path, message) {
  const { scope } = ctx;
  const where = joinPath(scope.pathPrefix, path);
  const key = `${kind}\0${where}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}@${where}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path),
    path: where,
    stackName: scope.stackName,
    unknowns: [unknownAt(scope, path, message)]
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}
function fold(ctx, entity, policy, conditional) {
  const key = `${policy.id}\0${entity.id}`;
  if (entity === policy.entity || ctx.folded.has(key)) return;
  ctx.folded.add(key);
  const onlySometimes = conditional || policy.conditional;
  entity.statements.push(
    ...onlySometimes ? policy.statements.map((s) => ({ ...s, conditional: true })) : policy.statements
  );
  entity.unknowns.push(...policy.unknowns);
  entity.suppressions.push(
    ...scopedSuppressions(policy.suppressions, ctx.scope.idPrefix + policy.id, policy.statements)
  );
}
function foldPolicies(ctx) {
  for (const policy of ctx.policies) {
    const propertiesPath = ["Resources", policy.id, "Properties"];
    for (const { key, kind } of policy.targets) {
      resolveTargets(
        ctx,
        policy.properties[key],
        kind,
        [...propertiesPath, key],
        policy.id,
        (e, conditional) => fold(ctx, e, policy, conditional)
      );
    }
  }
}

// src/iac/cfn/attachments.ts
function addManagedPolicyArn(ctx, entity, value, path) {
  const rendered = renderString(value);
  if (rendered?.unresolved.every((name) => name.startsWith("AWS::"))) {
    if (!entity.managedPolicyArns.includes(rendered.text)) entity.managedPolicyArns.push(rendered.text);
    return;
  }
  const names = referencedNames(value);
  const what = rendered ? `"${rendered.text}" is built from ${rendered.unresolved.join(", ")}` : `is built with ${intrinsicName(value) ?? "a value"}${names.length > 0 ? ` from ${names.join(", ")}` : ""}`;
  entity.unknowns.push(
    unknownAt(ctx.scope, path, `managed policy ARN ${what}; its permissions cannot be known from code`)
  );
}
function managedPolicyByArn(ctx, value) {
  const rendered = renderString(value);
  const name = rendered ? /:policy\/(?:.*\/)?([^/]+)$/.exec(rendered.text)?.[1]?.toLowerCase() : void 0;
  if (name === void 0) return void 0;
  for (const policy of ctx.managedPolicies.values()) {
    const entity = policy.entity;
    if (entity.name?.toLowerCase() === name || ctx.nameExpressions.get(entity) === name) return policy;
  }
  return void 0;
}
function eachItem(ctx, reference, visit) {
  const walk = (value, path, conditional) => {
    if (value === null || value === void 0 || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path, (_s, branch, p) => walk(branch, p, true))) return;
    visit(value, path, conditional);
  };
  walk(reference.value, reference.path, reference.conditional);
}
function attachManagedPolicies(ctx) {
  for (const reference of ctx.attachments) {
    const { entity } = reference;
    eachItem(ctx, reference, (value, path, conditional) => {
      const target = refTarget(value);
      const policy = (target !== null ? ctx.managedPolicies.get(target) : void 0) ?? managedPolicyByArn(ctx, value);
      if (policy) {
        fold(ctx, entity, policy, conditional);
        return;
      }
      if (target !== null && ctx.types.has(target)) {
        const where = joinPath(ctx.scope.pathPrefix, path);
        diagnoseAt(
          ctx,
          path,
          `${where} refers to ${target} (${ctx.types.get(target)}), not a managed policy`,
          entity.id
        );
        return;
      }
      addManagedPolicyArn(ctx, entity, value, path);
    });
  }
}
function addMemberships(ctx) {
  for (const reference of ctx.memberships) {
    const user = reference.entity;
    eachItem(ctx, reference, (value, path, conditional) => {
      resolveTargets(ctx, value, "group", path, user.id.slice(ctx.scope.idPrefix.length), (group, branch) => {
        if (!user.groups.includes(group.id)) user.groups.push(group.id);
        if ([...ctx.external.values()].includes(group)) {
          const message = `group ${group.name ?? group.id} is not defined in this template; what it grants the user cannot be known from code`;
          user.unknowns.push(unknownAt(ctx.scope, path, message));
        }
        const policy = {
          id: `group:${group.id}`,
          type: "AWS::IAM::Group",
          statements: group.statements,
          unknowns: group.unknowns,
          suppressions: [],
          entity: group,
          conditional: false,
          targets: [],
          properties: {}
        };
        fold(ctx, user, policy, conditional || branch);
        for (const arn of group.managedPolicyArns)
          if (!user.managedPolicyArns.includes(arn)) user.managedPolicyArns.push(arn);
      });
    });
  }
}
function addBoundaries(ctx) {
  for (const reference of ctx.boundaries) {
    const { entity, value, path } = reference;
    if (value === null || value === void 0 || isNoValue(value)) continue;
    const location = {
      file: ctx.scope.file,
      line: ctx.scope.lines.lineAt(path),
      path: joinPath(ctx.scope.pathPrefix, path)
    };
    const target = refTarget(value);
    const policy = (target !== null ? ctx.managedPolicies.get(target) : void 0) ?? managedPolicyByArn(ctx, value);
    if (policy && policy.unknowns.length === 0) {
      entity.permissionsBoundary = { arn: null, statements: policy.statements, location };
      continue;
    }
    const rendered = renderString(value);
    if (!policy && rendered?.unresolved.every((name) => name.startsWith("AWS::"))) {
      entity.permissionsBoundary = { arn: rendered.text, statements: null, location };
      continue;
    }
    entity.permissionsBoundary = { arn: rendered?.text ?? null, statements: null, location };
  }
}

// src/iac/cfn/check-intrinsics.ts
function checkIntrinsics(scope, sink, value, path, depth = 0) {
  if (depth > 64 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item !== "object" || item === null) continue;
      path.push(i);
      checkIntrinsics(scope, sink, item, path, depth + 1);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    if ((key.startsWith("Fn::") || key === "Ref") && !isKnownIntrinsic(key)) {
      reportUnknownIntrinsic(scope, sink, value, [...path], key);
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    path.push(key);
    checkIntrinsics(scope, sink, item, path, depth + 1);
    path.pop();
  }
}

// src/iac/cfn/inline-policies.ts
function readInlinePolicies(scope, sink, value, path) {
  if (value === null || value === void 0 || isNoValue(value)) return;
  if (forEachBranch(scope, value, path, (s, branch, p) => readInlinePolicies(s, sink, branch, p))) return;
  if (!Array.isArray(value)) {
    if (!reportUnknownIntrinsic(scope, sink, value, path)) {
      sink.unknowns.push(unknownAt(scope, path, "Policies is not a list and cannot be read from code"));
    }
    return;
  }
  value.forEach((policy, i) => {
    readInlinePolicy(scope, sink, policy, [...path, i]);
  });
}
function readInlinePolicy(scope, sink, policy, path) {
  if (policy === null || policy === void 0 || isNoValue(policy)) return;
  if (forEachBranch(scope, policy, path, (s, branch, p) => readInlinePolicy(s, sink, branch, p))) return;
  if (!isRecord(policy)) {
    if (!reportUnknownIntrinsic(scope, sink, policy, path)) {
      sink.unknowns.push(unknownAt(scope, path, "inline policy cannot be read from code"));
    }
    return;
  }
  const name = physicalName(policy["PolicyName"]);
  readPolicyDocument(scope, sink, policy["PolicyDocument"], [...path, "PolicyDocument"], name);
}

// src/iac/cfn/identity.ts
function identityReader(kind, nameKey) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    const entity = addEntity(ctx, view, kind);
    const sink = sinkOf(entity);
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    entity.name = physicalName(properties[nameKey]);
    const written = renderString(properties[nameKey]);
    if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
    entity.iamPath = typeof properties["Path"] === "string" ? properties["Path"] : null;
    readInlinePolicies(ctx.scope, sink, properties["Policies"], [...propertiesPath, "Policies"]);
    const later = (key) => ({
      entity,
      value: properties[key],
      path: [...propertiesPath, key],
      conditional: false
    });
    if (properties["ManagedPolicyArns"] !== void 0) ctx.attachments.push(later("ManagedPolicyArns"));
    if (kind !== "group" && properties["PermissionsBoundary"] !== void 0)
      ctx.boundaries.push(later("PermissionsBoundary"));
    if (kind === "user" && properties["Groups"] !== void 0) ctx.memberships.push(later("Groups"));
  };
}

// src/iac/cfn/policy.ts
var TARGET_LISTS = [
  { key: "Roles", kind: "role" },
  { key: "Users", kind: "user" },
  { key: "Groups", kind: "group" }
];
function policyReader(targets2) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    const sink = { statements: [], unknowns: [], entityId: ctx.scope.idPrefix + view.id };
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    const policyName = physicalName(properties["PolicyName"]) ?? view.id;
    readPolicyDocument(
      ctx.scope,
      sink,
      properties["PolicyDocument"],
      [...propertiesPath, "PolicyDocument"],
      policyName
    );
    const policy = {
      id: view.id,
      type: view.type,
      statements: sink.statements,
      unknowns: sink.unknowns,
      suppressions: readSuppressions(ctx.scope, view.metadata, [...view.path, "Metadata", SUPPRESSION_KEY]),
      entity: null,
      conditional: view.conditional,
      targets: targets2,
      properties
    };
    ctx.policies.push(policy);
  };
}

// src/iac/cfn/managed-policy.ts
function readManagedPolicy(ctx, view) {
  const { properties, propertiesPath } = view;
  const entity = addEntity(ctx, view, "policy");
  const sink = sinkOf(entity);
  checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
  entity.name = physicalName(properties["ManagedPolicyName"]);
  const written = renderString(properties["ManagedPolicyName"]);
  if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
  entity.iamPath = typeof properties["Path"] === "string" ? properties["Path"] : null;
  readPolicyDocument(
    ctx.scope,
    sink,
    properties["PolicyDocument"],
    [...propertiesPath, "PolicyDocument"],
    entity.name ?? view.id
  );
  const policy = {
    id: view.id,
    type: view.type,
    statements: entity.statements,
    unknowns: entity.unknowns,
    // Its own suppressions cover the policy entity, and what it grants to the entities it is attached to.
    suppressions: entity.suppressions,
    entity,
    conditional: view.conditional,
    targets: TARGET_LISTS,
    properties
  };
  ctx.managedPolicies.set(view.id, policy);
  ctx.policies.push(policy);
}

// src/iac/sam-templates.ts
var SAM_POLICY_TEMPLATES = {
  AMIDescribePolicy: [["ec2:DescribeImages"]],
  AWSSecretsManagerRotationPolicy: [
    [
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
      "secretsmanager:PutSecretValue",
      "secretsmanager:UpdateSecretVersionStage"
    ],
    ["secretsmanager:GetRandomPassword"]
  ],
  AcmGetCertificatePolicy: [["acm:GetCertificate"]],
  AthenaQueryPolicy: [
    [
      "athena:ListWorkGroups",
      "athena:GetExecutionEngine",
      "athena:GetExecutionEngines",
      "athena:GetNamespace",
      "athena:GetCatalogs",
      "athena:GetNamespaces",
      "athena:GetTables",
      "athena:GetTable"
    ],
    [
      "athena:StartQueryExecution",
      "athena:GetQueryResults",
      "athena:DeleteNamedQuery",
      "athena:GetNamedQuery",
      "athena:ListQueryExecutions",
      "athena:StopQueryExecution",
      "athena:GetQueryResultsStream",
      "athena:ListNamedQueries",
      "athena:CreateNamedQuery",
      "athena:GetQueryExecution",
      "athena:BatchGetNamedQuery",
      "athena:BatchGetQueryExecution",
      "athena:GetWorkGroup"
    ]
  ],
  CloudFormationDescribeStacksPolicy: [["cloudformation:DescribeStacks"]],
  CloudWatchDashboardPolicy: [
    [
      "cloudwatch:GetDashboard",
      "cloudwatch:ListDashboards",
      "cloudwatch:PutDashboard",
      "cloudwatch:ListMetrics"
    ]
  ],
  CloudWatchDescribeAlarmHistoryPolicy: [["cloudwatch:DescribeAlarmHistory"]],
  CloudWatchPutMetricPolicy: [["cloudwatch:PutMetricData"]],
  CodeCommitCrudPolicy: [
    [
      "codecommit:GitPull",
      "codecommit:GitPush",
      "codecommit:CreateBranch",
      "codecommit:DeleteBranch",
      "codecommit:GetBranch",
      "codecommit:ListBranches",
      "codecommit:MergeBranchesByFastForward",
      "codecommit:MergeBranchesBySquash",
      "codecommit:MergeBranchesByThreeWay",
      "codecommit:UpdateDefaultBranch",
      "codecommit:BatchDescribeMergeConflicts",
      "codecommit:CreateUnreferencedMergeCommit",
      "codecommit:DescribeMergeConflicts",
      "codecommit:GetMergeCommit",
      "codecommit:GetMergeOptions",
      "codecommit:BatchGetPullRequests",
      "codecommit:CreatePullRequest",
      "codecommit:DescribePullRequestEvents",
      "codecommit:GetCommentsForPullRequest",
      "codecommit:GetCommitsFromMergeBase",
      "codecommit:GetMergeConflicts",
      "codecommit:GetPullRequest",
      "codecommit:ListPullRequests",
      "codecommit:MergePullRequestByFastForward",
      "codecommit:MergePullRequestBySquash",
      "codecommit:MergePullRequestByThreeWay",
      "codecommit:PostCommentForPullRequest",
      "codecommit:UpdatePullRequestDescription",
      "codecommit:UpdatePullRequestStatus",
      "codecommit:UpdatePullRequestTitle",
      "codecommit:DeleteFile",
      "codecommit:GetBlob",
      "codecommit:GetFile",
      "codecommit:GetFolder",
      "codecommit:PutFile",
      "codecommit:DeleteCommentContent",
      "codecommit:GetComment",
      "codecommit:GetCommentsForComparedCommit",
      "codecommit:PostCommentForComparedCommit",
      "codecommit:PostCommentReply",
      "codecommit:UpdateComment",
      "codecommit:BatchGetCommits",
      "codecommit:CreateCommit",
      "codecommit:GetCommit",
      "codecommit:GetCommitHistory",
      "codecommit:GetDifferences",
      "codecommit:GetObjectIdentifier",
      "codecommit:GetReferences",
      "codecommit:GetTree",
      "codecommit:GetRepository",
      "codecommit:UpdateRepositoryDescription",
      "codecommit:ListTagsForResource",
      "codecommit:TagResource",
      "codecommit:UntagResource",
      "codecommit:GetRepositoryTriggers",
      "codecommit:PutRepositoryTriggers",
      "codecommit:TestRepositoryTriggers",
      "codecommit:GetBranch",
      "codecommit:GetCommit",
      "codecommit:UploadArchive",
      "codecommit:GetUploadArchiveStatus",
      "codecommit:CancelUploadArchive"
    ]
  ],
  CodeCommitReadPolicy: [
    [
      "codecommit:GitPull",
      "codecommit:GetBranch",
      "codecommit:ListBranches",
      "codecommit:BatchDescribeMergeConflicts",
      "codecommit:DescribeMergeConflicts",
      "codecommit:GetMergeCommit",
      "codecommit:GetMergeOptions",
      "codecommit:BatchGetPullRequests",
      "codecommit:DescribePullRequestEvents",
      "codecommit:GetCommentsForPullRequest",
      "codecommit:GetCommitsFromMergeBase",
      "codecommit:GetMergeConflicts",
      "codecommit:GetPullRequest",
      "codecommit:ListPullRequests",
      "codecommit:GetBlob",
      "codecommit:GetFile",
      "codecommit:GetFolder",
      "codecommit:GetComment",
      "codecommit:GetCommentsForComparedCommit",
      "codecommit:BatchGetCommits",
      "codecommit:GetCommit",
      "codecommit:GetCommitHistory",
      "codecommit:GetDifferences",
      "codecommit:GetObjectIdentifier",
      "codecommit:GetReferences",
      "codecommit:GetTree",
      "codecommit:GetRepository",
      "codecommit:ListTagsForResource",
      "codecommit:GetRepositoryTriggers",
      "codecommit:TestRepositoryTriggers",
      "codecommit:GetBranch",
      "codecommit:GetCommit",
      "codecommit:GetUploadArchiveStatus"
    ]
  ],
  CodePipelineLambdaExecutionPolicy: [
    ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"]
  ],
  CodePipelineReadOnlyPolicy: [["codepipeline:ListPipelineExecutions"]],
  ComprehendBasicAccessPolicy: [
    [
      "comprehend:BatchDetectKeyPhrases",
      "comprehend:DetectDominantLanguage",
      "comprehend:DetectEntities",
      "comprehend:BatchDetectEntities",
      "comprehend:DetectKeyPhrases",
      "comprehend:DetectSentiment",
      "comprehend:BatchDetectDominantLanguage",
      "comprehend:BatchDetectSentiment"
    ]
  ],
  CostExplorerReadOnlyPolicy: [
    [
      "ce:GetCostAndUsage",
      "ce:GetDimensionValues",
      "ce:GetReservationCoverage",
      "ce:GetReservationPurchaseRecommendation",
      "ce:GetReservationUtilization",
      "ce:GetTags"
    ]
  ],
  DynamoDBBackupFullAccessPolicy: [
    ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"],
    ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"]
  ],
  DynamoDBCrudPolicy: [
    [
      "dynamodb:GetItem",
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable",
      "dynamodb:ConditionCheckItem"
    ]
  ],
  DynamoDBReadPolicy: [
    [
      "dynamodb:GetItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable"
    ]
  ],
  DynamoDBReconfigurePolicy: [["dynamodb:UpdateTable"]],
  DynamoDBRestoreFromBackupPolicy: [
    ["dynamodb:RestoreTableFromBackup"],
    [
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:BatchWriteItem"
    ]
  ],
  DynamoDBStreamReadPolicy: [
    ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
    ["dynamodb:ListStreams"]
  ],
  DynamoDBWritePolicy: [["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"]],
  EC2CopyImagePolicy: [["ec2:CopyImage"]],
  EC2DescribePolicy: [["ec2:DescribeRegions", "ec2:DescribeInstances"]],
  EKSDescribePolicy: [["eks:DescribeCluster", "eks:ListClusters"]],
  ElasticsearchHttpPostPolicy: [["es:ESHttpPost", "es:ESHttpPut"]],
  EventBridgePutEventsPolicy: [["events:PutEvents"]],
  FilterLogEventsPolicy: [["logs:FilterLogEvents"]],
  KMSDecryptPolicy: [["kms:Decrypt"]],
  KMSEncryptPolicy: [["kms:Encrypt"]],
  KMSEncryptPolicy_v2: [
    [
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:GenerateDataKeyPair",
      "kms:GenerateDataKeyPairWithoutPlaintext"
    ]
  ],
  KinesisCrudPolicy: [
    [
      "kinesis:AddTagsToStream",
      "kinesis:CreateStream",
      "kinesis:DecreaseStreamRetentionPeriod",
      "kinesis:DeleteStream",
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetShardIterator",
      "kinesis:IncreaseStreamRetentionPeriod",
      "kinesis:ListTagsForStream",
      "kinesis:MergeShards",
      "kinesis:PutRecord",
      "kinesis:PutRecords",
      "kinesis:SplitShard",
      "kinesis:RemoveTagsFromStream"
    ]
  ],
  KinesisStreamReadPolicy: [
    ["kinesis:ListStreams", "kinesis:DescribeLimits"],
    [
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetRecords",
      "kinesis:GetShardIterator"
    ]
  ],
  LambdaInvokePolicy: [["lambda:InvokeFunction"]],
  MobileAnalyticsWriteOnlyAccessPolicy: [["mobileanalytics:PutEvents"]],
  OrganizationsListAccountsPolicy: [["organizations:ListAccounts"]],
  PinpointEndpointAccessPolicy: [
    ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"]
  ],
  PollyFullAccessPolicy: [
    ["polly:GetLexicon", "polly:DeleteLexicon"],
    ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"]
  ],
  RekognitionDetectOnlyPolicy: [
    [
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels",
      "rekognition:DetectText"
    ]
  ],
  RekognitionFacesManagementPolicy: [
    [
      "rekognition:IndexFaces",
      "rekognition:DeleteFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage",
      "rekognition:ListFaces"
    ]
  ],
  RekognitionFacesPolicy: [["rekognition:CompareFaces", "rekognition:DetectFaces"]],
  RekognitionLabelsPolicy: [["rekognition:DetectLabels", "rekognition:DetectModerationLabels"]],
  RekognitionNoDataAccessPolicy: [
    [
      "rekognition:CompareFaces",
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels"
    ]
  ],
  RekognitionReadPolicy: [
    [
      "rekognition:ListCollections",
      "rekognition:ListFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage"
    ]
  ],
  RekognitionWriteOnlyAccessPolicy: [["rekognition:CreateCollection", "rekognition:IndexFaces"]],
  Route53ChangeResourceRecordSetsPolicy: [["route53:ChangeResourceRecordSets"]],
  S3CrudPolicy: [
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:GetLifecycleConfiguration",
      "s3:PutLifecycleConfiguration",
      "s3:DeleteObject"
    ]
  ],
  S3FullAccessPolicy: [
    [
      "s3:GetObject",
      "s3:GetObjectAcl",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:DeleteObject",
      "s3:DeleteObjectTagging",
      "s3:DeleteObjectVersionTagging",
      "s3:GetObjectTagging",
      "s3:GetObjectVersionTagging",
      "s3:PutObjectTagging",
      "s3:PutObjectVersionTagging"
    ],
    ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"]
  ],
  S3ReadPolicy: [
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:GetLifecycleConfiguration"
    ]
  ],
  S3WritePolicy: [["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"]],
  SESBulkTemplatedCrudPolicy: [
    [
      "ses:GetIdentityVerificationAttributes",
      "ses:SendEmail",
      "ses:SendRawEmail",
      "ses:SendTemplatedEmail",
      "ses:SendBulkTemplatedEmail",
      "ses:VerifyEmailIdentity"
    ]
  ],
  SESBulkTemplatedCrudPolicy_v2: [
    ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"],
    ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"]
  ],
  SESCrudPolicy: [
    ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"]
  ],
  SESEmailTemplateCrudPolicy: [
    [
      "ses:CreateTemplate",
      "ses:GetTemplate",
      "ses:ListTemplates",
      "ses:UpdateTemplate",
      "ses:DeleteTemplate",
      "ses:TestRenderTemplate"
    ]
  ],
  SESSendBouncePolicy: [["ses:SendBounce"]],
  SNSCrudPolicy: [
    [
      "sns:ListSubscriptionsByTopic",
      "sns:CreateTopic",
      "sns:SetTopicAttributes",
      "sns:Subscribe",
      "sns:Publish"
    ]
  ],
  SNSPublishMessagePolicy: [["sns:Publish"]],
  SQSPollerPolicy: [
    [
      "sqs:ChangeMessageVisibility",
      "sqs:ChangeMessageVisibilityBatch",
      "sqs:DeleteMessage",
      "sqs:DeleteMessageBatch",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage"
    ]
  ],
  SQSSendMessagePolicy: [["sqs:SendMessage*"]],
  SSMParameterReadPolicy: [
    ["ssm:DescribeParameters"],
    ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"]
  ],
  SSMParameterWithSlashPrefixReadPolicy: [
    ["ssm:DescribeParameters"],
    ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"]
  ],
  ServerlessRepoReadWriteAccessPolicy: [
    [
      "serverlessrepo:CreateApplication",
      "serverlessrepo:CreateApplicationVersion",
      "serverlessrepo:UpdateApplication",
      "serverlessrepo:GetApplication",
      "serverlessrepo:ListApplications",
      "serverlessrepo:ListApplicationVersions",
      "serverlessrepo:ListApplicationDependencies"
    ]
  ],
  StepFunctionsCallbackPolicy: [
    ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"]
  ],
  StepFunctionsExecutionPolicy: [["states:StartExecution"]],
  StepFunctionsExecutionPolicy_v2: [["states:StartExecution", "states:StartSyncExecution"]],
  VPCAccessPolicy: [
    [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface"
    ]
  ]
};

// src/iac/sam.ts
var SAM_BASIC_EXECUTION_ARN = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
function expandSamPolicyTemplate(name) {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name) ? SAM_POLICY_TEMPLATES[name] : null;
}

// src/iac/cfn/sam-function.ts
function samRoleReader(basicExecution) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    if (properties["Role"] !== void 0) return;
    const entity = addEntity(ctx, view, "role", `${view.id}Role`);
    checkIntrinsics(ctx.scope, sinkOf(entity), properties, [...propertiesPath]);
    if (basicExecution) entity.managedPolicyArns.push(SAM_BASIC_EXECUTION_ARN);
    const policies = properties["Policies"];
    const path = [...propertiesPath, "Policies"];
    if (policies === null || policies === void 0 || isNoValue(policies)) return;
    if (!Array.isArray(policies)) readSamPolicy(ctx, entity, policies, path);
    else
      policies.forEach((item, i) => {
        readSamPolicy(ctx, entity, item, [...path, i]);
      });
  };
}
function readSamPolicy(ctx, entity, item, path, scope = ctx.scope) {
  const sink = sinkOf(entity);
  if (typeof item === "string") {
    const arn = item.startsWith("arn:") ? item : `arn:aws:iam::aws:policy/${item}`;
    if (!entity.managedPolicyArns.includes(arn)) entity.managedPolicyArns.push(arn);
    return;
  }
  if (forEachBranch(scope, item, path, (s, branch, p) => readSamPolicy(ctx, entity, branch, p, s))) return;
  if (intrinsicName(item) !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path)) addManagedPolicyArn(ctx, entity, item, path);
    return;
  }
  if (!isRecord(item)) {
    entity.unknowns.push(unknownAt(scope, path, "SAM policy cannot be read from code"));
    return;
  }
  if (Object.hasOwn(item, "Statement")) {
    readPolicyDocument(scope, sink, item, path, `${entity.id}Policy`);
    return;
  }
  readPolicyTemplate(scope, sink, item, path);
}
function readPolicyTemplate(scope, sink, item, path) {
  const names = Object.keys(item);
  const templateName = names[0];
  if (names.length !== 1 || templateName === void 0) {
    sink.unknowns.push(unknownAt(scope, path, "SAM policy cannot be read from code"));
    return;
  }
  const document = expandSamPolicyTemplate(templateName);
  if (!document) {
    sink.unknowns.push(
      unknownAt(
        scope,
        path,
        `SAM policy template ${templateName} is not known to this tool; its actions are not counted`
      )
    );
    return;
  }
  const location = locate(scope, [...path, templateName]);
  for (const actions of document) {
    sink.statements.push({
      effect: "Allow",
      actions: actions.map((pattern) => ({ pattern, location })),
      notActions: null,
      allResources: false,
      hasCondition: false,
      policyName: templateName,
      location
    });
  }
}

// src/iac/sam-connectors.ts
var S3_ACCESS = {
  sourcePolicy: true,
  Read: [
    [
      "s3:GetObject",
      "s3:GetObjectAcl",
      "s3:GetObjectLegalHold",
      "s3:GetObjectRetention",
      "s3:GetObjectTorrent",
      "s3:GetObjectVersion",
      "s3:GetObjectVersionAcl",
      "s3:GetObjectVersionForReplication",
      "s3:GetObjectVersionTorrent",
      "s3:ListBucket",
      "s3:ListBucketMultipartUploads",
      "s3:ListBucketVersions",
      "s3:ListMultipartUploadParts"
    ]
  ],
  Write: [
    [
      "s3:AbortMultipartUpload",
      "s3:DeleteObject",
      "s3:DeleteObjectVersion",
      "s3:PutObject",
      "s3:PutObjectLegalHold",
      "s3:PutObjectRetention",
      "s3:RestoreObject"
    ]
  ]
};
var DYNAMODB_ACCESS = {
  sourcePolicy: true,
  Read: [
    [
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:BatchGetItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:PartiQLSelect"
    ]
  ],
  Write: [
    [
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:PartiQLDelete",
      "dynamodb:PartiQLInsert",
      "dynamodb:PartiQLUpdate"
    ]
  ]
};
var INVOKE_LAMBDA = {
  sourcePolicy: true,
  Write: [["lambda:InvokeAsync", "lambda:InvokeFunction"]]
};
var PUT_EVENTS = { sourcePolicy: true, Write: [["events:PutEvents"]] };
var PUBLISH = { sourcePolicy: true, Write: [["sns:Publish"]] };
var CONNECTOR_PROFILES = {
  "AWS::DynamoDB::Table": {
    "AWS::Lambda::Function": {
      sourcePolicy: false,
      Read: [
        [
          "dynamodb:DescribeStream",
          "dynamodb:GetRecords",
          "dynamodb:GetShardIterator",
          "dynamodb:ListStreams"
        ]
      ]
    }
  },
  "AWS::Events::Rule": {
    "AWS::Events::EventBus": PUT_EVENTS,
    "AWS::StepFunctions::StateMachine": { sourcePolicy: true, Write: [["states:StartExecution"]] }
  },
  "AWS::Lambda::Function": {
    "AWS::Lambda::Function": INVOKE_LAMBDA,
    "AWS::S3::Bucket": S3_ACCESS,
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::SQS::Queue": {
      sourcePolicy: true,
      Read: [["sqs:ReceiveMessage", "sqs:GetQueueAttributes"]],
      Write: [["sqs:DeleteMessage", "sqs:SendMessage", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue"]]
    },
    "AWS::SNS::Topic": PUBLISH,
    "AWS::StepFunctions::StateMachine": {
      sourcePolicy: true,
      Write: [["states:StartExecution", "states:StartSyncExecution"], ["states:StopExecution"]],
      Read: [
        ["states:DescribeStateMachine", "states:ListExecutions"],
        ["states:DescribeExecution", "states:DescribeStateMachineForExecution", "states:GetExecutionHistory"]
      ]
    },
    "AWS::Events::EventBus": PUT_EVENTS,
    "AWS::Location::PlaceIndex": {
      sourcePolicy: true,
      Read: [
        [
          "geo:DescribePlaceIndex",
          "geo:GetPlace",
          "geo:SearchPlaceIndexForPosition",
          "geo:SearchPlaceIndexForSuggestions",
          "geo:SearchPlaceIndexForText"
        ]
      ]
    }
  },
  "AWS::SQS::Queue": {
    "AWS::Lambda::Function": {
      sourcePolicy: false,
      Write: [["sqs:DeleteMessage"]],
      Read: [["sqs:ReceiveMessage", "sqs:GetQueueAttributes"]]
    }
  },
  "AWS::StepFunctions::StateMachine": {
    "AWS::Lambda::Function": INVOKE_LAMBDA,
    "AWS::SNS::Topic": PUBLISH,
    "AWS::SQS::Queue": { sourcePolicy: true, Write: [["sqs:SendMessage"]] },
    "AWS::S3::Bucket": S3_ACCESS,
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::StepFunctions::StateMachine": {
      sourcePolicy: true,
      Read: [["states:DescribeExecution"], ["events:DescribeRule"]],
      Write: [["states:StartExecution"], ["states:StopExecution"], ["events:PutTargets", "events:PutRule"]]
    },
    "AWS::Events::EventBus": PUT_EVENTS
  },
  "AWS::AppSync::DataSource": {
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::Lambda::Function": INVOKE_LAMBDA
  }
};
var SAM_TYPE_OF = {
  "AWS::Serverless::Function": "AWS::Lambda::Function",
  "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
  "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
  "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
  "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api",
  "AWS::Serverless::GraphQLApi": "AWS::AppSync::GraphQLApi"
};
var RESOURCE_POLICY_CONNECTORS = /* @__PURE__ */ new Set([
  "AWS::Events::Rule>AWS::SNS::Topic",
  "AWS::Events::Rule>AWS::Lambda::Function",
  "AWS::Events::Rule>AWS::SQS::Queue",
  "AWS::ApiGatewayV2::Api>AWS::Lambda::Function",
  "AWS::ApiGateway::RestApi>AWS::Lambda::Function",
  "AWS::SNS::Topic>AWS::SQS::Queue",
  "AWS::SNS::Topic>AWS::Lambda::Function",
  "AWS::S3::Bucket>AWS::Lambda::Function",
  "AWS::AppSync::GraphQLApi>AWS::Lambda::Function"
]);

// src/iac/cfn/serverless-connector.ts
var ROLE_PROPERTY = {
  "AWS::Lambda::Function": "Role",
  "AWS::Serverless::Function": "Role",
  "AWS::StepFunctions::StateMachine": "RoleArn",
  "AWS::Serverless::StateMachine": "Role",
  "AWS::Events::Rule": "RoleArn",
  "AWS::AppSync::DataSource": "ServiceRoleArn"
};
function readConnector(ctx, view) {
  ctx.deferred.push(
    () => connect(ctx, view.id, view.properties, view.propertiesPath, view.properties["Source"])
  );
}
function readEmbeddedConnectors(ctx, view) {
  const connectors = view.resource["Connectors"];
  if (!isRecord(connectors)) return;
  for (const [name, connector] of Object.entries(connectors)) {
    if (!isRecord(connector) || !isRecord(connector["Properties"])) continue;
    const path = [...view.path, "Connectors", name, "Properties"];
    const properties = connector["Properties"];
    ctx.deferred.push(() => connect(ctx, `${view.id}${name}`, properties, path, { Id: view.id }));
  }
}
function connect(ctx, id, properties, path, source) {
  const written = properties["Destination"];
  const destinations = Array.isArray(written) ? written : [written];
  const permissions = properties["Permissions"];
  const categories = Array.isArray(permissions) ? permissions.filter((p) => p === "Read" || p === "Write") : [];
  if (!Array.isArray(permissions) || categories.length !== permissions.length || categories.length === 0) {
    diagnoseAt(
      ctx,
      [...path, "Permissions"],
      `${joinPath(ctx.scope.pathPrefix, [...path, "Permissions"])}: a connector needs Permissions of Read and/or Write`,
      id
    );
    return;
  }
  destinations.forEach((destination, i) => {
    const where = Array.isArray(written) ? [...path, "Destination", i] : [...path, "Destination"];
    const from = endpointType(ctx, source);
    const to = endpointType(ctx, destination);
    if (!from || !to) {
      diagnoseAt(
        ctx,
        where,
        `${joinPath(ctx.scope.pathPrefix, where)}: the connector's Source or Destination type cannot be known from code`,
        id
      );
      return;
    }
    const profile = CONNECTOR_PROFILES[from]?.[to];
    if (!profile) {
      if (!RESOURCE_POLICY_CONNECTORS.has(`${from}>${to}`))
        diagnoseAt(
          ctx,
          where,
          `${joinPath(ctx.scope.pathPrefix, where)}: SAM has no connector from ${from} to ${to}`,
          id
        );
      return;
    }
    const statements = statementsOf(ctx, profile, categories, [...path, "Permissions"]);
    const policy = {
      id: `${id}[${i}]`,
      type: "AWS::Serverless::Connector",
      statements,
      unknowns: [],
      suppressions: [],
      entity: null,
      conditional: false,
      targets: [],
      properties: {}
    };
    const endpoint = profile.sourcePolicy ? source : destination;
    const endpointPath = profile.sourcePolicy ? [...path, "Source"] : where;
    roleOf(ctx, endpoint, endpointPath, id, (role, conditional) => fold(ctx, role, policy, conditional));
  });
}
function endpointType(ctx, endpoint) {
  if (!isRecord(endpoint)) return null;
  const type = typeof endpoint["Id"] === "string" ? ctx.types.get(endpoint["Id"]) : endpoint["Type"];
  return typeof type === "string" ? SAM_TYPE_OF[type] ?? type : null;
}
function statementsOf(ctx, profile, categories, path) {
  const location = locate(ctx.scope, path);
  return categories.flatMap(
    (category) => (profile[category] ?? []).map(
      (actions) => ({
        effect: "Allow",
        actions: actions.map((pattern) => ({ pattern, location })),
        notActions: null,
        allResources: false,
        hasCondition: false,
        policyName: `connector ${category}`,
        location
      })
    )
  );
}
function roleOf(ctx, endpoint, path, sourceId, visit) {
  if (!isRecord(endpoint)) return;
  if (endpoint["RoleName"] !== void 0) {
    resolveTargets(ctx, endpoint["RoleName"], "role", [...path, "RoleName"], sourceId, visit);
    return;
  }
  const id = typeof endpoint["Id"] === "string" ? endpoint["Id"] : null;
  const implicit = id !== null ? ctx.byId.get(`${id}Role`) : void 0;
  if (implicit) {
    visit(implicit, false);
    return;
  }
  const type = id !== null ? ctx.types.get(id) : void 0;
  const resource = id !== null ? ctx.resources[id] : void 0;
  const key = type ? ROLE_PROPERTY[type] : void 0;
  const properties = isRecord(resource) && isRecord(resource["Properties"]) ? resource["Properties"] : {};
  if (id !== null && key && properties[key] !== void 0) {
    const value = properties[key];
    const named = typeof value === "string" ? /:role\/(?:.*\/)?([^/]+)$/.exec(value)?.[1] ?? value : value;
    const target = refTarget(value);
    resolveTargets(
      ctx,
      target !== null ? { Ref: target } : named,
      "role",
      ["Resources", id, "Properties", key],
      sourceId,
      visit
    );
    return;
  }
  resolveTargets(ctx, { "Fn::Sub": `\${${id ?? "role"}.Role}` }, "role", path, sourceId, visit);
}

// src/iac/cfn/user-to-group-addition.ts
function readUserToGroupAddition(ctx, view) {
  const { properties, propertiesPath } = view;
  const group = properties["GroupName"];
  const usersPath = [...propertiesPath, "Users"];
  const visit = (value, path, conditional) => {
    if (value === void 0 || value === null || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path, (_s, branch, p) => visit(branch, p, true))) return;
    resolveTargets(ctx, value, "user", path, view.id, (user) => {
      ctx.memberships.push({
        entity: user,
        value: group,
        path: [...propertiesPath, "GroupName"],
        conditional: conditional || view.conditional
      });
    });
  };
  ctx.deferred.push(() => visit(properties["Users"], usersPath, false));
}

// src/iac/cfn/readers.ts
var RESOURCE_READERS = new Map(
  Object.entries({
    "AWS::IAM::Role": identityReader("role", "RoleName"),
    "AWS::IAM::User": identityReader("user", "UserName"),
    "AWS::IAM::Group": identityReader("group", "GroupName"),
    "AWS::IAM::ManagedPolicy": readManagedPolicy,
    "AWS::IAM::Policy": policyReader(TARGET_LISTS),
    "AWS::IAM::RolePolicy": policyReader([{ key: "RoleName", kind: "role" }]),
    "AWS::IAM::UserPolicy": policyReader([{ key: "UserName", kind: "user" }]),
    "AWS::IAM::GroupPolicy": policyReader([{ key: "GroupName", kind: "group" }]),
    "AWS::IAM::UserToGroupAddition": readUserToGroupAddition,
    "AWS::Serverless::Function": samRoleReader(true),
    "AWS::Serverless::StateMachine": samRoleReader(false),
    "AWS::Serverless::Connector": readConnector
  })
);

// src/iac/json-lines.ts
var MAX_DEPTH2 = 512;
var JsonInputError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
  name = "JsonInputError";
};
var KIND_PRIMITIVE = 0;
var KIND_OBJECT = 1;
var KIND_ARRAY = 2;
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonInputError(jsonErrorText(error), jsonErrorLine(text, error));
  }
}
function jsonErrorText(error) {
  const message = error instanceof Error ? error.message : String(error);
  return `invalid JSON: ${message.replace(/, "[\s\S]*" is not valid JSON$/, "")}`;
}
function jsonErrorLine(text, error) {
  const message = error instanceof Error ? error.message : "";
  const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineOfOffset(text, Number(position[1]));
  const offset = firstJsonError(text);
  return offset === -1 ? null : lineOfOffset(text, offset);
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function firstJsonError(text) {
  const n = text.length;
  const stack = [];
  let i = 0;
  let state = "value";
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const token = (pattern) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  for (; ; ) {
    skipSpace();
    if (state === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        skipSpace();
        if (text[i] === (c === "{" ? "}" : "]")) {
          i++;
          state = "after";
        } else {
          stack.push(c === "{" ? KIND_OBJECT : KIND_ARRAY);
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        if (!token(STRING)) return i;
        state = "after";
      } else if (text.startsWith("true", i) || text.startsWith("null", i)) {
        i += 4;
        state = "after";
      } else if (text.startsWith("false", i)) {
        i += 5;
        state = "after";
      } else if (!token(NUMBER)) {
        return i;
      } else {
        state = "after";
      }
    } else if (state === "key") {
      if (text[i] !== '"' || !token(STRING)) return i;
      skipSpace();
      if (text[i] !== ":") return i;
      i++;
      state = "value";
    } else {
      const top = stack[stack.length - 1];
      if (top === void 0) return i < n ? i : -1;
      const c = text[i];
      if (c === ",") {
        i++;
        state = top === KIND_OBJECT ? "key" : "value";
      } else if (c === "}" && top === KIND_OBJECT || c === "]" && top === KIND_ARRAY) {
        i++;
        stack.pop();
      } else {
        return i;
      }
    }
  }
}
function lineOfOffset(text, offset) {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  return line;
}
function jsonLineIndex(text) {
  return new JsonLines(text);
}
var JsonLines = class {
  constructor(text) {
    this.text = text;
    const capacity = Math.max(64, text.length >> 3);
    this.lines = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.escapes = text.includes("\\");
    this.scan();
  }
  text;
  lines;
  next;
  keyStart;
  kind;
  count = 0;
  /** Whether the text has any backslash; when it has none, keys compare as raw text. */
  escapes;
  objectKeys = /* @__PURE__ */ new Map();
  arrayItems = /* @__PURE__ */ new Map();
  lastPath = [];
  /** How many segments of lastPath resolved (lastNodes[i] is the node after i segments). */
  lastDepth = 0;
  lastNodes = [0];
  grow() {
    const size = this.lines.length * 2;
    const lines = new Int32Array(size);
    lines.set(this.lines);
    this.lines = lines;
    const next = new Int32Array(size);
    next.set(this.next);
    this.next = next;
    const keyStart = new Int32Array(size);
    keyStart.set(this.keyStart);
    this.keyStart = keyStart;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
  }
  /** One pass over valid JSON: records every value in document order. Iterative, so depth costs no stack. */
  scan() {
    const text = this.text;
    const length = text.length;
    const stack = new Int32Array(MAX_DEPTH2 + 1);
    let depth = 0;
    let i = 0;
    let line = 1;
    let pendingKey = -1;
    let expectKey = false;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 44) {
        i++;
        continue;
      }
      if (c === 10) {
        line++;
        i++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        const node2 = stack[depth];
        this.next[node2] = this.count;
        i++;
        expectKey = depth > 0 && this.kind[stack[depth - 1]] === KIND_OBJECT;
        continue;
      }
      if (expectKey) {
        pendingKey = i;
        i = skipString(text, i);
        while (text.charCodeAt(i) !== 58) {
          if (text.charCodeAt(i) === 10) line++;
          i++;
        }
        i++;
        expectKey = false;
        continue;
      }
      if (this.count === this.lines.length) this.grow();
      const node = this.count++;
      this.lines[node] = line;
      this.keyStart[node] = pendingKey;
      pendingKey = -1;
      if (c === 123 || c === 91) {
        this.kind[node] = c === 123 ? KIND_OBJECT : KIND_ARRAY;
        if (depth === MAX_DEPTH2) throw new JsonInputError(`nesting deeper than ${MAX_DEPTH2} levels`, line);
        stack[depth++] = node;
        expectKey = c === 123;
        i++;
        continue;
      }
      this.kind[node] = KIND_PRIMITIVE;
      this.next[node] = node + 1;
      if (c === 34) {
        i = skipString(text, i);
      } else {
        i++;
        while (i < length) {
          const d = text.charCodeAt(i);
          if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
          i++;
        }
      }
      expectKey = depth > 0 && this.kind[stack[depth - 1]] === KIND_OBJECT;
    }
  }
  keyOf(node) {
    const start = this.keyStart[node];
    const end = skipString(this.text, start);
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes("\\") ? JSON.parse(this.text.slice(start, end)) : raw;
  }
  child(node, segment) {
    const kind = this.kind[node];
    const end = this.next[node];
    if (kind === KIND_ARRAY) {
      if (typeof segment !== "number" || segment < 0) return -1;
      if (segment < 32) {
        let c = node + 1;
        for (let k = 0; k < segment && c < end; k++) c = this.next[c];
        return c < end ? c : -1;
      }
      let items = this.arrayItems.get(node);
      if (!items) {
        const list = [];
        for (let c = node + 1; c < end; c = this.next[c]) list.push(c);
        items = Int32Array.from(list);
        this.arrayItems.set(node, items);
      }
      return segment < items.length ? items[segment] : -1;
    }
    if (kind !== KIND_OBJECT) return -1;
    const key = typeof segment === "string" ? segment : String(segment);
    const keys = this.objectKeys.get(node);
    if (keys) return keys.get(key) ?? -1;
    let members = 0;
    let found = -1;
    for (let c = node + 1; c < end; c = this.next[c]) {
      if (++members > 16) break;
      if (this.keyMatches(c, key)) found = c;
    }
    if (members <= 16) return found;
    const index = /* @__PURE__ */ new Map();
    for (let c = node + 1; c < end; c = this.next[c]) index.set(this.keyOf(c), c);
    this.objectKeys.set(node, index);
    return index.get(key) ?? -1;
  }
  keyMatches(node, key) {
    const start = this.keyStart[node] + 1;
    const text = this.text;
    if (!this.escapes) return text.charCodeAt(start + key.length) === 34 && text.startsWith(key, start);
    const end = skipString(text, start - 1) - 1;
    if (end - start === key.length && text.startsWith(key, start)) return true;
    for (let k = start; k < end; k++) if (text.charCodeAt(k) === 92) return this.keyOf(node) === key;
    return false;
  }
  /** Node of the longest resolvable prefix of `path`; `lastDepth` says how long it is. */
  resolve(path) {
    const last = this.lastPath;
    const nodes = this.lastNodes;
    const limit = Math.min(path.length, this.lastDepth);
    let shared = 0;
    while (shared < limit && path[shared] === last[shared]) shared++;
    nodes.length = shared + 1;
    let node = nodes[shared];
    let depth = shared;
    for (; depth < path.length; depth++) {
      const found = this.child(node, path[depth]);
      if (found < 0) break;
      node = found;
      nodes.push(node);
    }
    this.lastPath = path;
    this.lastDepth = depth;
    return node;
  }
  lineAt(path) {
    if (this.count === 0) return 1;
    return this.lines[this.resolve(path)];
  }
  lineAtItem(path, index) {
    if (this.count === 0) return 1;
    const node = this.resolve(path);
    if (this.lastDepth < path.length) return this.lines[node];
    const item = this.child(node, index);
    return this.lines[item < 0 ? node : item];
  }
  textStartLine() {
    return null;
  }
};
function skipString(text, start) {
  let i = start + 1;
  for (; ; ) {
    const close = text.indexOf('"', i);
    if (close === -1) return text.length;
    let backslashes = 0;
    let j = close - 1;
    while (text.charCodeAt(j) === 92) {
      backslashes++;
      j--;
    }
    if ((backslashes & 1) === 0) return close + 1;
    i = close + 1;
  }
}

// src/iac/yaml-doc.ts
var import_yaml = __toESM(require_dist(), 1);

// src/iac/yaml-relax.ts
function relaxIndentation(text) {
  const lines = text.split("\n");
  const state = { quote: "", flowDepth: 0, minIndent: 0, blockParent: null, plainParent: null };
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = indentOf(line);
    const blank = indent === line.replace(/\r$/, "").length;
    if (state.quote !== "" || state.flowDepth > 0) {
      if (!blank && indent < state.minIndent && !/^(---|\.\.\.)(\s|$)/.test(line)) {
        lines[i] = " ".repeat(state.minIndent - indent) + line;
        changed = true;
      }
      scanLine(lines[i], indentOf(lines[i]), state, true);
      continue;
    }
    if (blank) continue;
    if (state.blockParent !== null) {
      if (indent > state.blockParent) continue;
      state.blockParent = null;
    }
    if (state.plainParent !== null && indent > state.plainParent) {
      continue;
    }
    state.plainParent = null;
    scanLine(line, indent, state, false);
  }
  return changed ? lines.join("\n") : null;
}
function indentOf(line) {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
var SPACE = /[ \t\r]/;
function isBreak(c) {
  return c === void 0 || SPACE.test(c);
}
function scanLine(line, start, state, continuing) {
  let pos = start;
  let nodeStart = !continuing;
  let nodeColumn = start;
  let keyColumn = -1;
  const lineIndent = start;
  if (continuing && state.quote !== "") {
    pos = scanQuoted(line, pos, state);
    if (pos < 0) return;
  }
  while (pos < line.length) {
    const c = line[pos];
    if (SPACE.test(c)) {
      pos++;
      continue;
    }
    if (c === "#" && (pos === 0 || SPACE.test(line[pos - 1]))) return;
    if (state.flowDepth > 0) {
      pos = scanFlowChar(line, pos, state);
      if (pos < 0) return;
      if (state.flowDepth === 0) nodeStart = false;
      continue;
    }
    if (nodeStart) {
      if ((c === "-" || c === "?" || c === ":") && isBreak(line[pos + 1])) {
        pos++;
        continue;
      }
      if (c === "!" || c === "&") {
        while (pos < line.length && !SPACE.test(line[pos])) pos++;
        continue;
      }
      if (c === "|" || c === ">") {
        state.blockParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      nodeColumn = pos;
      nodeStart = false;
      if (c === "'" || c === '"') {
        state.quote = c;
        state.minIndent = pos;
        pos = scanQuoted(line, pos + 1, state);
        if (pos < 0) return;
        continue;
      }
      if (c === "[" || c === "{") {
        state.flowDepth = 1;
        state.minIndent = pos;
        pos++;
        continue;
      }
      while (pos < line.length) {
        const d = line[pos];
        if (d === ":" && isBreak(line[pos + 1])) break;
        if (d === "#" && SPACE.test(line[pos - 1])) break;
        pos++;
      }
      if (pos >= line.length) {
        state.plainParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      continue;
    }
    if (c === ":" && isBreak(line[pos + 1])) {
      keyColumn = nodeColumn;
      nodeStart = true;
    }
    pos++;
  }
}
function scanQuoted(line, pos, state) {
  const quote = state.quote;
  while (pos < line.length) {
    const c = line[pos];
    if (quote === '"' && c === "\\") {
      pos += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[pos + 1] === "'") {
        pos += 2;
        continue;
      }
      state.quote = "";
      return pos + 1;
    }
    pos++;
  }
  return -1;
}
function scanFlowChar(line, pos, state) {
  const c = line[pos];
  if (c === "[" || c === "{") {
    state.flowDepth++;
    return pos + 1;
  }
  if (c === "]" || c === "}") {
    state.flowDepth--;
    return pos + 1;
  }
  if (c === "'" || c === '"') {
    const before = line.slice(0, pos).trimEnd();
    const last = before[before.length - 1];
    if (last === void 0 || "[{,:".includes(last) || /![^\s]*$/.test(before)) {
      state.quote = c;
      return scanQuoted(line, pos + 1, state);
    }
  }
  return pos + 1;
}

// src/iac/yaml-scalars.ts
var BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
function sexagesimal(text) {
  let value = 0;
  for (const part of text.split(":")) value = value * 60 + Number(part);
  return value;
}
function toInt(source) {
  const text = source.replaceAll("_", "");
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.replace(/^[-+]/, "");
  let value;
  if (digits.startsWith("0b")) value = Number.parseInt(digits.slice(2), 2);
  else if (digits.startsWith("0x")) value = Number.parseInt(digits.slice(2), 16);
  else if (digits.includes(":")) value = sexagesimal(digits);
  else if (digits.length > 1 && digits.startsWith("0")) value = Number.parseInt(digits.slice(1), 8);
  else value = Number(digits);
  return Number.isSafeInteger(value) ? sign * value : source;
}
function toFloat(source) {
  const text = source.replaceAll("_", "").toLowerCase();
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[-+]/, "");
  if (body === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (body === ".nan") return Number.NaN;
  if (body.includes(":")) {
    const [whole, fraction] = body.split(".");
    return sign * (sexagesimal(whole) + Number(`0.${fraction ?? ""}`));
  }
  return sign * Number(body);
}
var CLOUDFORMATION_SCALARS = [
  { tag: "tag:yaml.org,2002:null", default: true, test: NULL, resolve: () => null },
  { tag: "tag:yaml.org,2002:bool", default: true, test: BOOL, resolve: (s) => /^(?:yes|true|on)$/i.test(s) },
  { tag: "tag:yaml.org,2002:int", default: true, test: INT, resolve: toInt },
  { tag: "tag:yaml.org,2002:float", default: true, test: FLOAT, resolve: toFloat }
];

// src/iac/yaml-doc.ts
var SHORT_FORMS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!Sub": "Fn::Sub",
  "!GetAtt": "Fn::GetAtt",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString"
};
var YAML_LIMITS = { maxDepth: 512, maxAliasCount: 100, maxNodes: 2e6 };
var customTags = [
  ...CLOUDFORMATION_SCALARS,
  ...Object.keys(SHORT_FORMS).flatMap((tag) => [
    { tag, resolve: (value) => value },
    { tag, collection: "seq", resolve: (value) => value },
    { tag, collection: "map", resolve: (value) => value }
  ])
];
var YamlInputError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
  name = "YamlInputError";
};
function parseYaml(text) {
  const deep = deepFlowNesting(text, YAML_LIMITS.maxDepth);
  if (deep !== null) throw new YamlInputError(`nesting deeper than ${YAML_LIMITS.maxDepth} levels`, deep);
  const strict = parseOnce(text);
  if (strict.ok) return finish(strict);
  const relaxed = relaxIndentation(text);
  if (relaxed !== null) {
    const second = parseOnce(relaxed);
    if (second.ok) return finish(second);
  }
  return finish(strict);
}
function parseOnce(text) {
  const counter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      customTags,
      lineCounter: counter,
      version: "1.1",
      schema: "failsafe",
      uniqueKeys: false,
      strict: false
    });
  } catch (error) {
    if (error instanceof RangeError) throw new YamlInputError("YAML nested too deeply to read", null);
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? null;
    const text2 = first.message.includes("call stack") ? "YAML nested too deeply to read" : `invalid YAML: ${first.message.split("\n")[0]}`;
    return { ok: false, doc, counter, error: new YamlInputError(text2, line) };
  }
  return { ok: true, doc, counter };
}
function finish(attempt) {
  if (!attempt.ok) throw attempt.error;
  const { doc, counter } = attempt;
  const lineOf = (node) => node?.range ? counter.linePos(node.range[0]).line : null;
  const value = new Converter(doc, lineOf).convert(doc.contents, 0);
  return { value, lines: new YamlLines(doc, lineOf) };
}
function deepFlowNesting(text, limit) {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return line;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 10) line++;
        else if (c === 34 && d === 92) i++;
        else if (d === c) break;
      }
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const end = text.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
    }
  }
  return null;
}
function shortForm(node) {
  const tag = node.tag;
  if (tag === void 0 || !tag.startsWith("!")) return void 0;
  return SHORT_FORMS[tag] ?? `Fn::${tag.slice(1)}`;
}
var Converter = class {
  constructor(doc, lineOf) {
    this.doc = doc;
    this.lineOf = lineOf;
  }
  doc;
  lineOf;
  aliases = 0;
  nodes = 0;
  resolving = /* @__PURE__ */ new Set();
  convert(node, depth) {
    if (node === null || node === void 0) return null;
    if (depth > YAML_LIMITS.maxDepth) {
      throw new YamlInputError(
        `nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
        this.lineOf(node)
      );
    }
    if (++this.nodes > YAML_LIMITS.maxNodes) {
      throw new YamlInputError("YAML expands to too many values (alias bomb?)", this.lineOf(node));
    }
    if ((0, import_yaml.isAlias)(node)) {
      if (++this.aliases > YAML_LIMITS.maxAliasCount) {
        throw new YamlInputError(
          `more than ${YAML_LIMITS.maxAliasCount} alias references (alias bomb?)`,
          this.lineOf(node)
        );
      }
      const target = node.resolve(this.doc);
      if (!target) throw new YamlInputError(`unknown alias *${node.source}`, this.lineOf(node));
      if (this.resolving.has(target))
        throw new YamlInputError(`alias *${node.source} refers to itself`, this.lineOf(node));
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    const fn = shortForm(node);
    let value;
    if ((0, import_yaml.isScalar)(node)) {
      value = node.value;
      if (fn === "Fn::GetAtt" && typeof value === "string") {
        const dot = value.indexOf(".");
        value = dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      const items = [];
      for (const item of node.items) items.push(this.convert(item, depth + 1));
      value = items;
    } else if ((0, import_yaml.isMap)(node)) {
      const object = {};
      for (const pair of node.items) {
        const key = this.keyText(pair, depth);
        const item = this.convert(pair.value, depth + 1);
        if (key === "__proto__")
          Object.defineProperty(object, key, { value: item, enumerable: true, writable: true });
        else object[key] = item;
      }
      value = object;
    } else if ((0, import_yaml.isPair)(node)) {
      value = null;
    } else {
      value = null;
    }
    if (fn === void 0) return value;
    const wrapped = {};
    wrapped[fn] = value;
    return wrapped;
  }
  keyText(pair, depth) {
    const key = pair.key;
    if ((0, import_yaml.isScalar)(key)) return String(key.value);
    const value = this.convert(key, depth + 1);
    return typeof value === "string" ? value : JSON.stringify(value);
  }
};
var YamlLines = class {
  constructor(doc, lineOf) {
    this.doc = doc;
    this.lineOf = lineOf;
  }
  doc;
  lineOf;
  bigMaps = /* @__PURE__ */ new Map();
  find(path) {
    let node = this.doc.contents;
    let line = this.lineOf(node) ?? 1;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth];
      if (node && (0, import_yaml.isAlias)(node)) node = node.resolve(this.doc) ?? null;
      if (!node) return { node, line, exact: false };
      const fn = shortForm(node);
      if (fn !== void 0 && segment === fn) continue;
      if ((0, import_yaml.isMap)(node)) {
        const pair = this.pair(node, String(segment));
        if (!pair) return { node, line, exact: false };
        line = this.lineOf(pair.key) ?? this.lineOf(pair.value) ?? line;
        node = pair.value ?? null;
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) return { node, line, exact: false };
        line = this.lineOf(item) ?? line;
        node = item;
      } else if ((0, import_yaml.isScalar)(node) && fn === "Fn::GetAtt" && typeof segment === "number") {
      } else {
        return { node, line, exact: false };
      }
    }
    return { node, line, exact: true };
  }
  pair(map, key) {
    const cached = this.bigMaps.get(map);
    if (cached) return cached.get(key);
    if (map.items.length > 8) {
      const index = /* @__PURE__ */ new Map();
      for (const pair of map.items) if ((0, import_yaml.isScalar)(pair.key)) index.set(String(pair.key.value), pair);
      this.bigMaps.set(map, index);
      return index.get(key);
    }
    let found;
    for (const pair of map.items)
      if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) found = pair;
    return found;
  }
  lineAt(path) {
    return this.find(path).line;
  }
  textStartLine(path) {
    const { node, exact } = this.find(path);
    if (!exact || !node || !(0, import_yaml.isScalar)(node) || node.type !== import_yaml.Scalar.BLOCK_LITERAL) return null;
    const header = this.lineOf(node);
    return header === null ? null : header + 1;
  }
};

// src/iac/text.ts
function looksLikeJson(text) {
  const match = /^\uFEFF?\s*([{[])/.exec(text);
  return match !== null;
}
function parseStructured(text, preferJson = false) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (preferJson || looksLikeJson(body)) {
    try {
      const value = parseJson(body);
      let index;
      return {
        ok: true,
        syntax: "json",
        value,
        lines: () => {
          index ??= jsonLineIndex(body);
          return index;
        }
      };
    } catch (error) {
      const jsonError = error;
      if (preferJson) return { ok: false, syntax: "json", message: jsonError.message, line: jsonError.line };
      const yaml = parseYamlText(body);
      return yaml.ok ? yaml : { ok: false, syntax: "json", message: jsonError.message, line: jsonError.line };
    }
  }
  return parseYamlText(body);
}
function parseYamlText(text) {
  try {
    const { value, lines } = parseYaml(text);
    return { ok: true, syntax: "yaml", value, lines: () => lines };
  } catch (error) {
    if (error instanceof YamlInputError)
      return { ok: false, syntax: "yaml", message: error.message, line: error.line };
    if (error instanceof RangeError)
      return { ok: false, syntax: "yaml", message: "YAML nested too deeply to read", line: null };
    throw error;
  }
}

// src/iac/cfn/stack-set.ts
function stackSetReader(readTemplate, isTemplate2) {
  return (ctx, view) => {
    const body = view.properties["TemplateBody"];
    if (typeof body !== "string") return;
    const { scope } = ctx;
    const path = [...view.propertiesPath, "TemplateBody"];
    const parsed = parseStructured(body);
    if (!parsed.ok) {
      scope.diagnostics.push({
        severity: "error",
        file: scope.file,
        line: scope.lines.lineAt(path),
        message: `${joinPath(scope.pathPrefix, path)}: ${parsed.message}`
      });
      return;
    }
    if (!isTemplate2(parsed.value)) return;
    const start = scope.lines.textStartLine(path);
    let lines;
    try {
      lines = start !== null ? offsetLines(parsed.lines(), start) : fixedLines(scope.lines.lineAt(path));
    } catch {
      lines = fixedLines(scope.lines.lineAt(path));
    }
    const inner = readTemplate(parsed.value, {
      ...scope,
      lines,
      pathPrefix: joinPath(scope.pathPrefix, path),
      idPrefix: `${scope.idPrefix}${view.id}/`
    });
    ctx.entities.push(...inner);
  };
}

// src/iac/cloudformation.ts
function isTemplate(document) {
  if (!isRecord(document)) return false;
  if (typeof document["AWSTemplateFormatVersion"] === "string" && isRecord(document["Resources"]))
    return true;
  const resources = document["Resources"];
  if (!isRecord(resources)) return false;
  for (const key in resources) {
    const resource = resources[key];
    if (isRecord(resource) && typeof resource["Type"] === "string" && resource["Type"].includes("::"))
      return true;
  }
  return false;
}
var readStackSet = stackSetReader(entitiesFromTemplate, isTemplate);
function entitiesFromTemplate(template, scope) {
  if (!isRecord(template["Resources"])) return [];
  const ctx = createContext(template, scope);
  for (const [id, type] of ctx.types) {
    const reader = type === "AWS::CloudFormation::StackSet" ? readStackSet : RESOURCE_READERS.get(type);
    const view = viewOf(ctx, id);
    reader?.(ctx, view);
    readEmbeddedConnectors(ctx, view);
  }
  for (const work of ctx.deferred) work();
  foldPolicies(ctx);
  attachManagedPolicies(ctx);
  addMemberships(ctx);
  addBoundaries(ctx);
  markOpaque(ctx, template);
  return ctx.entities;
}

// src/iac/tf/plan.ts
function changeResource(item, index, side) {
  if (!isRecord(item) || item["mode"] === "data" || typeof item["address"] !== "string") return null;
  if (typeof item["type"] !== "string" || !isRecord(item["change"])) return null;
  const values = item["change"][side];
  if (!isRecord(values)) return null;
  return {
    address: item["address"],
    type: item["type"],
    values,
    unknown: {},
    path: ["resource_changes", index],
    valuesPath: ["resource_changes", index, "change", side]
  };
}
function moduleResources(module, path, depth = 0) {
  const out = [];
  const resources = Array.isArray(module["resources"]) ? module["resources"] : [];
  resources.forEach((resource, i) => {
    if (!isRecord(resource) || resource["mode"] === "data") return;
    if (typeof resource["address"] !== "string" || typeof resource["type"] !== "string") return;
    out.push({
      address: resource["address"],
      type: resource["type"],
      values: isRecord(resource["values"]) ? resource["values"] : {},
      unknown: {},
      path: [...path, "resources", i],
      valuesPath: [...path, "resources", i, "values"]
    });
  });
  const children = Array.isArray(module["child_modules"]) ? module["child_modules"] : [];
  if (depth < 64) {
    children.forEach((child, j) => {
      if (isRecord(child)) out.push(...moduleResources(child, [...path, "child_modules", j], depth + 1));
    });
  }
  return out;
}
function configurationReferences(configuration) {
  const out = /* @__PURE__ */ new Map();
  const visit = (module, prefix, depth) => {
    if (!isRecord(module) || depth > 32) return;
    const resources = Array.isArray(module["resources"]) ? module["resources"] : [];
    for (const resource of resources) {
      if (!isRecord(resource) || typeof resource["address"] !== "string" || !isRecord(resource["expressions"]))
        continue;
      const attributes = /* @__PURE__ */ new Map();
      for (const [attribute, expression] of Object.entries(resource["expressions"])) {
        const found = [];
        collectReferences(expression, prefix, found, 0);
        if (found.length > 0) attributes.set(attribute, found);
      }
      out.set(prefix + resource["address"], attributes);
    }
    const calls = isRecord(module["module_calls"]) ? module["module_calls"] : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isRecord(call)) visit(call["module"], `${prefix}module.${name}.`, depth + 1);
    }
  };
  if (isRecord(configuration)) visit(configuration["root_module"], "", 0);
  return out;
}
function configuredAttributes(configuration) {
  if (!isRecord(configuration) || !isRecord(configuration["root_module"])) return null;
  const out = /* @__PURE__ */ new Map();
  const visit = (module, prefix, depth) => {
    if (!isRecord(module) || depth > 32) return;
    const resources = Array.isArray(module["resources"]) ? module["resources"] : [];
    for (const resource of resources) {
      if (!isRecord(resource) || typeof resource["address"] !== "string") continue;
      const expressions = isRecord(resource["expressions"]) ? resource["expressions"] : {};
      out.set(prefix + resource["address"], new Set(Object.keys(expressions)));
    }
    const calls = isRecord(module["module_calls"]) ? module["module_calls"] : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isRecord(call)) visit(call["module"], `${prefix}module.${name}.`, depth + 1);
    }
  };
  visit(configuration["root_module"], "", 0);
  return out;
}
function collectReferences(expression, prefix, out, depth) {
  if (depth > 16) return;
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences(item, prefix, out, depth + 1);
    return;
  }
  if (!isRecord(expression)) return;
  const references = expression["references"];
  if (Array.isArray(references)) {
    for (const reference of references) if (typeof reference === "string") out.push(prefix + reference);
  }
  for (const [key, value] of Object.entries(expression)) {
    if (key !== "references" && typeof value === "object") collectReferences(value, prefix, out, depth + 1);
  }
}
function baseAddress(address) {
  return address.replace(/\[[^\]]*\]$/, "").replace(/\[[^\]]*\]\./g, ".");
}
function isUnknown(unknown, key) {
  const value = unknown[key];
  return value === true || typeof value === "object" && value !== null && JSON.stringify(value).includes("true");
}

// src/iac/tf/context.ts
var TERRAFORM_SUPPRESSION_TAG = "iam-usage-guard:ignore:";
function sinkOf2(entity) {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}
function unknownOf(ctx, resource, key, what) {
  return {
    message: `${resource.address}: ${what} (${key}) is known only after apply`,
    location: locate(ctx.scope, [...resource.valuesPath, key])
  };
}
function noteUnknown(ctx, entity, resource, key, what, computed = false) {
  if (!ctx.withUnknowns || !isUnknown(resource.unknown, key)) return false;
  const configured = ctx.configured?.get(baseAddress(resource.address));
  if (computed && ctx.configured !== null && !configured?.has(key)) return true;
  entity.unknowns.push(unknownOf(ctx, resource, key, what));
  return true;
}
function planEntity(ctx, resource, kind) {
  return newEntity({
    id: resource.address,
    kind,
    format: "terraform",
    file: ctx.scope.file,
    line: ctx.scope.lines.lineAt(resource.path),
    path: joinPath("", resource.path),
    suppressions: readTags(ctx.scope, resource)
  });
}
function readTags(scope, resource) {
  const tags = resource.values["tags"];
  if (!isRecord(tags)) return [];
  const out = [];
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith(TERRAFORM_SUPPRESSION_TAG)) continue;
    out.push({
      rule: key.slice(TERRAFORM_SUPPRESSION_TAG.length),
      reason: typeof value === "string" && value.trim() !== "" ? value : null,
      services: null,
      location: locate(scope, [...resource.valuesPath, "tags", key]),
      scope: null
    });
  }
  return out;
}
function referenced(ctx, resource, key) {
  const refs = ctx.references.get(baseAddress(resource.address))?.get(key) ?? [];
  const index = /(\[[^\]]*\])$/.exec(resource.address)?.[1] ?? "";
  const out = [];
  for (const ref of refs) {
    for (const entity of ctx.entities) {
      const base = baseAddress(entity.id);
      if (ref !== base && !ref.startsWith(`${base}.`)) continue;
      if (index && entity.id !== base + index && ctx.entities.some((e) => e.id === base + index)) continue;
      if (!out.includes(entity.id)) out.push(entity.id);
    }
  }
  return out;
}
function targets(ctx, resource, key, kind) {
  const found = [];
  const names = resource.values[key];
  const list = Array.isArray(names) ? names : names === void 0 || names === null ? [] : [names];
  for (const name of list) {
    if (typeof name !== "string") continue;
    const lower = name.toLowerCase();
    const entity = ctx.entities.find((e) => e.kind === kind && (e.name?.toLowerCase() === lower || e.arn === name)) ?? externalEntity2(ctx, resource, kind, name, key);
    if (!found.includes(entity)) found.push(entity);
  }
  if (list.length === 0 || ctx.withUnknowns && isUnknown(resource.unknown, key)) {
    for (const address of referenced(ctx, resource, key)) {
      const entity = ctx.byAddress.get(address);
      if (entity && entity.kind === kind && !found.includes(entity)) found.push(entity);
    }
  }
  return found;
}
function externalEntity2(ctx, resource, kind, name, key) {
  const id = `${kind}/${name}`;
  let entity = ctx.external.get(id.toLowerCase());
  if (!entity) {
    entity = newEntity({
      ...planEntity(ctx, resource, kind),
      id,
      name,
      suppressions: [],
      path: joinPath("", [...resource.valuesPath, key]),
      namedOnly: true
    });
    ctx.external.set(id.toLowerCase(), entity);
    ctx.entities.push(entity);
  }
  return entity;
}
function fold2(target, from, carrier) {
  target.statements.push(...from.statements);
  target.unknowns.push(...from.unknowns);
  target.suppressions.push(...scopedSuppressions(from.suppressions, carrier, from.statements));
}
function unknownTarget2(ctx, resource, key, kind) {
  const entity = newEntity({
    ...planEntity(ctx, resource, kind),
    id: `${kind}@${resource.address}`,
    suppressions: [],
    unknowns: [
      {
        message: `${resource.address}: cannot tell which ${key} it applies to; what it grants cannot be judged`,
        location: locate(ctx.scope, resource.path)
      }
    ]
  });
  ctx.entities.push(entity);
  return entity;
}

// src/iac/tf/boundary.ts
function readBoundary(ctx, resource) {
  const entity = ctx.byAddress.get(resource.address);
  const value = resource.values["permissions_boundary"];
  const unknown = ctx.withUnknowns && isUnknown(resource.unknown, "permissions_boundary");
  if (!entity || (value === void 0 || value === null || value === "") && !unknown) return;
  const location = locate(ctx.scope, [...resource.valuesPath, "permissions_boundary"]);
  const policy = (typeof value === "string" ? ctx.entities.find((e) => e.kind === "policy" && e.arn === value) : void 0) ?? referenced(ctx, resource, "permissions_boundary").map((address) => ctx.byAddress.get(address)).find((e) => e?.kind === "policy");
  if (policy && policy.unknowns.length === 0) {
    entity.permissionsBoundary = { arn: policy.arn, statements: policy.statements, location };
    return;
  }
  entity.permissionsBoundary = { arn: typeof value === "string" ? value : null, statements: null, location };
}

// src/iac/tf/identity.ts
function identityReader2(kind) {
  return (ctx, resource) => {
    const { values } = resource;
    const entity = planEntity(ctx, resource, kind);
    entity.name = typeof values["name"] === "string" ? values["name"] : null;
    entity.iamPath = typeof values["path"] === "string" ? values["path"] : null;
    entity.arn = ctx.priorArn.get(resource.address) ?? (typeof values["arn"] === "string" ? values["arn"] : null);
    const sink = sinkOf2(entity);
    if (kind === "policy" && !noteUnknown(ctx, entity, resource, "policy", "the policy document")) {
      readPolicyDocument(
        ctx.scope,
        sink,
        values["policy"],
        [...resource.valuesPath, "policy"],
        entity.name ?? resource.address
      );
    }
    if (kind === "role" && !noteUnknown(ctx, entity, resource, "inline_policy", "an inline policy", true)) {
      const inline = Array.isArray(values["inline_policy"]) ? values["inline_policy"] : [];
      inline.forEach((policy, i) => {
        if (!isRecord(policy) || policy["policy"] === void 0 || policy["policy"] === "") return;
        const name = typeof policy["name"] === "string" ? policy["name"] : null;
        readPolicyDocument(
          ctx.scope,
          sink,
          policy["policy"],
          [...resource.valuesPath, "inline_policy", i, "policy"],
          name
        );
      });
    }
    if (kind === "role" && !noteUnknown(ctx, entity, resource, "managed_policy_arns", "the managed policy ARNs", true)) {
      const arns = Array.isArray(values["managed_policy_arns"]) ? values["managed_policy_arns"] : [];
      for (const arn of arns)
        if (typeof arn === "string" && !entity.managedPolicyArns.includes(arn))
          entity.managedPolicyArns.push(arn);
    }
    ctx.entities.push(entity);
    ctx.byAddress.set(resource.address, entity);
  };
}

// src/iac/tf/membership.ts
function join(ctx, resource, user, group) {
  if (user.groups.includes(group.id)) return;
  user.groups.push(group.id);
  if ([...ctx.external.values()].includes(group)) {
    user.unknowns.push({
      message: `${resource.address}: group ${group.name} is not managed in this plan; what it grants the user cannot be known from code`,
      location: locate(ctx.scope, resource.path)
    });
  }
  fold2(user, { statements: group.statements, unknowns: group.unknowns, suppressions: [] }, group.id);
  for (const arn of group.managedPolicyArns)
    if (!user.managedPolicyArns.includes(arn)) user.managedPolicyArns.push(arn);
}
function readUserGroupMembership(ctx, resource) {
  const groups = targets(ctx, resource, "groups", "group");
  for (const user of targets(ctx, resource, "user", "user"))
    for (const group of groups) join(ctx, resource, user, group);
}
function readGroupMembership(ctx, resource) {
  const groups = targets(ctx, resource, "group", "group");
  for (const user of targets(ctx, resource, "users", "user"))
    for (const group of groups) join(ctx, resource, user, group);
}

// src/iac/tf/policy.ts
function inlinePolicyReader(target) {
  return (ctx, resource) => {
    const sink = { statements: [], unknowns: [], entityId: resource.address };
    if (ctx.withUnknowns && isUnknown(resource.unknown, "policy")) {
      sink.unknowns.push(unknownOf(ctx, resource, "policy", "the policy document"));
    } else {
      const name = typeof resource.values["name"] === "string" ? resource.values["name"] : resource.address;
      readPolicyDocument(
        ctx.scope,
        sink,
        resource.values["policy"],
        [...resource.valuesPath, "policy"],
        name
      );
    }
    const found = targets(ctx, resource, target.key, target.kind);
    if (found.length === 0) found.push(unknownTarget2(ctx, resource, target.key, target.kind));
    const suppressions = readTags(ctx.scope, resource);
    for (const entity of found)
      fold2(entity, { statements: sink.statements, unknowns: sink.unknowns, suppressions }, resource.address);
  };
}
function attachmentReader(keys) {
  return (ctx, resource) => {
    const arn = resource.values["policy_arn"];
    let policies = typeof arn === "string" ? ctx.entities.filter((e) => e.kind === "policy" && e.arn !== null && e.arn === arn) : [];
    if (policies.length === 0) {
      policies = referenced(ctx, resource, "policy_arn").map((address) => ctx.byAddress.get(address)).filter((p) => p?.kind === "policy");
    }
    const found = keys.flatMap(({ key, kind }) => targets(ctx, resource, key, kind));
    if (found.length === 0)
      found.push(unknownTarget2(ctx, resource, keys.map((k) => k.key).join("/"), keys[0].kind));
    const suppressions = readTags(ctx.scope, resource);
    for (const target of found) {
      for (const policy of policies) {
        const carried = [...suppressions, ...policy.suppressions];
        fold2(
          target,
          { statements: policy.statements, unknowns: policy.unknowns, suppressions: carried },
          policy.id
        );
      }
      if (policies.length > 0) continue;
      if (typeof arn === "string" && arn !== "") {
        if (!target.managedPolicyArns.includes(arn)) target.managedPolicyArns.push(arn);
      } else if (arn === "") {
        target.unknowns.push({
          message: `${resource.address}: the attached policy ARN (policy_arn) is empty`,
          location: locate(ctx.scope, [...resource.valuesPath, "policy_arn"])
        });
      } else {
        target.unknowns.push(unknownOf(ctx, resource, "policy_arn", "the attached policy ARN"));
      }
    }
  };
}

// src/iac/tf/readers.ts
var PASSES = [
  {
    aws_iam_role: identityReader2("role"),
    aws_iam_user: identityReader2("user"),
    aws_iam_group: identityReader2("group"),
    aws_iam_policy: identityReader2("policy")
  },
  {
    aws_iam_role_policy: inlinePolicyReader({ key: "role", kind: "role" }),
    aws_iam_user_policy: inlinePolicyReader({ key: "user", kind: "user" }),
    aws_iam_group_policy: inlinePolicyReader({ key: "group", kind: "group" }),
    aws_iam_role_policy_attachment: attachmentReader([{ key: "role", kind: "role" }]),
    aws_iam_user_policy_attachment: attachmentReader([{ key: "user", kind: "user" }]),
    aws_iam_group_policy_attachment: attachmentReader([{ key: "group", kind: "group" }]),
    aws_iam_policy_attachment: attachmentReader([
      { key: "roles", kind: "role" },
      { key: "users", kind: "user" },
      { key: "groups", kind: "group" }
    ])
  },
  {
    aws_iam_user_group_membership: readUserGroupMembership,
    aws_iam_group_membership: readGroupMembership,
    aws_iam_role: readBoundary,
    aws_iam_user: readBoundary
  }
];
var PLAN_READERS = PASSES.map(
  (pass) => new Map(Object.entries(pass))
);

// src/iac/terraform.ts
function isTerraformPlan(document) {
  return isRecord(document) && typeof document["format_version"] === "string" && (isRecord(document["planned_values"]) || Array.isArray(document["resource_changes"]) || typeof document["terraform_version"] === "string");
}
function entitiesFromPlan(plan, file, lines, diagnostics) {
  const scope = { file, lines, pathPrefix: "", diagnostics };
  const changes = Array.isArray(plan["resource_changes"]) ? plan["resource_changes"] : [];
  const references = configurationReferences(plan["configuration"]);
  const configured = configuredAttributes(plan["configuration"]);
  const priorArn = priorArns(plan);
  const read = (resources, withUnknowns) => {
    const ctx = {
      scope,
      priorArn,
      references,
      configured,
      withUnknowns,
      entities: [],
      byAddress: /* @__PURE__ */ new Map(),
      external: /* @__PURE__ */ new Map()
    };
    for (const readers of PLAN_READERS) {
      for (const resource of resources) readers.get(resource.type)?.(ctx, resource);
    }
    return ctx.entities;
  };
  const before = changes.flatMap((item, index) => {
    const resource = changeResource(item, index, "before");
    return resource ? [resource] : [];
  });
  return { entities: read(afterPlan(plan, changes), true), priorEntities: read(before, false) };
}
function priorArns(plan) {
  const priorArn = /* @__PURE__ */ new Map();
  const prior = isRecord(plan["prior_state"]) && isRecord(plan["prior_state"]["values"]) ? plan["prior_state"]["values"] : null;
  if (prior && isRecord(prior["root_module"])) {
    for (const resource of moduleResources(prior["root_module"], ["prior_state", "values", "root_module"])) {
      const arn = resource.values["arn"];
      if (typeof arn === "string") priorArn.set(resource.address, arn);
    }
  }
  return priorArn;
}
function afterPlan(plan, changes) {
  const unknownByAddress = /* @__PURE__ */ new Map();
  for (const item of changes) {
    if (!isRecord(item) || typeof item["address"] !== "string" || !isRecord(item["change"])) continue;
    const unknown = item["change"]["after_unknown"];
    unknownByAddress.set(item["address"], isRecord(unknown) ? unknown : {});
  }
  const planned = plan["planned_values"];
  if (isRecord(planned) && isRecord(planned["root_module"])) {
    return moduleResources(planned["root_module"], ["planned_values", "root_module"]).map((r) => ({
      ...r,
      unknown: unknownByAddress.get(r.address) ?? {}
    }));
  }
  return changes.flatMap((item, index) => {
    const resource = changeResource(item, index, "after");
    return resource ? [{ ...resource, unknown: unknownByAddress.get(resource.address) ?? {} }] : [];
  });
}

// src/iac/parse.ts
var IAC_MARKERS = /AWSTemplateFormatVersion|"?Resources"?\s*:|"?Statement"?\s*:|"format_version"|AWS::/;
function isPolicyDocument(document) {
  if (!isRecord(document) || document["Statement"] === void 0) return false;
  if (typeof document["Version"] === "string") return true;
  const statement = document["Statement"];
  const first = Array.isArray(statement) ? statement[0] : statement;
  return isRecord(first) && typeof first["Effect"] === "string";
}
function isResourcePolicy(document) {
  const statement = document["Statement"];
  const list = Array.isArray(statement) ? statement : [statement];
  return list.some(
    (item) => isRecord(item) && (Object.hasOwn(item, "Principal") || Object.hasOwn(item, "NotPrincipal"))
  );
}
function baseName(file) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
function parseDocument2(file, text, cdk, options = {}) {
  const diagnostics = [];
  try {
    return parseOrThrow(file, text, diagnostics, cdk, options);
  } catch (error) {
    const line = error instanceof JsonInputError ? error.line : null;
    const message = error instanceof RangeError ? "nested too deeply to read" : errorMessage(error);
    diagnostics.push({ severity: "error", file, line, message: `could not read ${file}: ${message}` });
    return { entities: [], diagnostics, files: [file] };
  }
}
function parseOrThrow(file, text, diagnostics, cdk, options) {
  const skipped = { entities: [], diagnostics, files: [] };
  if (text.slice(0, 8192).includes("\0")) {
    diagnostics.push({
      severity: "warning",
      file,
      line: null,
      message: `${file} has binary content; skipped`
    });
    return { entities: [], diagnostics, files: [file] };
  }
  const parsed = parseStructured(text, /\.json$/i.test(file));
  if (!parsed.ok) {
    if (!IAC_MARKERS.test(text)) return skipped;
    diagnostics.push({ severity: "error", file, line: parsed.line, message: parsed.message });
    return { entities: [], diagnostics, files: [file] };
  }
  const document = parsed.value;
  if (isTemplate(document)) {
    const lines = indexLines(parsed.lines, file, diagnostics);
    if (!lines) return { entities: [], diagnostics, files: [file] };
    const entities = entitiesFromTemplate(document, {
      file,
      lines,
      pathPrefix: "",
      diagnostics,
      format: cdk ? "cdk" : "cloudformation",
      stackName: cdk?.stackName ?? null,
      idPrefix: "",
      ...cdk ? { constructPaths: cdk.constructPaths } : {},
      ...options.parameterValues ? { parameterValues: options.parameterValues } : {}
    });
    return { entities, diagnostics, files: [file] };
  }
  if (isTerraformPlan(document)) {
    const lines = indexLines(parsed.lines, file, diagnostics);
    if (!lines) return { entities: [], diagnostics, files: [file] };
    const { entities, priorEntities } = entitiesFromPlan(document, file, lines, diagnostics);
    return { entities, diagnostics, files: [file], priorEntities };
  }
  if (isPolicyDocument(document)) {
    if (isResourcePolicy(document)) {
      const notes = [
        {
          file,
          line: 1,
          message: `${file} is a resource-based policy (its statements name a Principal), not an IAM identity; skipped`
        }
      ];
      return { entities: [], diagnostics, files: [file], notes };
    }
    const lines = indexLines(parsed.lines, file, diagnostics);
    if (!lines) return { entities: [], diagnostics, files: [file] };
    const id = baseName(file);
    const entity = newEntity({
      id,
      kind: "policy",
      format: "policy",
      file,
      line: 1,
      path: ""
    });
    const sink = { statements: entity.statements, unknowns: entity.unknowns, entityId: id };
    readPolicyDocument({ file, lines, pathPrefix: "", diagnostics }, sink, document, [], id);
    return { entities: [entity], diagnostics, files: [file] };
  }
  return skipped;
}
function classifyDocument(file, text) {
  const mentionsIac = IAC_MARKERS.test(text);
  const as = (kind, opaque = []) => ({
    kind,
    mentionsIac,
    opaque
  });
  if (text.slice(0, 8192).includes("\0")) return as("binary");
  let parsed;
  try {
    parsed = parseStructured(text, /\.json$/i.test(file));
  } catch {
    return as("unparseable");
  }
  if (!parsed.ok) return as("unparseable");
  const document = parsed.value;
  if (isTemplate(document)) {
    try {
      return as("template", opaqueParts(document, parsed.lines()));
    } catch {
      return as("template");
    }
  }
  if (isTerraformPlan(document)) return as("terraform-plan");
  if (isPolicyDocument(document)) return as(isResourcePolicy(document) ? "resource-policy" : "policy");
  return as("other");
}
function indexLines(lines, file, diagnostics) {
  try {
    return lines();
  } catch (error) {
    const line = error instanceof JsonInputError ? error.line : null;
    diagnostics.push({
      severity: "error",
      file,
      line,
      message: `could not read ${file}: ${errorMessage(error)}`
    });
    return null;
  }
}

// src/iac/cdk.ts
var MAX_ASSEMBLY_DEPTH = 8;
function joinFile(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function dirOf(file) {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}
function isAssemblyManifest(document) {
  return isRecord(document) && typeof document["version"] === "string" && isRecord(document["artifacts"]);
}
async function readAssembly(reader, dir, depth = 0) {
  const result = { entities: [], diagnostics: [], files: [] };
  const manifestFile = joinFile(dir, "manifest.json");
  const text = await reader.readText(manifestFile);
  if (text === null) return result;
  const parsed = parseStructured(text, true);
  if (!parsed.ok || !isAssemblyManifest(parsed.value)) {
    result.diagnostics.push({
      severity: "error",
      file: manifestFile,
      line: parsed.ok ? 1 : parsed.line,
      message: parsed.ok ? `${manifestFile} is not a cloud assembly manifest` : parsed.message
    });
    return result;
  }
  result.files.push(manifestFile);
  const artifacts = parsed.value["artifacts"];
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact["properties"]) ? artifact["properties"] : {};
    try {
      if (artifact["type"] === "aws:cloudformation:stack" && typeof properties["templateFile"] === "string") {
        const file = joinFile(dir, properties["templateFile"]);
        if (!reader.wanted(file)) continue;
        const template = await reader.readText(file);
        if (template === null) continue;
        const stackName = typeof properties["stackName"] === "string" ? properties["stackName"] : id;
        const paths = constructPaths(artifact["metadata"]);
        if (typeof artifact["additionalMetadataFile"] === "string") {
          const extra = await reader.readText(joinFile(dir, artifact["additionalMetadataFile"]));
          const parsedExtra = extra === null ? null : parseStructured(extra, true);
          if (parsedExtra?.ok)
            for (const [logicalId, at] of constructPaths(parsedExtra.value)) paths.set(logicalId, at);
        }
        merge(result, parseDocument2(file, template, { stackName, constructPaths: paths }));
      } else if (artifact["type"] === "cdk:cloud-assembly" && typeof properties["directoryName"] === "string") {
        if (depth >= MAX_ASSEMBLY_DEPTH) {
          result.diagnostics.push(
            problem(
              manifestFile,
              `nested assembly ${id} is deeper than ${MAX_ASSEMBLY_DEPTH} levels; not read`
            )
          );
          continue;
        }
        merge(result, await readAssembly(reader, joinFile(dir, properties["directoryName"]), depth + 1));
      }
    } catch (error) {
      result.diagnostics.push(problem(manifestFile, `artifact ${id}: ${errorMessage(error)}`));
    }
  }
  return result;
}
function problem(file, message) {
  return { severity: "error", file, line: null, message };
}
function constructPaths(metadata) {
  const out = /* @__PURE__ */ new Map();
  if (!isRecord(metadata)) return out;
  for (const [constructPath, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (isRecord(entry) && entry["type"] === "aws:cdk:logicalId" && typeof entry["data"] === "string") {
        out.set(entry["data"], constructPath.replace(/^\//, ""));
      }
    }
  }
  return out;
}
function merge(into, from) {
  into.entities.push(...from.entities);
  into.diagnostics.push(...from.diagnostics);
  if (from.notes) {
    into.notes ??= [];
    into.notes.push(...from.notes);
  }
  for (const file of from.files) if (!into.files.includes(file)) into.files.push(file);
  if (from.priorEntities) {
    into.priorEntities ??= [];
    into.priorEntities.push(...from.priorEntities);
  }
}

// src/iac/outside.ts
var IAC_KINDS = /* @__PURE__ */ new Set(["template", "terraform-plan", "policy", "resource-policy"]);
async function readBeyondSelection(source, files, options) {
  const out = {
    result: { entities: [], diagnostics: [], files: [] },
    read: [],
    unreadable: []
  };
  for (const file of [...files].sort()) {
    let text;
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > options.maxFileBytes) {
        out.unreadable.push({
          file,
          why: `it is over the ${options.maxFileBytes} bytes limit (maxFileBytes)`
        });
        continue;
      }
      text = await source.read(file);
    } catch (error) {
      out.unreadable.push({ file, why: `it could not be read (${errorMessage(error)})` });
      continue;
    }
    if (text === null) continue;
    const kind = classifyDocument(file, text);
    if (!IAC_KINDS.has(kind.kind)) {
      if (kind.mentionsIac && (kind.kind === "binary" || kind.kind === "unparseable"))
        out.unreadable.push({
          file,
          why: kind.kind === "binary" ? "it has binary content" : "it does not parse"
        });
      continue;
    }
    const parameterValues = options.parameters?.(file);
    merge(out.result, parseDocument2(file, text, void 0, parameterValues ? { parameterValues } : {}));
    out.read.push(file);
  }
  return out;
}
function beyondSelectionNotice(file) {
  return {
    severity: "warning",
    file,
    line: null,
    message: `${file} is outside files.include (or under files.exclude), but this change touches it and its content is IaC: read anyway, so a rename cannot hide what it grants`
  };
}

// src/iac/index.ts
var DEFAULT_INCLUDE = [
  "**/*.json",
  "**/*.yaml",
  "**/*.yml",
  "**/*.template",
  "**/cdk.out/**"
];
var DEFAULT_EXCLUDE = [
  "**/node_modules/**",
  "**/.git/**",
  "**/.terraform/**",
  "**/.venv/**",
  "**/.idea/**",
  "**/.vscode/**",
  "**/coverage/**",
  "**/cdk.out/asset.*/**",
  "**/cdk.out/**/asset.*/**",
  "**/cdk.out/**/tree.json",
  "**/cdk.out/**/*.assets.json",
  "**/package.json",
  "**/package-lock.json",
  "**/tsconfig*.json",
  "**/cdk.json",
  "**/cdk.context.json",
  "**/.github/**",
  // Build output of SAM and the Serverless Framework: copies of the templates beside them.
  "**/.aws-sam/**",
  "**/.serverless/**"
];
var DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
var READ_CONCURRENCY = 8;
function normalize(file) {
  return file.replaceAll("\\", "/").replace(/^\.\//, "").replace(/\/$/, "");
}
function matcher(globs) {
  const compiled = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }));
  return (file) => compiled.some((m) => m.match(file));
}
async function readIac(source, paths, options = {}) {
  const result = { entities: [], diagnostics: [], files: [] };
  const candidates = await candidateFiles(source, paths, options);
  const readText = textReader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, result.diagnostics);
  const { plain, assemblies } = await byAssembly(source, candidates);
  for (const [dir, members] of assemblies) {
    const everything = members.has(joinFile(dir, "manifest.json"));
    merge(
      result,
      await readAssembly({ source, readText, wanted: (file) => everything || members.has(file) }, dir)
    );
  }
  for (const one of await parseFiles(plain, readText, options)) merge(result, one);
  result.diagnostics.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  result.files.sort();
  return result;
}
function selection(options, paths = []) {
  const included = matcher(options.include ?? DEFAULT_INCLUDE);
  const excluded = matcher(options.exclude ?? DEFAULT_EXCLUDE);
  const explicit = new Set(paths.map(normalize));
  return (file) => !excluded(file) && (explicit.has(file) || included(file));
}
async function candidateFiles(source, paths, options) {
  const selected = selection(options, paths);
  const only = options.onlyFiles ? new Set(options.onlyFiles.map(normalize)) : null;
  let listed;
  try {
    listed = await source.list(paths);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot list files in the ${source.label}: ${errorMessage(error)}`);
  }
  return listed.map(normalize).filter((file) => (only === null || only.has(file)) && selected(file)).sort();
}
function textReader(source, maxBytes, diagnostics) {
  return async (file) => {
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > maxBytes) {
        diagnostics.push(tooLarge(file, size, maxBytes));
        return null;
      }
      const text = await source.read(file);
      if (text === null) return null;
      const bytes = size ?? Buffer.byteLength(text, "utf8");
      if (bytes > maxBytes) {
        diagnostics.push(tooLarge(file, bytes, maxBytes));
        return null;
      }
      return text;
    } catch (error) {
      diagnostics.push({
        severity: "error",
        file,
        line: null,
        message: `cannot read ${file}: ${errorMessage(error)}`
      });
      return null;
    }
  };
}
async function byAssembly(source, candidates) {
  const manifestCache = /* @__PURE__ */ new Map();
  const isAssemblyDir = (dir) => {
    let known = manifestCache.get(dir);
    if (!known) {
      known = (async () => {
        const text = await source.read(joinFile(dir, "manifest.json")).catch(() => null);
        if (text === null || !text.includes('"artifacts"')) return false;
        const parsed = parseStructured(text, true);
        return parsed.ok && isAssemblyManifest(parsed.value);
      })();
      manifestCache.set(dir, known);
    }
    return known;
  };
  const assemblyOf = async (file) => {
    const name = file.slice(file.lastIndexOf("/") + 1);
    const inCdkOut = file.includes("cdk.out/") || file.startsWith("cdk.out");
    if (!inCdkOut && name !== "manifest.json" && !name.endsWith(".template.json")) return null;
    let found = null;
    let dir = dirOf(file);
    for (let steps = 0; steps < 12; steps++) {
      if (await isAssemblyDir(dir)) found = dir;
      else if (found !== null) break;
      if (dir === "") break;
      dir = dirOf(dir);
    }
    return found;
  };
  const plain = [];
  const assemblies = /* @__PURE__ */ new Map();
  for (const file of candidates) {
    const assembly = await assemblyOf(file);
    if (assembly === null) {
      plain.push(file);
      continue;
    }
    let members = assemblies.get(assembly);
    if (!members) {
      members = /* @__PURE__ */ new Set();
      assemblies.set(assembly, members);
    }
    members.add(file);
  }
  return { plain, assemblies };
}
async function parseFiles(files, readText, options) {
  const parsed = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const text = await readText(file);
      const parameterValues = options.parameters?.(file);
      parsed[index] = text === null ? { entities: [], diagnostics: [], files: [] } : parseDocument2(file, text, void 0, parameterValues ? { parameterValues } : {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return parsed.filter((one) => one !== void 0);
}
function tooLarge(file, bytes, max) {
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    severity: "error",
    file,
    line: null,
    message: `${file} is ${mb(bytes)}, over the ${mb(max)} limit (maxFileBytes); skipped`
  };
}

export {
  parseStructured,
  parseDocument2 as parseDocument,
  classifyDocument,
  joinFile,
  dirOf,
  isAssemblyManifest,
  readBeyondSelection,
  beyondSelectionNotice,
  DEFAULT_INCLUDE,
  DEFAULT_EXCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  readIac,
  selection
};
//# sourceMappingURL=chunk-CDIEWXUG.js.map
