// Policy documents → statements with the location of every statement and action string, in any IaC format.
import type { ActionPattern, Diagnostic, SourceLocation, Statement } from '../policy/model.js';
import { intrinsicName, isKnownIntrinsic, isNoValue, isRecord, renderString } from './intrinsics.js';
import { fixedLines, joinPath, type LineIndex, type PathSegment } from './located.js';

/** Where a document sits: the file, its line index, and a text prefix for paths of nested documents. */
export interface DocumentScope {
  file: string;
  lines: LineIndex;
  /** Text path of the document root inside the file ('' for the file itself). */
  pathPrefix: string;
  diagnostics: Diagnostic[];
}

/** Collects what one entity's documents say and what they cannot say. */
export interface StatementSink {
  statements: Statement[];
  unknowns: string[];
  entityId: string | null;
}

export function locate(scope: DocumentScope, path: readonly PathSegment[]): SourceLocation {
  return { file: scope.file, line: scope.lines.lineAt(path), path: joinPath(scope.pathPrefix, path) };
}

function diagnose(
  scope: DocumentScope,
  sink: StatementSink,
  path: readonly PathSegment[],
  message: string,
  severity: Diagnostic['severity'] = 'error',
): void {
  const diagnostic: Diagnostic = { severity, file: scope.file, line: scope.lines.lineAt(path), message };
  if (sink.entityId !== null) diagnostic.entity = sink.entityId;
  scope.diagnostics.push(diagnostic);
}

/**
 * Reports an intrinsic function this reader does not know (once per place); true when `value` is one. `name` picks
 * the key when `value` has other keys beside it.
 */
export function reportUnknownIntrinsic(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: readonly PathSegment[],
  name: string | null = intrinsicName(value),
): boolean {
  if (name === null || isKnownIntrinsic(name)) return false;
  const message = `unknown intrinsic function ${name} at ${joinPath(scope.pathPrefix, path)}`;
  if (scope.diagnostics.some((d) => d.file === scope.file && d.message === message)) return true;
  diagnose(scope, sink, [...path, name], message);
  return true;
}

/** Reads a policy document (object, JSON string, or `Fn::If` of documents) into the sink. */
export function readPolicyDocument(
  scope: DocumentScope,
  sink: StatementSink,
  document: unknown,
  path: PathSegment[],
  policyName: string | null,
): void {
  if (document === null || document === undefined || isNoValue(document)) return;
  if (typeof document === 'string') {
    if (document.trim() === '') {
      diagnose(
        scope,
        sink,
        path,
        `policy document at ${joinPath(scope.pathPrefix, path)} is empty`,
        'warning',
      );
      return;
    }
    let parsed: unknown;
    try {
      // IAM's API returns documents URL-encoded (`%7B%22Version%22…`).
      parsed = JSON.parse(/^\s*%7B/i.test(document) ? decodeURIComponent(document) : document);
    } catch {
      diagnose(
        scope,
        sink,
        path,
        `policy document at ${joinPath(scope.pathPrefix, path)} is a string but not JSON`,
      );
      return;
    }
    // A document written as a JSON string: every element is on the string's line.
    const inner: DocumentScope = {
      file: scope.file,
      lines: fixedLines(scope.lines.lineAt(path)),
      pathPrefix: joinPath(scope.pathPrefix, path),
      diagnostics: scope.diagnostics,
    };
    readPolicyDocument(inner, sink, parsed, [], policyName);
    return;
  }
  const fn = intrinsicName(document);
  if (fn === 'Fn::If') {
    forEachBranch(document, path, (branch, branchPath) => {
      readPolicyDocument(scope, sink, branch, branchPath, policyName);
    });
    return;
  }
  if (fn !== null) {
    if (!reportUnknownIntrinsic(scope, sink, document, path)) {
      sink.unknowns.push(
        `${joinPath(scope.pathPrefix, path)}: the policy document is built with ${fn} and cannot be read from code`,
      );
    }
    return;
  }
  if (!isRecord(document)) {
    diagnose(scope, sink, path, `policy document at ${joinPath(scope.pathPrefix, path)} is not an object`);
    return;
  }
  const statement = document['Statement'];
  if (statement === undefined) {
    diagnose(
      scope,
      sink,
      path,
      `policy document at ${joinPath(scope.pathPrefix, path)} has no Statement element`,
    );
    return;
  }
  readStatementList(scope, sink, statement, [...path, 'Statement'], policyName);
}

function readStatementList(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
  policyName: string | null,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) readStatementItem(scope, sink, value[i], [...path, i], policyName);
  } else {
    // `Statement` written as one object instead of a list is accepted by IAM.
    readStatementItem(scope, sink, value, path, policyName);
  }
}

