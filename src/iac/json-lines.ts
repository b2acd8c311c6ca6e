// JSON with line numbers at the speed of JSON.parse: values come from JSON.parse, lines from one scan of the text
// that records, per value, its line, its subtree end and its key — so a path resolves to a line without a tree walk.
import type { LineIndex, PathSegment } from '../policy/located.js';

/** Nesting deeper than this is refused (a diagnostic), so no later recursive walk can overflow the stack. */
export const MAX_DEPTH = 512;

export class JsonInputError extends Error {
  override name = 'JsonInputError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

const KIND_PRIMITIVE = 0;
const KIND_OBJECT = 1;
const KIND_ARRAY = 2;

/** Parses JSON text; throws JsonInputError (with the line when known) for invalid or too deeply nested input. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonInputError(jsonErrorText(error), jsonErrorLine(text, error));
  }
}

function jsonErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `invalid JSON: ${message.replace(/, "[\s\S]*" is not valid JSON$/, '')}`;
}

function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineOfOffset(text, Number(position[1]));
  // Older V8 messages carry no position: find the first error ourselves.
  const offset = firstJsonError(text);
  return offset === -1 ? null : lineOfOffset(text, offset);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters inside strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first syntax error in JSON text, or -1. Iterative, so any depth is fine. Runs only on failure. */
export function firstJsonError(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  for (;;) {
    skipSpace();
    if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          stack.push(c === '{' ? KIND_OBJECT : KIND_ARRAY);
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        if (!token(STRING)) return i;
        state = 'after';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        state = 'after';
      } else if (text.startsWith('false', i)) {
        i += 5;
        state = 'after';
      } else if (!token(NUMBER)) {
        return i;
      } else {
        state = 'after';
      }
    } else if (state === 'key') {
      if (text[i] !== '"' || !token(STRING)) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === KIND_OBJECT ? 'key' : 'value';
      } else if ((c === '}' && top === KIND_OBJECT) || (c === ']' && top === KIND_ARRAY)) {
        i++;
        stack.pop();
      } else {
        return i;
      }
    }
  }
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

/**
 * The line index of valid JSON text (call after JSON.parse succeeded). Throws JsonInputError when nesting is deeper
 * than MAX_DEPTH.
 */
export function jsonLineIndex(text: string): LineIndex {
  return new JsonLines(text);
}

/** Where a JSON value is written: `text.slice(start, end)` is its source, brackets and quotes included. */
export interface JsonSpan {
  start: number;
  end: number;
  kind: 'object' | 'array' | 'primitive';
}

/** Spans of the values of valid JSON text, by path: the positions an edit needs (the fix stage). */
export interface JsonSpans {
  /** The value at `path`, or null when the path does not exist. */
  at(path: readonly PathSegment[]): JsonSpan | null;
  /** The members of the array or object at `path`, in document order (values, not keys). */
  children(path: readonly PathSegment[]): JsonSpan[] | null;
}

/** Like `jsonLineIndex`, with every value's span kept (throws JsonInputError on nesting deeper than MAX_DEPTH). */
export function jsonSpans(text: string): JsonSpans {
  const lines = new JsonLines(text, true);
  return { at: (path) => lines.spanAt(path), children: (path) => lines.childSpans(path) };
}

class JsonLines implements LineIndex {
  private lines: Int32Array;
  private next: Int32Array;
  private keyStart: Int32Array;
  private kind: Uint8Array;
  private count = 0;
  /** Whether the text has any backslash; when it has none, keys compare as raw text. */
  private readonly escapes: boolean;
  private readonly objectKeys = new Map<number, Map<string, number>>();
  private readonly arrayItems = new Map<number, Int32Array>();
  private lastPath: readonly PathSegment[] = [];
  /** How many segments of lastPath resolved (lastNodes[i] is the node after i segments). */
  private lastDepth = 0;
  private readonly lastNodes: number[] = [0];
  /** Start and end offsets of each value; kept only for edits (`jsonSpans`), not for reading. */
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;

  constructor(
    private readonly text: string,
    spans = false,
  ) {
    const capacity = Math.max(64, text.length >> 3);
    this.lines = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    if (spans) {
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
    }
    this.escapes = text.includes('\\');
    this.scan();
  }

  private grow(): void {
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
    if (this.starts && this.ends) {
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.ends = ends;
    }
  }

