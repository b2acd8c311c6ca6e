// `check --format text`: findings grouped by file as clickable `path:line`, folded when a wildcard makes many,
// one suggestion per entity, and a one-line verdict. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
// Every string from the pull request (file names, ids, action strings, messages) goes through `safe`: no workflow
// command, no control character.
import type { Finding, Severity } from '../rules/model.js';
import { ruleHelpUri } from '../rules/types.js';
import { plural } from '../words.js';
import type { CheckReportInput } from './json.js';
import { terminalText as safe } from './terminal.js';

export interface TextOptions {
  color: boolean;
  failOn: Severity | 'never';
  /** Turns a repository-relative path into what the terminal should show (relative to the current directory). */
  displayPath?: (file: string) => string;
  /** Above this many findings of one rule on one line of one entity, print one folded line (default 3). */
  foldAbove?: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

function paint(color: boolean, code: number, text: string): string {
  return color ? `\x1b[${code}m${text}\x1b[0m` : text;
}

function severityLabel(color: boolean, severity: Severity): string {
  const code = severity === 'error' ? 31 : severity === 'warning' ? 33 : 36;
  return paint(color, code, severity.padEnd(7));
}

function byPlace(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.rule.localeCompare(b.rule) ||
    (a.service ?? '').localeCompare(b.service ?? '') ||
    (a.action ?? '').localeCompare(b.action ?? '')
  );
}

export function renderText(report: CheckReportInput, options: TextOptions): string {
  const { color } = options;
  const display = options.displayPath ?? ((file: string) => file);
  const show = (file: string) => safe(display(file));
  const foldAbove = options.foldAbove ?? 3;
  const out: string[] = [];
  if (report.usageUnavailable) {
    out.push(paint(color, 33, `Usage data unavailable: ${safe(report.usageUnavailable)}`), '');
  }
  const files = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = files.get(finding.file) ?? [];
    list.push(finding);
    files.set(finding.file, list);
  }
  // Said under the file wherever its base is not simply the git base (that one the CLI names once, on stderr).
  const comparedWith = new Map(
    (report.bases ?? [])
      .filter((b) => !(b.sources.length === 1 && b.sources[0] === 'git'))
      .map((b) => [b.file, b.comparedWith]),
  );
  for (const [file, findings] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(paint(color, 1, show(file)));
    const base = comparedWith.get(file);
    if (base) out.push(paint(color, 2, `  compared with ${base}`));
    findings.sort(byPlace);
    const suggestions = new Map<string, string>();
    for (let i = 0; i < findings.length; ) {
      const first = findings[i]!;
      let j = i + 1;
      while (
        j < findings.length &&
        findings[j]!.rule === first.rule &&
        findings[j]!.line === first.line &&
        findings[j]!.entity.id === first.entity.id &&
        findings[j]!.severity === first.severity
      ) {
        j++;
      }
      const group = findings.slice(i, j);
      const where = `${show(file)}:${first.line}`;
      const head = `  ${paint(color, 2, where)}  ${severityLabel(color, first.severity)} ${first.rule}`;
      if (group.length > foldAbove) {
        const names = group.map((f) => safe(f.action ?? f.service ?? '?'));
        const shown = names.slice(0, 6).join(', ');
        out.push(
          `${head}  ${safe(first.entity.id)}: ${group.length} ${first.action ? 'actions' : 'services'} (${shown}${names.length > 6 ? `, … ${names.length - 6} more` : ''}). First: ${safe(first.message)}`,
        );
      } else {
        for (const f of group) out.push(`${head}  ${safe(f.message)}`);
      }
      for (const f of group) if (f.suggestion) suggestions.set(f.entity.id, f.suggestion);
      i = j;
    }
    for (const [entity, suggestion] of suggestions) {
      out.push(
        `  ${paint(color, 32, 'suggestion')} for ${safe(entity)}, keep what was used or cannot be judged yet: ${safe(suggestion)}`,
      );
    }
    out.push('');
  }
  if (report.baseNotices && report.baseNotices.length > 0) {
    out.push(paint(color, 1, 'Notes'));
    for (const n of report.baseNotices) {
      out.push(`  ${show(n.file)}:${n.line}  ${severityLabel(color, 'notice')} ${n.message}`);
    }
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push(paint(color, 1, 'Problems reading files'));
    for (const d of report.diagnostics) {
      out.push(
        `  ${show(d.file)}${d.line ? `:${d.line}` : ''}  ${severityLabel(color, d.severity)} ${safe(d.message)}`,
      );
    }
    out.push('');
  }
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  if (rules.length > 0) {
    out.push(paint(color, 2, 'Rule docs:'));
    for (const rule of rules) out.push(paint(color, 2, `  ${rule.padEnd(24)} ${ruleHelpUri(rule)}`));
  }
  out.push(verdict(report, options));
  return `${out.join('\n')}\n`;
}

export function verdict(report: CheckReportInput, options: Pick<TextOptions, 'color' | 'failOn'>): string {
  const { summary } = report;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
  const extra = `${plural(summary.entities, 'entity')} checked${summary.suppressed ? `, ${summary.suppressed} suppressed` : ''}`;
  if (summary.blocked) {
    const unreadable =
      summary.unreadable > 0
        ? ` ${plural(summary.unreadable, 'problem')} this change brought into IaC files could not be read, so what they grant was not judged.`
        : '';
    return paint(
      options.color,
      31,
      `✖ Blocked: ${counts} (${extra}).${unreadable} Findings at or above '${options.failOn}'${unreadable ? ' and unreadable changes' : ''} fail the check.`,
    );
  }
  const note = options.failOn === 'never' ? ' (--fail-on never)' : '';
  return paint(options.color, 32, `✔ Passed${note}: ${counts} (${extra}).`);
}
