// The PR comment and job summary body: verdict, counts, a table per entity, suggestions, diagnostics, size-capped.
import type { Artifact, FileBase } from '../change/model.js';
import { countOfService } from '../policy/action-set.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { type Diagnostic, entityKey } from '../policy/model.js';
import { compareFindings, type SuppressedFinding } from '../rules/engine.js';
import type { CheckSummary, Finding, Severity } from '../rules/model.js';
import type { StatementEdit } from '../rules/statement-plan.js';
import { formatSuggestion } from '../rules/suggestion.js';
import { ruleHelpUri } from '../rules/types.js';
import type { EntityUsage } from '../usage/model.js';
import { plural } from '../words.js';
import { COMMENT_MARKER, codeBlock, codeSpan, escapeMarkdown, safeLink } from './escape.js';
import { runEnd } from './runs.js';

/** GitHub rejects comment bodies over 65,536 characters; the default leaves room for GitHub's own accounting. */
export const DEFAULT_MAX_CHARS = 65_000;

/** What the body is rendered from: a `ScanResult` satisfies it. */
export interface MarkdownReportInput {
  findings: Finding[];
  summary: CheckSummary;
  entities: GrantedEntity[];
  usage: Map<string, EntityUsage>;
  diagnostics: Diagnostic[];
  usageUnavailable?: string | null;
  /** Keys (`file#id`) of the entities the change touches; when given, only they (and any with findings) get a table. */
  touched?: string[];
  /** How each file was compared (deployed stack, base artifact, git base, none), said once per file. */
  bases?: FileBase[];
  /** Generated inputs read (a synthesized cdk.out, a plan JSON) and why. */
  artifacts?: Artifact[];
  /** Notes on single entities (no base from any source). */
  baseNotices?: { file: string; line: number; entity: string; message: string }[];
  /** Findings a suppression hid: each is listed with its rule, entity, place and reason. */
  suppressed?: SuppressedFinding[];
}

export interface MarkdownOptions {
  /** Upper bound on the body's length in characters (default 65,000). */
  maxChars?: number;
  /** Hidden first line that identifies the sticky comment (default `<!-- iam-usage-guard -->`); '' for none. */
  marker?: string;
  /** Why usage data was unavailable (fork PR, no AWS credentials); overrides the result's own reason. */
  usageUnavailable?: string | null;
  title?: string;
  /** Link to the workflow run, for "full details" lines. */
  runUrl?: string;
  /** Whether the check fails (from the front door's `fail-on`); defaults to `summary.blocked`. */
  blocked?: boolean;
  /** The `fail-on` threshold, named in the verdict line. */
  failOn?: Severity | 'never';
  /** Findings that GitHub will not show as annotations (per-step limits); counted, never dropped silently. */
  unannotated?: number;
  /** Nothing was read under the paths named: a warning instead of "All clear". */
  nothingRead?: string;
  /**
   * The files at the commit judged, e.g. `https://github.com/OWNER/REPO/blob/HEAD_SHA`: every `file` line N links to
   * `${blobUrl}/file#LN`. Absent: plain text.
   */
  blobUrl?: string;
  /**
   * [i18] Each statement's least-privilege edit and where it is shown: a suggested change in the review (linked), or
   * here, to paste, with the reason it is not a suggestion. Given: it replaces the per-entity suggestions.
   */
  edits?: EditNote[];
}

