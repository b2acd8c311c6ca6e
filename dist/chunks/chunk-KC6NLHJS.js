import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  applyEdit,
  editStatement
} from "./chunk-C4KXPJQM.js";
import {
  parseDocument
} from "./chunk-UOMHYEC4.js";

// src/fix/apply.ts
function applyStatementChanges(file, text, changes) {
  const order = [...changes].sort(
    (a, b) => b.line - a.line || b.path.localeCompare(a.path, "en", { numeric: true })
  );
  let current = text;
  const applied = [];
  const skipped = [];
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
        skipped: [...skipped, ...applied.map((change) => ({ change, reason: problem }))]
      };
    }
  }
  return { text: current, applied: applied.reverse(), skipped: skipped.reverse() };
}
function newProblem(file, before, after) {
  const errors = (text) => parseDocument(file, text).diagnostics.filter((d) => d.severity === "error").map((d) => d.message.replace(/\b(line|column) \d+/g, "$1 #"));
  const old = errors(before);
  const added = errors(after).find((message) => !old.includes(message));
  return added ? `the edited file would not read cleanly (${added})` : null;
}

export {
  applyStatementChanges
};
//# sourceMappingURL=chunk-KC6NLHJS.js.map
