// CloudFormation YAML: the `yaml` package with YAML 1.1 scalars as CloudFormation resolves them (yaml-scalars.ts) and
// every short-form tag registered, turned into the same plain values as the JSON form, plus a line index over the
// YAML nodes.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  type Tags,
  type YAMLMap,
} from 'yaml';
import type { LineIndex, PathSegment } from '../policy/located.js';
import { relaxIndentation } from './yaml-relax.js';
import { CLOUDFORMATION_SCALARS } from './yaml-scalars.js';

/** Short-form tag → the long-form key it stands for. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

/** Limits against inputs built to exhaust memory or stack. */
export const YAML_LIMITS = { maxDepth: 512, maxAliasCount: 100, maxNodes: 2_000_000 };

// Every short form may be written on a scalar, a sequence or a mapping; the tags only keep the node as written
// (the conversion below wraps it), which also keeps the yaml package from warning about unresolved tags.
const customTags: Tags = [
  ...CLOUDFORMATION_SCALARS,
  ...Object.keys(SHORT_FORMS).flatMap((tag) => [
    { tag, resolve: (value: string) => value },
    { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
    { tag, collection: 'map' as const, resolve: (value: unknown) => value },
  ]),
];

export class YamlInputError extends Error {
  override name = 'YamlInputError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

export interface YamlParse {
  value: unknown;
  lines: LineIndex;
  /**
   * With `keepSourceTokens`: the document with each node's tokens (as `parseYamlForEdit` gives it), when the text
   * reads as it stands rather than after relaxing its indentation.
   */
  doc?: Document.Parsed;
}

/**
 * Parses one YAML document; throws YamlInputError with a line for syntax errors, alias bombs and deep nesting.
 * `keepSourceTokens`: also the document to edit (the edit engine reads each text once for both).
 */
export function parseYaml(text: string, keepSourceTokens = false): YamlParse {
  // The yaml package slows down sharply on deeply nested flow collections (`[[[[…`): refuse them before parsing.
  const deep = deepFlowNesting(text, YAML_LIMITS.maxDepth);
  if (deep !== null) throw new YamlInputError(`nesting deeper than ${YAML_LIMITS.maxDepth} levels`, deep);
  const strict = parseOnce(text, keepSourceTokens);
  if (strict.ok) return keepSourceTokens ? { ...finish(strict), doc: strict.doc } : finish(strict);
  // CloudFormation (like PyYAML) accepts quoted scalars and flow collections whose lines are not indented past
  // their key; YAML 1.2 does not. Indent those lines (line numbers stay the same) and parse once more.
  const relaxed = relaxIndentation(text);
  if (relaxed !== null) {
    const second = parseOnce(relaxed);
    if (second.ok) return finish(second);
  }
  return finish(strict);
}

type Attempt =
  | { ok: true; doc: Document.Parsed; counter: LineCounter }
  | { ok: false; doc: Document.Parsed; counter: LineCounter; error: YamlInputError };

function parseOnce(text: string, keepSourceTokens = false): Attempt {
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      customTags,
      lineCounter: counter,
      version: '1.1',
      schema: 'failsafe',
      uniqueKeys: false,
      strict: false,
      keepSourceTokens,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new YamlInputError('YAML nested too deeply to read', null);
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? null;
    const text = first.message.includes('call stack')
      ? 'YAML nested too deeply to read'
      : // The yaml package ends its first line with a colon that introduces a code frame, which is not shown.
        `invalid YAML: ${first.message.split('\n')[0]!.replace(/:\s*$/, '')}`;
    return { ok: false, doc, counter, error: new YamlInputError(text, line) };
  }
  return { ok: true, doc, counter };
}

function finish(attempt: Attempt): YamlParse {
  if (!attempt.ok) throw attempt.error;
  const { doc, counter } = attempt;
  const lineOf = (node: Node | null | undefined): number | null =>
    node?.range ? counter.linePos(node.range[0]).line : null;
  const value = new Converter(doc, lineOf).convert(doc.contents, 0);
  return { value, lines: new YamlLines(doc, lineOf) };
}

/**
 * Line on which flow collections (`[`, `{`) nest deeper than `limit`, or null. Quoted text and comments are skipped;
 * an apostrophe inside a plain scalar can only hide brackets, never invent them.
 */
function deepFlowNesting(text: string, limit: number): number | null {
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
      // Skip a quoted scalar ("…" with backslash escapes, '…' with '' escapes), counting its lines.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 10) line++;
        else if (c === 34 && d === 92) i++;
        else if (d === c) break;
      }
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
    }
  }
  return null;
}

/**
 * The document as the reader sees it, with each node's concrete syntax tokens kept (`node.srcToken`), for edits that
 * rewrite one node's text and leave the rest of the file as it is. Null when the text does not parse as it stands
 * (the reader may still read it after relaxing indentation, but then no offset is the file's own).
 */
