// `JSON.stringify(value, null, 2)` of an object in pieces, one item at a time for the arrays named: a change that
// widens 2,000 roles to `*` makes reports of hundreds of megabytes, which need not be one string.

/**
 * The pieces of `JSON.stringify(value, null, 2)`, with each item of the arrays under `streamed` keys passed through
 * that key's function when it is written, one item per piece (so no second array of them is ever built).
 */
export function* jsonChunks(
  value: Record<string, unknown>,
  streamed: Readonly<Record<string, (item: never) => unknown>>,
): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, [key, v]] of entries.entries()) {
    const head = `${i === 0 ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    const each = Object.hasOwn(streamed, key) ? (streamed[key] as (item: unknown) => unknown) : undefined;
    if (!each || !Array.isArray(v) || v.length === 0) {
      yield head + indent(JSON.stringify(v, null, 2), '  ');
      continue;
    }
    yield `${head}[`;
    for (const [k, item] of v.entries()) {
      // JSON.stringify writes `null` for an item it cannot write (undefined, a function).
      const text = JSON.stringify(each(item), null, 2) ?? 'null';
      yield `${k === 0 ? '' : ','}\n    ${indent(text, '    ')}`;
    }
    yield '\n  ]';
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

/** Newlines in JSON.stringify's output are its own layout (a newline inside a string is written `\n`). */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}
