import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/fix/diff.ts
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function lineOps(a, b) {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace = [];
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1];
      let x2 = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) break search;
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && before[offset + k - 1] < before[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", line: b[prevY] });
      else ops.push({ kind: "-", line: a[prevX] });
    }
    x = prevX;
    y = prevY;
  }
  return merged(ops.reverse());
}
function merged(ops) {
  for (let s = 0; s < ops.length; s++) {
    const kind = ops[s].kind;
    if (kind === " ") continue;
    let e = s;
    while (e + 1 < ops.length && ops[e + 1].kind === kind) e++;
    let steps = 0;
    while (s - steps - 1 >= 0 && ops[s - steps - 1].kind === " " && ops[s - steps - 1].line === ops[e - steps].line)
      steps++;
    const before = ops[s - steps - 1];
    if (steps > 0 && before && before.kind !== " ") {
      const changed = ops.slice(s - steps, e - steps + 1).map((o) => ({ kind, line: o.line }));
      const context = ops.slice(e - steps + 1, e + 1).map((o) => ({ kind: " ", line: o.line }));
      ops.splice(s - steps, e + 1 - (s - steps), ...changed, ...context);
    }
    s = e;
  }
  return ops;
}
function unifiedDiff(file, before, after, context = 3) {
  if (before === after) return "";
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== " ") end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const oldStart = ops.slice(0, start).filter((o) => o.kind !== "+").length;
    const newStart = ops.slice(0, start).filter((o) => o.kind !== "-").length;
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(
      `@@ -${oldCount === 0 ? oldStart : oldStart + 1},${oldCount} +${newCount === 0 ? newStart : newStart + 1},${newCount} @@`
    );
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    i = stop;
  }
  return `${out.join("\n")}
`;
}

export {
  unifiedDiff
};
//# sourceMappingURL=chunk-VT6R5PK5.js.map
