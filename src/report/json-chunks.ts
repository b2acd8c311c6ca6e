import { type ActionSet, actionNameBatches, isActionSet } from '../policy/action-set.js';

// `JSON.stringify(value, null, 2)` in pieces of a few kilobytes: a change that widens 2,000 roles to `*` makes
// reports of gigabytes (900,000 findings; 22,000 actions listed per role), which need not be one string, nor
// strings large enough to outlive the young generation.

/** An array longer than this is written item by item, wherever it is; anything smaller is one JSON.stringify. */
const LARGE = 256;
/** Pieces are cut once they are this long. */
const PIECE = 16_384;

/**
 * The pieces of `JSON.stringify(value, null, 2)`, with each item of the arrays under `streamed` keys passed through
 * that key's function when it is written (so no second array of them is ever built).
 */
export function* jsonChunks(
  value: Record<string, unknown>,
  streamed: Readonly<Record<string, (item: never) => unknown>>,
): Generator<string> {
  const entries = members(value);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, [key, v]] of entries.entries()) {
    const head = `${i === 0 ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    const each = Object.hasOwn(streamed, key) ? (streamed[key] as (item: unknown) => unknown) : undefined;
    if (each && Array.isArray(v)) {
      yield head;
      yield* arrayPieces(v, '  ', each);
    } else {
      yield head;
      yield* valuePieces(v, '  ', key);
    }
  }
  yield '\n}';
}

/** `jsonChunks` and a final newline: a JSON report as the CLI prints it. */
export function* jsonDocument(
  value: Record<string, unknown>,
  streamed: Readonly<Record<string, (item: never) => unknown>>,
): Generator<string> {
  yield* jsonChunks(value, streamed);
  yield '\n';
}

/** An object's members as JSON.stringify writes them: after `toJSON`, without what it leaves out. */
function members(value: object): [string, unknown][] {
  return Object.entries(value)
    .map(([key, member]): [string, unknown] => [key, prepared(member, key)])
    .filter(([, member]) => written(member));
}

function prepared(value: unknown, key: string): unknown {
  return value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

/** Whether JSON.stringify writes an object member with this value (it leaves out undefined, functions, symbols). */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function isLargeArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > LARGE;
}

function isLarge(value: unknown): boolean {
  return isLargeArray(value) || (isActionSet(value) && value.size > LARGE);
}

/** An action set's names as JSON.stringify writes the array of them, a batch of names per piece. */
function* namePieces(set: ActionSet, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const batch of actionNameBatches(set, LARGE)) {
    const items = batch.map((name) => JSON.stringify(name)).join(`,\n${inner}`);
    yield `${first ? '[' : ','}\n${inner}${items}`;
    first = false;
  }
  yield `\n${indent}]`;
}

/** One value at `indent`, as JSON.stringify lays it out there; large arrays (also one level down) item by item. */
function* valuePieces(value: unknown, indent: string, key: string): Generator<string> {
  // An action set's JSON is its names: written from its bits, never as one array of 22,000.
  if (isActionSet(value) && value.size > LARGE) {
    yield* namePieces(value, indent);
    return;
  }
  const v = prepared(value, key);
  if (isLargeArray(v)) {
    yield* arrayPieces(v as unknown[], indent, (item) => item);
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some(isLarge)) {
    const entries = members(v);
    const inner = `${indent}  `;
    for (const [i, [name, member]] of entries.entries()) {
      yield `${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(name)}: `;
      yield* valuePieces(member, inner, name);
    }
    yield `\n${indent}}`;
    return;
  }
  // Inside an array JSON.stringify writes `null` for what it cannot write; a member never gets here unwritable.
  yield indentText(JSON.stringify(v, null, 2) ?? 'null', indent);
}

/** An array at `indent`, each item through `each`, items gathered into pieces of about `PIECE` characters. */
function* arrayPieces(items: unknown[], indent: string, each: (item: unknown) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  let piece = '[';
  for (const [k, item] of items.entries()) {
    piece += `${k === 0 ? '' : ','}\n${inner}`;
    const mapped = each(item);
    for (const part of valuePieces(written(mapped) ? mapped : null, inner, String(k))) {
      piece += part;
      if (piece.length >= PIECE) {
        yield piece;
        piece = '';
      }
    }
  }
  yield `${piece}\n${indent}]`;
}

/** Newlines in JSON.stringify's output are its own layout (a newline inside a string is written `\n`). */
function indentText(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}
