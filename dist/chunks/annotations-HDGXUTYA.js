import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-SMT6SAXJ.js";
import "./chunk-PUX2MLRJ.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-GPR55TTB.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import {
  terminalText
} from "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/action/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var RANK = { error: 0, warning: 1, notice: 2 };
function annotate(findings, diagnostics, sink, options = {}) {
  const perType = options.perType ?? ANNOTATIONS_PER_TYPE;
  const left = {
    error: perType - (options.reserved?.error ?? 0),
    warning: perType - (options.reserved?.warning ?? 0),
    notice: perType - (options.reserved?.notice ?? 0)
  };
  const items = [
    ...[...findings].sort(compareFindings).map((finding) => ({ kind: "finding", finding })),
    ...diagnostics.map((diagnostic) => ({ kind: "diagnostic", diagnostic }))
  ];
  const severityOf = (item) => item.kind === "finding" ? item.finding.severity : item.diagnostic.severity;
  items.sort((a, b) => RANK[severityOf(a)] - RANK[severityOf(b)]);
  const counts = { annotated: 0, unannotated: 0, unannotatedDiagnostics: 0 };
  for (const item of items) {
    const severity = severityOf(item);
    if (left[severity] <= 0) {
      if (item.kind === "finding") counts.unannotated++;
      else counts.unannotatedDiagnostics++;
      continue;
    }
    left[severity]--;
    counts.annotated++;
    if (item.kind === "finding") {
      const { finding } = item;
      sink[severity](...placed(finding.rule, finding.message, finding.file, Math.max(1, finding.line)));
    } else {
      const { diagnostic } = item;
      sink[severity](...placed("iam-usage-guard", diagnostic.message, diagnostic.file, diagnostic.line));
    }
  }
  return counts;
}
function placed(title, message, file, line) {
  const text = terminalText(message);
  if (terminalText(file) !== file) {
    return [`${terminalText(file)}${line !== null ? `:${line}` : ""}: ${text}`, { title }];
  }
  return [text, { title, file, ...line !== null ? { startLine: line } : {} }];
}
export {
  ANNOTATIONS_PER_TYPE,
  annotate
};
//# sourceMappingURL=annotations-HDGXUTYA.js.map
