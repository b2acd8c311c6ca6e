import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonSpans,
  parseStructured,
  parseYamlForEdit,
  shortForm
} from "./chunk-GWTX56C5.js";
import {
  require_dist
} from "./chunk-LI4YSP5E.js";
import {
  parsePath
} from "./chunk-RGLKGRGE.js";
import {
  __toESM
} from "./chunk-5246H675.js";

// src/fix/model.ts
function notExact(reason) {
  return { ok: false, reason };
}
function applyEdit(text, edit) {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

// src/fix/json-edit.ts
function editJsonStatement(text, segments, change) {
  let spans;
  try {
    spans = jsonSpans(text);
  } catch {
    return notExact("the JSON nests too deeply to edit");
  }
  const statement = spans.at(segments);
  if (!statement) return notExact("the statement is not in the file");
  if (statement.kind !== "object") return notExact("the statement is not written as an object");
  const actionPath = [...segments, "Action"];
  const action = spans.at(actionPath);
  if (!action) return notExact("the statement has no Action element in the file");
  const raw = (span) => text.slice(span.start, span.end);
  if (action.kind === "object") return notExact(`the Action element is built with ${firstKey(raw(action))}`);
  const items = action.kind === "array" ? spans.children(actionPath) ?? [] : [action];
  for (const item of items) {
    if (item.kind === "object") return notExact(`an action is built with ${firstKey(raw(item))}`);
    if (item.kind !== "primitive" || text[item.start] !== '"') return notExact("an action is not a string");
  }
  const written = items.map((item) => JSON.parse(raw(item)));
  if (written.length !== change.written.length || written.some((w, i) => w !== change.written[i]))
    return notExact("the Action list in the file differs from the one read");
  if (change.actions.length === 0) return removeStatement(spans, segments);
  const byValue = new Map(written.map((w, i) => [w, raw(items[i])]));
  const values = change.actions.map((a) => byValue.get(a) ?? JSON.stringify(a));
  if (action.kind === "primitive") {
    const replacement = values.length === 1 ? values[0] : `[${values.join(", ")}]`;
    return { ok: true, edit: { start: action.start, end: action.end, text: replacement } };
  }
  return {
    ok: true,
    edit: { start: action.start, end: action.end, text: arrayText(text, action, items, values) }
  };
}
function firstKey(source) {
  try {
    const value = JSON.parse(source);
    return Object.keys(value)[0] ?? "an object";
  } catch {
    return "an object";
  }
}
function indentBefore(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : null;
}
function arrayText(text, array, items, values) {
  const inner = text.slice(array.start + 1, array.end - 1);
  const first = items[0];
  if (inner.includes("\n") && first) {
    const indent = indentBefore(text, first.start) ?? "  ";
    const close = indentBefore(text, array.end - 1) ?? "";
    const lineEnd = inner.includes("\r\n") ? "\r\n" : "\n";
    return `[${lineEnd}${indent}${values.join(`,${lineEnd}${indent}`)}${lineEnd}${close}]`;
  }
  const left = first ? text.slice(array.start + 1, first.start) : "";
  const last = items[items.length - 1];
  const right = last ? text.slice(last.end, array.end - 1) : "";
  const separator = items.length > 1 ? text.slice(items[0].end, items[1].start) : ", ";
  return `[${left}${values.join(separator)}${right}]`;
}
function removeStatement(spans, segments) {
  const index = segments[segments.length - 1];
  const parentPath = segments.slice(0, -1);
  const parent = spans.at(parentPath);
  if (typeof index !== "number" || parent?.kind !== "array")
    return notExact("the policy would grant nothing: remove the policy itself");
  const siblings = spans.children(parentPath) ?? [];
  if (siblings.length < 2)
    return notExact("the policy would have no statement left: remove the policy itself");
  const own = siblings[index];
  const following = siblings[index + 1];
  const edit = following ? { start: own.start, end: following.start, text: "" } : { start: siblings[index - 1].end, end: own.end, text: "" };
  return { ok: true, edit };
}

// src/fix/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
var QUOTED_OR_PLAIN = /* @__PURE__ */ new Set(["scalar", "single-quoted-scalar", "double-quoted-scalar"]);
function editYamlStatement(text, segments, change, parsed) {
  const doc = parsed === void 0 ? parseYamlForEdit(text) : parsed;
  if (!doc) return notExact("the YAML reads only after relaxing its indentation");
  const found = walk(doc, segments);
  if (typeof found === "string") return notExact(found);
  const { node: statement, chain } = found;
  if (!(0, import_yaml.isMap)(statement) || statement.tag) return notExact("the statement is not written as a mapping");
  const shared = sharedAnchor(doc, [...chain, statement]);
  if (shared) return notExact(`the statement is shared through the YAML anchor &${shared}`);
  const pair = lastPair(statement, "Action");
  if (!pair) return notExact("the statement has no Action element in the file");
  const value = pair.value;
  if (!value) return notExact("the Action element is empty");
  if ((0, import_yaml.isAlias)(value)) return notExact("the Action element is a YAML alias");
  if (value.anchor && sharedAnchor(doc, [value]))
    return notExact(`the Action list is shared through &${value.anchor}`);
  const problem = intrinsicIn(value);
  if (problem) return notExact(problem);
  const written = (0, import_yaml.isScalar)(value) ? [String(value.value)] : value.items.map((s) => String(s.value));
  if (!sameList(written, change.written))
    return notExact("the Action list in the file differs from the one read");
  if (change.actions.length === 0) return removeItem(chain, segments, text);
  if ((0, import_yaml.isScalar)(value)) return editScalar(value, change.actions, text);
  return editSequence(value, change.actions, text);
}
function walk(doc, segments) {
  let node = doc.contents;
  const chain = [];
  for (const segment of segments) {
    if (!node) return "the statement is not in the file";
    if ((0, import_yaml.isAlias)(node)) return "the statement is reached through a YAML alias";
    if (shortForm(node) === segment) continue;
    chain.push(node);
    if ((0, import_yaml.isMap)(node)) {
      const pair = lastPair(node, String(segment));
      if (!pair) return "the statement is not in the file";
      node = pair.value ?? null;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      node = node.items[segment] ?? null;
    } else {
      return "the statement is inside a string or an intrinsic function, not written in the file";
    }
  }
  if (!node) return "the statement is not in the file";
  return { node, chain };
}
function lastPair(map, key) {
  let found;
  for (const pair of map.items)
    if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) found = pair;
  return found;
}
function sharedAnchor(doc, nodes) {
  const anchors = new Set(nodes.map((n) => n.anchor).filter((a) => Boolean(a)));
  if (anchors.size === 0) return null;
  let shared = null;
  (0, import_yaml.visit)(doc, {
    Alias(_, alias) {
      if (anchors.has(alias.source)) {
        shared = alias.source;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return shared;
}
function intrinsicIn(value) {
  const tagged = (node) => {
    const fn = shortForm(node);
    if (fn) return `the Action element is built with ${fn === "Fn::Sub" ? "!Sub" : fn}`;
    if (node.tag) return `the Action element carries the tag ${node.tag}`;
    return null;
  };
  const own = tagged(value);
  if (own) return own;
  if ((0, import_yaml.isMap)(value)) {
    const key = value.items[0]?.key;
    return `the Action element is built with ${(0, import_yaml.isScalar)(key) ? String(key.value) : "a mapping"}`;
  }
  if ((0, import_yaml.isScalar)(value)) return scalarProblem(value);
  if (!(0, import_yaml.isSeq)(value)) return "the Action element is not a list of strings";
  for (const item of value.items) {
    if (!item || (0, import_yaml.isAlias)(item)) return "an action is a YAML alias";
    const problem = tagged(item);
    if (problem) return problem.replace("the Action element is", "an action is");
    if ((0, import_yaml.isMap)(item)) {
      const key = item.items[0]?.key;
      return `an action is built with ${(0, import_yaml.isScalar)(key) ? String(key.value) : "a mapping"}`;
    }
    if (!(0, import_yaml.isScalar)(item)) return "an action is not a string";
    const scalar = scalarProblem(item);
    if (scalar) return scalar;
    if (item.anchor) return `an action carries the anchor &${item.anchor}`;
  }
  return null;
}
function scalarProblem(scalar) {
  const token = scalar.srcToken;
  if (!token || !QUOTED_OR_PLAIN.has(token.type)) return "an action is written as a block scalar";
  if (typeof scalar.value !== "string") return "an action is not a string";
  return null;
}
function sameList(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
function region(token, text) {
  const start = token.offset;
  const source = import_yaml.CST.stringify(token);
  return text.startsWith(source, start) ? { start, end: start + source.length } : null;
}
function scalarWith(template, value, inFlow, end) {
  const token = { ...template, end: [] };
  import_yaml.CST.setScalarValue(token, value, { inFlow });
  token.end = end;
  return token;
}
function sequenceTokens(seq, text) {
  const token = seq.srcToken;
  if (!token || token.type !== "block-seq" && token.type !== "flow-collection")
    return "the YAML tokens do not match the file";
  const where = region(token, text);
  if (!where) return "the YAML tokens do not match the file";
  const valued = token.items.filter((item) => item.value);
  if (valued.length !== seq.items.length) return "the list holds entries that are not values";
  return { token, where, flow: token.type === "flow-collection", valued };
}
function editScalar(value, actions, text) {
  const token = value.srcToken;
  const where = region(token, text);
  if (!where) return notExact("the YAML tokens do not match the file");
  const end = token.end ?? [];
  if (actions.length === 1) {
    return { ok: true, edit: { ...where, text: import_yaml.CST.stringify(scalarWith(token, actions[0], false, end)) } };
  }
  const items = actions.map((a) => import_yaml.CST.stringify(scalarWith(token, a, true, [])));
  return { ok: true, edit: { ...where, text: `[${items.join(", ")}]${end.map((t) => t.source).join("")}` } };
}
function editSequence(seq, actions, text) {
  const tokens = sequenceTokens(seq, text);
  if (typeof tokens === "string") return notExact(tokens);
  const { token, where, flow, valued } = tokens;
  if (valued.some((item) => item.key || item.sep))
    return notExact("the Action list is not a plain list of strings");
  const values = seq.items.map((s) => String(s.value));
  const out = [];
  let next = 0;
  let pending = [];
  const place = (upTo) => {
    const template = valued[next] ?? valued[upTo] ?? valued[valued.length - 1];
    pending.forEach((action, k) => {
      out.push({ item: clone(template, action, flow, k === 0 && next < upTo, token), original: null });
    });
    pending = [];
    next = upTo;
  };
  for (const action of actions) {
    const at = values.indexOf(action, next);
    if (at === -1) {
      pending.push(action);
      continue;
    }
    place(at);
    out.push({ item: valued[at], original: at });
    next = at + 1;
  }
  place(values.length);
  const items = out.map(({ item, original }, k) => separated(item, original, k, flow, token));
  for (const item of token.items) if (!item.value) items.push(item);
  const rebuilt = { ...token, items };
  return { ok: true, edit: { ...where, text: import_yaml.CST.stringify(rebuilt) } };
}
function clone(template, action, flow, inPlace, seq) {
  const value = template.value;
  const end = flow ? [] : [newline(value.offset)];
  if (inPlace) {
    return { start: template.start, value: scalarWith(value, action, flow, flow ? [] : value.end ?? end) };
  }
  const start = flow ? [comma(value.offset), space(value.offset, " ")] : [
    space(value.offset, " ".repeat(seq.indent)),
    indicator(value.offset),
    space(value.offset, afterDash(template))
  ];
  return { start, value: scalarWith(value, action, flow, end) };
}
function separated(item, original, k, flow, seq) {
  const start = [...item.start];
  if (flow) {
    const commaAt = start.findIndex((t) => t.type === "comma");
    if (k === 0 && commaAt !== -1) start.splice(commaAt, 1);
    if (k > 0 && commaAt === -1)
      start.unshift(
        comma(item.value.offset),
        ...start.length === 0 ? [space(item.value.offset, " ")] : []
      );
  } else {
    const first = start[0];
    if (k === 0 && original !== 0 && first?.type === "space") start.shift();
    if (k > 0 && first?.type === "seq-item-ind")
      start.unshift(space(item.value.offset, " ".repeat(seq.indent)));
  }
  return { ...item, start };
}
function afterDash(item) {
  const dash = item.start.findIndex((t) => t.type === "seq-item-ind");
  const after = item.start[dash + 1];
  return after?.type === "space" ? after.source : " ";
}
function space(offset, source) {
  return { type: "space", offset, indent: 0, source };
}
function comma(offset) {
  return { type: "comma", offset, indent: 0, source: "," };
}
function newline(offset) {
  return { type: "newline", offset, indent: 0, source: "\n" };
}
function indicator(offset) {
  return { type: "seq-item-ind", offset, indent: 0, source: "-" };
}
function removeItem(chain, segments, text) {
  const index = segments[segments.length - 1];
  const list = chain[chain.length - 1];
  if (typeof index !== "number" || !list || !(0, import_yaml.isSeq)(list))
    return notExact("the policy would grant nothing: remove the policy itself");
  if (list.items.length < 2)
    return notExact("the policy would have no statement left: remove the policy itself");
  const tokens = sequenceTokens(list, text);
  if (typeof tokens === "string") return notExact(tokens);
  const { token, where, flow, valued } = tokens;
  const kept = valued.filter((_, i) => i !== index);
  const items = kept.map((item, k) => separated(item, valued.indexOf(item), k, flow, token));
  for (const item of token.items) if (!item.value) items.push(item);
  const rebuilt = { ...token, items };
  return { ok: true, edit: { ...where, text: import_yaml.CST.stringify(rebuilt) } };
}

// src/fix/edit.ts
function editStatement(file, text, change) {
  const segments = parsePath(change.path);
  if (!segments || segments.length === 0)
    return notExact(`the statement path ${change.path} is not in the file`);
  const preferJson = /\.json$/i.test(file);
  const before = parsedText(text, preferJson);
  if (!before.ok) return notExact(`the file does not parse (${before.message})`);
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const outcome = before.syntax === "json" ? editJsonStatement(body, segments, change) : editYamlStatement(body, segments, change, before.doc ?? null);
  if (!outcome.ok) return outcome;
  const edit = { ...outcome.edit, start: outcome.edit.start + bom, end: outcome.edit.end + bom };
  const after = parsedText(applyEdit(text, edit), preferJson);
  if (!after.ok || after.syntax !== before.syntax) return notExact("the edited file would not parse");
  const expected = expectedDocument(before.value, segments, change.actions);
  if (expected === void 0 || !sameValue(expected, after.value))
    return notExact("the edit would change more than the Action list");
  return { ok: true, edit };
}
var recent = [];
function parsedText(text, preferJson) {
  const known = recent.find((r) => r.preferJson === preferJson && r.text === text);
  if (known) return known.parsed;
  const parsed = parseStructured(text, preferJson, true);
  recent.unshift({ text, preferJson, parsed });
  if (recent.length > 4) recent.pop();
  return parsed;
}
function expectedDocument(document, segments, actions) {
  const copy = structuredClone(document);
  const parent = valueAt(copy, segments.slice(0, -1));
  const last = segments[segments.length - 1];
  if (actions.length === 0) {
    if (!Array.isArray(parent) || typeof last !== "number") return void 0;
    parent.splice(last, 1);
    return copy;
  }
  const statement = valueAt(copy, segments);
  if (!statement || typeof statement !== "object") return void 0;
  const old = statement["Action"];
  statement["Action"] = Array.isArray(old) || actions.length > 1 ? [...actions] : actions[0];
  return copy;
}
function valueAt(value, segments) {
  let node = value;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export {
  applyEdit,
  editStatement
};
//# sourceMappingURL=chunk-C4KXPJQM.js.map