function readStatementItem(
  scope: DocumentScope,
  sink: StatementSink,
  item: unknown,
  path: PathSegment[],
  policyName: string | null,
): void {
  if (item === null || item === undefined || isNoValue(item)) return;
  const fn = intrinsicName(item);
  if (fn === 'Fn::If') {
    // A statement that exists under one condition counts in both branches: it may be deployed.
    forEachBranch(item, path, (branch, branchPath) => {
      if (Array.isArray(branch)) readStatementList(scope, sink, branch, branchPath, policyName);
      else readStatementItem(scope, sink, branch, branchPath, policyName);
    });
    return;
  }
  if (fn !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path)) {
      sink.unknowns.push(
        `${joinPath(scope.pathPrefix, path)}: a statement built with ${fn} cannot be read from code`,
      );
    }
    return;
  }
  if (!isRecord(item)) {
    diagnose(scope, sink, path, `statement at ${joinPath(scope.pathPrefix, path)} is not an object`);
    return;
  }
  const effect = item['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') {
    diagnose(
      scope,
      sink,
      Object.hasOwn(item, 'Effect') ? [...path, 'Effect'] : path,
      `statement at ${joinPath(scope.pathPrefix, path)} has Effect ${JSON.stringify(effect ?? null)}; expected "Allow" or "Deny"`,
    );
    return;
  }
  const hasAction = Object.hasOwn(item, 'Action');
  const hasNotAction = Object.hasOwn(item, 'NotAction');
  if (hasAction === hasNotAction) {
    diagnose(
      scope,
      sink,
      path,
      `statement at ${joinPath(scope.pathPrefix, path)} needs exactly one of Action and NotAction`,
    );
    return;
  }
  const patterns: ActionPattern[] = [];
  const key = hasAction ? 'Action' : 'NotAction';
  const statementPath = joinPath(scope.pathPrefix, path);
  readActions(scope, sink, item[key], [...path, key], `${statementPath}.${key}`, patterns);
  const resource = item['Resource'];
  const allResources =
    !Object.hasOwn(item, 'NotResource') &&
    (resource === '*' || (Array.isArray(resource) && resource.includes('*')));
  const condition = item['Condition'];
  const statement: Statement = {
    effect,
    actions: hasAction ? patterns : null,
    notActions: hasAction ? null : patterns,
    allResources,
    hasCondition:
      condition !== undefined && condition !== null && !(isRecord(condition) && isEmpty(condition)),
    policyName,
    location: { file: scope.file, line: scope.lines.lineAt(path), path: statementPath },
  };
  // A statement naming a principal belongs to a resource policy: whom it applies to is not this entity's to know.
  if (Object.hasOwn(item, 'Principal') || Object.hasOwn(item, 'NotPrincipal')) statement.conditional = true;
  sink.statements.push(statement);
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

/** `pathText` is `path` formatted (kept alongside, so each action's location costs one string concatenation). */
function readActions(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
  pathText: string,
  out: ActionPattern[],
): void {
  if (typeof value === 'string') {
    out.push({
      pattern: value,
      location: { file: scope.file, line: scope.lines.lineAt(path), path: pathText },
    });
    return;
  }
  if (Array.isArray(value)) {
    // IAM rejects a statement with no actions; saying so beats granting nothing in silence.
    if (value.length === 0) diagnose(scope, sink, path, `${pathText} lists no actions`);
    const lines = scope.lines;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === 'string') {
        // The common case, without a path array per action.
        const line = lines.lineAtItem ? lines.lineAtItem(path, i) : lines.lineAt([...path, i]);
        out.push({ pattern: item, location: { file: scope.file, line, path: `${pathText}[${i}]` } });
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
  if (value === undefined || isNoValue(value)) return;
  const fn = intrinsicName(value);
  if (fn === 'Fn::If') {
    // Either branch may be deployed, so the statement grants their union.
    forEachBranch(value, path, (branch, branchPath) =>
      readActions(
        scope,
        sink,
        branch,
        branchPath,
        `${pathText}.Fn::If[${branchPath[branchPath.length - 1]}]`,
        out,
      ),
    );
    return;
  }
  if (fn !== null) {
    if (reportUnknownIntrinsic(scope, sink, value, path)) return;
    const rendered = renderString(value);
    if (rendered && rendered.unresolved.length === 0) {
      out.push({
        pattern: rendered.text,
        location: { file: scope.file, line: scope.lines.lineAt(path), path: pathText },
      });
      return;
    }
    const what = rendered
      ? `"${rendered.text}" is built from ${rendered.unresolved.join(', ')}`
      : `is built with ${fn}`;
    sink.unknowns.push(`${pathText}: action ${what} and cannot be known from code`);
    return;
  }
  diagnose(scope, sink, path, `action at ${pathText} is not a string`);
}

/** Calls `visit` for the true and false branches of an `Fn::If`. */
export function forEachBranch(
  value: unknown,
  path: PathSegment[],
  visit: (branch: unknown, branchPath: PathSegment[]) => void,
): void {
  const args = (value as Record<string, unknown>)['Fn::If'];
  if (!Array.isArray(args)) return;
  for (const index of [1, 2]) {
    const branch = args[index];
    if (branch === undefined || isNoValue(branch)) continue;
    visit(branch, [...path, 'Fn::If', index]);
  }
}

/**
 * Statements of a policy document that comes from AWS as a plain object (no line map): every statement is located at
 * `at`, with the path suffix `.Statement[i]`.
 */
export function statementsFromDocument(
  document: unknown,
  at: SourceLocation,
  policyName: string | null,
): { statements: Statement[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const scope: DocumentScope = {
    file: at.file,
    lines: fixedLines(at.line),
    pathPrefix: at.path,
    diagnostics,
  };
  const sink: StatementSink = { statements: [], unknowns: [], entityId: null };
  readPolicyDocument(scope, sink, document, [], policyName);
  for (const unknown of sink.unknowns)
    diagnostics.push({ severity: 'warning', file: at.file, line: at.line, message: unknown });
  return { statements: sink.statements, diagnostics };
}