/** One statement edit as the sticky comment shows it. */
export interface EditNote {
  edit: StatementEdit;
  /** `review`: a suggested change in the pull request review; `comment`: shown here to paste. */
  where: 'review' | 'comment';
  /** Why it is shown here rather than suggested in the review; null when there is nothing to say. */
  reason: string | null;
  url?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function date(iso: string | null | undefined): string {
  if (!iso) return '';
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? escapeMarkdown(iso) : parsed.toISOString().slice(0, 10);
}

interface EntityView {
  key: string;
  granted: GrantedEntity | null;
  /** For findings whose entity is not among `entities` (it should not happen, but nothing is dropped). */
  fallback: { id: string; kind: string; file: string; line: number } | null;
  findings: Finding[];
  worst: number;
}

function findingsKey(finding: Finding): string {
  return `${finding.file}#${finding.entity.id}`;
}

function groupByEntity(input: MarkdownReportInput): EntityView[] {
  const views = new Map<string, EntityView>();
  const touched = input.touched ? new Set(input.touched) : null;
  for (const granted of input.entities) {
    const key = entityKey(granted.entity);
    if (touched && !touched.has(key)) continue;
    views.set(key, { key, granted, fallback: null, findings: [], worst: 3 });
  }
  // A finding points at the line that grants, which may sit in another file than the entity; match by id first.
  const byId = new Map<string, EntityView[]>();
  for (const view of views.values()) {
    const id = view.granted!.entity.id;
    byId.set(id, [...(byId.get(id) ?? []), view]);
  }
  for (const finding of [...input.findings].sort(compareFindings)) {
    const candidates = byId.get(finding.entity.id) ?? [];
    let view =
      views.get(findingsKey(finding)) ??
      candidates.find((c) => c.granted!.entity.kind === finding.entity.kind) ??
      candidates[0];
    if (!view) {
      const key = findingsKey(finding);
      view = {
        key,
        granted: null,
        fallback: {
          id: finding.entity.id,
          kind: finding.entity.kind,
          file: finding.file,
          line: finding.line,
        },
        findings: [],
        worst: 3,
      };
      views.set(key, view);
    }
    view.findings.push(finding);
    view.worst = Math.min(view.worst, SEVERITY_ORDER[finding.severity]);
  }
  return [...views.values()].sort((a, b) => {
    const aFile = a.granted?.entity.file ?? a.fallback!.file;
    const bFile = b.granted?.entity.file ?? b.fallback!.file;
    const aLine = a.granted?.entity.line ?? a.fallback!.line;
    const bLine = b.granted?.entity.line ?? b.fallback!.line;
    return a.worst - b.worst || aFile.localeCompare(bFile) || aLine - bLine;
  });
}

interface ServiceRow {
  /** The service cell, already Markdown (a code span, or several for a folded row). */
  service: string;
  /** How many services the row stands for (more than one when folded). */
  services: number;
  change: string;
  lastAccessed: string;
  findings: Finding[];
  /** The findings cell: a rule link per finding (per rule, when folded). */
  rules: string;
}

/** Above this many rows, rows that read alike (same change, last access and rules) fold into one. */
const FOLD_ROWS_ABOVE = 30;
/** The fewest alike rows folded into one. */
const FOLD_AT_LEAST = 5;

/** One service's change at head against base: what the "granted" column says, with counts, never names. */
interface ServiceChange {
  kind: 'granted' | 'new entity' | 'added' | 'removed' | 'widened' | 'narrowed' | 'unchanged' | '';
  head: number;
  delta: number;
}

function changeOf(
  granted: GrantedEntity | null,
  service: string,
  inHead: boolean,
  inBase: boolean,
): ServiceChange {
  if (!granted) return { kind: 'granted', head: 0, delta: 0 };
  const head = countOfService(granted.grants.actions, service);
  if (!granted.base) return { kind: inHead ? 'new entity' : '', head, delta: 0 };
  if (inHead && !inBase) return { kind: 'added', head, delta: 0 };
  if (!inHead && inBase) return { kind: 'removed', head, delta: 0 };
  const delta = head - countOfService(granted.base.actions, service);
  return { kind: delta > 0 ? 'widened' : delta < 0 ? 'narrowed' : 'unchanged', head, delta };
}

function changeCell({ kind, head, delta }: ServiceChange, services = 1): string {
  const count = services === 1 ? plural(head, 'action') : `${plural(head, 'action')} in ${services} services`;
  switch (kind) {
    case 'granted':
    case '':
    case 'removed':
      return kind;
    case 'new entity':
      return `new entity · ${count}`;
    case 'added':
      return `**added** · ${count}`;
    case 'widened':
      return `**widened** +${delta} · ${count}`;
    case 'narrowed':
      return `narrowed ${delta} · ${count}`;
    default:
      return `unchanged · ${count}`;
  }
}

function serviceRows(
  r: Renderer,
  view: EntityView,
  usage: EntityUsage | undefined,
  usageUnavailable: boolean,
): ServiceRow[] {
  const granted = view.granted;
  const headServices = granted?.grants.services ?? [];
  const baseServices = granted?.base?.services ?? [];
  const inHead = new Set(headServices);
  const inBase = new Set(baseServices);
  const services = new Set<string>([...headServices, ...baseServices]);
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of view.findings) {
    if (!finding.service) continue;
    services.add(finding.service);
    const list = findingsOf.get(finding.service);
    if (list) list.push(finding);
    else findingsOf.set(finding.service, [finding]);
  }
  const accessed = new Map<string, string | undefined>();
  for (const service of usage?.report?.ServicesLastAccessed ?? []) {
    accessed.set(service.ServiceNamespace, service.LastAuthenticated);
  }
  const rows: (ServiceRow & { detail: ServiceChange })[] = [];
  for (const service of [...services].sort()) {
    let lastAccessed: string;
    if (usageUnavailable) lastAccessed = 'no usage data';
    else if (!usage?.report) lastAccessed = 'no usage data';
    else if (!accessed.has(service)) lastAccessed = 'not tracked';
    else lastAccessed = date(accessed.get(service)) || 'not in tracking period';
    const detail = changeOf(granted, service, inHead.has(service), inBase.has(service));
    const findings = findingsOf.get(service) ?? [];
    rows.push({
      service: serviceCell(r, service),
      services: 1,
      change: changeCell(detail),
      detail,
      lastAccessed,
      findings,
      rules: findings.map((f) => ruleLink(f)).join(' '),
    });
  }
  return rows.length > FOLD_ROWS_ABOVE ? foldRows(rows) : rows;
}

