// The PR comment and job summary body: verdict, counts, a table per entity, suggestions, diagnostics, size-capped.
import type { Artifact, FileBase } from '../change/model.js';
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import { type Diagnostic, entityKey } from '../policy/model.js';
import { compareFindings, type SuppressedFinding } from '../rules/engine.js';
import type { CheckSummary, Finding, Severity } from '../rules/model.js';
import { ruleHelpUri } from '../rules/types.js';
import type { EntityUsage } from '../usage/model.js';
import { plural } from '../words.js';
import { COMMENT_MARKER, codeBlock, codeSpan, escapeMarkdown, safeLink } from './escape.js';

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
  service: string;
  change: string;
  lastAccessed: string;
  findings: Finding[];
}

function actionsOf(grants: GrantSet, service: string): number {
  const prefix = `${service}:`;
  return grants.actions.filter((action) => action.toLowerCase().startsWith(prefix)).length;
}

function serviceRows(
  view: EntityView,
  usage: EntityUsage | undefined,
  usageUnavailable: boolean,
): ServiceRow[] {
  const granted = view.granted;
  const headServices = granted?.grants.services ?? [];
  const baseServices = granted?.base?.services ?? [];
  const services = new Set<string>([...headServices, ...baseServices]);
  for (const finding of view.findings) if (finding.service) services.add(finding.service);
  const accessed = new Map<string, string | undefined>();
  for (const service of usage?.report?.ServicesLastAccessed ?? []) {
    accessed.set(service.ServiceNamespace, service.LastAuthenticated);
  }
  const rows: ServiceRow[] = [];
  for (const service of [...services].sort()) {
    let change = 'granted';
    if (granted) {
      const head = actionsOf(granted.grants, service);
      const inHead = headServices.includes(service);
      const inBase = baseServices.includes(service);
      if (!granted.base) change = inHead ? `new entity · ${plural(head, 'action')}` : '';
      else if (inHead && !inBase) change = `**added** · ${plural(head, 'action')}`;
      else if (!inHead && inBase) change = 'removed';
      else {
        const added = head - actionsOf(granted.base, service);
        change =
          added > 0
            ? `**widened** +${added} · ${plural(head, 'action')}`
            : added < 0
              ? `narrowed ${added} · ${plural(head, 'action')}`
              : `unchanged · ${plural(head, 'action')}`;
      }
    }
    let lastAccessed: string;
    if (usageUnavailable) lastAccessed = 'no usage data';
    else if (!usage?.report) lastAccessed = 'no usage data';
    else if (!accessed.has(service)) lastAccessed = 'not tracked';
    else lastAccessed = date(accessed.get(service)) || 'not in tracking period';
    rows.push({
      service,
      change,
      lastAccessed,
      findings: view.findings.filter((f) => f.service === service),
    });
  }
  return rows;
}

interface Renderer {
  blob: string | null;
}

/** `label` linked to the file at its line in the judged commit, when the front door knows the commit. */
function sourceLink(r: Renderer, file: string, line: number | null, label: string): string {
  const segments = file.split('/');
  // Paths come from the pull request: one that is not a plain repository path gets no link at all.
  if (!r.blob || segments.some((s) => s === '' || s === '.' || s === '..')) return escapeMarkdown(label);
  const target = `${r.blob}/${segments.map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
  return safeLink(label, target);
}

function ruleLink(finding: Finding): string {
  return `${SEVERITY_ICON[finding.severity]} ${safeLink(finding.rule, ruleHelpUri(finding.rule))}`;
}

function entityHeading(r: Renderer, view: EntityView): string {
  const e = view.granted?.entity ?? view.fallback!;
  const name = view.granted?.entity.name;
  const kind = e.kind.charAt(0).toUpperCase() + e.kind.slice(1);
  const physical = name && name !== e.id ? ` (${codeSpan(name)})` : '';
  return `#### ${kind} ${codeSpan(e.id)}${physical} · ${codeSpan(e.file)} ${sourceLink(r, e.file, e.line, `line ${e.line}`)}`;
}

