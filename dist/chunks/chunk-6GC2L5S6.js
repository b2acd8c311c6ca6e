import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  actionNameBatches,
  isActionSet
} from "./chunk-3AEIT2PU.js";

// src/report/json-chunks.ts
var LARGE = 256;
var PIECE = 16384;
function* jsonChunks(value, streamed) {
  const entries = members(value);
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  for (const [i, [key, v]] of entries.entries()) {
    const head = `${i === 0 ? "{" : ","}
  ${JSON.stringify(key)}: `;
    const each = Object.hasOwn(streamed, key) ? streamed[key] : void 0;
    if (each && Array.isArray(v)) {
      yield head;
      yield* arrayPieces(v, "  ", each);
    } else {
      yield head;
      yield* valuePieces(v, "  ", key);
    }
  }
  yield "\n}";
}
function* jsonDocument(value, streamed) {
  yield* jsonChunks(value, streamed);
  yield "\n";
}
function members(value) {
  return Object.entries(value).map(([key, member]) => [key, prepared(member, key)]).filter(([, member]) => written(member));
}
function prepared(value, key) {
  return value !== null && typeof value === "object" && typeof value.toJSON === "function" ? value.toJSON(key) : value;
}
function written(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function isLargeArray(value) {
  return Array.isArray(value) && value.length > LARGE;
}
function isLarge(value) {
  return isLargeArray(value) || isActionSet(value) && value.size > LARGE;
}
function* namePieces(set, indent) {
  const inner = `${indent}  `;
  let first = true;
  for (const batch of actionNameBatches(set, LARGE)) {
    const items = batch.map((name) => JSON.stringify(name)).join(`,
${inner}`);
    yield `${first ? "[" : ","}
${inner}${items}`;
    first = false;
  }
  yield `
${indent}]`;
}
function* valuePieces(value, indent, key) {
  if (isActionSet(value) && value.size > LARGE) {
    yield* namePieces(value, indent);
    return;
  }
  const v = prepared(value, key);
  if (isLargeArray(v)) {
    yield* arrayPieces(v, indent, (item) => item);
    return;
  }
  if (v !== null && typeof v === "object" && !Array.isArray(v) && Object.values(v).some(isLarge)) {
    const entries = members(v);
    const inner = `${indent}  `;
    for (const [i, [name, member]] of entries.entries()) {
      yield `${i === 0 ? "{" : ","}
${inner}${JSON.stringify(name)}: `;
      yield* valuePieces(member, inner, name);
    }
    yield `
${indent}}`;
    return;
  }
  yield indentText(JSON.stringify(v, null, 2) ?? "null", indent);
}
function* arrayPieces(items, indent, each) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = `${indent}  `;
  let piece = "[";
  for (const [k, item] of items.entries()) {
    piece += `${k === 0 ? "" : ","}
${inner}`;
    const mapped = each(item);
    for (const part of valuePieces(written(mapped) ? mapped : null, inner, String(k))) {
      piece += part;
      if (piece.length >= PIECE) {
        yield piece;
        piece = "";
      }
    }
  }
  yield `${piece}
${indent}]`;
}
function indentText(text, by) {
  return text.replaceAll("\n", `
${by}`);
}

export {
  jsonDocument
};
//# sourceMappingURL=chunk-6GC2L5S6.js.map
