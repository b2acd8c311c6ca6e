import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  INVISIBLE_RANGES,
  hex4,
  visibleCodePoint
} from "./chunk-OQBSQNJP.js";

// src/report/terminal.ts
var CONTROL_RANGES = [
  ...INVISIBLE_RANGES,
  [9, 10],
  [13, 13],
  [8232, 8233]
];
var CONTROLS = new RegExp(
  `[${CONTROL_RANGES.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join("")}]`,
  "g"
);
var COMMAND_AT_LINE_START = /^(\s*):(?=:)/;
var OLD_SYNTAX_COMMAND = /##\[/g;
function inertLine(line) {
  return line.replace(COMMAND_AT_LINE_START, "$1<U+003A>").replace(OLD_SYNTAX_COMMAND, "#<U+0023>[");
}
function terminalText(text) {
  return inertLine(text.replace(CONTROLS, (char) => `<${visibleCodePoint(char)}>`));
}
function logText(text) {
  return terminalText(text).replaceAll("::", ":<U+003A>");
}
function terminalLines(text) {
  return text.split("\n").map(terminalText).join("\n");
}
function inertChunk(chunk, state, isTTY) {
  const shown = isTTY ? chunk : chunk.replace(
    CONTROLS,
    (char) => char === "\n" || char === "	" ? char : `<${visibleCodePoint(char)}>`
  );
  const lines = shown.split("\n");
  const out = lines.map(
    (line, i) => i > 0 || state.atLineStart ? inertLine(line) : line.replace(OLD_SYNTAX_COMMAND, "#<U+0023>[")
  );
  state.atLineStart = shown.endsWith("\n");
  return out.join("\n");
}
function inertJson(json) {
  return json.replace(OLD_SYNTAX_COMMAND, "#\\u0023[");
}
function diagnosticLine(d) {
  return `${terminalText(d.file)}${d.line === null ? "" : `:${d.line}`}: ${d.severity}: ${terminalText(d.message)}
`;
}

export {
  terminalText,
  logText,
  terminalLines,
  inertChunk,
  inertJson,
  diagnosticLine
};
//# sourceMappingURL=chunk-FRFO6OVP.js.map