function findingLine(r: Renderer, view: EntityView, finding: Finding): string {
  const entityFile = view.granted?.entity.file ?? view.fallback!.file;
  // A finding can point into another file than its entity's (a policy attached from elsewhere): then say which.
  const where =
    finding.file === entityFile
      ? sourceLink(r, finding.file, finding.line, `line ${finding.line}`)
      : `${codeSpan(finding.file)} ${sourceLink(r, finding.file, finding.line, `line ${finding.line}`)}`;
  return `- ${ruleLink(finding)} ${where}: ${escapeMarkdown(finding.message, { maxLength: 500 })}`;
}

/** One entity: heading, service table, finding lines. `maxRows` trims the table (whole rows only). */
function entityBlock(
  r: Renderer,
  view: EntityView,
  usage: EntityUsage | undefined,
  usageUnavailable: boolean,
  maxRows = Number.POSITIVE_INFINITY,
): string {
  const lines = [entityHeading(r, view), ''];
  const rows = serviceRows(view, usage, usageUnavailable);
  if (!usageUnavailable && usage && !usage.report && usage.reason) {
    lines.push(`No usage data for this entity: ${escapeMarkdown(usage.reason, { maxLength: 300 })}`, '');
  }
  if (rows.length > 0) {
    lines.push('| service | granted | last accessed | findings |', '| --- | --- | --- | --- |');
    for (const row of rows.slice(0, maxRows)) {
      const rules = row.findings.map((f) => ruleLink(f)).join(' ');
      lines.push(
        `| ${codeSpan(row.service, { inTable: true })} | ${row.change} | ${row.lastAccessed} | ${rules} |`,
      );
    }
    if (rows.length > maxRows) {
      const hidden = rows.slice(maxRows);
      const hiddenFindings = hidden.reduce((n, row) => n + row.findings.length, 0);
      lines.push(
        '',
        `_${plural(hidden.length, 'more service')} not shown in this table (${hiddenFindings} with findings, listed below)._`,
      );
    }
    lines.push('');
  }
  for (const finding of view.findings) lines.push(findingLine(r, view, finding));
  if (view.findings.length > 0) lines.push('');
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

/** Renders the comment / job summary body; never longer than `maxChars`, never cut inside a table. */
export function renderMarkdown(input: MarkdownReportInput, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const r: Renderer = { blob: options.blobUrl ?? null };
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
  const suggestions = suggestionsBlock(views);
  const suppressed = suppressedBlock(input.suppressed ?? [], 50);
  const diagnostics = diagnosticsBlock(r, input.diagnostics, 50);
  const compared = comparedBlock(input);
  const runLink = options.runUrl ? safeLink('workflow run', options.runUrl) : null;

  // Reserve room for the closing lines so the "N more" line always fits.
  const reserve = 600;
  let budget = maxChars - reserve - head.join('\n').length;
  const body: string[] = [];
  let shownFindings = 0;
  let hiddenEntities = 0;
  for (const view of views) {
    const usage = view.granted ? input.usage.get(view.key) : undefined;
    let block = entityBlock(r, view, usage, Boolean(usageUnavailable));
    if (block.length + 1 > budget) {
      // Try the same entity with fewer table rows before giving up on it.
      const rows = serviceRows(view, usage, Boolean(usageUnavailable)).length;
      block = '';
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
  const tail: string[] = [];
  if (compared && compared.length + 2 <= budget) {
    tail.push(compared, '');
    budget -= compared.length + 2;
  }
  if (suppressed && suppressed.length + 2 <= budget) {
    tail.push(suppressed, '');
    budget -= suppressed.length + 2;
  } else if (suppressed) {
    tail.push(
      `_${plural(input.suppressed?.length ?? 0, 'suppressed finding')} not listed here because of the comment size limit; see the job summary or JSON report._`,
      '',
    );
  }
  if (suggestions && suggestions.length + 2 <= budget) {
    tail.push(suggestions, '');
    budget -= suggestions.length + 2;
  } else if (suggestions) {
    tail.push(
      '_Suggestions are not shown here because of the comment size limit; see the job summary or JSON report._',
      '',
    );
  }
  if (diagnostics && diagnostics.length + 2 <= budget) {
    tail.push(diagnostics, '');
  } else if (diagnostics) {
    tail.push(
      `_${plural(input.diagnostics.length, 'problem')} reading the code not shown here because of the size limit._`,
      '',
    );
  }
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
