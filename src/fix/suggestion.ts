// An edit as GitHub's suggested changes express one: whole lines of the file, replaced by other lines. The edit is
// first trimmed to what really changes, so the suggestion spans as few lines as it can (they must lie in the diff).
import type { TextEdit } from './model.js';

export interface LineSuggestion {
  /** 1-based first and last line replaced (inclusive). */
  startLine: number;
  endLine: number;
  /** The lines that replace them (no line ends); empty: the lines go. */
  lines: string[];
}

/** The smallest edit with the same effect: the text both sides share at the start and the end is left alone. */
export function trimEdit(text: string, edit: TextEdit): TextEdit {
  const old = text.slice(edit.start, edit.end);
  const next = edit.text;
  let prefix = 0;
  const limit = Math.min(old.length, next.length);
  while (prefix < limit && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return {
    start: edit.start + prefix,
    end: edit.end - suffix,
    text: next.slice(prefix, next.length - suffix),
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The lines an edit touches, and what they become. */
export function lineSuggestion(text: string, edit: TextEdit): LineSuggestion {
  let { start, end, text: inserted } = trimEdit(text, edit);
  // A deletion that starts and ends at the same indentation removes whole lines: say so, and touch no other line.
  if (inserted === '' && end > start) {
    const startCol = start - lineStart(text, start);
    const endCol = end - lineStart(text, end);
    const startIndent = text.slice(lineStart(text, start), start);
    const endIndent = text.slice(lineStart(text, end), end);
    if (startCol === endCol && startIndent === endIndent && /^[ \t]*$/.test(startIndent)) {
      start = lineStart(text, start);
      end = lineStart(text, end);
      inserted = '';
    }
  }
  const first = lineStart(text, start);
  const wholeLines = inserted === '' && start === first && end === lineStart(text, end) && end > start;
  if (wholeLines) {
    return { startLine: lineNumber(text, start), endLine: lineNumber(text, end - 1), lines: [] };
  }
  const lastEnd = text.indexOf('\n', end);
  const stop = lastEnd === -1 ? text.length : lastEnd;
  const replaced = text.slice(first, start) + inserted + text.slice(end, stop);
  return {
    startLine: lineNumber(text, first),
    endLine: lineNumber(text, stop),
    lines: replaced.split('\n'),
  };
}