/**
 * A grant of `*` is a row per service (400+): rows that say the same thing (same kind of change, last access and
 * rules) become one row naming a few of the services and counting the rest, in the place of the first of them.
 */
function foldRows(rows: (ServiceRow & { detail: ServiceChange })[]): ServiceRow[] {
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const key = `${row.detail.kind}\u0000${row.lastAccessed}\u0000${row.rules}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const out: ServiceRow[] = [];
  const folded = new Set<string>();
  for (const row of rows) {
    const key = `${row.detail.kind}\u0000${row.lastAccessed}\u0000${row.rules}`;
    const group = groups.get(key)!;
    if (group.length < FOLD_AT_LEAST) {
      out.push(row);
      continue;
    }
    if (folded.has(key)) continue;
    folded.add(key);
    const named = group
      .slice(0, 3)
      .map((g) => g.service)
      .join(', ');
    const total: ServiceChange = {
      kind: row.detail.kind,
      head: group.reduce((n, g) => n + g.detail.head, 0),
      delta: group.reduce((n, g) => n + g.detail.delta, 0),
    };
    out.push({
      service: `${named} and ${group.length - 3} more`,
      services: group.length,
      change: changeCell(total, group.length),
      lastAccessed: row.lastAccessed,
      findings: group.flatMap((g) => g.findings),
      rules: [...new Set(row.findings.map((f) => f.rule))]
        .map((rule) => row.findings.find((f) => f.rule === rule)!)
        .map((f) => ruleLink(f))
        .join(' '),
    });
  }
  return out;
}

interface Renderer {
  blob: string | null;
  /** Service cells repeat on every row of a wide grant: each is escaped once per render. */
  cells: Map<string, string>;
}

function serviceCell(r: Renderer, service: string): string {
  let cell = r.cells.get(service);
  if (cell === undefined) {
    cell = codeSpan(service, { inTable: true });
    r.cells.set(service, cell);
  }
  return cell;
}

/** `label` linked to the file at its line in the judged commit, when the front door knows the commit. */
function sourceLink(r: Renderer, file: string, line: number | null, label: string): string {
  const segments = file.split('/');
  // Paths come from the pull request: one that is not a plain repository path gets no link at all.
  if (!r.blob || segments.some((s) => s === '' || s === '.' || s === '..')) return escapeMarkdown(label);
  const target = `${r.blob}/${segments.map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
  return safeLink(label, target);
}

// A wide grant puts a rule link on each of 400+ rows: each link is built once.
const ruleLinks = new Map<string, string>();

function ruleLink(finding: Finding): string {
  const key = `${finding.severity}\u0000${finding.rule}`;
  let link = ruleLinks.get(key);
  if (link === undefined) {
    link = `${SEVERITY_ICON[finding.severity]} ${safeLink(finding.rule, ruleHelpUri(finding.rule))}`;
    if (ruleLinks.size < 100) ruleLinks.set(key, link);
  }
  return link;
}

function entityHeading(r: Renderer, view: EntityView): string {
  const e = view.granted?.entity ?? view.fallback!;
  const name = view.granted?.entity.name;
  const kind = e.kind.charAt(0).toUpperCase() + e.kind.slice(1);
  const physical = name && name !== e.id ? ` (${codeSpan(name)})` : '';
  return `#### ${kind} ${codeSpan(e.id)}${physical} · ${codeSpan(e.file)} ${sourceLink(r, e.file, e.line, `line ${e.line}`)}`;
}

function findingWhere(r: Renderer, view: EntityView, finding: Finding): string {
  const entityFile = view.granted?.entity.file ?? view.fallback!.file;
  // A finding can point into another file than its entity's (a policy attached from elsewhere): then say which.
  return finding.file === entityFile
    ? sourceLink(r, finding.file, finding.line, `line ${finding.line}`)
    : `${codeSpan(finding.file)} ${sourceLink(r, finding.file, finding.line, `line ${finding.line}`)}`;
}

function findingLine(r: Renderer, view: EntityView, finding: Finding): string {
  return `- ${ruleLink(finding)} ${findingWhere(r, view, finding)}: ${escapeMarkdown(finding.message, { maxLength: 500 })}`;
}

/** Above this many findings of one rule on one line (a wildcard makes one per service), one line stands for them. */
const FOLD_FINDINGS_ABOVE = 3;

/** The finding lines of one entity; a run of alike findings (same rule, severity, file and line) folds into one. */
function findingLines(r: Renderer, view: EntityView): string[] {
  const { findings } = view;
  const lines: string[] = [];
  for (let i = 0; i < findings.length; ) {
    const first = findings[i]!;
    const j = runEnd(
      findings,
      i,
      (a, b) => b.rule === a.rule && b.severity === a.severity && b.file === a.file && b.line === a.line,
    );
    if (j - i <= FOLD_FINDINGS_ABOVE) {
      for (let k = i; k < j; k++) lines.push(findingLine(r, view, findings[k]!));
    } else {
      const names = findings.slice(i, Math.min(j, i + 6)).map((f) => codeSpan(f.action ?? f.service ?? '?'));
      const more = j - i - names.length;
      const what = first.action ? 'actions' : 'services';
      lines.push(
        `- ${ruleLink(first)} ${findingWhere(r, view, first)}: ${j - i} ${what} (${names.join(', ')}${more > 0 ? `, … ${more} more` : ''}). First: ${escapeMarkdown(first.message, { maxLength: 500 })}`,
      );
    }
    i = j;
  }
  return lines;
}

/** What the table of an entity counts, known without building its rows. */
interface TableSize {
  services: number;
  /** Findings about a service (each is on the row of its service). */
  findings: number;
}

function tableSize(view: EntityView): TableSize {
  const services = new Set<string>([
    ...(view.granted?.grants.services ?? []),
    ...(view.granted?.base?.services ?? []),
  ]);
  let findings = 0;
  for (const finding of view.findings) {
    if (!finding.service) continue;
    services.add(finding.service);
    findings++;
  }
  return { services: services.size, findings };
}

/**
 * One entity: heading, service table, finding lines. `maxRows` trims the table (whole rows only); with no rows
 * given, the block is the smallest the entity can have (the table's head and a line counting what is not shown).
 */
function entityBlock(
  r: Renderer,
  view: EntityView,
  rows: ServiceRow[],
  size: TableSize,
  findings: string[],
  usage: EntityUsage | undefined,
  usageUnavailable: boolean,
  maxRows = Number.POSITIVE_INFINITY,
): string {
  const lines = [entityHeading(r, view), ''];
  if (!usageUnavailable && usage && !usage.report && usage.reason) {
    lines.push(`No usage data for this entity: ${escapeMarkdown(usage.reason, { maxLength: 300 })}`, '');
  }
  if (size.services > 0) {
    lines.push('| service | granted | last accessed | findings |', '| --- | --- | --- | --- |');
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
        '',
        `_${plural(hiddenServices, 'more service')} not shown in this table (${hiddenFindings} with findings, listed below)._`,
      );
    }
    lines.push('');
  }
  lines.push(...findings);
  if (findings.length > 0) lines.push('');
  return lines.join('\n');
}

