// Values the template itself fixes, resolved before the readers see them: a parameter's Default (what the template
// grants unless the deployment says otherwise), !Split / !Select / !Join over literals, !FindInMap over the
// template's Mappings, !Sub of those, and Fn::ForEach (AWS::LanguageExtensions) expanded. What the template does not
// fix (a parameter without a Default, an SSM parameter, a resource attribute, an import) stays as written, so the
// readers report it as unknown.
import { intrinsicName, isRecord } from '../intrinsics.js';

export interface TemplateValues {
  /** Parameters with a value the template fixes: a string, or a list for list types. */
  parameters: ReadonlyMap<string, string | string[]>;
  mappings: Record<string, unknown>;
}

const MAX_DEPTH = 64;

/** `overrides`: values the deployment is known to give (configuration `parameters`), over the Defaults. */
export function templateValues(
  template: Record<string, unknown>,
  overrides: Readonly<Record<string, string | string[]>> = {},
): TemplateValues {
  const parameters = new Map<string, string | string[]>();
  const declared = isRecord(template['Parameters']) ? template['Parameters'] : {};
  for (const [name, parameter] of Object.entries(declared)) {
    if (!isRecord(parameter)) continue;
    const type = typeof parameter['Type'] === 'string' ? parameter['Type'] : 'String';
    const fallback = parameter['Default'];
    // An SSM parameter's Default is the name of the value to look up, not the value.
    // An empty Default is a placeholder for a value the deployment gives (CDK's bootstrap template), not a value.
    if (type.startsWith('AWS::SSM::') || fallback === undefined || fallback === null || fallback === '')
      continue;
    const text = Array.isArray(fallback) ? fallback.map(String).join(',') : String(fallback);
    parameters.set(name, type === 'CommaDelimitedList' || type.startsWith('List<') ? text.split(',') : text);
  }
  for (const [name, value] of Object.entries(overrides)) {
    const type = isRecord(declared[name]) ? declared[name]['Type'] : undefined;
    const list = typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<'));
    parameters.set(name, list && typeof value === 'string' ? value.split(',') : value);
  }
  return { parameters, mappings: isRecord(template['Mappings']) ? template['Mappings'] : {} };
}

/** `value` with every intrinsic the template fixes replaced by its value; the rest as written. */
export function resolveValues(value: unknown, values: TemplateValues, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => resolveValues(item, values, depth + 1));
  const record = value as Record<string, unknown>;
  const fn = intrinsicName(record);
  if (fn !== null) return resolveFunction(fn, record[fn], values, depth);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key.startsWith('Fn::ForEach::')) {
      Object.assign(out, expandForEach(record[key], values, depth));
      continue;
    }
    setKey(out, key, resolveValues(record[key], values, depth + 1));
  }
  return out;
}

function setKey(out: Record<string, unknown>, key: string, item: unknown): void {
  // `__proto__` as data, never as the prototype.
  if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true });
  else out[key] = item;
}

function resolveFunction(fn: string, argument: unknown, values: TemplateValues, depth: number): unknown {
  const keep = (resolved: unknown) => ({ [fn]: resolved });
  switch (fn) {
    case 'Ref':
      return typeof argument === 'string' && values.parameters.has(argument)
        ? values.parameters.get(argument)
        : keep(argument);
    case 'Fn::Sub':
      return resolveSub(argument, values, depth);
    case 'Fn::Split': {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === 'string' && typeof args[1] === 'string' && args[0] !== '')
        return args[1].split(args[0]);
      return keep(args);
    }
    case 'Fn::Select': {
      const args = resolveValues(argument, values, depth + 1);
      const index = Array.isArray(args) ? Number(args[0]) : Number.NaN;
      if (
        Array.isArray(args) &&
        Array.isArray(args[1]) &&
        Number.isInteger(index) &&
        args[1][index] !== undefined
      )
        return args[1][index];
      return keep(args);
    }
    case 'Fn::Join': {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === 'string' && Array.isArray(args[1])) {
        const parts = args[1];
        if (parts.every((p) => typeof p === 'string' || typeof p === 'number')) return parts.join(args[0]);
      }
      return keep(args);
    }
    case 'Fn::FindInMap':
      return resolveFindInMap(resolveValues(argument, values, depth + 1), values, depth, keep);
    default:
      return keep(resolveValues(argument, values, depth + 1));
  }
}

