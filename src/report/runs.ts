// A wildcard makes findings by the hundred (one per service, all on the line of the `*`): reports fold a run of
// alike findings into one line, and this is where such a run ends.
import type { Finding } from '../rules/model.js';

/** One past the last finding from `start` on that is `alike` the one at `start` (the findings are sorted). */
export function runEnd(
  findings: readonly Finding[],
  start: number,
  alike: (first: Finding, other: Finding) => boolean,
): number {
  const first = findings[start]!;
  let end = start + 1;
  while (end < findings.length && alike(first, findings[end]!)) end++;
  return end;
}
