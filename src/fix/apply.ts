// All the statement edits of one file, one after another on the text the previous one left: later statements
// first, so a removed statement never shifts the path of one still to edit. The file must read back as cleanly as
// it read before, or nothing of it changes.
import { parseDocument } from '../iac/parse.js';
import { editStatement } from './edit.js';
import { applyEdit, type StatementChange } from './model.js';

export interface FileChange<T extends StatementChange> {
  /** The file's text after the edits that could be made. */
  text: string;
  applied: T[];
  skipped: { change: T; reason: string }[];
}

/** `changes` carry their statement's `line`, for the order. */
export function applyStatementChanges<T extends StatementChange & { line: number }>(
  file: string,
  text: string,
  changes: readonly T[],
): FileChange<T> {
  const order = [...changes].sort(
    (a, b) => b.line - a.line || b.path.localeCompare(a.path, 'en', { numeric: true }),
  );
  let current = text;
  const applied: T[] = [];
  const skipped: { change: T; reason: string }[] = [];
  for (const change of order) {
    const outcome = editStatement(file, current, change);
    if (!outcome.ok) {
      skipped.push({ change, reason: outcome.reason });
      continue;
    }
    current = applyEdit(current, outcome.edit);
    applied.push(change);
  }
  if (applied.length > 0) {
    const problem = newProblem(file, text, current);
    if (problem) {
      return {
        text,
        applied: [],
        skipped: [...skipped, ...applied.map((change) => ({ change, reason: problem }))],
      };
    }
  }
  return { text: current, applied: applied.reverse(), skipped: skipped.reverse() };
}

/** An error the reader reports on the edited text and not on the original, or null. */
function newProblem(file: string, before: string, after: string): string | null {
  const errors = (text: string) =>
    parseDocument(file, text)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.message.replace(/\b(line|column) \d+/g, '$1 #'));
  const old = errors(before);
  const added = errors(after).find((message) => !old.includes(message));
  return added ? `the edited file would not read cleanly (${added})` : null;
}
