// Policy documents → statements with the location of every statement and action string, in any IaC format. What a
// format writes around the document (CloudFormation's intrinsic functions) comes in through a ValueDialect, so this
// reader knows IAM's grammar and nothing of any one IaC format.
import { fixedLines, joinPath, type LineIndex, type PathSegment } from './located.js';
import type { ActionPattern, Diagnostic, SourceLocation, Statement, Unknown } from './model.js';

/** A string as far as the code can tell; `unresolved` names what only a deployment would know. */
export interface Rendered {
  text: string;
  unresolved: string[];
}

/** How an IaC format writes values that are not plain data (CloudFormation: `Fn::If`, `Ref`, `Fn::Sub`, …). */
export interface ValueDialect {
  /** A value that stands for nothing (`AWS::NoValue`): skipped as if absent. */
  isAbsent(value: unknown): boolean;
  /** The name of a function call (`Fn::Sub`), else null for plain data. */
  functionName(value: unknown): string | null;
  /** Whether the format knows a function; an unknown one is an error at its place. */
  isKnownFunction(name: string): boolean;
  /** The branches of a conditional value (`Fn::If`), each with its path; null when `value` is not one. */
  branches(value: unknown, path: PathSegment[]): Array<[unknown, PathSegment[]]> | null;
  /** The text of a string-valued expression, or null when it is not one. */
  render(value: unknown): Rendered | null;
}

/** Plain JSON (AWS API documents, Terraform): no functions, no branches. */
export const PLAIN_DIALECT: ValueDialect = {
  isAbsent: () => false,
  functionName: () => null,
  isKnownFunction: () => true,
  branches: () => null,
  render: (value) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? { text: String(value), unresolved: [] }
      : null,
};

/** Where a document sits: the file, its line index, and a text prefix for paths of nested documents. */
export interface DocumentScope {
  file: string;
  lines: LineIndex;
  /** Text path of the document root inside the file ('' for the file itself). */
  pathPrefix: string;
  diagnostics: Diagnostic[];
  /** How values are written; plain JSON when absent. */
  dialect?: ValueDialect;
  /** Inside an `Fn::If` branch (or a conditional resource): what is read applies only in some deployments. */
  conditional?: boolean;
  /** A document rendered from a string template (`!Sub '{…}'`): `${name}` placeholders only a deployment fills. */
  placeholders?: readonly string[];
}