function verdict(input: MarkdownReportInput, options: MarkdownOptions): string {
  const { summary } = input;
  const blocked = options.blocked ?? summary.blocked;
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice'),
  ].join(', ');
  if (blocked) {
    const threshold = options.failOn && options.failOn !== 'never' ? ` (fail-on: ${options.failOn})` : '';
    const unreadable =
      summary.unreadable > 0
        ? ` ${plural(summary.unreadable, 'problem')} this change brought into IaC files could not be read, so what they grant was not judged (see the problems listed below).`
        : '';
    return `**❌ Blocked**${threshold}: ${counts}.${unreadable}`;
  }
  if (input.findings.length > 0) return `**⚠️ Passed with findings**: ${counts}.`;
  if (options.nothingRead) return '**⚠️ Nothing checked**: no IAM entity was read.';
  return '**✅ All clear**: no findings.';
}

function countsLine(input: MarkdownReportInput): string {
  const { summary } = input;
  const parts = [
    `${plural(summary.entities, 'entity')} checked`,
    ...(input.touched ? [`${input.touched.length} touched by this change`] : []),
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice'),
  ];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  return parts.join(' · ');
}

function degradedNotice(reason: string): string {
  return [
    '> [!WARNING]',
    `> **Usage data unavailable:** ${escapeMarkdown(reason, { maxLength: 500 })}`,
    '> Only the rules that need no usage data ran (such as `new-service`); unused-permission rules were skipped, so this result cannot say what is unused.',
  ].join('\n');
}

