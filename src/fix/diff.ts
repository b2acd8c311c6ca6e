// Unified diffs of a file before and after its edits (`fix --dry-run`), as `git diff` prints them: Myers' O(ND)
// algorithm over lines, which is fast here because a fix changes few lines of a file.

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The shortest edit script from `a` to `b`, as kept, removed and added lines in order. */
function lineOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d]: the furthest x reached on each diagonal k before round d.
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1]! < before[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[prevY]! });
      else ops.push({ kind: '-', line: a[prevX]! });
    }
    x = prevX;
    y = prevY;
  }
  return merged(ops.reverse());
}

/**
 * A run of removed (or added) lines that can slide up, because the line before it equals its last line, is moved up
 * when that joins it to the change before: one block instead of two around a repeated line, as git shows it.
 */
function merged(ops: Op[]): Op[] {
  for (let s = 0; s < ops.length; s++) {
    const kind = ops[s]!.kind;
    if (kind === ' ') continue;
    let e = s;
    while (e + 1 < ops.length && ops[e + 1]!.kind === kind) e++;
    let steps = 0;
    while (
      s - steps - 1 >= 0 &&
      ops[s - steps - 1]!.kind === ' ' &&
      ops[s - steps - 1]!.line === ops[e - steps]!.line
    )
      steps++;
    const before = ops[s - steps - 1];
    if (steps > 0 && before && before.kind !== ' ') {
      // The lines from `s - steps` on are the same either way; which of them count as changed moves up.
      const changed = ops.slice(s - steps, e - steps + 1).map((o) => ({ kind, line: o.line }));
      const context = ops.slice(e - steps + 1, e + 1).map((o) => ({ kind: ' ' as const, line: o.line }));
      ops.splice(s - steps, e + 1 - (s - steps), ...changed, ...context);
    }
    s = e;
  }
  return ops;
}

/** `--- a/file` / `+++ b/file` and hunks with `context` lines around each change; '' when nothing changed. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change near it.
    const start = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const oldStart = ops.slice(0, start).filter((o) => o.kind !== '+').length;
    const newStart = ops.slice(0, start).filter((o) => o.kind !== '-').length;
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(
      `@@ -${oldCount === 0 ? oldStart : oldStart + 1},${oldCount} +${newCount === 0 ? newStart : newStart + 1},${newCount} @@`,
    );
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
