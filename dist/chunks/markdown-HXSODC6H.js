import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-XGFZREJN.js";
import "./chunk-E5TNWZM4.js";
import "./chunk-DBWX2MR6.js";
import "./chunk-AHZI5S5D.js";
import {
  ruleHelpUri
} from "./chunk-7JMSUVEL.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-TB53CU5I.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";
import {
  plural
} from "./chunk-3YVYB553.js";
import {
  COMMENT_MARKER,
  codeBlock,
  codeSpan,
  escapeMarkdown,
  safeLink
} from "./chunk-OQBSQNJP.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/report/markdown.ts
var DEFAULT_MAX_CHARS = 65e3;
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function date(iso) {
  if (!iso) return "";
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? escapeMarkdown(iso) : parsed.toISOString().slice(0, 10);
}
function findingsKey(finding) {
  return `${finding.file}#${finding.entity.id}`;
}
function groupByEntity(input) {
  const views = /* @__PURE__ */ new Map();
  const touched = input.touched ? new Set(input.touched) : null;
  for (const granted of input.entities) {
    const key = entityKey(granted.entity);
    if (touched && !touched.has(key)) continue;
    views.set(key, { key, granted, fallback: null, findings: [], worst: 3 });
  }
  const byId = /* @__PURE__ */ new Map();
  for (const view of views.values()) {
    const id = view.granted.entity.id;
    byId.set(id, [...byId.get(id) ?? [], view]);
  }
  for (const finding of [...input.findings].sort(compareFindings)) {
    const candidates = byId.get(finding.entity.id) ?? [];
    let view = views.get(findingsKey(finding)) ?? candidates.find((c) => c.granted.entity.kind === finding.entity.kind) ?? candidates[0];
    if (!view) {
      const key = findingsKey(finding);
      view = {
        key,
        granted: null,
        fallback: {
          id: finding.entity.id,
          kind: finding.entity.kind,
          file: finding.file,
          line: finding.line
        },
        findings: [],
        worst: 3
      };
      views.set(key, view);
    }
    view.findings.push(finding);
    view.worst = Math.min(view.worst, SEVERITY_ORDER[finding.severity]);
  }
  return [...views.values()].sort((a, b) => {
    const aFile = a.granted?.entity.file ?? a.fallback.file;
    const bFile = b.granted?.entity.file ?? b.fallback.file;
    const aLine = a.granted?.entity.line ?? a.fallback.line;
    const bLine = b.granted?.entity.line ?? b.fallback.line;
    return a.worst - b.worst || aFile.localeCompare(bFile) || aLine - bLine;
  });
}
function actionsOf(grants, service) {
  const prefix = `${service}:`;
  return grants.actions.filter((action) => action.toLowerCase().startsWith(prefix)).length;
}
function serviceRows(view, usage, usageUnavailable) {
  const granted = view.granted;
  const headServices = granted?.grants.services ?? [];
  const baseServices = granted?.base?.services ?? [];
  const services = /* @__PURE__ */ new Set([...headServices, ...baseServices]);
  for (const finding of view.findings) if (finding.service) services.add(finding.service);
  const accessed = /* @__PURE__ */ new Map();
  for (const service of usage?.report?.ServicesLastAccessed ?? []) {
    accessed.set(service.ServiceNamespace, service.LastAuthenticated);
  }
  const rows = [];
  for (const service of [...services].sort()) {
    let change = "granted";
    if (granted) {
      const head = actionsOf(granted.grants, service);
      const inHead = headServices.includes(service);
      const inBase = baseServices.includes(service);
      if (!granted.base) change = inHead ? `new entity \xB7 ${plural(head, "action")}` : "";
      else if (inHead && !inBase) change = `**added** \xB7 ${plural(head, "action")}`;
      else if (!inHead && inBase) change = "removed";
      else {
        const added = head - actionsOf(granted.base, service);
        change = added > 0 ? `**widened** +${added} \xB7 ${plural(head, "action")}` : added < 0 ? `narrowed ${added} \xB7 ${plural(head, "action")}` : `unchanged \xB7 ${plural(head, "action")}`;
      }
    }
    let lastAccessed;
    if (usageUnavailable) lastAccessed = "no usage data";
    else if (!usage?.report) lastAccessed = "no usage data";
    else if (!accessed.has(service)) lastAccessed = "not tracked";
    else lastAccessed = date(accessed.get(service)) || "not in tracking period";
    rows.push({
      service,
      change,
      lastAccessed,
      findings: view.findings.filter((f) => f.service === service)
    });
  }
  return rows;
}
function sourceLink(r, file, line, label) {
  const segments = file.split("/");
  if (!r.blob || segments.some((s) => s === "" || s === "." || s === "..")) return escapeMarkdown(label);
  const target = `${r.blob}/${segments.map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
  return safeLink(label, target);
}
function ruleLink(finding) {
  return `${SEVERITY_ICON[finding.severity]} ${safeLink(finding.rule, ruleHelpUri(finding.rule))}`;
}
function entityHeading(r, view) {
  const e = view.granted?.entity ?? view.fallback;
  const name = view.granted?.entity.name;
  const kind = e.kind.charAt(0).toUpperCase() + e.kind.slice(1);
  const physical = name && name !== e.id ? ` (${codeSpan(name)})` : "";
  return `#### ${kind} ${codeSpan(e.id)}${physical} \xB7 ${codeSpan(e.file)} ${sourceLink(r, e.file, e.line, `line ${e.line}`)}`;
}
function findingLine(r, view, finding) {
  const entityFile = view.granted?.entity.file ?? view.fallback.file;
  const where = finding.file === entityFile ? sourceLink(r, finding.file, finding.line, `line ${finding.line}`) : `${codeSpan(finding.file)} ${sourceLink(r, finding.file, finding.line, `line ${finding.line}`)}`;
  return `- ${ruleLink(finding)} ${where}: ${escapeMarkdown(finding.message, { maxLength: 500 })}`;
}
function entityBlock(r, view, usage, usageUnavailable, maxRows = Number.POSITIVE_INFINITY) {
  const lines = [entityHeading(r, view), ""];
  const rows = serviceRows(view, usage, usageUnavailable);
  if (!usageUnavailable && usage && !usage.report && usage.reason) {
    lines.push(`No usage data for this entity: ${escapeMarkdown(usage.reason, { maxLength: 300 })}`, "");
  }
  if (rows.length > 0) {
    lines.push("| service | granted | last accessed | findings |", "| --- | --- | --- | --- |");
    for (const row of rows.slice(0, maxRows)) {
      const rules = row.findings.map((f) => ruleLink(f)).join(" ");
      lines.push(
        `| ${codeSpan(row.service, { inTable: true })} | ${row.change} | ${row.lastAccessed} | ${rules} |`
      );
    }
    if (rows.length > maxRows) {
      const hidden = rows.slice(maxRows);
      const hiddenFindings = hidden.reduce((n, row) => n + row.findings.length, 0);
      lines.push(
        "",
        `_${plural(hidden.length, "more service")} not shown in this table (${hiddenFindings} with findings, listed below)._`
      );
    }
    lines.push("");
  }
  for (const finding of view.findings) lines.push(findingLine(r, view, finding));
  if (view.findings.length > 0) lines.push("");
  return lines.join("\n");
}
function verdict(input, options) {
  const { summary } = input;
  const blocked = options.blocked ?? summary.blocked;
  const counts = [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    plural(summary.notices, "notice")
  ].join(", ");
  if (blocked) {
    const threshold = options.failOn && options.failOn !== "never" ? ` (fail-on: ${options.failOn})` : "";
    const unreadable = summary.unreadable > 0 ? ` ${plural(summary.unreadable, "problem")} this change brought into IaC files could not be read, so what they grant was not judged (see the problems listed below).` : "";
    return `**\u274C Blocked**${threshold}: ${counts}.${unreadable}`;
  }
  if (input.findings.length > 0) return `**\u26A0\uFE0F Passed with findings**: ${counts}.`;
  if (options.nothingRead) return "**\u26A0\uFE0F Nothing checked**: no IAM entity was read.";
  return "**\u2705 All clear**: no findings.";
}
function countsLine(input) {
  const { summary } = input;
  const parts = [
    `${plural(summary.entities, "entity")} checked`,
    ...input.touched ? [`${input.touched.length} touched by this change`] : [],
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    plural(summary.notices, "notice")
  ];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  return parts.join(" \xB7 ");
}
function degradedNotice(reason) {
  return [
    "> [!WARNING]",
    `> **Usage data unavailable:** ${escapeMarkdown(reason, { maxLength: 500 })}`,
    "> Only the rules that need no usage data ran (such as `new-service`); unused-permission rules were skipped, so this result cannot say what is unused."
  ].join("\n");
}
function comparedBlock(input) {
  const bases = input.bases ?? [];
  const artifacts = input.artifacts ?? [];
  const notices = input.baseNotices ?? [];
  if (bases.length === 0 && artifacts.length === 0 && notices.length === 0) return null;
  const lines = ["**Compared with**", ""];
  for (const a of artifacts) lines.push(`- read ${codeSpan(a.path)} (${escapeMarkdown(a.why)})`);
  const touched = input.touched ? new Set(input.touched.map((key) => key.slice(0, key.lastIndexOf("#")))) : null;
  for (const b of bases) {
    if (touched && !touched.has(b.file)) continue;
    lines.push(`- ${codeSpan(b.file)}: ${escapeMarkdown(b.comparedWith, { maxLength: 400 })}`);
  }
  for (const n of notices.slice(0, 20)) {
    lines.push(`- \u2139\uFE0F ${codeSpan(n.file)} line ${n.line}: ${escapeMarkdown(n.message, { maxLength: 400 })}`);
  }
  if (notices.length > 20) lines.push(`- \u2026 and ${plural(notices.length - 20, "more note")}`);
  return lines.join("\n");
}
function suggestionsBlock(views) {
  const parts = [];
  let count = 0;
  for (const view of views) {
    const seen = /* @__PURE__ */ new Set();
    for (const finding of view.findings) {
      if (!finding.suggestion || seen.has(finding.suggestion)) continue;
      seen.add(finding.suggestion);
      count++;
      const e = view.granted?.entity ?? view.fallback;
      parts.push(`${codeSpan(e.id)} \xB7 ${codeSpan(e.file)}`, "", codeBlock(finding.suggestion, "json"), "");
    }
  }
  if (count === 0) return null;
  return [
    "<details>",
    `<summary>Least-privilege suggestions (${count})</summary>`,
    "",
    ...parts,
    "</details>"
  ].join("\n");
}
function suppressedLine(finding) {
  const service = finding.service ? ` (${codeSpan(finding.service)})` : "";
  const by = finding.suppressedBy;
  const where = by?.kind === "code" ? `suppressed at ${codeSpan(by.file)} line ${by.line}${by.resource ? ` (written on ${codeSpan(by.resource)})` : ""}` : by?.kind === "configuration" ? `suppressed by the configuration (${codeSpan(by.key)})` : "suppressed";
  const reason = escapeMarkdown(finding.reason, { maxLength: 300 });
  return `- ${ruleLink(finding)} on ${finding.entity.kind} ${codeSpan(finding.entity.id)}${service}, ${where}: ${reason}`;
}
function suppressedBlock(suppressed, limit) {
  if (suppressed.length === 0) return null;
  const lines = [`**Suppressed (${suppressed.length})**`, ""];
  for (const finding of [...suppressed].sort(compareFindings).slice(0, limit))
    lines.push(suppressedLine(finding));
  if (suppressed.length > limit)
    lines.push(
      `- \u2026 and ${plural(suppressed.length - limit, "more suppressed finding")} (see the JSON report)`
    );
  return lines.join("\n");
}
function diagnosticsBlock(r, diagnostics, limit) {
  if (diagnostics.length === 0) return null;
  const lines = ["**Problems reading the infrastructure code**", ""];
  for (const d of diagnostics.slice(0, limit)) {
    const icon = d.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const where = d.line === null ? "" : ` ${sourceLink(r, d.file, d.line, `line ${d.line}`)}`;
    const entity = d.entity ? ` (${codeSpan(d.entity)})` : "";
    lines.push(
      `- ${icon} ${codeSpan(d.file)}${where}${entity}: ${escapeMarkdown(d.message, { maxLength: 500 })}`
    );
  }
  if (diagnostics.length > limit) lines.push(`- \u2026 and ${plural(diagnostics.length - limit, "more problem")}`);
  return lines.join("\n");
}
function renderMarkdown(input, options = {}) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const r = { blob: options.blobUrl ?? null };
  const marker = options.marker ?? COMMENT_MARKER;
  const usageUnavailable = options.usageUnavailable !== void 0 ? options.usageUnavailable : input.usageUnavailable ?? null;
  const title = escapeMarkdown(options.title ?? "IAM usage guard");
  const head = [];
  if (marker) head.push(marker);
  head.push(`### ${title}`, "", verdict(input, options), "", countsLine(input), "");
  if (usageUnavailable) head.push(degradedNotice(usageUnavailable), "");
  if (options.nothingRead) {
    head.push(`> [!WARNING]
> ${escapeMarkdown(options.nothingRead, { maxLength: 500 })}`, "");
  }
  const unannotated = options.unannotated ?? 0;
  const unannotatedNote = (complete2) => `_GitHub shows a limited number of annotations per step: ${plural(unannotated, "finding")} ${unannotated === 1 ? "is" : "are"} not annotated in the diff; ${complete2 ? unannotated === 1 ? "it is listed here and in the SARIF report" : "they are listed here and in the SARIF report" : "the SARIF file and the JSON report have every finding"}._`;
  const noteAt = unannotated > 0 ? head.length : -1;
  if (unannotated > 0) {
    const longest = [unannotatedNote(true), unannotatedNote(false)].sort((a, b) => b.length - a.length)[0];
    head.push(longest, "");
  }
  const views = groupByEntity(input);
  const suggestions = suggestionsBlock(views);
  const suppressed = suppressedBlock(input.suppressed ?? [], 50);
  const diagnostics = diagnosticsBlock(r, input.diagnostics, 50);
  const compared = comparedBlock(input);
  const runLink = options.runUrl ? safeLink("workflow run", options.runUrl) : null;
  const reserve = 600;
  let budget = maxChars - reserve - head.join("\n").length;
  const body = [];
  let shownFindings = 0;
  let hiddenEntities = 0;
  for (const view of views) {
    const usage = view.granted ? input.usage.get(view.key) : void 0;
    let block = entityBlock(r, view, usage, Boolean(usageUnavailable));
    if (block.length + 1 > budget) {
      const rows = serviceRows(view, usage, Boolean(usageUnavailable)).length;
      block = "";
      for (let maxRows = Math.floor(rows / 2); maxRows >= 0; maxRows = Math.floor(maxRows / 2)) {
        const candidate = entityBlock(r, view, usage, Boolean(usageUnavailable), maxRows);
        if (candidate.length + 1 <= budget) {
          block = candidate;
          break;
        }
        if (maxRows === 0) break;
      }
    }
    if (!block) {
      hiddenEntities++;
      continue;
    }
    body.push(block);
    budget -= block.length + 1;
    shownFindings += view.findings.length;
  }
  const tail = [];
  if (compared && compared.length + 2 <= budget) {
    tail.push(compared, "");
    budget -= compared.length + 2;
  }
  if (suppressed && suppressed.length + 2 <= budget) {
    tail.push(suppressed, "");
    budget -= suppressed.length + 2;
  } else if (suppressed) {
    tail.push(
      `_${plural(input.suppressed?.length ?? 0, "suppressed finding")} not listed here because of the comment size limit; see the job summary or JSON report._`,
      ""
    );
  }
  if (suggestions && suggestions.length + 2 <= budget) {
    tail.push(suggestions, "");
    budget -= suggestions.length + 2;
  } else if (suggestions) {
    tail.push(
      "_Suggestions are not shown here because of the comment size limit; see the job summary or JSON report._",
      ""
    );
  }
  if (diagnostics && diagnostics.length + 2 <= budget) {
    tail.push(diagnostics, "");
  } else if (diagnostics) {
    tail.push(
      `_${plural(input.diagnostics.length, "problem")} reading the code not shown here because of the size limit._`,
      ""
    );
  }
  const hiddenFindings = input.findings.length - shownFindings;
  const complete = hiddenFindings === 0 && hiddenEntities === 0;
  if (noteAt >= 0) head[noteAt] = unannotatedNote(complete);
  if (!complete) {
    tail.push(
      `**${plural(hiddenFindings, "more finding")}** (${plural(hiddenEntities, "more entity")}) not shown because of GitHub's comment size limit${runLink ? `; see the ${runLink}` : ""}: every finding is in the SARIF file and the JSON report.`,
      ""
    );
  }
  if (runLink) tail.push(`<sub>iam-usage-guard \xB7 ${runLink}</sub>`);
  else tail.push("<sub>iam-usage-guard</sub>");
  const out = [...head, ...body, ...tail].join("\n");
  return out.length > maxChars ? `${out.slice(0, Math.max(0, maxChars - 1)).replace(/\n[^\n]*$/, "")}
` : `${out}
`;
}
export {
  DEFAULT_MAX_CHARS,
  renderMarkdown
};
//# sourceMappingURL=markdown-HXSODC6H.js.map
