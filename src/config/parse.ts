// Configuration text → Config: validated against the JSON Schema (loaded only when there is a file to read), with
// the exact line of anything wrong.
import type { ErrorObject } from 'ajv';
import { type Document, isMap, isNode, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { nearest } from '../did-you-mean.js';
import { ConfigError } from '../errors.js';
import { IAM_ARN_PATTERN } from '../policy/arn.js';
import { type Config, type RawConfig, resolveConfig } from './resolve.js';
import { configValidator } from './validator.js';

function validate(value: unknown): ErrorObject[] {
  const validator = configValidator();
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** Parses and validates configuration text; every problem is listed with `file:line`. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    resolveKnownTags: false,
  });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  // The YAML parser reports a stack overflow on deep nesting as an ordinary error: say what it means.
  const words = (message: string) =>
    /Maximum call stack/.test(message) ? 'nested too deeply to read' : (message.split('\n')[0] ?? message);
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: words(e.message) })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(file, [
      { line: 1, message: words(error instanceof Error ? error.message : String(error)) },
    ]);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, [{ line: 1, message: 'must be a mapping of settings' }]);
  }
  const problems = describeErrors(validate(value), doc).map((p) => ({
    line: lineOf(p.offset),
    message: p.message,
  }));
  if (problems.length > 0) throw new ConfigError(file, problems);
  return resolveConfig(value as RawConfig);
}

function segments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeAt(doc: Document, pathSegments: (string | number)[]): Node | null {
  const node = pathSegments.length === 0 ? doc.contents : doc.getIn(pathSegments, true);
  return isNode(node) ? node : null;
}

function keyNode(doc: Document, pathSegments: (string | number)[], key: string): Node | null {
  const parent = nodeAt(doc, pathSegments);
  if (!isMap(parent)) return parent;
  for (const pair of parent.items) {
    if (isNode(pair.key) && String((pair.key as { value?: unknown }).value) === key) return pair.key;
  }
  return parent;
}

function display(pathSegments: (string | number)[]): string {
  return pathSegments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s),
    '',
  );
}

const SEVERITIES = 'error, warning, notice, off';

function describeErrors(
  errors: ErrorObject[],
  doc: Document,
): { offset: number | undefined; message: string }[] {
  const out: { offset: number | undefined; message: string; path: string }[] = [];
  const rulesEntry = /^\/rules\/([^/]+)$/;
  const handledRuleEntries = new Set<string>();
  for (const error of errors) {
    const segs = segments(error.instancePath);
    const where = display(segs);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const parent = nodeAt(doc, segs);
      const known = isMap(parent)
        ? Object.keys(((error.parentSchema as { properties?: object }).properties ?? {}) as object)
        : [];
      const guess = nearest(key, known);
      out.push({
        offset: keyNode(doc, segs, key)?.range?.[0],
        path: `${error.instancePath}/${key}`,
        message: `unknown ${where === 'rules' ? 'rule' : where.endsWith('[1]') ? 'option' : 'key'} '${key}'${where && where !== 'rules' ? ` in ${where}` : ''}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      });
      continue;
    }
    const ruleMatch = rulesEntry.exec(error.instancePath);
    if (ruleMatch && ['enum', 'type', 'oneOf', 'minItems', 'maxItems'].includes(error.keyword)) {
      if (handledRuleEntries.has(error.instancePath)) continue;
      handledRuleEntries.add(error.instancePath);
      const node = nodeAt(doc, segs);
      const shown =
        isNode(node) && !isMap(node) && !isSeq(node)
          ? ` '${String((node as { value?: unknown }).value)}'`
          : '';
      out.push({
        offset: node?.range?.[0],
        path: error.instancePath,
        message: `${where}: severity${shown} must be one of ${SEVERITIES}, or [severity, options]`,
      });
      continue;
    }
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const node = nodeAt(doc, segs);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'pattern' && (error.params as { pattern?: string }).pattern === IAM_ARN_PATTERN) {
      message = 'must be an IAM role, user, group or policy ARN (arn:aws:iam::123456789012:role/name)';
    } else if (error.keyword === 'enum') {
      message = `must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    }
    out.push({
      offset: node?.range?.[0],
      path: error.instancePath,
      message: `${where || 'configuration'}: ${message}`,
    });
  }
  // A deeper problem explains its parent's: keep the most specific message per place.
  return out.filter(
    (p) =>
      !out.some((q) => q !== p && q.path.startsWith(`${p.path}/`) && !p.message.startsWith('unknown')) ||
      p.path === '',
  );
}
