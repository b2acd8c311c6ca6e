import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-LI4YSP5E.js";
import {
  __toESM
} from "./chunk-5246H675.js";

// src/iac/json-lines.ts
var MAX_DEPTH = 512;
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
function jsonSpans(text) {
  const lines = new JsonLines(text, true);
  return { at: (path) => lines.spanAt(path), children: (path) => lines.childSpans(path) };
}
var JsonLines = class {
  constructor(text, spans = false) {
    this.text = text;
    const capacity = Math.max(64, text.length >> 3);
    this.lines = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    if (spans) {
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
    }
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
  /** Start and end offsets of each value; kept only for edits (`jsonSpans`), not for reading. */
  starts = null;
  ends = null;
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
  scan() {
    const text = this.text;
    const length = text.length;
    const stack = new Int32Array(MAX_DEPTH + 1);
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
        if (this.ends) this.ends[node2] = i + 1;
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
      if (this.starts) this.starts[node] = i;
      this.keyStart[node] = pendingKey;
      pendingKey = -1;
      if (c === 123 || c === 91) {
        this.kind[node] = c === 123 ? KIND_OBJECT : KIND_ARRAY;
        if (depth === MAX_DEPTH) throw new JsonInputError(`nesting deeper than ${MAX_DEPTH} levels`, line);
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
      if (this.ends) this.ends[node] = i;
      expectKey = depth > 0 && this.kind[stack[depth - 1]] === KIND_OBJECT;
    }
  }
  span(node) {
    const kind = this.kind[node];
    return {
      start: this.starts[node],
      end: this.ends[node],
      kind: kind === KIND_OBJECT ? "object" : kind === KIND_ARRAY ? "array" : "primitive"
    };
  }
  spanAt(path) {
    if (this.count === 0) return null;
    const node = this.resolve(path);
    return this.lastDepth < path.length ? null : this.span(node);
  }
  childSpans(path) {
    if (this.count === 0) return null;
    const node = this.resolve(path);
    if (this.lastDepth < path.length || this.kind[node] === KIND_PRIMITIVE) return null;
    const out = [];
    for (let c = node + 1; c < this.next[node]; c = this.next[c]) out.push(this.span(c));
    return out;
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
function parseYaml(text, keepSourceTokens = false) {
  const deep = deepFlowNesting(text, YAML_LIMITS.maxDepth);
  if (deep !== null) throw new YamlInputError(`nesting deeper than ${YAML_LIMITS.maxDepth} levels`, deep);
  const strict = parseOnce(text, keepSourceTokens);
  if (strict.ok) return keepSourceTokens ? { ...finish(strict), doc: strict.doc } : finish(strict);
  const relaxed = relaxIndentation(text);
  if (relaxed !== null) {
    const second = parseOnce(relaxed);
    if (second.ok) return finish(second);
  }
  return finish(strict);
}
function parseOnce(text, keepSourceTokens = false) {
  const counter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      customTags,
      lineCounter: counter,
      version: "1.1",
      schema: "failsafe",
      uniqueKeys: false,
      strict: false,
      keepSourceTokens
    });
  } catch (error) {
    if (error instanceof RangeError) throw new YamlInputError("YAML nested too deeply to read", null);
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? null;
    const text2 = first.message.includes("call stack") ? "YAML nested too deeply to read" : (
      // The yaml package ends its first line with a colon that introduces a code frame, which is not shown.
      `invalid YAML: ${first.message.split("\n")[0].replace(/:\s*$/, "")}`
    );
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
function parseYamlForEdit(text) {
  if (deepFlowNesting(text, YAML_LIMITS.maxDepth) !== null) return null;
  try {
    const attempt = parseOnce(text, true);
    return attempt.ok ? attempt.doc : null;
  } catch {
    return null;
  }
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
function parseStructured(text, preferJson = false, keepSourceTokens = false) {
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
      const yaml = parseYamlText(body, keepSourceTokens);
      return yaml.ok ? yaml : { ok: false, syntax: "json", message: jsonError.message, line: jsonError.line };
    }
  }
  return parseYamlText(body, keepSourceTokens);
}
function parseYamlText(text, keepSourceTokens) {
  try {
    const { value, lines, doc } = parseYaml(text, keepSourceTokens);
    return { ok: true, syntax: "yaml", value, lines: () => lines, ...doc ? { doc } : {} };
  } catch (error) {
    if (error instanceof YamlInputError)
      return { ok: false, syntax: "yaml", message: error.message, line: error.line };
    if (error instanceof RangeError)
      return { ok: false, syntax: "yaml", message: "YAML nested too deeply to read", line: null };
    throw error;
  }
}

export {
  JsonInputError,
  jsonSpans,
  parseYamlForEdit,
  shortForm,
  parseStructured
};
//# sourceMappingURL=chunk-GWTX56C5.js.map
