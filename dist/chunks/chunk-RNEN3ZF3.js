import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  fixedLines,
  joinPath
} from "./chunk-RGLKGRGE.js";

// src/policy/statements.ts
var PLAIN_DIALECT = {
  isAbsent: () => false,
  functionName: () => null,
  isKnownFunction: () => true,
  branches: () => null,
  render: (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? { text: String(value), unresolved: [] } : null
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function locate(scope, path) {
  return { file: scope.file, line: scope.lines.lineAt(path), path: joinPath(scope.pathPrefix, path) };
}
function unknownAt(scope, path, message) {
  const location = locate(scope, path);
  return { message: `${location.path}: ${message}`, location };
}
function dialectOf(scope) {
  return scope.dialect ?? PLAIN_DIALECT;
}
function branchScope(scope) {
  return scope.conditional ? scope : { ...scope, conditional: true };
}
function diagnose(scope, sink, path, message, severity = "error") {
  const diagnostic = { severity, file: scope.file, line: scope.lines.lineAt(path), message };
  if (sink.entityId !== null) diagnostic.entity = sink.entityId;
  scope.diagnostics.push(diagnostic);
}
function reportUnknownIntrinsic(scope, sink, value, path, name = dialectOf(scope).functionName(value)) {
  if (name === null || dialectOf(scope).isKnownFunction(name)) return false;
  const message = `unknown intrinsic function ${name} at ${joinPath(scope.pathPrefix, path)}`;
  if (scope.diagnostics.some((d) => d.file === scope.file && d.message === message)) return true;
  diagnose(scope, sink, [...path, name], message);
  return true;
}
function forEachBranch(scope, value, path, visit) {
  const branches = dialectOf(scope).branches(value, path);
  if (branches === null) return false;
  const inner = branchScope(scope);
  for (const [branch, branchPath] of branches) {
    if (!dialectOf(scope).isAbsent(branch)) visit(inner, branch, branchPath);
  }
  return true;
}
function readPolicyDocument(scope, sink, document, path, policyName) {
  const dialect = dialectOf(scope);
  if (document === null || document === void 0 || dialect.isAbsent(document)) return;
  if (typeof document === "string") {
    readDocumentText(scope, sink, document, path, policyName);
    return;
  }
  if (forEachBranch(scope, document, path, (s, b, p) => readPolicyDocument(s, sink, b, p, policyName)))
    return;
  const fn = dialect.functionName(document);
  if (fn !== null) {
    if (reportUnknownIntrinsic(scope, sink, document, path)) return;
    const rendered = dialect.render(document);
    if (rendered && isJsonText(rendered.text)) {
      readDocumentText(
        { ...scope, placeholders: rendered.unresolved },
        sink,
        rendered.text,
        path,
        policyName
      );
      return;
    }
    sink.unknowns.push(
      unknownAt(scope, path, `the policy document is built with ${fn} and cannot be read from code`)
    );
    return;
  }
  if (!isRecord(document)) {
    diagnose(scope, sink, path, `policy document at ${joinPath(scope.pathPrefix, path)} is not an object`);
    return;
  }
  const statement = document["Statement"];
  if (statement === void 0) {
    diagnose(
      scope,
      sink,
      path,
      `policy document at ${joinPath(scope.pathPrefix, path)} has no Statement element`
    );
    return;
  }
  readStatementList(scope, sink, statement, [...path, "Statement"], policyName);
}
function readDocumentText(scope, sink, document, path, policyName) {
  const where = joinPath(scope.pathPrefix, path);
  if (document.trim() === "") {
    diagnose(scope, sink, path, `policy document at ${where} is empty`, "warning");
    return;
  }
  let parsed;
  try {
    parsed = JSON.parse(/^\s*%7B/i.test(document) ? decodeURIComponent(document) : document);
  } catch {
    diagnose(scope, sink, path, `policy document at ${where} is a string but not JSON`);
    return;
  }
  const inner = {
    file: scope.file,
    lines: fixedLines(scope.lines.lineAt(path)),
    pathPrefix: where,
    diagnostics: scope.diagnostics,
    ...scope.conditional ? { conditional: true } : {},
    ...scope.placeholders && scope.placeholders.length > 0 ? { placeholders: scope.placeholders } : {}
  };
  readPolicyDocument(inner, sink, parsed, [], policyName);
}
function readStatementList(scope, sink, value, path, policyName) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) readStatementItem(scope, sink, value[i], [...path, i], policyName);
  } else {
    readStatementItem(scope, sink, value, path, policyName);
  }
}
function readStatementItem(scope, sink, item, path, policyName) {
  const dialect = dialectOf(scope);
  if (item === null || item === void 0 || dialect.isAbsent(item)) return;
  const branched = forEachBranch(scope, item, path, (s, branch, branchPath) => {
    if (Array.isArray(branch)) readStatementList(s, sink, branch, branchPath, policyName);
    else readStatementItem(s, sink, branch, branchPath, policyName);
  });
  if (branched) return;
  const fn = dialect.functionName(item);
  if (fn !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path)) {
      sink.unknowns.push(unknownAt(scope, path, `a statement built with ${fn} cannot be read from code`));
    }
    return;
  }
  if (!isRecord(item)) {
    diagnose(scope, sink, path, `statement at ${joinPath(scope.pathPrefix, path)} is not an object`);
    return;
  }
  const statement = readStatement(scope, sink, item, path, policyName);
  if (statement) sink.statements.push(statement);
}
function readStatement(scope, sink, item, path, policyName) {
  const statementPath = joinPath(scope.pathPrefix, path);
  const effect = item["Effect"];
  if (effect !== "Allow" && effect !== "Deny") {
    diagnose(
      scope,
      sink,
      Object.hasOwn(item, "Effect") ? [...path, "Effect"] : path,
      `statement at ${statementPath} has Effect ${JSON.stringify(effect ?? null)}; expected "Allow" or "Deny"`
    );
    return null;
  }
  const hasAction = Object.hasOwn(item, "Action");
  if (hasAction === Object.hasOwn(item, "NotAction")) {
    diagnose(scope, sink, path, `statement at ${statementPath} needs exactly one of Action and NotAction`);
    return null;
  }
  const patterns = [];
  const key = hasAction ? "Action" : "NotAction";
  const elementScope = scope.conditional ? { ...scope, conditional: false } : scope;
  readActions(elementScope, sink, item[key], [...path, key], `${statementPath}.${key}`, patterns);
  const resource = item["Resource"];
  const condition = item["Condition"];
  const statement = {
    effect,
    actions: hasAction ? patterns : null,
    notActions: hasAction ? null : patterns,
    allResources: !Object.hasOwn(item, "NotResource") && (resource === "*" || Array.isArray(resource) && resource.includes("*")),
    hasCondition: condition !== void 0 && condition !== null && !(isRecord(condition) && isEmpty(condition)),
    policyName,
    location: { file: scope.file, line: scope.lines.lineAt(path), path: statementPath }
  };
  const principal = Object.hasOwn(item, "Principal") || Object.hasOwn(item, "NotPrincipal");
  if (scope.conditional || principal) statement.conditional = true;
  return statement;
}
function isEmpty(record) {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}
function readActions(scope, sink, value, path, pathText, out) {
  if (typeof value === "string") {
    const location2 = { file: scope.file, line: scope.lines.lineAt(path), path: pathText };
    const placeholder = placeholderIn(scope, value);
    if (placeholder === void 0) out.push(pattern(scope, value, location2));
    else {
      const message = `${pathText}: action "${value}" is built from ${placeholder} and cannot be known from code`;
      sink.unknowns.push({ message, location: location2 });
    }
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) diagnose(scope, sink, path, `${pathText} lists no actions`);
    const lines = scope.lines;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "string" && scope.placeholders === void 0) {
        const line = lines.lineAtItem ? lines.lineAtItem(path, i) : lines.lineAt([...path, i]);
        out.push(pattern(scope, item, { file: scope.file, line, path: `${pathText}[${i}]` }));
      } else {
        readActions(scope, sink, item, [...path, i], `${pathText}[${i}]`, out);
      }
    }
    return;
  }
  if (value === null) {
    diagnose(scope, sink, path, `action at ${pathText} is empty`);
    return;
  }
  const dialect = dialectOf(scope);
  if (value === void 0 || dialect.isAbsent(value)) return;
  const branched = forEachBranch(
    scope,
    value,
    path,
    (s, branch, branchPath) => readActions(
      s,
      sink,
      branch,
      branchPath,
      `${pathText}.${joinPath("", branchPath.slice(path.length))}`,
      out
    )
  );
  if (branched) return;
  const fn = dialect.functionName(value);
  if (fn === null) {
    diagnose(scope, sink, path, `action at ${pathText} is not a string`);
    return;
  }
  if (reportUnknownIntrinsic(scope, sink, value, path)) return;
  const rendered = dialect.render(value);
  if (rendered && rendered.unresolved.length === 0) {
    out.push(
      pattern(scope, rendered.text, { file: scope.file, line: scope.lines.lineAt(path), path: pathText })
    );
    return;
  }
  const what = rendered ? `"${rendered.text}" is built from ${rendered.unresolved.join(", ")}` : `is built with ${fn}`;
  const location = { file: scope.file, line: scope.lines.lineAt(path), path: pathText };
  sink.unknowns.push({ message: `${pathText}: action ${what} and cannot be known from code`, location });
}
function isJsonText(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function placeholderIn(scope, text) {
  return scope.placeholders?.find((name) => text.includes(`\${${name}}`));
}
function pattern(scope, text, location) {
  return scope.conditional ? { pattern: text, location, conditional: true } : { pattern: text, location };
}
function statementsFromDocument(document, at, policyName) {
  const diagnostics = [];
  const scope = {
    file: at.file,
    lines: fixedLines(at.line),
    pathPrefix: at.path,
    diagnostics
  };
  const sink = { statements: [], unknowns: [], entityId: null };
  readPolicyDocument(scope, sink, document, [], policyName);
  for (const unknown of sink.unknowns)
    diagnostics.push({ severity: "warning", file: at.file, line: at.line, message: unknown.message });
  return { statements: sink.statements, diagnostics };
}

export {
  isRecord,
  locate,
  unknownAt,
  reportUnknownIntrinsic,
  forEachBranch,
  readPolicyDocument,
  statementsFromDocument
};
//# sourceMappingURL=chunk-RNEN3ZF3.js.map
