import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/located.ts
function fixedLines(line) {
  return { lineAt: () => line, textStartLine: () => null };
}
function offsetLines(inner, firstLine) {
  return {
    lineAt: (path) => inner.lineAt(path) + firstLine - 1,
    textStartLine: (path) => {
      const line = inner.textStartLine(path);
      return line === null ? null : line + firstLine - 1;
    }
  };
}
var identifier = /^[A-Za-z_$][\w$:-]*$/;
var plainKeys = /* @__PURE__ */ new Map();
function isPlain(key) {
  let plain = plainKeys.get(key);
  if (plain === void 0) {
    plain = identifier.test(key);
    if (plainKeys.size < 1e4) plainKeys.set(key, plain);
  }
  return plain;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (isPlain(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function joinPath(prefix, path) {
  const rest = formatPath(path);
  if (prefix === "") return rest;
  if (rest === "") return prefix;
  return rest.startsWith("[") ? prefix + rest : `${prefix}.${rest}`;
}
function parsePath(text) {
  const segments = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "[") {
      const close = text[i + 1] === '"' ? closingQuote(text, i + 1) + 1 : text.indexOf("]", i);
      if (close <= i || text[close] !== "]") return null;
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else {
        try {
          const key = JSON.parse(inner);
          if (typeof key !== "string") return null;
          segments.push(key);
        } catch {
          return null;
        }
      }
      i = close + 1;
      continue;
    }
    if (c === ".") {
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
function closingQuote(text, open) {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

export {
  fixedLines,
  offsetLines,
  joinPath,
  parsePath
};
//# sourceMappingURL=chunk-RGLKGRGE.js.map
