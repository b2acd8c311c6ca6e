// The edit engine's front: (file text, statement path, new Action list) → one text edit, checked by reading the
// edited text back: the document must be the same document with only that Action list (or that statement) changed.
import { parseStructured, type StructuredText } from '../iac/text.js';
import { type PathSegment, parsePath } from '../policy/located.js';
import { editJsonStatement } from './json-edit.js';
import { applyEdit, type EditOutcome, notExact, type StatementChange } from './model.js';
import { editYamlStatement } from './yaml-edit.js';

export function editStatement(file: string, text: string, change: StatementChange): EditOutcome {
  const segments = parsePath(change.path);
  if (!segments || segments.length === 0)
    return notExact(`the statement path ${change.path} is not in the file`);
  const preferJson = /\.json$/i.test(file);
  const before = parsedText(text, preferJson);
  if (!before.ok) return notExact(`the file does not parse (${before.message})`);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const outcome =
    before.syntax === 'json'
      ? editJsonStatement(body, segments, change)
      : editYamlStatement(body, segments, change, before.doc ?? null);
  if (!outcome.ok) return outcome;
  const edit = { ...outcome.edit, start: outcome.edit.start + bom, end: outcome.edit.end + bom };
  const after = parsedText(applyEdit(text, edit), preferJson);
  if (!after.ok || after.syntax !== before.syntax) return notExact('the edited file would not parse');
  const expected = expectedDocument(before.value, segments, change.actions);
  if (expected === undefined || !sameValue(expected, after.value))
    return notExact('the edit would change more than the Action list');
  return { ok: true, edit };
}

/**
 * The last texts read, with what they read as (never changed: the expected document is a copy). A file's edits are
 * made one after another, so each text in between is read twice: after one edit, then before the next.
 */
const recent: { text: string; preferJson: boolean; parsed: StructuredText }[] = [];

function parsedText(text: string, preferJson: boolean): StructuredText {
  const known = recent.find((r) => r.preferJson === preferJson && r.text === text);
  if (known) return known.parsed;
  // With the YAML's tokens: the text after one edit is the text the next edit is made in.
  const parsed = parseStructured(text, preferJson, true);
  recent.unshift({ text, preferJson, parsed });
  if (recent.length > 4) recent.pop();
  return parsed;
}

/** The document as it must read after the edit: the statement's Action replaced, or the statement removed. */
function expectedDocument(document: unknown, segments: PathSegment[], actions: readonly string[]): unknown {
  const copy = structuredClone(document);
  const parent = valueAt(copy, segments.slice(0, -1));
  const last = segments[segments.length - 1]!;
  if (actions.length === 0) {
    if (!Array.isArray(parent) || typeof last !== 'number') return undefined;
    parent.splice(last, 1);
    return copy;
  }
  const statement = valueAt(copy, segments) as Record<string, unknown> | undefined;
  if (!statement || typeof statement !== 'object') return undefined;
  const old = statement['Action'];
  statement['Action'] = Array.isArray(old) || actions.length > 1 ? [...actions] : actions[0];
  return copy;
}

function valueAt(value: unknown, segments: PathSegment[]): unknown {
  let node = value;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