  /** One pass over valid JSON: records every value in document order. Iterative, so depth costs no stack. */
  private scan(): void {
    const text = this.text;
    const length = text.length;
    const stack = new Int32Array(MAX_DEPTH + 1);
    let depth = 0;
    let i = 0;
    let line = 1;
    let pendingKey = -1;
    // expectKey: inside an object, before a member (or its closing brace).
    let expectKey = false;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 44 /* , */) {
        i++;
        continue;
      }
      if (c === 10) {
        line++;
        i++;
        continue;
      }
      if (c === 125 /* } */ || c === 93 /* ] */) {
        depth--;
        const node = stack[depth]!;
        this.next[node] = this.count;
        if (this.ends) this.ends[node] = i + 1;
        i++;
        expectKey = depth > 0 && this.kind[stack[depth - 1]!] === KIND_OBJECT;
        continue;
      }
      if (expectKey) {
        // A member key: remember where it starts, then skip it and the colon.
        pendingKey = i;
        i = skipString(text, i);
        while (text.charCodeAt(i) !== 58 /* : */) {
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
      if (this.starts) this.starts[node] = i;
      this.keyStart[node] = pendingKey;
      pendingKey = -1;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        this.kind[node] = c === 123 ? KIND_OBJECT : KIND_ARRAY;
        if (depth === MAX_DEPTH) throw new JsonInputError(`nesting deeper than ${MAX_DEPTH} levels`, line);
        stack[depth++] = node;
        expectKey = c === 123;
        i++;
        continue;
      }
      this.kind[node] = KIND_PRIMITIVE;
      this.next[node] = node + 1;
      if (c === 34 /* " */) {
        i = skipString(text, i);
      } else {
        i++;
        while (i < length) {
          const d = text.charCodeAt(i);
          if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
          i++;
        }
      }
      if (this.ends) this.ends[node] = i;
      expectKey = depth > 0 && this.kind[stack[depth - 1]!] === KIND_OBJECT;
    }
  }

  private span(node: number): JsonSpan {
    const kind = this.kind[node];
    return {
      start: this.starts![node]!,
      end: this.ends![node]!,
      kind: kind === KIND_OBJECT ? 'object' : kind === KIND_ARRAY ? 'array' : 'primitive',
    };
  }

  spanAt(path: readonly PathSegment[]): JsonSpan | null {
    if (this.count === 0) return null;
    const node = this.resolve(path);
    return this.lastDepth < path.length ? null : this.span(node);
  }

  childSpans(path: readonly PathSegment[]): JsonSpan[] | null {
    if (this.count === 0) return null;
    const node = this.resolve(path);
    if (this.lastDepth < path.length || this.kind[node] === KIND_PRIMITIVE) return null;
    const out: JsonSpan[] = [];
    for (let c = node + 1; c < this.next[node]!; c = this.next[c]!) out.push(this.span(c));
    return out;
  }

  private keyOf(node: number): string {
    const start = this.keyStart[node]!;
    const end = skipString(this.text, start);
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }

  private child(node: number, segment: PathSegment): number {
    const kind = this.kind[node];
    const end = this.next[node]!;
    if (kind === KIND_ARRAY) {
      if (typeof segment !== 'number' || segment < 0) return -1;
      // Short arrays are walked; long ones get an index of their items once.
      if (segment < 32) {
        let c = node + 1;
        for (let k = 0; k < segment && c < end; k++) c = this.next[c]!;
        return c < end ? c : -1;
      }
      let items = this.arrayItems.get(node);
      if (!items) {
        const list: number[] = [];
        for (let c = node + 1; c < end; c = this.next[c]!) list.push(c);
        items = Int32Array.from(list);
        this.arrayItems.set(node, items);
      }
      return segment < items.length ? items[segment]! : -1;
    }
    if (kind !== KIND_OBJECT) return -1;
    const key = typeof segment === 'string' ? segment : String(segment);
    const keys = this.objectKeys.get(node);
    if (keys) return keys.get(key) ?? -1;
    // Small objects are searched in place; large ones (Resources) get a map once. Last duplicate wins, as in JSON.parse.
    let members = 0;
    let found = -1;
    for (let c = node + 1; c < end; c = this.next[c]!) {
      if (++members > 16) break;
      if (this.keyMatches(c, key)) found = c;
    }
    if (members <= 16) return found;
    const index = new Map<string, number>();
    for (let c = node + 1; c < end; c = this.next[c]!) index.set(this.keyOf(c), c);
    this.objectKeys.set(node, index);
    return index.get(key) ?? -1;
  }

  private keyMatches(node: number, key: string): boolean {
    const start = this.keyStart[node]! + 1;
    const text = this.text;
    if (!this.escapes) return text.charCodeAt(start + key.length) === 34 && text.startsWith(key, start);
    const end = skipString(text, start - 1) - 1;
    if (end - start === key.length && text.startsWith(key, start)) return true;
    // Keys written with escapes (`"a\u0062"`) are decoded before comparing.
    for (let k = start; k < end; k++) if (text.charCodeAt(k) === 92) return this.keyOf(node) === key;
    return false;
  }

  /** Node of the longest resolvable prefix of `path`; `lastDepth` says how long it is. */
  private resolve(path: readonly PathSegment[]): number {
    // Paths are asked in document order, so most share a long prefix with the previous one.
    const last = this.lastPath;
    const nodes = this.lastNodes;
    const limit = Math.min(path.length, this.lastDepth);
    let shared = 0;
    while (shared < limit && path[shared] === last[shared]) shared++;
    nodes.length = shared + 1;
    let node = nodes[shared]!;
    let depth = shared;
    for (; depth < path.length; depth++) {
      const found = this.child(node, path[depth]!);
      if (found < 0) break;
      node = found;
      nodes.push(node);
    }
    // Callers never change a path array after asking, so it is kept as is.
    this.lastPath = path;
    this.lastDepth = depth;
    return node;
  }

  lineAt(path: readonly PathSegment[]): number {
    if (this.count === 0) return 1;
    return this.lines[this.resolve(path)]!;
  }

  lineAtItem(path: readonly PathSegment[], index: number): number {
    if (this.count === 0) return 1;
    const node = this.resolve(path);
    if (this.lastDepth < path.length) return this.lines[node]!;
    const item = this.child(node, index);
    return this.lines[item < 0 ? node : item]!;
  }

  textStartLine(): number | null {
    return null;
  }
}

/** Index just past the closing quote of the string starting at `start`. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
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
