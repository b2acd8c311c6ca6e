import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/report/runs.ts
function runEnd(findings, start, alike) {
  const first = findings[start];
  let end = start + 1;
  while (end < findings.length && alike(first, findings[end])) end++;
  return end;
}

export {
  runEnd
};
//# sourceMappingURL=chunk-M6L72V7I.js.map
