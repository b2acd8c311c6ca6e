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

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The lines an edit touches, and what they become: the whole lines around the edit, less the lines that read the
 * same before and after at either end (an edit rebuilt from tokens often rewrites more than it changes).
 */
export function lineSuggestion(text: string, edit: TextEdit): LineSuggestion {
  const first = lineStart(text, edit.start);
  const newline = text.indexOf('\n', edit.end);
  const stop = newline === -1 ? text.length : newline;
  const before = text.slice(first, stop).split('\n');
  const after = (text.slice(first, edit.start) + edit.text + text.slice(edit.end, stop)).split('\n');
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  // A suggestion replaces at least one line: a pure insertion takes the line before it (or after) along.
  if (before.length - head - tail === 0) {
    if (head > 0) head--;
    else tail--;
  }
  const startLine = lineNumber(text, first) + head;
  return {
    startLine,
    endLine: startLine + before.length - head - tail - 1,
    lines: after.slice(head, after.length - tail),
  };
}
