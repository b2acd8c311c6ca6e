// One file's text → entities: detects the format by content (CloudFormation, Terraform plan, policy document).
import { errorMessage } from '../errors.js';
import type { LineIndex } from '../policy/located.js';
import { type Diagnostic, type Entity, newEntity, type ParseResult } from '../policy/model.js';
import { readPolicyDocument, type StatementSink } from '../policy/statements.js';
import { type OpaquePart, opaqueParts } from './cfn/opaque.js';
import { entitiesFromTemplate, isTemplate } from './cloudformation.js';
import { isRecord } from './intrinsics.js';
import { JsonInputError } from './json-lines.js';
import { entitiesFromPlan, isTerraformPlan } from './terraform.js';
import { parseStructured } from './text.js';

/** Set for templates read from a CDK cloud assembly. */
export interface CdkContext {
  stackName: string;
  constructPaths: ReadonlyMap<string, string>;
}

/** Words that make a file that fails to parse worth a diagnostic (it probably was meant as IaC). */
const IAC_MARKERS = /AWSTemplateFormatVersion|"?Resources"?\s*:|"?Statement"?\s*:|"format_version"|AWS::/;

export function isPolicyDocument(document: unknown): document is Record<string, unknown> {
  if (!isRecord(document) || document['Statement'] === undefined) return false;
  if (typeof document['Version'] === 'string') return true;
  const statement = document['Statement'];
  const first = Array.isArray(statement) ? statement[0] : statement;
  return isRecord(first) && typeof first['Effect'] === 'string';
}

/**
 * A resource-based policy (trust, bucket, key, queue policy): its statements name a `Principal` or `NotPrincipal`.
 * It says who may act on a resource, not what an identity may do, and IAM keeps no last-accessed report for it.
 */
export function isResourcePolicy(document: Record<string, unknown>): boolean {
  const statement = document['Statement'];
  const list = Array.isArray(statement) ? statement : [statement];
  return list.some(
    (item) => isRecord(item) && (Object.hasOwn(item, 'Principal') || Object.hasOwn(item, 'NotPrincipal')),
  );
}

function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Parses one file. Pure, no I/O, never throws: every problem becomes a Diagnostic with the file and line. */
/** Known from outside the file: the parameter values a template is deployed with (configuration `parameters`). */
export interface ParseOptions {
  parameterValues?: Readonly<Record<string, string | string[]>>;
}

export function parseDocument(
  file: string,
  text: string,
  cdk?: CdkContext,
  options: ParseOptions = {},
): ParseResult {
  const diagnostics: Diagnostic[] = [];
  try {
    return parseOrThrow(file, text, diagnostics, cdk, options);
  } catch (error) {
    const line = error instanceof JsonInputError ? error.line : null;
    const message = error instanceof RangeError ? 'nested too deeply to read' : errorMessage(error);
    diagnostics.push({ severity: 'error', file, line, message: `could not read ${file}: ${message}` });
    return { entities: [], diagnostics, files: [file] };
  }
}

function parseOrThrow(
  file: string,
  text: string,
  diagnostics: Diagnostic[],
  cdk: CdkContext | undefined,
  options: ParseOptions,
): ParseResult {
  const skipped: ParseResult = { entities: [], diagnostics, files: [] };
  if (text.slice(0, 8192).includes('\u0000')) {
    diagnostics.push({
      severity: 'warning',
      file,
      line: null,
      message: `${file} has binary content; skipped`,
    });
    return { entities: [], diagnostics, files: [file] };
  }
  const parsed = parseStructured(text, /\.json$/i.test(file));
  if (!parsed.ok) {
    // A YAML/JSON file that does not parse and does not even mention IaC is someone else's file: skip quietly.
    if (!IAC_MARKERS.test(text)) return skipped;
    diagnostics.push({ severity: 'error', file, line: parsed.line, message: parsed.message });
    return { entities: [], diagnostics, files: [file] };
  }
  const document = parsed.value;
  if (isTemplate(document)) {
    const lines = indexLines(parsed.lines, file, diagnostics);
    if (!lines) return { entities: [], diagnostics, files: [file] };
    const entities = entitiesFromTemplate(document, {
      file,
      lines,
      pathPrefix: '',
      diagnostics,
      format: cdk ? 'cdk' : 'cloudformation',
      stackName: cdk?.stackName ?? null,
      idPrefix: '',
      ...(cdk ? { constructPaths: cdk.constructPaths } : {}),
      ...(options.parameterValues ? { parameterValues: options.parameterValues } : {}),
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
          message: `${file} is a resource-based policy (its statements name a Principal), not an IAM identity; skipped`,
        },
      ];
      return { entities: [], diagnostics, files: [file], notes };
    }
    const lines = indexLines(parsed.lines, file, diagnostics);
    if (!lines) return { entities: [], diagnostics, files: [file] };
    const id = baseName(file);
    const entity: Entity = newEntity({
      id,
      kind: 'policy',
      format: 'policy',
      file,
      line: 1,
      path: '',
    });
    const sink: StatementSink = { statements: entity.statements, unknowns: entity.unknowns, entityId: id };
    readPolicyDocument({ file, lines, pathPrefix: '', diagnostics }, sink, document, [], id);
    return { entities: [entity], diagnostics, files: [file] };
  }
  return skipped;
}

/** What a file's text is, as the readers see it (to say why a file yields no entities). */
export type DocumentKind =
  | 'template'
  | 'terraform-plan'
  | 'policy'
  | 'resource-policy'
  | 'binary'
  | 'unparseable'
  | 'other';

export interface DocumentClass {
  kind: DocumentKind;
  /** The text mentions IaC (a template, a policy): worth a word when it cannot be read. */
  mentionsIac: boolean;
  /** For templates: the parts whose resources cannot be seen (nested stacks, includes, macros). */
  opaque: OpaquePart[];
}

/** Classifies one file's text without reading its entities; never throws. */
export function classifyDocument(file: string, text: string): DocumentClass {
  const mentionsIac = IAC_MARKERS.test(text);
  const as = (kind: DocumentKind, opaque: OpaquePart[] = []): DocumentClass => ({
    kind,
    mentionsIac,
    opaque,
  });
  if (text.slice(0, 8192).includes('\u0000')) return as('binary');
  let parsed: ReturnType<typeof parseStructured>;
  try {
    parsed = parseStructured(text, /\.json$/i.test(file));
  } catch {
    return as('unparseable');
  }
  if (!parsed.ok) return as('unparseable');
  const document = parsed.value;
  if (isTemplate(document)) {
    try {
      return as('template', opaqueParts(document, parsed.lines()));
    } catch {
      return as('template');
    }
  }
  if (isTerraformPlan(document)) return as('terraform-plan');
  if (isPolicyDocument(document)) return as(isResourcePolicy(document) ? 'resource-policy' : 'policy');
  return as('other');
}

function indexLines(lines: () => LineIndex, file: string, diagnostics: Diagnostic[]): LineIndex | null {
  try {
    return lines();
  } catch (error) {
    const line = error instanceof JsonInputError ? error.line : null;
    diagnostics.push({
      severity: 'error',
      file,
      line,
      message: `could not read ${file}: ${errorMessage(error)}`,
    });
    return null;
  }
}
