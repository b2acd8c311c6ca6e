// Findings as workflow annotations on the diff, most severe first, within GitHub's per-step display limits.

import { compareFindings } from '../report/markdown.js';
import type { Finding, Severity } from '../rules/model.js';

/** GitHub shows at most 10 annotations of each type per step (and 50 per job); more are dropped silently. */
export const ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
}

export type AnnotationSink = Record<Severity, (message: string, properties: AnnotationProperties) => void>;

export interface AnnotationCounts {
  annotated: number;
  /** Findings that were not annotated because of the limits: the summary and comment count them. */
  unannotated: number;
}

export function annotate(
  findings: Finding[],
  sink: AnnotationSink,
  perType = ANNOTATIONS_PER_TYPE,
): AnnotationCounts {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  let annotated = 0;
  for (const finding of [...findings].sort(compareFindings)) {
    if (used[finding.severity] >= perType) continue;
    used[finding.severity]++;
    annotated++;
    sink[finding.severity](finding.message, {
      title: finding.rule,
      file: finding.file,
      startLine: Math.max(1, finding.line),
    });
  }
  return { annotated, unannotated: findings.length - annotated };
}
