import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  runEnd
} from "./chunk-M6L72V7I.js";
import {
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import {
  terminalText
} from "./chunk-FRFO6OVP.js";
import {
  plural
} from "./chunk-3YVYB553.js";

// src/report/text.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function paint(color, code, text) {
  return color ? `\x1B[${code}m${text}\x1B[0m` : text;
}
function severityLabel(color, severity) {
  const code = severity === "error" ? 31 : severity === "warning" ? 33 : 36;
  return paint(color, code, severity.padEnd(7));
}
function byPlace(a, b) {
  return a.line - b.line || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule) || (a.service ?? "").localeCompare(b.service ?? "") || (a.action ?? "").localeCompare(b.action ?? "");
}
function renderText(report, options) {
  return [...textChunks(report, options)].join("");
}
function* textChunks(report, options) {
  const { color } = options;
  const display = options.displayPath ?? ((file) => file);
  const show = (file) => terminalText(display(file));
  const foldAbove = options.foldAbove ?? 3;
  const out = [];
  if (report.usageUnavailable) {
    out.push(paint(color, 33, `Usage data unavailable: ${terminalText(report.usageUnavailable)}`), "");
  }
  const files = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    const list = files.get(finding.file) ?? [];
    list.push(finding);
    files.set(finding.file, list);
  }
  const comparedWith = new Map(
    (report.bases ?? []).filter((b) => !(b.sources.length === 1 && b.sources[0] === "git")).map((b) => [b.file, b.comparedWith])
  );
  for (const [file, findings] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(paint(color, 1, show(file)));
    const base = comparedWith.get(file);
    if (base) out.push(paint(color, 2, `  compared with ${base}`));
    findings.sort(byPlace);
    const suggestions = /* @__PURE__ */ new Map();
    for (let i = 0; i < findings.length; ) {
      const first = findings[i];
      const j = runEnd(
        findings,
        i,
        (a, b) => b.rule === a.rule && b.line === a.line && b.entity.id === a.entity.id && b.severity === a.severity
      );
      const count = j - i;
      const where = `${show(file)}:${first.line}`;
      const head = `  ${paint(color, 2, where)}  ${severityLabel(color, first.severity)} ${first.rule}`;
      if (count > foldAbove) {
        const names = findings.slice(i, Math.min(j, i + 6)).map((f) => terminalText(f.action ?? f.service ?? "?"));
        out.push(
          `${head}  ${terminalText(first.entity.id)}: ${count} ${first.action ? "actions" : "services"} (${names.join(", ")}${count > 6 ? `, \u2026 ${count - 6} more` : ""}). First: ${terminalText(first.message)}`
        );
      } else {
        for (let k = i; k < j; k++) out.push(`${head}  ${terminalText(findings[k].message)}`);
      }
      for (let k = i; k < j; k++) {
        const f = findings[k];
        if (f.suggestion) suggestions.set(f.entity.id, f.suggestion);
      }
      i = j;
    }
    for (const [entity, suggestion] of suggestions) {
      out.push(
        `  ${paint(color, 32, "suggestion")} for ${terminalText(entity)}, keep what was used or cannot be judged yet: ${terminalText(suggestion)}`
      );
    }
    out.push("");
    yield `${out.join("\n")}
`;
    out.length = 0;
  }
  if (report.baseNotices && report.baseNotices.length > 0) {
    out.push(paint(color, 1, "Notes"));
    for (const n of report.baseNotices) {
      out.push(`  ${show(n.file)}:${n.line}  ${severityLabel(color, "notice")} ${n.message}`);
    }
    out.push("");
  }
  if (report.diagnostics.length > 0) {
    out.push(paint(color, 1, "Problems reading files"));
    for (const d of report.diagnostics) {
      out.push(
        `  ${show(d.file)}${d.line ? `:${d.line}` : ""}  ${severityLabel(color, d.severity)} ${terminalText(d.message)}`
      );
    }
    out.push("");
  }
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  if (rules.length > 0) {
    out.push(paint(color, 2, "Rule docs:"));
    for (const rule of rules) out.push(paint(color, 2, `  ${rule.padEnd(24)} ${ruleHelpUri(rule)}`));
  }
  out.push(verdict(report, options));
  yield `${out.join("\n")}
`;
}
function verdict(report, options) {
  const { summary } = report;
  const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}`;
  const extra = `${plural(summary.entities, "entity")} checked${summary.suppressed ? `, ${summary.suppressed} suppressed` : ""}`;
  if (summary.blocked) {
    const unreadable = summary.unreadable > 0 ? ` ${plural(summary.unreadable, "problem")} this change brought into IaC files could not be read, so what they grant was not judged.` : "";
    return paint(
      options.color,
      31,
      `\u2716 Blocked: ${counts} (${extra}).${unreadable} Findings at or above '${options.failOn}'${unreadable ? " and unreadable changes" : ""} fail the check.`
    );
  }
  const note = options.failOn === "never" ? " (--fail-on never)" : "";
  return paint(options.color, 32, `\u2714 Passed${note}: ${counts} (${extra}).`);
}

export {
  renderText,
  textChunks,
  verdict
};
//# sourceMappingURL=chunk-U7PMWGUX.js.map
