// Parts of a template whose resources the reader cannot see: a nested stack or SAM application (its template lives
// elsewhere), an `AWS::Include` among the resources, a macro `Transform` that rewrites the template when deployed.
// An IAM entity that leaves a file for one of these has not been deleted: it may be deployed from there.
import type { LineIndex } from '../../policy/located.js';
import { intrinsicName, isRecord } from '../intrinsics.js';

/** Transforms CloudFormation runs whose effect the reader already models. */
const MODELED_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/** Resources that deploy a template this one does not hold (their outputs, too, come from there). */
export const NESTED_STACK_TYPES: ReadonlySet<string> = new Set([
  'AWS::CloudFormation::Stack',
  'AWS::Serverless::Application',
]);

export interface OpaquePart {
  line: number;
  /** "nested stack Nested (AWS::CloudFormation::Stack, TemplateURL https://…)" */
  description: string;
}

function transforms(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((t) =>
    typeof t === 'string' ? [t] : isRecord(t) && typeof t['Name'] === 'string' ? [t['Name']] : [],
  );
}

export function opaqueParts(template: Record<string, unknown>, lines: LineIndex): OpaquePart[] {
  const out: OpaquePart[] = [];
  for (const name of transforms(template['Transform'])) {
    if (!MODELED_TRANSFORMS.has(name))
      out.push({ line: lines.lineAt(['Transform']), description: `the macro transform ${name}` });
  }
  const resources = isRecord(template['Resources']) ? template['Resources'] : {};
  for (const [id, resource] of Object.entries(resources)) {
    if (id === 'Fn::Transform' || intrinsicName({ [id]: resource }) === 'Fn::Transform') {
      out.push({ line: lines.lineAt(['Resources', id]), description: `resources included by Fn::Transform` });
      continue;
    }
    if (!isRecord(resource) || typeof resource['Type'] !== 'string') continue;
    if (!NESTED_STACK_TYPES.has(resource['Type'])) continue;
    const properties = isRecord(resource['Properties']) ? resource['Properties'] : {};
    const where = properties['TemplateURL'] ?? properties['Location'];
    const url = typeof where === 'string' ? `, ${where}` : '';
    out.push({
      line: lines.lineAt(['Resources', id]),
      description: `the nested stack ${id} (${resource['Type']}${url})`,
    });
  }
  return out;
}
