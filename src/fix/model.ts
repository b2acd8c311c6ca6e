// What the edit engine returns: one replacement of a stretch of the file's text, or why it cannot make one.

/** Replace `text.slice(start, end)` with `text`; offsets into the file's text as read (a BOM counts). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type EditOutcome = { ok: true; edit: TextEdit } | { ok: false; reason: string };

/** What one statement's edit asks: keep its `Action` element's place and style, change its items. */
export interface StatementChange {
  /** The statement's path in the document (`Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[1]`). */
  path: string;
  /** The `Action` patterns the reader found there, in order: the edit refuses a file that says otherwise. */
  written: readonly string[];
  /** The new `Action` list; empty: remove the statement. */
  actions: readonly string[];
}

export function notExact(reason: string): EditOutcome {
  return { ok: false, reason };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
