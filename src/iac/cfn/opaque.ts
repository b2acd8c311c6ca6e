// Parts of a template whose resources the reader cannot see: a nested stack or SAM application (its template lives
// elsewhere), an `AWS::Include` among the resources, a macro `Transform` that rewrites the template when deployed.
// What they may grant an entity of this template is unknown; an entity that leaves a file for one of them has not
// been deleted, as it may be deployed from there.
import type { LineIndex, PathSegment } from '../../policy/located.js';
import { unknownAt } from '../../policy/statements.js';
import { intrinsicName, isRecord, referencedNames } from '../intrinsics.js';
import type { TemplateContext } from './context.js';

/** Transforms CloudFormation runs whose effect the reader already models. */
const MODELED_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/** Resources that deploy a template this one does not hold (their outputs, too, come from there). */
export const NESTED_STACK_TYPES: ReadonlySet<string> = new Set([
  'AWS::CloudFormation::Stack',
  'AWS::Serverless::Application',
]);

export interface OpaquePart {
  line: number;
  /** "the nested stack Nested (AWS::CloudFormation::Stack, https://…)" */
  description: string;
}

interface Part {
  kind: 'macro' | 'include' | 'nested';
  path: PathSegment[];
  description: string;
  /** For a nested stack: what its Parameters pass (logical ids of this template, and imports). */
  passes?: string[];
}

function transforms(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((t) =>
    typeof t === 'string' ? [t] : isRecord(t) && typeof t['Name'] === 'string' ? [t['Name']] : [],
  );
}

function parts(template: Record<string, unknown>): Part[] {
  const out: Part[] = [];
  for (const name of transforms(template['Transform'])) {
    if (!MODELED_TRANSFORMS.has(name))
      out.push({ kind: 'macro', path: ['Transform'], description: `the macro transform ${name}` });
  }
  const resources = isRecord(template['Resources']) ? template['Resources'] : {};
  for (const [id, resource] of Object.entries(resources)) {
    if (id === 'Fn::Transform' || intrinsicName({ [id]: resource }) === 'Fn::Transform') {
      out.push({
        kind: 'include',
        path: ['Resources', id],
        description: 'resources included by Fn::Transform',
      });
      continue;
    }
    if (!isRecord(resource) || typeof resource['Type'] !== 'string') continue;
    if (!NESTED_STACK_TYPES.has(resource['Type'])) continue;
    const properties = isRecord(resource['Properties']) ? resource['Properties'] : {};
    const where = properties['TemplateURL'] ?? properties['Location'];
    const url = typeof where === 'string' ? `, ${where}` : '';
    out.push({
      kind: 'nested',
      path: ['Resources', id, 'Properties', 'Parameters'],
      description: `the nested stack ${id} (${resource['Type']}${url})`,
      passes: referencedNames(properties['Parameters']),
    });
  }
  return out;
}

/** The opaque parts of a template, with their lines. */
export function opaqueParts(template: Record<string, unknown>, lines: LineIndex): OpaquePart[] {
  return parts(template).map((p) => ({
    line: lines.lineAt(p.kind === 'nested' ? p.path.slice(0, 2) : p.path),
    description: p.description,
  }));
}

/**
 * What an opaque part may grant this template's entities is unknown: a macro or an include may add any resource
 * (a policy naming any role), a nested stack whatever it does with the entities its Parameters pass it.
 */
export function markOpaque(ctx: TemplateContext, template: Record<string, unknown>): void {
  for (const part of parts(template)) {
    const affected =
      part.kind === 'nested'
        ? ctx.entities.filter((e) => part.passes?.includes(e.id.slice(ctx.scope.idPrefix.length)))
        : ctx.entities.filter((e) => ctx.byId.get(e.id.slice(ctx.scope.idPrefix.length)) === e);
    for (const entity of affected) {
      const message =
        part.kind === 'nested'
          ? `${entity.id} is passed to ${part.description}, whose template is not read here: what it grants ${entity.id} cannot be known from code`
          : `${part.description} may add resources (a policy naming ${entity.id}) when deployed: what they grant cannot be known from code`;
      entity.unknowns.push(unknownAt(ctx.scope, part.path, message));
    }
  }
}
