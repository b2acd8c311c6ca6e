import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  JsonInputError,
  parseStructured
} from "./chunk-GWTX56C5.js";
import {
  forEachBranch,
  isRecord,
  locate,
  readPolicyDocument,
  reportUnknownIntrinsic,
  unknownAt
} from "./chunk-RNEN3ZF3.js";
import {
  fixedLines,
  joinPath,
  offsetLines
} from "./chunk-RGLKGRGE.js";
import {
  newEntity,
  scopedSuppressions
} from "./chunk-YGTLDSZU.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";

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
function parseDocument(file, text, cdk, options = {}) {
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

export {
  parseDocument,
  classifyDocument
};
//# sourceMappingURL=chunk-UOMHYEC4.js.map
