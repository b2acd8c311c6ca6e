// Suppressions written in a resource's Metadata: `iam-usage-guard: { ignore: [{ rule, reason, services }] }`.
import type { PathSegment } from '../../policy/located.js';
import { joinPath } from '../../policy/located.js';
import type { Suppression } from '../../policy/model.js';
import { type DocumentScope, isRecord, locate } from '../../policy/statements.js';

export const SUPPRESSION_KEY = 'iam-usage-guard';

export function readSuppressions(
  scope: DocumentScope,
  metadata: Record<string, unknown>,
  path: PathSegment[],
): Suppression[] {
  const own = metadata[SUPPRESSION_KEY];
  if (!isRecord(own)) return [];
  const ignore = own['ignore'];
  const list = Array.isArray(ignore) ? ignore : [];
  const out: Suppression[] = [];
  list.forEach((item, i) => {
    const itemPath = [...path, 'ignore', i];
    if (!isRecord(item) || typeof item['rule'] !== 'string') {
      scope.diagnostics.push({
        severity: 'error',
        file: scope.file,
        line: scope.lines.lineAt(itemPath),
        message: `${joinPath(scope.pathPrefix, itemPath)}: a suppression needs a "rule" (and a "reason")`,
      });
      return;
    }
    const services = item['services'];
    out.push({
      rule: item['rule'],
      reason: typeof item['reason'] === 'string' && item['reason'].trim() !== '' ? item['reason'] : null,
      services: Array.isArray(services) ? services.filter((s): s is string => typeof s === 'string') : null,
      location: locate(scope, itemPath),
      scope: null,
    });
  });
  return out;
}
