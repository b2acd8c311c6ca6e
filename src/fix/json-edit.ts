// A statement's `Action` list edited in JSON text through the spans the reader's scan keeps: the list is rewritten
// with the file's own indentation and separators, kept items with their own text, and nothing else moves.
import { type JsonSpan, type JsonSpans, jsonSpans } from '../iac/json-lines.js';
import type { PathSegment } from '../policy/located.js';
import { type EditOutcome, notExact, type StatementChange } from './model.js';

export function editJsonStatement(
  text: string,
  segments: PathSegment[],
  change: StatementChange,
): EditOutcome {
  let spans: JsonSpans;
  try {
    spans = jsonSpans(text);
  } catch {
    return notExact('the JSON nests too deeply to edit');
  }
  const statement = spans.at(segments);
  if (!statement) return notExact('the statement is not in the file');
  if (statement.kind !== 'object') return notExact('the statement is not written as an object');
  const actionPath = [...segments, 'Action'];
  const action = spans.at(actionPath);
  if (!action) return notExact('the statement has no Action element in the file');
  const raw = (span: JsonSpan) => text.slice(span.start, span.end);
  if (action.kind === 'object') return notExact(`the Action element is built with ${firstKey(raw(action))}`);
  const items = action.kind === 'array' ? (spans.children(actionPath) ?? []) : [action];
  for (const item of items) {
    if (item.kind === 'object') return notExact(`an action is built with ${firstKey(raw(item))}`);
    if (item.kind !== 'primitive' || text[item.start] !== '"') return notExact('an action is not a string');
  }
  const written = items.map((item) => JSON.parse(raw(item)) as string);
  if (written.length !== change.written.length || written.some((w, i) => w !== change.written[i]))
    return notExact('the Action list in the file differs from the one read');
  if (change.actions.length === 0) return removeStatement(spans, segments);

  // Kept items keep their own text (escapes and all); new ones are written as JSON strings.
  const byValue = new Map(written.map((w, i) => [w, raw(items[i]!)]));
  const values = change.actions.map((a) => byValue.get(a) ?? JSON.stringify(a));
  if (action.kind === 'primitive') {
    const replacement = values.length === 1 ? values[0]! : `[${values.join(', ')}]`;
    return { ok: true, edit: { start: action.start, end: action.end, text: replacement } };
  }
  return {
    ok: true,
    edit: { start: action.start, end: action.end, text: arrayText(text, action, items, values) },
  };
}

function firstKey(source: string): string {
  try {
    const value = JSON.parse(source) as Record<string, unknown>;
    return Object.keys(value)[0] ?? 'an object';
  } catch {
    return 'an object';
  }
}

/** The column's whitespace before `offset` on its line, when only whitespace precedes it there; else null. */
function indentBefore(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : null;
}

/** The array rebuilt in the file's layout: one item per line at the first item's indentation, or all on one line. */
function arrayText(text: string, array: JsonSpan, items: JsonSpan[], values: string[]): string {
  const inner = text.slice(array.start + 1, array.end - 1);
  const first = items[0];
  if (inner.includes('\n') && first) {
    const indent = indentBefore(text, first.start) ?? '  ';
    const close = indentBefore(text, array.end - 1) ?? '';
    const lineEnd = inner.includes('\r\n') ? '\r\n' : '\n';
    return `[${lineEnd}${indent}${values.join(`,${lineEnd}${indent}`)}${lineEnd}${close}]`;
  }
  const left = first ? text.slice(array.start + 1, first.start) : '';
  const last = items[items.length - 1];
  const right = last ? text.slice(last.end, array.end - 1) : '';
  const separator = items.length > 1 ? text.slice(items[0]!.end, items[1]!.start) : ', ';
  return `[${left}${values.join(separator)}${right}]`;
}

/** Removes the statement from its `Statement` array with its separator; the last statement of a policy stays. */
function removeStatement(spans: JsonSpans, segments: PathSegment[]): EditOutcome {
  const index = segments[segments.length - 1];
  const parentPath = segments.slice(0, -1);
  const parent = spans.at(parentPath);
  if (typeof index !== 'number' || parent?.kind !== 'array')
    return notExact('the policy would grant nothing: remove the policy itself');
  const siblings = spans.children(parentPath) ?? [];
  if (siblings.length < 2)
    return notExact('the policy would have no statement left: remove the policy itself');
  const own = siblings[index]!;
  const following = siblings[index + 1];
  // Up to the next statement (its indentation stays), or from the end of the one before (the comma goes).
  const edit = following
    ? { start: own.start, end: following.start, text: '' }
    : { start: siblings[index - 1]!.end, end: own.end, text: '' };
  return { ok: true, edit };
}
