// AWS::CloudFormation::StackSet with an inline TemplateBody: the IAM resources inside it, in the same file, with
// lines offset by where the body starts when that is exact.
import { fixedLines, joinPath, type LineIndex, offsetLines } from '../../policy/located.js';
import type { Entity } from '../../policy/model.js';
import { parseStructured } from '../text.js';
import type { ResourceView, TemplateContext, TemplateScope } from './context.js';

export type TemplateReader = (template: Record<string, unknown>, scope: TemplateScope) => Entity[];

export function stackSetReader(readTemplate: TemplateReader, isTemplate: (value: unknown) => boolean) {
  return (ctx: TemplateContext, view: ResourceView): void => {
    const body = view.properties['TemplateBody'];
    if (typeof body !== 'string') return;
    const { scope } = ctx;
    const path = [...view.propertiesPath, 'TemplateBody'];
    const parsed = parseStructured(body);
    if (!parsed.ok) {
      scope.diagnostics.push({
        severity: 'error',
        file: scope.file,
        line: scope.lines.lineAt(path),
        message: `${joinPath(scope.pathPrefix, path)}: ${parsed.message}`,
      });
      return;
    }
    if (!isTemplate(parsed.value)) return;
    const start = scope.lines.textStartLine(path);
    let lines: LineIndex;
    try {
      lines = start !== null ? offsetLines(parsed.lines(), start) : fixedLines(scope.lines.lineAt(path));
    } catch {
      lines = fixedLines(scope.lines.lineAt(path));
    }
    const inner = readTemplate(parsed.value as Record<string, unknown>, {
      ...scope,
      lines,
      pathPrefix: joinPath(scope.pathPrefix, path),
      idPrefix: `${scope.idPrefix}${view.id}/`,
    });
    ctx.entities.push(...inner);
  };
}
