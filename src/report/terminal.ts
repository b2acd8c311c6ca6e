// Makes PR-controlled text inert in terminal and CI log output. A GitHub runner reads a step's stdout and stderr
// line by line: a line that starts with `::` after leading whitespace is a workflow command (`::add-mask::`,
// `::stop-commands::`, `::error::`), and `##[command]` anywhere in a line is one in the runner's older syntax.
// File names, logical ids and action strings come from the pull request and may hold either, or a newline, a
// carriage return or an ANSI escape that rewrites what the log shows. Each such character is shown as its code
// point instead (`<U+001B>`), so the text stays readable and the reader sees what the pull request wrote.
import type { Diagnostic } from '../policy/model.js';
import { hex4, INVISIBLE_RANGES, visibleCodePoint } from './escape.js';

// Every control character (C0 with tab, line feed and carriage return, DEL, C1), the bidirectional controls and the
// Unicode line and paragraph separators.
const CONTROL_RANGES: readonly (readonly [number, number])[] = [
  ...INVISIBLE_RANGES,
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const CONTROLS = new RegExp(
  `[${CONTROL_RANGES.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join('')}]`,
  'g',
);

const COMMAND_AT_LINE_START = /^(\s*):(?=:)/;
const OLD_SYNTAX_COMMAND = /##\[/g;

/** One line of our own output made inert: a leading `::` and every `##[` are shown as code points. */
export function inertLine(line: string): string {
  return line.replace(COMMAND_AT_LINE_START, '$1<U+003A>').replace(OLD_SYNTAX_COMMAND, '#<U+0023>[');
}

/**
 * A PR-controlled string for terminal or log text: one line, no control character, and no workflow command
 * wherever it is placed (at a line start, after indentation, or mid-line).
 */
export function terminalText(text: string): string {
  return inertLine(text.replace(CONTROLS, (char) => `<${visibleCodePoint(char)}>`));
}

/**
 * A PR-controlled string for a runner's log line where our own text may come first: as `terminalText`, and no `::`
 * anywhere, so the line never reads as a workflow command even to a reader that looks past its start.
 */
export function logText(text: string): string {
  return terminalText(text).replaceAll('::', ':<U+003A>');
}

/**
 * A multi-line message we composed around PR-controlled text (a configuration error listing its problems): our
 * line breaks stay, and each line is made inert.
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

export interface InertStreamState {
  /** Whether the next character written starts a line. */
  atLineStart: boolean;
}

/**
 * The last guard before a stream a runner may read: whatever the text, no line of it starts a workflow command. On
 * a stream that is not a terminal (a pipe, a CI log) no control character but line feed and tab passes either; a
 * terminal keeps our own colours and progress line.
 */
export function inertChunk(chunk: string, state: InertStreamState, isTTY: boolean): string {
  const shown = isTTY
    ? chunk
    : chunk.replace(CONTROLS, (char) =>
        char === '\n' || char === '\t' ? char : `<${visibleCodePoint(char)}>`,
      );
  const lines = shown.split('\n');
  const out = lines.map((line, i) =>
    i > 0 || state.atLineStart ? inertLine(line) : line.replace(OLD_SYNTAX_COMMAND, '#<U+0023>['),
  );
  state.atLineStart = shown.endsWith('\n');
  return out.join('\n');
}

/**
 * JSON for a stream or file a runner may read: `##[` inside a string is written `#\u0023[`, which every JSON reader
 * decodes to the same text. (No JSON line can start with `::`: every line starts with whitespace and a bracket, a
 * quote, a number or a literal.)
 */
export function inertJson(json: string): string {
  return json.replace(OLD_SYNTAX_COMMAND, '#\\u0023[');
}

/** A problem reading the code, as one stderr line: `file:line: severity: message`, inert. */
export function diagnosticLine(d: Diagnostic): string {
  return `${terminalText(d.file)}${d.line === null ? '' : `:${d.line}`}: ${d.severity}: ${terminalText(d.message)}\n`;
}
