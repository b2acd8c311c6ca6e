// The step's verdict: which findings reach `fail-on`, and the one line `setFailed` says.
import type { Diagnostic } from '../policy/model.js';
import { compareFindings, reaches } from '../rules/engine.js';
import type { Finding } from '../rules/model.js';
import type { FailOn } from './inputs.js';

/** Whether findings reach the `fail-on` threshold. */
export function reachesFailOn(findings: Finding[], failOn: FailOn): Finding[] {
  return findings.filter((f) => reaches(f.severity, failOn));
}

/** The one-line reason given to `setFailed`. */
export function blockingReason(blocking: Finding[], failOn: FailOn, unreadable: Diagnostic[] = []): string {
  const first = [...blocking].sort(compareFindings)[0];
  if (!first) {
    const where = unreadable[0]
      ? ` (first: ${unreadable[0].file}${unreadable[0].line ? `:${unreadable[0].line}` : ''})`
      : '';
    return `iam-usage-guard: this change brings ${unreadable.length} problem${unreadable.length === 1 ? '' : 's'} into IaC files that could not be read, so they were not judged${where}`;
  }
  const count = `${blocking.length} finding${blocking.length === 1 ? '' : 's'}`;
  return `iam-usage-guard: ${count} at or above fail-on '${failOn}' (first: ${first.rule} on ${first.entity.id} at ${first.file}:${first.line})`;
}