function resolveFindInMap(
  args: unknown,
  values: TemplateValues,
  depth: number,
  keep: (resolved: unknown) => unknown,
): unknown {
  if (!Array.isArray(args) || !args.slice(0, 3).every((k) => typeof k === 'string')) return keep(args);
  const [map, top, second] = args as string[];
  const table = values.mappings[map!];
  const row = isRecord(table) && Object.hasOwn(table, top!) ? table[top!] : undefined;
  if (isRecord(row) && Object.hasOwn(row, second!)) return resolveValues(row[second!], values, depth + 1);
  // AWS::LanguageExtensions: a fourth argument `{ DefaultValue: … }` when the keys are absent.
  const fallback = args[3];
  if (isRecord(fallback) && Object.hasOwn(fallback, 'DefaultValue')) return fallback['DefaultValue'];
  return keep(args);
}

/** `${Param}` replaced where the template fixes it; a string with no placeholder left is plain text. */
function resolveSub(argument: unknown, values: TemplateValues, depth: number): unknown {
  let template = argument;
  let variables: Record<string, unknown> = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    const given = resolveValues(argument[1], values, depth + 1);
    if (isRecord(given)) variables = given;
  }
  if (typeof template !== 'string') return { 'Fn::Sub': resolveValues(argument, values, depth + 1) };
  const text = template.replace(/\$\{([^!}][^}]*)\}/g, (whole, inner: string) => {
    const name = inner.trim();
    const own = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (typeof own === 'string' || typeof own === 'number') return String(own);
    if (own === undefined && !name.includes('.')) {
      const parameter = values.parameters.get(name);
      if (typeof parameter === 'string') return parameter;
    }
    return whole;
  });
  const rest = Object.fromEntries(
    Object.entries(variables).filter(
      ([name, v]) => typeof v !== 'string' && typeof v !== 'number' && text.includes(`\${${name}}`),
    ),
  );
  if (!text.includes('${')) return text;
  return Object.keys(rest).length > 0 ? { 'Fn::Sub': [text, rest] } : { 'Fn::Sub': text };
}

/**
 * The template's resources with values resolved, and for each resource a `Fn::ForEach` made, the path of the output
 * it was made from (so its lines are the loop's).
 */
export function resolveResources(
  resources: Record<string, unknown>,
  values: TemplateValues,
): { resources: Record<string, unknown>; origins: Map<string, (string | number)[]> } {
  const out: Record<string, unknown> = {};
  const origins = new Map<string, (string | number)[]>();
  for (const key of Object.keys(resources)) {
    if (!key.startsWith('Fn::ForEach::')) {
      setKey(out, key, resolveValues(resources[key], values, 1));
      continue;
    }
    const loop = resources[key];
    const outputKey = Array.isArray(loop) && isRecord(loop[2]) ? Object.keys(loop[2])[0] : undefined;
    for (const [id, resource] of Object.entries(expandForEach(loop, values, 1))) {
      setKey(out, id, resource);
      if (outputKey !== undefined) origins.set(id, [key, 2, outputKey]);
    }
  }
  return { resources: out, origins };
}

/** `Fn::ForEach::Name: [Identifier, [items], { OutputKey: OutputValue }]` → one entry per item. */
function expandForEach(loop: unknown, values: TemplateValues, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!Array.isArray(loop) || typeof loop[0] !== 'string' || !isRecord(loop[2])) return out;
  const identifier = loop[0];
  const items = resolveValues(loop[1], values, depth + 1);
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const text = String(item);
    const substituted = substitute(loop[2], identifier, text) as Record<string, unknown>;
    for (const [key, value] of Object.entries(resolveValues(substituted, values, depth + 1) as object)) {
      setKey(out, key, value);
    }
  }
  return out;
}

/** The loop identifier replaced by one item: `${Id}` and `&{Id}` in keys and strings, `{ Ref: Id }` anywhere. */
function substitute(value: unknown, identifier: string, item: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) return value;
  const inText = (text: string) =>
    text
      .replaceAll(`\${${identifier}}`, item)
      .replaceAll(`&{${identifier}}`, item.replace(/[^A-Za-z0-9]/g, ''));
  if (typeof value === 'string') return inText(value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier, item, depth + 1));
  if (!isRecord(value)) return value;
  if (intrinsicName(value) === 'Ref' && value['Ref'] === identifier) return item;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    setKey(out, inText(key), substitute(v, identifier, item, depth + 1));
  return out;
}