/** What each file was compared with and which generated artifacts were read, once per file. */
function comparedBlock(input: MarkdownReportInput): string | null {
  const bases = input.bases ?? [];
  const artifacts = input.artifacts ?? [];
  const notices = input.baseNotices ?? [];
  if (bases.length === 0 && artifacts.length === 0 && notices.length === 0) return null;
  const lines = ['**Compared with**', ''];
  for (const a of artifacts) lines.push(`- read ${codeSpan(a.path)} (${escapeMarkdown(a.why)})`);
  const touched = input.touched
    ? new Set(input.touched.map((key) => key.slice(0, key.lastIndexOf('#'))))
    : null;
  for (const b of bases) {
    if (touched && !touched.has(b.file)) continue;
    lines.push(`- ${codeSpan(b.file)}: ${escapeMarkdown(b.comparedWith, { maxLength: 400 })}`);
  }
  for (const n of notices.slice(0, 20)) {
    lines.push(`- ℹ️ ${codeSpan(n.file)} line ${n.line}: ${escapeMarkdown(n.message, { maxLength: 400 })}`);
  }
  if (notices.length > 20) lines.push(`- … and ${plural(notices.length - 20, 'more note')}`);
  return lines.join('\n');
}

function suggestionsBlock(views: EntityView[]): string | null {
  const parts: string[] = [];
  let count = 0;
  for (const view of views) {
    const seen = new Set<string>();
    for (const finding of view.findings) {
      if (!finding.suggestion || seen.has(finding.suggestion)) continue;
      seen.add(finding.suggestion);
      count++;
      const e = view.granted?.entity ?? view.fallback!;
      parts.push(`${codeSpan(e.id)} · ${codeSpan(e.file)}`, '', codeBlock(finding.suggestion, 'json'), '');
    }
  }
  if (count === 0) return null;
  return [
    '<details>',
    `<summary>Least-privilege suggestions (${count})</summary>`,
    '',
    ...parts,
    '</details>',
  ].join('\n');
}

