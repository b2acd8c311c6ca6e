import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  compareFindings,
  reaches
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
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/action/verdict.ts
function reachesFailOn(findings, failOn) {
  return findings.filter((f) => reaches(f.severity, failOn));
}
function blockingReason(blocking, failOn, unreadable = []) {
  const first = [...blocking].sort(compareFindings)[0];
  if (!first) {
    const where = unreadable[0] ? ` (first: ${unreadable[0].file}${unreadable[0].line ? `:${unreadable[0].line}` : ""})` : "";
    return `iam-usage-guard: this change brings ${unreadable.length} problem${unreadable.length === 1 ? "" : "s"} into IaC files that could not be read, so they were not judged${where}`;
  }
  const count = `${blocking.length} finding${blocking.length === 1 ? "" : "s"}`;
  return `iam-usage-guard: ${count} at or above fail-on '${failOn}' (first: ${first.rule} on ${first.entity.id} at ${first.file}:${first.line})`;
}
export {
  blockingReason,
  reachesFailOn
};
//# sourceMappingURL=verdict-UT6OFBS7.js.map