export function parseYamlForEdit(text: string): Document.Parsed | null {
  if (deepFlowNesting(text, YAML_LIMITS.maxDepth) !== null) return null;
  try {
    const attempt = parseOnce(text, true);
    return attempt.ok ? attempt.doc : null;
  } catch {
    return null;
  }
}

/** The tag a node was written with when it is a CloudFormation short form, else undefined. */
export function shortForm(node: Node): string | undefined {
  const tag = (node as { tag?: string }).tag;
  if (tag === undefined || !tag.startsWith('!')) return undefined;
  return SHORT_FORMS[tag] ?? `Fn::${tag.slice(1)}`;
}

class Converter {
  private aliases = 0;
  private nodes = 0;
  private readonly resolving = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineOf: (node: Node | null | undefined) => number | null,
  ) {}

  convert(node: unknown, depth: number): unknown {
    if (node === null || node === undefined) return null;
    if (depth > YAML_LIMITS.maxDepth) {
      throw new YamlInputError(
        `nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
        this.lineOf(node as Node),
      );
    }
    if (++this.nodes > YAML_LIMITS.maxNodes) {
      throw new YamlInputError('YAML expands to too many values (alias bomb?)', this.lineOf(node as Node));
    }
    if (isAlias(node)) {
      if (++this.aliases > YAML_LIMITS.maxAliasCount) {
        throw new YamlInputError(
          `more than ${YAML_LIMITS.maxAliasCount} alias references (alias bomb?)`,
          this.lineOf(node),
        );
      }
      const target = node.resolve(this.doc) as Node | undefined;
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
    const fn = shortForm(node as Node);
    let value: unknown;
    if (isScalar(node)) {
      value = node.value;
      if (fn === 'Fn::GetAtt' && typeof value === 'string') {
        // `!GetAtt Resource.Attribute.Nested` → ["Resource", "Attribute.Nested"]
        const dot = value.indexOf('.');
        value = dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
      }
    } else if (isSeq(node)) {
      const items: unknown[] = [];
      for (const item of node.items) items.push(this.convert(item, depth + 1));
      value = items;
    } else if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = this.keyText(pair, depth);
        const item = this.convert(pair.value, depth + 1);
        // `__proto__` as data, never as the prototype.
        if (key === '__proto__')
          Object.defineProperty(object, key, { value: item, enumerable: true, writable: true });
        else object[key] = item;
      }
      value = object;
    } else if (isPair(node)) {
      value = null;
    } else {
      value = null;
    }
    if (fn === undefined) return value;
    const wrapped: Record<string, unknown> = {};
    wrapped[fn] = value;
    return wrapped;
  }

  private keyText(pair: Pair, depth: number): string {
    const key = pair.key;
    if (isScalar(key)) return String(key.value);
    const value = this.convert(key, depth + 1);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

class YamlLines implements LineIndex {
  private readonly bigMaps = new Map<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineOf: (node: Node | null | undefined) => number | null,
  ) {}

  private find(path: readonly PathSegment[]): { node: Node | null; line: number; exact: boolean } {
    let node = this.doc.contents as Node | null;
    let line = this.lineOf(node) ?? 1;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth]!;
      if (node && isAlias(node)) node = (node.resolve(this.doc) as Node | undefined) ?? null;
      if (!node) return { node, line, exact: false };
      const fn = shortForm(node);
      if (fn !== undefined && segment === fn) continue;
      if (isMap(node)) {
        const pair = this.pair(node, String(segment));
        if (!pair) return { node, line, exact: false };
        line = this.lineOf(pair.key as Node) ?? this.lineOf(pair.value as Node) ?? line;
        node = (pair.value as Node | null) ?? null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return { node, line, exact: false };
        line = this.lineOf(item) ?? line;
        node = item;
      } else if (isScalar(node) && fn === 'Fn::GetAtt' && typeof segment === 'number') {
      } else {
        return { node, line, exact: false };
      }
    }
    return { node, line, exact: true };
  }

  private pair(map: YAMLMap, key: string): Pair | undefined {
    const cached = this.bigMaps.get(map);
    if (cached) return cached.get(key);
    if (map.items.length > 8) {
      const index = new Map<string, Pair>();
      for (const pair of map.items) if (isScalar(pair.key)) index.set(String(pair.key.value), pair as Pair);
      this.bigMaps.set(map, index);
      return index.get(key);
    }
    let found: Pair | undefined;
    for (const pair of map.items)
      if (isScalar(pair.key) && String(pair.key.value) === key) found = pair as Pair;
    return found;
  }

  lineAt(path: readonly PathSegment[]): number {
    return this.find(path).line;
  }

  textStartLine(path: readonly PathSegment[]): number | null {
    const { node, exact } = this.find(path);
    if (!exact || !node || !isScalar(node) || node.type !== Scalar.BLOCK_LITERAL) return null;
    const header = this.lineOf(node);
    return header === null ? null : header + 1;
  }
}