/** [i18] The statement edits: linked when the review suggests them, else the Action list to paste and why. */
function editsBlock(r: Renderer, notes: EditNote[]): string | null {
  if (notes.length === 0) return null;
  const lines: string[] = [];
  for (const { edit, where, reason, url } of notes) {
    const who = edit.entities.map((e) => `${e.kind} ${codeSpan(e.id)}`).join(', ');
    const at = `${codeSpan(edit.file)} ${sourceLink(r, edit.file, edit.line, `line ${edit.line}`)} · ${who}`;
    if (where === 'review') {
      const link = url ? safeLink('suggested change in the review', url) : 'suggested change in the review';
      lines.push(`- ✏️ ${at}: a ${link}; commit it there.`);
      continue;
    }
    const why = reason ? ` Not a suggested change: ${escapeMarkdown(reason, { maxLength: 400 })}.` : '';
    if (edit.actions.length === 0) {
      lines.push(
        `- 📋 ${at}: remove the statement ${codeSpan(edit.path)}; it grants nothing that was used.${why}`,
      );
      continue;
    }
    lines.push(
      `- 📋 ${at}: set the statement's Action list to what was used.${why}`,
      '',
      ...codeBlock(formatSuggestion(edit.actions), 'json')
        .split('\n')
        .map((line) => `  ${line}`),
      '',
    );
  }
  const suggested = notes.filter((n) => n.where === 'review').length;
  if (lines[lines.length - 1] !== '') lines.push('');
  return [
    '<details>',
    `<summary>Least-privilege edits (${notes.length}${suggested > 0 ? `, ${suggested} suggested in the review` : ''})</summary>`,
    '',
    ...lines,
    '</details>',
  ].join('\n');
}

function suppressedLine(finding: SuppressedFinding): string {
  const service = finding.service ? ` (${codeSpan(finding.service)})` : '';
  const by = finding.suppressedBy;
  const where =
    by?.kind === 'code'
      ? `suppressed at ${codeSpan(by.file)} line ${by.line}${by.resource ? ` (written on ${codeSpan(by.resource)})` : ''}`
      : by?.kind === 'configuration'
        ? `suppressed by the configuration (${codeSpan(by.key)})`
        : 'suppressed';
  const reason = escapeMarkdown(finding.reason, { maxLength: 300 });
  return `- ${ruleLink(finding)} on ${finding.entity.kind} ${codeSpan(finding.entity.id)}${service}, ${where}: ${reason}`;
}

