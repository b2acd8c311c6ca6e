// Paths inside a parsed document and the line index every format provides, so each element can say where it was written.

export type PathSegment = string | number;

/** Answers "on which line was the value at this path written?" for one parsed document. */
export interface LineIndex {
  /** 1-based line of the value at `path` (of its key when it is a mapping member); the nearest existing ancestor's line when the path does not exist. */
  lineAt(path: readonly PathSegment[]): number;
  /**
   * Line on which the text of the string at `path` starts when its inner lines map one to one onto file lines
   * (a YAML literal block), else null.
   */
  textStartLine(path: readonly PathSegment[]): number | null;
  /** `lineAt([...path, index])` without building that array (the hot path: every action string of a list). */
  lineAtItem?(path: readonly PathSegment[], index: number): number;
}

/** A line index for documents without a line map (AWS API documents, JSON strings): every path is on one line. */
export function fixedLines(line: number): LineIndex {
  return { lineAt: () => line, textStartLine: () => null };
}

/** A line index shifted into an outer document: inner line 1 is outer line `firstLine`. */
export function offsetLines(inner: LineIndex, firstLine: number): LineIndex {
  return {
    lineAt: (path) => inner.lineAt(path) + firstLine - 1,
    textStartLine: (path) => {
      const line = inner.textStartLine(path);
      return line === null ? null : line + firstLine - 1;
    },
  };
}

const identifier = /^[A-Za-z_$][\w$:-]*$/;
/** Keys repeat a lot (`Properties`, `Statement`, `Action`): remember which are plain names. */
const plainKeys = new Map<string, boolean>();

function isPlain(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = identifier.test(key);
    if (plainKeys.size < 10_000) plainKeys.set(key, plain);
  }
  return plain;
}

/** `Resources.AppRole.Properties.Policies[0]`; keys that are not plain names are quoted: `Mappings["a.b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (isPlain(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Joins a path prefix written as text with more segments. */
export function joinPath(prefix: string, path: readonly PathSegment[]): string {
  const rest = formatPath(path);
  if (prefix === '') return rest;
  if (rest === '') return prefix;
  return rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`;
}

/**
 * The segments of a path `formatPath` wrote (`Resources.AppRole.Policies[0]`, `Mappings["a.b"]`), or null when the
 * text is not one: the way back from a location to the element it names.
 */
export function parsePath(text: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      const close = text[i + 1] === '"' ? closingQuote(text, i + 1) + 1 : text.indexOf(']', i);
      if (close <= i || text[close] !== ']') return null;
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else {
        try {
          const key: unknown = JSON.parse(inner);
          if (typeof key !== 'string') return null;
          segments.push(key);
        } catch {
          return null;
        }
      }
      i = close + 1;
      continue;
    }
    if (c === '.') {
      if (segments.length === 0) return null;
      i++;
    } else if (segments.length > 0) return null;
    const match = /^[A-Za-z_$][\w$:-]*/.exec(text.slice(i));
    if (!match) return null;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments;
}

/** Index of the quote that closes the JSON string opening at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