/** Collects what one entity's documents say and what they cannot say. */
export interface StatementSink {
  statements: Statement[];
  unknowns: Unknown[];
  entityId: string | null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function locate(scope: DocumentScope, path: readonly PathSegment[]): SourceLocation {
  return { file: scope.file, line: scope.lines.lineAt(path), path: joinPath(scope.pathPrefix, path) };
}

/** An unknown at `path`: its message starts with the path, so it reads on its own. */
export function unknownAt(scope: DocumentScope, path: readonly PathSegment[], message: string): Unknown {
  const location = locate(scope, path);
  return { message: `${location.path}: ${message}`, location };
}

function dialectOf(scope: DocumentScope): ValueDialect {
  return scope.dialect ?? PLAIN_DIALECT;
}

/** The scope of what is read inside a branch: everything there applies only in some deployments. */
function branchScope(scope: DocumentScope): DocumentScope {
  return scope.conditional ? scope : { ...scope, conditional: true };
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
 * Reports a function the format does not know (once per place); true when `value` is one. `name` picks the key
 * when `value` has other keys beside it.
 */
export function reportUnknownIntrinsic(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: readonly PathSegment[],
  name: string | null = dialectOf(scope).functionName(value),
): boolean {
  if (name === null || dialectOf(scope).isKnownFunction(name)) return false;
  const message = `unknown intrinsic function ${name} at ${joinPath(scope.pathPrefix, path)}`;
  if (scope.diagnostics.some((d) => d.file === scope.file && d.message === message)) return true;
  diagnose(scope, sink, [...path, name], message);
  return true;
}

/** Calls `visit` for each branch of a conditional value, in a conditional scope; false when it is not one. */
export function forEachBranch(
  scope: DocumentScope,
  value: unknown,
  path: PathSegment[],
  visit: (branchScope: DocumentScope, branch: unknown, branchPath: PathSegment[]) => void,
): boolean {
  const branches = dialectOf(scope).branches(value, path);
  if (branches === null) return false;
  const inner = branchScope(scope);
  for (const [branch, branchPath] of branches) {
    if (!dialectOf(scope).isAbsent(branch)) visit(inner, branch, branchPath);
  }
  return true;
}

/** Reads a policy document (object, JSON string, or a conditional of documents) into the sink. */
export function readPolicyDocument(
  scope: DocumentScope,
  sink: StatementSink,
  document: unknown,
  path: PathSegment[],
  policyName: string | null,
): void {
  const dialect = dialectOf(scope);
  if (document === null || document === undefined || dialect.isAbsent(document)) return;
  if (typeof document === 'string') {
    readDocumentText(scope, sink, document, path, policyName);
    return;
  }
  if (forEachBranch(scope, document, path, (s, b, p) => readPolicyDocument(s, sink, b, p, policyName)))
    return;
  const fn = dialect.functionName(document);
  if (fn !== null) {
    if (reportUnknownIntrinsic(scope, sink, document, path)) return;
    // `!Sub '{ "Statement": … "Resource": "${Bucket}" }'`: JSON text whose placeholders sit in ARNs is readable.
    const rendered = dialect.render(document);
    if (rendered && isJsonText(rendered.text)) {
      readDocumentText(
        { ...scope, placeholders: rendered.unresolved },
        sink,
        rendered.text,
        path,
        policyName,
      );
      return;
    }
    sink.unknowns.push(
      unknownAt(scope, path, `the policy document is built with ${fn} and cannot be read from code`),
    );
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

/** A document written as a JSON string (or URL-encoded, as IAM's API returns it): every element on its line. */
function readDocumentText(
  scope: DocumentScope,
  sink: StatementSink,
  document: string,
  path: PathSegment[],
  policyName: string | null,
): void {
  const where = joinPath(scope.pathPrefix, path);
  if (document.trim() === '') {
    diagnose(scope, sink, path, `policy document at ${where} is empty`, 'warning');
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(/^\s*%7B/i.test(document) ? decodeURIComponent(document) : document);
  } catch {
    diagnose(scope, sink, path, `policy document at ${where} is a string but not JSON`);
    return;
  }
  // Inside a JSON string there are no intrinsic functions: it is plain data.
  const inner: DocumentScope = {
    file: scope.file,
    lines: fixedLines(scope.lines.lineAt(path)),
    pathPrefix: where,
    diagnostics: scope.diagnostics,
    ...(scope.conditional ? { conditional: true } : {}),
    ...(scope.placeholders && scope.placeholders.length > 0 ? { placeholders: scope.placeholders } : {}),
  };
  readPolicyDocument(inner, sink, parsed, [], policyName);
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
  const dialect = dialectOf(scope);
  if (item === null || item === undefined || dialect.isAbsent(item)) return;
  // A statement that exists under one condition counts as an Allow in every branch; as a Deny it is conditional.
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

function readStatement(
  scope: DocumentScope,
  sink: StatementSink,
  item: Record<string, unknown>,
  path: PathSegment[],
  policyName: string | null,
): Statement | null {
  const statementPath = joinPath(scope.pathPrefix, path);
  const effect = item['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') {
    diagnose(
      scope,
      sink,
      Object.hasOwn(item, 'Effect') ? [...path, 'Effect'] : path,
      `statement at ${statementPath} has Effect ${JSON.stringify(effect ?? null)}; expected "Allow" or "Deny"`,
    );
    return null;
  }
  const hasAction = Object.hasOwn(item, 'Action');
  if (hasAction === Object.hasOwn(item, 'NotAction')) {
    diagnose(scope, sink, path, `statement at ${statementPath} needs exactly one of Action and NotAction`);
    return null;
  }
  const patterns: ActionPattern[] = [];
  const key = hasAction ? 'Action' : 'NotAction';
  // Patterns are conditional only through a branch inside the element itself; a statement inside a branch is
  // conditional as a whole (below), its patterns as written.
  const elementScope = scope.conditional ? { ...scope, conditional: false } : scope;
  readActions(elementScope, sink, item[key], [...path, key], `${statementPath}.${key}`, patterns);
  const resource = item['Resource'];
  const condition = item['Condition'];
  const statement: Statement = {
    effect,
    actions: hasAction ? patterns : null,
    notActions: hasAction ? null : patterns,
    allResources:
      !Object.hasOwn(item, 'NotResource') &&
      (resource === '*' || (Array.isArray(resource) && resource.includes('*'))),
    hasCondition:
      condition !== undefined && condition !== null && !(isRecord(condition) && isEmpty(condition)),
    policyName,
    location: { file: scope.file, line: scope.lines.lineAt(path), path: statementPath },
  };
  // A statement naming a principal belongs to a resource policy: whom it applies to is not this entity's to know.
  const principal = Object.hasOwn(item, 'Principal') || Object.hasOwn(item, 'NotPrincipal');
  if (scope.conditional || principal) statement.conditional = true;
  return statement;
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
    const location = { file: scope.file, line: scope.lines.lineAt(path), path: pathText };
    const placeholder = placeholderIn(scope, value);
    if (placeholder === undefined) out.push(pattern(scope, value, location));
    else {
      const message = `${pathText}: action "${value}" is built from ${placeholder} and cannot be known from code`;
      sink.unknowns.push({ message, location });
    }
    return;
  }
  if (Array.isArray(value)) {
    // IAM rejects a statement with no actions; saying so beats granting nothing in silence.
    if (value.length === 0) diagnose(scope, sink, path, `${pathText} lists no actions`);
    const lines = scope.lines;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === 'string' && scope.placeholders === undefined) {
        // The common case, without a path array per action.
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
  if (value === undefined || dialect.isAbsent(value)) return;
  // Either branch may be deployed: the statement holds the patterns of both, each marked conditional.
  const branched = forEachBranch(scope, value, path, (s, branch, branchPath) =>
    readActions(
      s,
      sink,
      branch,
      branchPath,
      `${pathText}.${joinPath('', branchPath.slice(path.length))}`,
      out,
    ),
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
      pattern(scope, rendered.text, { file: scope.file, line: scope.lines.lineAt(path), path: pathText }),
    );
    return;
  }
  const what = rendered
    ? `"${rendered.text}" is built from ${rendered.unresolved.join(', ')}`
    : `is built with ${fn}`;
  const location = { file: scope.file, line: scope.lines.lineAt(path), path: pathText };
  sink.unknowns.push({ message: `${pathText}: action ${what} and cannot be known from code`, location });
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An action string with a placeholder of a rendered template is known only once deployed. */
function placeholderIn(scope: DocumentScope, text: string): string | undefined {
  return scope.placeholders?.find((name) => text.includes(`\${${name}}`));
}

function pattern(scope: DocumentScope, text: string, location: SourceLocation): ActionPattern {
  return scope.conditional ? { pattern: text, location, conditional: true } : { pattern: text, location };
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
    diagnostics.push({ severity: 'warning', file: at.file, line: at.line, message: unknown.message });
  return { statements: sink.statements, diagnostics };
}