/** Every suppression that hid a finding, with its reason: what a change silences is part of the review. */
function suppressedBlock(suppressed: SuppressedFinding[], limit: number): string | null {
  if (suppressed.length === 0) return null;
  const lines = [`**Suppressed (${suppressed.length})**`, ''];
  for (const finding of [...suppressed].sort(compareFindings).slice(0, limit))
    lines.push(suppressedLine(finding));
  if (suppressed.length > limit)
    lines.push(
      `- … and ${plural(suppressed.length - limit, 'more suppressed finding')} (see the JSON report)`,
    );
  return lines.join('\n');
}

function diagnosticsBlock(r: Renderer, diagnostics: Diagnostic[], limit: number): string | null {
  if (diagnostics.length === 0) return null;
  const lines = ['**Problems reading the infrastructure code**', ''];
  for (const d of diagnostics.slice(0, limit)) {
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    const where = d.line === null ? '' : ` ${sourceLink(r, d.file, d.line, `line ${d.line}`)}`;
    const entity = d.entity ? ` (${codeSpan(d.entity)})` : '';
    lines.push(
      `- ${icon} ${codeSpan(d.file)}${where}${entity}: ${escapeMarkdown(d.message, { maxLength: 500 })}`,
    );
  }
  if (diagnostics.length > limit) lines.push(`- … and ${plural(diagnostics.length - limit, 'more problem')}`);
  return lines.join('\n');
}

/** An entity's block as it fits in `budget` characters: all its table rows, else fewer, else '' (not shown). */
function fittedEntityBlock(
  r: Renderer,
  view: EntityView,
  usage: EntityUsage | undefined,
  degraded: boolean,
  budget: number,
): string {
  // The smallest block the entity can have decides whether it is shown before its table is built.
  const findings = findingLines(r, view);
  const size = tableSize(view);
  if (entityBlock(r, view, [], size, findings, usage, degraded).length + 1 > budget) return '';
  const rows = serviceRows(r, view, usage, degraded);
  const block = entityBlock(r, view, rows, size, findings, usage, degraded);
  if (block.length + 1 <= budget) return block;
  // Try the same entity with fewer table rows before giving up on it.
  for (let maxRows = Math.floor(rows.length / 2); maxRows >= 0; maxRows = Math.floor(maxRows / 2)) {
    const candidate = entityBlock(r, view, rows, size, findings, usage, degraded, maxRows);
    if (candidate.length + 1 <= budget) return candidate;
    if (maxRows === 0) break;
  }
  return '';
}

