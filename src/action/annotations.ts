// Findings (and problems reading the code) as workflow annotations, most severe first, within GitHub's per-step
// display limits; whatever does not fit is counted so the summary and comment can say so.
import type { Diagnostic } from '../policy/model.js';
import { terminalText } from '../report/terminal.js';
import { compareFindings } from '../rules/engine.js';
import type { Finding, Severity } from '../rules/model.js';

/** GitHub shows at most 10 annotations of each type per step (and 50 per job); more are dropped silently. */
export const ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationProperties {
  title: string;
  /** Absent when the path cannot be given to the runner as is (the message names it). */
  file?: string;
  startLine?: number;
}

export type AnnotationSink = Record<Severity, (message: string, properties: AnnotationProperties) => void>;

export interface AnnotationCounts {
  annotated: number;
  /** Findings that were not annotated because of the limits: the summary and comment count them. */
  unannotated: number;
  /** Problems reading the code that were not annotated (the summary and comment list them). */
  unannotatedDiagnostics: number;
}

export interface AnnotateOptions {
  /** Slots kept for the step's own messages (the `setFailed` error, the degraded-mode warning). */
  reserved?: Partial<Record<Severity, number>>;
  perType?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function annotate(
  findings: Finding[],
  diagnostics: Diagnostic[],
  sink: AnnotationSink,
  options: AnnotateOptions = {},
): AnnotationCounts {
  const perType = options.perType ?? ANNOTATIONS_PER_TYPE;
  const left: Record<Severity, number> = {
    error: perType - (options.reserved?.error ?? 0),
    warning: perType - (options.reserved?.warning ?? 0),
    notice: perType - (options.reserved?.notice ?? 0),
  };
  // Within a severity, findings first (they are what the check is about), then problems reading the code.
  const items: ({ kind: 'finding'; finding: Finding } | { kind: 'diagnostic'; diagnostic: Diagnostic })[] = [
    ...[...findings].sort(compareFindings).map((finding) => ({ kind: 'finding' as const, finding })),
    ...diagnostics.map((diagnostic) => ({ kind: 'diagnostic' as const, diagnostic })),
  ];
  const severityOf = (item: (typeof items)[number]) =>
    item.kind === 'finding' ? item.finding.severity : item.diagnostic.severity;
  items.sort((a, b) => RANK[severityOf(a)] - RANK[severityOf(b)]);

  const counts: AnnotationCounts = { annotated: 0, unannotated: 0, unannotatedDiagnostics: 0 };
  for (const item of items) {
    const severity = severityOf(item);
    if (left[severity] <= 0) {
      if (item.kind === 'finding') counts.unannotated++;
      else counts.unannotatedDiagnostics++;
      continue;
    }
    left[severity]--;
    counts.annotated++;
    if (item.kind === 'finding') {
      const { finding } = item;
      sink[severity](...placed(finding.rule, finding.message, finding.file, Math.max(1, finding.line)));
    } else {
      const { diagnostic } = item;
      sink[severity](...placed('iam-usage-guard', diagnostic.message, diagnostic.file, diagnostic.line));
    }
  }
  return counts;
}

/**
 * One annotation's message and properties. @actions/core escapes line breaks (and `:`, `,`) in both, but not an
 * ANSI escape, and the runner also reads `##[command]` anywhere in a line; `file=` must stay the exact path, so a
 * path that holds a control character or `##[` is named (inert) in the message instead, and the annotation is not
 * attached to a file. Messages quote PR text: shown inert too.
 */
function placed(
  title: string,
  message: string,
  file: string,
  line: number | null,
): [string, AnnotationProperties] {
  const text = terminalText(message);
  if (terminalText(file) !== file) {
    return [`${terminalText(file)}${line !== null ? `:${line}` : ''}: ${text}`, { title }];
  }
  return [text, { title, file, ...(line !== null ? { startLine: line } : {}) }];
}
