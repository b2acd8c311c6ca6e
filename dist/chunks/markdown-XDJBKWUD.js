import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-SMT6SAXJ.js";
import {
  runEnd
} from "./chunk-M6L72V7I.js";
import "./chunk-PUX2MLRJ.js";
import {
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import {
  formatSuggestion
} from "./chunk-GPR55TTB.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import {
  countOfService
} from "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import {
  COMMENT_MARKER,
  codeBlock,
  codeSpan,
  escapeMarkdown,
  safeLink
} from "./chunk-OQBSQNJP.js";
import {
  plural
} from "./chunk-3YVYB553.js";
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
var FOLD_ROWS_ABOVE = 30;
var FOLD_AT_LEAST = 5;
function changeOf(granted, service, inHead, inBase) {
  if (!granted) return { kind: "granted", head: 0, delta: 0 };
  const head = countOfService(granted.grants.actions, service);
  if (!granted.base) return { kind: inHead ? "new entity" : "", head, delta: 0 };
  if (inHead && !inBase) return { kind: "added", head, delta: 0 };
  if (!inHead && inBase) return { kind: "removed", head, delta: 0 };
  const delta = head - countOfService(granted.base.actions, service);
  return { kind: delta > 0 ? "widened" : delta < 0 ? "narrowed" : "unchanged", head, delta };
}
function changeCell({ kind, head, delta }, services = 1) {
  const count = services === 1 ? plural(head, "action") : `${plural(head, "action")} in ${services} services`;
  switch (kind) {
    case "granted":
    case "":
    case "removed":
      return kind;
    case "new entity":
      return `new entity \xB7 ${count}`;
    case "added":
      return `**added** \xB7 ${count}`;
    case "widened":
      return `**widened** +${delta} \xB7 ${count}`;
    case "narrowed":
      return `narrowed ${delta} \xB7 ${count}`;
    default:
      return `unchanged \xB7 ${count}`;
  }
}
function serviceRows(r, view, usage, usageUnavailable) {
  const granted = view.granted;
  const headServices = granted?.grants.services ?? [];
  const baseServices = granted?.base?.services ?? [];
  const inHead = new Set(headServices);
  const inBase = new Set(baseServices);
  const services = /* @__PURE__ */ new Set([...headServices, ...baseServices]);
  const findingsOf = /* @__PURE__ */ new Map();
  for (const finding of view.findings) {
    if (!finding.service) continue;
    services.add(finding.service);
    const list = findingsOf.get(finding.service);
    if (list) list.push(finding);
    else findingsOf.set(finding.service, [finding]);
  }
  const accessed = /* @__PURE__ */ new Map();
  for (const service of usage?.report?.ServicesLastAccessed ?? []) {
    accessed.set(service.ServiceNamespace, service.LastAuthenticated);
  }
  const rows = [];
  for (const service of [...services].sort()) {
    let lastAccessed;
    if (usageUnavailable) lastAccessed = "no usage data";
    else if (!usage?.report) lastAccessed = "no usage data";
    else if (!accessed.has(service)) lastAccessed = "not tracked";
    else lastAccessed = date(accessed.get(service)) || "not in tracking period";
    const detail = changeOf(granted, service, inHead.has(service), inBase.has(service));
    const findings = findingsOf.get(service) ?? [];
    rows.push({
      service: serviceCell(r, service),
      services: 1,
      change: changeCell(detail),
      detail,
      lastAccessed,
      findings,
      rules: findings.map((f) => ruleLink(f)).join(" ")
    });
  }
  return rows.length > FOLD_ROWS_ABOVE ? foldRows(rows) : rows;
}
function foldRows(rows) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = `${row.detail.kind}\0${row.lastAccessed}\0${row.rules}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const out = [];
  const folded = /* @__PURE__ */ new Set();
  for (const row of rows) {
    const key = `${row.detail.kind}\0${row.lastAccessed}\0${row.rules}`;
    const group = groups.get(key);
    if (group.length < FOLD_AT_LEAST) {
      out.push(row);
      continue;
    }
    if (folded.has(key)) continue;
    folded.add(key);
    const named = group.slice(0, 3).map((g) => g.service).join(", ");
    const total = {
      kind: row.detail.kind,
      head: group.reduce((n, g) => n + g.detail.head, 0),
      delta: group.reduce((n, g) => n + g.detail.delta, 0)
    };
    out.push({
      service: `${named} and ${group.length - 3} more`,
      services: group.length,
      change: changeCell(total, group.length),
      lastAccessed: row.lastAccessed,
      findings: group.flatMap((g) => g.findings),
      rules: [...new Set(row.findings.map((f) => f.rule))].map((rule) => row.findings.find((f) => f.rule === rule)).map((f) => ruleLink(f)).join(" ")
    });
  }
  return out;
}
function serviceCell(r, service) {
  let cell = r.cells.get(service);
  if (cell === void 0) {
    cell = codeSpan(service, { inTable: true });
    r.cells.set(service, cell);
  }
  return cell;
}
function sourceLink(r, file, line, label) {
  const segments = file.split("/");
  if (!r.blob || segments.some((s) => s === "" || s === "." || s === "..")) return escapeMarkdown(label);
  const target = `${r.blob}/${segments.map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
  return safeLink(label, target);
}
var ruleLinks = /* @__PURE__ */ new Map();
function ruleLink(finding) {
  const key = `${finding.severity}\0${finding.rule}`;
  let link = ruleLinks.get(key);
  if (link === void 0) {
    link = `${SEVERITY_ICON[finding.severity]} ${safeLink(finding.rule, ruleHelpUri(finding.rule))}`;
    if (ruleLinks.size < 100) ruleLinks.set(key, link);
  }
  return link;
}
function entityHeading(r, view) {
  const e = view.granted?.entity ?? view.fallback;
  const name = view.granted?.entity.name;
  const kind = e.kind.charAt(0).toUpperCase() + e.kind.slice(1);
  const physical = name && name !== e.id ? ` (${codeSpan(name)})` : "";
  return `#### ${kind} ${codeSpan(e.id)}${physical} \xB7 ${codeSpan(e.file)} ${sourceLink(r, e.file, e.line, `line ${e.line}`)}`;
}
function findingWhere(r, view, finding) {
  const entityFile = view.granted?.entity.file ?? view.fallback.file;
  return finding.file === entityFile ? sourceLink(r, finding.file, finding.line, `line ${finding.line}`) : `${codeSpan(finding.file)} ${sourceLink(r, finding.file, finding.line, `line ${finding.line}`)}`;
}
function findingLine(r, view, finding) {
  return `- ${ruleLink(finding)} ${findingWhere(r, view, finding)}: ${escapeMarkdown(finding.message, { maxLength: 500 })}`;
}
var FOLD_FINDINGS_ABOVE = 3;
function findingLines(r, view) {
  const { findings } = view;
  const lines = [];
  for (let i = 0; i < findings.length; ) {
    const first = findings[i];
    const j = runEnd(
      findings,
      i,
      (a, b) => b.rule === a.rule && b.severity === a.severity && b.file === a.file && b.line === a.line
    );
    if (j - i <= FOLD_FINDINGS_ABOVE) {
      for (let k = i; k < j; k++) lines.push(findingLine(r, view, findings[k]));
    } else {
      const names = findings.slice(i, Math.min(j, i + 6)).map((f) => codeSpan(f.action ?? f.service ?? "?"));
      const more = j - i - names.length;
      const what = first.action ? "actions" : "services";
      lines.push(
        `- ${ruleLink(first)} ${findingWhere(r, view, first)}: ${j - i} ${what} (${names.join(", ")}${more > 0 ? `, \u2026 ${more} more` : ""}). First: ${escapeMarkdown(first.message, { maxLength: 500 })}`
      );
    }
    i = j;
  }
  return lines;
}
function tableSize(view) {
  const services = /* @__PURE__ */ new Set([
    ...view.granted?.grants.services ?? [],
    ...view.granted?.base?.services ?? []
  ]);
  let findings = 0;
  for (const finding of view.findings) {
    if (!finding.service) continue;
    services.add(finding.service);
    findings++;
  }
  return { services: services.size, findings };
}
function entityBlock(r, view, rows, size, findings, usage, usageUnavailable, maxRows = Number.POSITIVE_INFINITY) {
  const lines = [entityHeading(r, view), ""];
  if (!usageUnavailable && usage && !usage.report && usage.reason) {
    lines.push(`No usage data for this entity: ${escapeMarkdown(usage.reason, { maxLength: 300 })}`, "");
  }
  if (size.services > 0) {
    lines.push("| service | granted | last accessed | findings |", "| --- | --- | --- | --- |");
    let shownServices = 0;
    let shownFindings = 0;
    for (const row of rows.slice(0, maxRows)) {
      lines.push(`| ${row.service} | ${row.change} | ${row.lastAccessed} | ${row.rules} |`);
      shownServices += row.services;
      shownFindings += row.findings.length;
    }
    if (shownServices < size.services) {
      const hiddenServices = size.services - shownServices;
      const hiddenFindings = size.findings - shownFindings;
      lines.push(
        "",
        `_${plural(hiddenServices, "more service")} not shown in this table (${hiddenFindings} with findings, listed below)._`
      );
    }
    lines.push("");
  }
  lines.push(...findings);
  if (findings.length > 0) lines.push("");
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
function editsBlock(r, notes) {
  if (notes.length === 0) return null;
  const lines = [];
  for (const { edit, where, reason, url } of notes) {
    const who = edit.entities.map((e) => `${e.kind} ${codeSpan(e.id)}`).join(", ");
    const at = `${codeSpan(edit.file)} ${sourceLink(r, edit.file, edit.line, `line ${edit.line}`)} \xB7 ${who}`;
    if (where === "review") {
      const link = url ? safeLink("suggested change in the review", url) : "suggested change in the review";
      lines.push(`- \u270F\uFE0F ${at}: a ${link}; commit it there.`);
      continue;
    }
    const why = reason ? ` Not a suggested change: ${escapeMarkdown(reason, { maxLength: 400 })}.` : "";
    if (edit.actions.length === 0) {
      lines.push(
        `- \u{1F4CB} ${at}: remove the statement ${codeSpan(edit.path)}; it grants nothing that was used.${why}`
      );
      continue;
    }
    lines.push(
      `- \u{1F4CB} ${at}: set the statement's Action list to what was used.${why}`,
      "",
      ...codeBlock(formatSuggestion(edit.actions), "json").split("\n").map((line) => `  ${line}`),
      ""
    );
  }
  const suggested = notes.filter((n) => n.where === "review").length;
  if (lines[lines.length - 1] !== "") lines.push("");
  return [
    "<details>",
    `<summary>Least-privilege edits (${notes.length}${suggested > 0 ? `, ${suggested} suggested in the review` : ""})</summary>`,
    "",
    ...lines,
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
function fittedEntityBlock(r, view, usage, degraded, budget) {
  const findings = findingLines(r, view);
  const size = tableSize(view);
  if (entityBlock(r, view, [], size, findings, usage, degraded).length + 1 > budget) return "";
  const rows = serviceRows(r, view, usage, degraded);
  const block = entityBlock(r, view, rows, size, findings, usage, degraded);
  if (block.length + 1 <= budget) return block;
  for (let maxRows = Math.floor(rows.length / 2); maxRows >= 0; maxRows = Math.floor(maxRows / 2)) {
    const candidate = entityBlock(r, view, rows, size, findings, usage, degraded, maxRows);
    if (candidate.length + 1 <= budget) return candidate;
    if (maxRows === 0) break;
  }
  return "";
}
function entityBlocks(r, views, input, degraded, budget) {
  const blocks = [];
  let left = budget;
  let shownFindings = 0;
  let hiddenEntities = 0;
  for (const view of views) {
    const usage = view.granted ? input.usage.get(view.key) : void 0;
    const block = fittedEntityBlock(r, view, usage, degraded, left);
    if (!block) {
      hiddenEntities++;
      continue;
    }
    blocks.push(block);
    left -= block.length + 1;
    shownFindings += view.findings.length;
  }
  return { blocks, left, shownFindings, hiddenEntities };
}
function sectionBlocks(input, {
  compared,
  suppressed,
  suggestions,
  diagnostics
}, budget) {
  const tail = [];
  let left = budget;
  const fits = (block) => block !== null && block.length + 2 <= left;
  const add = (block) => {
    tail.push(block, "");
    left -= block.length + 2;
  };
  if (fits(compared)) add(compared);
  if (fits(suppressed)) add(suppressed);
  else if (suppressed) {
    tail.push(
      `_${plural(input.suppressed?.length ?? 0, "suppressed finding")} not listed here because of the comment size limit; see the job summary or JSON report._`,
      ""
    );
  }
  if (fits(suggestions)) add(suggestions);
  else if (suggestions) {
    tail.push(
      "_Suggestions are not shown here because of the comment size limit; see the job summary or JSON report._",
      ""
    );
  }
  if (fits(diagnostics)) add(diagnostics);
  else if (diagnostics) {
    tail.push(
      `_${plural(input.diagnostics.length, "problem")} reading the code not shown here because of the size limit._`,
      ""
    );
  }
  return tail;
}
function renderMarkdown(input, options = {}) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const r = { blob: options.blobUrl ?? null, cells: /* @__PURE__ */ new Map() };
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
  const suggestions = options.edits ? editsBlock(r, options.edits) : suggestionsBlock(views);
  const suppressed = suppressedBlock(input.suppressed ?? [], 50);
  const diagnostics = diagnosticsBlock(r, input.diagnostics, 50);
  const compared = comparedBlock(input);
  const runLink = options.runUrl ? safeLink("workflow run", options.runUrl) : null;
  const reserve = 600;
  const fitted = entityBlocks(
    r,
    views,
    input,
    Boolean(usageUnavailable),
    maxChars - reserve - head.join("\n").length
  );
  const body = fitted.blocks;
  const { shownFindings, hiddenEntities } = fitted;
  const tail = sectionBlocks(input, { compared, suppressed, suggestions, diagnostics }, fitted.left);
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
//# sourceMappingURL=markdown-XDJBKWUD.js.map