/** Each entity's block, in order, while they fit in `budget`; how many findings they show and what is left. */
function entityBlocks(
  r: Renderer,
  views: EntityView[],
  input: MarkdownReportInput,
  degraded: boolean,
  budget: number,
): { blocks: string[]; left: number; shownFindings: number; hiddenEntities: number } {
  const blocks: string[] = [];
  let left = budget;
  let shownFindings = 0;
  let hiddenEntities = 0;
  for (const view of views) {
    const usage = view.granted ? input.usage.get(view.key) : undefined;
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

/**
 * The sections after the entities (compared with, suppressed, suggestions, problems reading the code), each in
 * full while it fits in what is left, else a line saying where it is; the comparison is left out silently.
 */
function sectionBlocks(
  input: MarkdownReportInput,
  {
    compared,
    suppressed,
    suggestions,
    diagnostics,
  }: Record<'compared' | 'suppressed' | 'suggestions' | 'diagnostics', string | null>,
  budget: number,
): string[] {
  const tail: string[] = [];
  let left = budget;
  const fits = (block: string | null): block is string => block !== null && block.length + 2 <= left;
  const add = (block: string) => {
    tail.push(block, '');
    left -= block.length + 2;
  };
  if (fits(compared)) add(compared);
  if (fits(suppressed)) add(suppressed);
  else if (suppressed) {
    tail.push(
      `_${plural(input.suppressed?.length ?? 0, 'suppressed finding')} not listed here because of the comment size limit; see the job summary or JSON report._`,
      '',
    );
  }
  if (fits(suggestions)) add(suggestions);
  else if (suggestions) {
    tail.push(
      '_Suggestions are not shown here because of the comment size limit; see the job summary or JSON report._',
      '',
    );
  }
  if (fits(diagnostics)) add(diagnostics);
  else if (diagnostics) {
    tail.push(
      `_${plural(input.diagnostics.length, 'problem')} reading the code not shown here because of the size limit._`,
      '',
    );
  }
  return tail;
}

/** Renders the comment / job summary body; never longer than `maxChars`, never cut inside a table. */
export function renderMarkdown(input: MarkdownReportInput, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const r: Renderer = { blob: options.blobUrl ?? null, cells: new Map() };
  const marker = options.marker ?? COMMENT_MARKER;
  const usageUnavailable =
    options.usageUnavailable !== undefined ? options.usageUnavailable : (input.usageUnavailable ?? null);
  const title = escapeMarkdown(options.title ?? 'IAM usage guard');

  const head: string[] = [];
  if (marker) head.push(marker);
  head.push(`### ${title}`, '', verdict(input, options), '', countsLine(input), '');
  if (usageUnavailable) head.push(degradedNotice(usageUnavailable), '');
  if (options.nothingRead) {
    head.push(`> [!WARNING]\n> ${escapeMarkdown(options.nothingRead, { maxLength: 500 })}`, '');
  }
  const unannotated = options.unannotated ?? 0;
  // Whether this body lists every finding is known only once it is laid out: the line is filled in then.
  const unannotatedNote = (complete: boolean) =>
    `_GitHub shows a limited number of annotations per step: ${plural(unannotated, 'finding')} ${unannotated === 1 ? 'is' : 'are'} not annotated in the diff; ${complete ? (unannotated === 1 ? 'it is listed here and in the SARIF report' : 'they are listed here and in the SARIF report') : 'the SARIF file and the JSON report have every finding'}._`;
  const noteAt = unannotated > 0 ? head.length : -1;
  if (unannotated > 0) {
    const longest = [unannotatedNote(true), unannotatedNote(false)].sort((a, b) => b.length - a.length)[0]!;
    head.push(longest, '');
  }

  const views = groupByEntity(input);
  const suggestions = options.edits ? editsBlock(r, options.edits) : suggestionsBlock(views);
  const suppressed = suppressedBlock(input.suppressed ?? [], 50);
  const diagnostics = diagnosticsBlock(r, input.diagnostics, 50);
  const compared = comparedBlock(input);
  const runLink = options.runUrl ? safeLink('workflow run', options.runUrl) : null;

  // Reserve room for the closing lines so the "N more" line always fits.
  const reserve = 600;
  const fitted = entityBlocks(
    r,
    views,
    input,
    Boolean(usageUnavailable),
    maxChars - reserve - head.join('\n').length,
  );
  const body = fitted.blocks;
  const { shownFindings, hiddenEntities } = fitted;
  const tail = sectionBlocks(input, { compared, suppressed, suggestions, diagnostics }, fitted.left);
  const hiddenFindings = input.findings.length - shownFindings;
  const complete = hiddenFindings === 0 && hiddenEntities === 0;
  if (noteAt >= 0) head[noteAt] = unannotatedNote(complete);
  if (!complete) {
    // Not "in the annotations": GitHub annotates only so many per step, which is why a body gets this long.
    tail.push(
      `**${plural(hiddenFindings, 'more finding')}** (${plural(hiddenEntities, 'more entity')}) not shown because of GitHub's comment size limit${runLink ? `; see the ${runLink}` : ''}: every finding is in the SARIF file and the JSON report.`,
      '',
    );
  }
  if (runLink) tail.push(`<sub>iam-usage-guard · ${runLink}</sub>`);
  else tail.push('<sub>iam-usage-guard</sub>');
  const out = [...head, ...body, ...tail].join('\n');
  return out.length > maxChars
    ? `${out.slice(0, Math.max(0, maxChars - 1)).replace(/\n[^\n]*$/, '')}\n`
    : `${out}\n`;
}
