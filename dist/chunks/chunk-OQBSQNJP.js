import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/report/escape.ts
var COMMENT_MARKER = "<!-- iam-usage-guard -->";
var ZWJ = "\u200D";
var DEFAULT_MAX_INLINE = 200;
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()<>#!|~$&]/g;
function escapeLineStart(text) {
  return text.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
var INVISIBLE_RANGES = [
  [0, 8],
  [11, 12],
  [14, 31],
  [127, 159],
  [8206, 8207],
  [8234, 8238],
  [8294, 8297],
  [65279, 65279]
];
var INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join("")}]`,
  "g"
);
function hex4(code) {
  return code.toString(16).padStart(4, "0");
}
function visibleCodePoint(char) {
  return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function truncate(text, max) {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join("")}\u2026` : text;
}
function escapeMarkdown(text, options = {}) {
  const oneLine = truncate(text.replace(LINE_BREAKS, " "), options.maxLength ?? DEFAULT_MAX_INLINE);
  return escapeLineStart(
    oneLine.replace(INVISIBLE, (char) => `<${visibleCodePoint(char)}>`).replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
  ).replace(/@/g, `@${ZWJ}`).replace(/:\/\//g, `:${ZWJ}//`).replace(/(w)(ww\.)/gi, `$1${ZWJ}$2`).replace(/\\#(?=\d)/g, `\\#${ZWJ}`).replace(/\b(GH)(-\d)/gi, `$1${ZWJ}$2`);
}
function breakCommentDelimiters(text) {
  return text.replace(/<!--/g, `<!${ZWJ}--`).replace(/--(?=>)/g, `-${ZWJ}-`);
}
function codeSpan(text, options = {}) {
  let content = truncate(text.replace(LINE_BREAKS, " "), options.maxLength ?? DEFAULT_MAX_INLINE).replace(
    INVISIBLE,
    (char) => `<${visibleCodePoint(char)}>`
  );
  content = breakCommentDelimiters(content);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  if (content.trim() === "") return escapeMarkdown(text, options) || "(empty)";
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}
function codeBlock(text, language = "") {
  const content = breakCommentDelimiters(text.replace(INVISIBLE, (char) => `<${visibleCodePoint(char)}>`));
  const longestRun = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const safeLanguage = language.replace(/[^A-Za-z0-9_-]/g, "");
  return `${fence}${safeLanguage}
${content.replace(/\n+$/, "")}
${fence}`;
}
function safeLink(label, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(label);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return escapeMarkdown(label);
  const target = parsed.href.replace(
    /[()<>\s"'|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
  return `[${escapeMarkdown(label)}](${target})`;
}

export {
  COMMENT_MARKER,
  INVISIBLE_RANGES,
  hex4,
  visibleCodePoint,
  escapeMarkdown,
  codeSpan,
  codeBlock,
  safeLink
};
//# sourceMappingURL=chunk-OQBSQNJP.js.map
