// CloudFormation intrinsic functions: which exist, and a readable rendering of strings built from them
// (`arn:${AWS::Partition}:iam::aws:policy/X` resolves to `arn:aws:…` because only pseudo parameters are used).
import type { PathSegment } from '../policy/located.js';
import { isRecord, type Rendered, type ValueDialect } from '../policy/statements.js';

export { isRecord };

const KNOWN = new Set([
  'Ref',
  'Condition',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::FindInMap',
  'Fn::GetAtt',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::Transform',
  'Fn::If',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::Length',
  'Fn::ToJsonString',
  'Fn::GetStackOutput',
]);

/** Pseudo parameters whose value is the same in every commercial-region account. */
const PSEUDO_VALUES: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

/** The function name when `value` is an intrinsic function call (`{"Ref": …}`, `{"Fn::Sub": …}`), else null. */
export function intrinsicName(value: unknown): string | null {
  if (!isRecord(value)) return null;
  let name: string | null = null;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (name !== null) return null;
    name = key;
  }
  if (name === null) return null;
  return name === 'Ref' || name === 'Condition' || name.startsWith('Fn::') ? name : null;
}

export function isKnownIntrinsic(name: string): boolean {
  return KNOWN.has(name) || name.startsWith('Fn::ForEach::');
}

export function isNoValue(value: unknown): boolean {
  return isRecord(value) && value['Ref'] === 'AWS::NoValue' && intrinsicName(value) === 'Ref';
}

/** Renders a string-valued expression, or null when it is not one (a list, an unknown function). */
export function renderString(value: unknown, depth = 0): Rendered | null {
  if (typeof value === 'string') return { text: value, unresolved: [] };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), unresolved: [] };
  if (depth > 32) return null;
  const name = intrinsicName(value);
  if (name === null) return null;
  const argument = (value as Record<string, unknown>)[name];
  switch (name) {
    case 'Ref': {
      if (typeof argument !== 'string') return null;
      const pseudo = PSEUDO_VALUES[argument];
      return pseudo !== undefined
        ? { text: pseudo, unresolved: [] }
        : { text: `\${${argument}}`, unresolved: [argument] };
    }
    case 'Fn::GetAtt': {
      const parts = Array.isArray(argument)
        ? argument.map((p) => (typeof p === 'string' ? p : '?'))
        : [String(argument)];
      const label = parts.join('.');
      return { text: `\${${label}}`, unresolved: [label] };
    }
    case 'Fn::Sub':
      return renderSub(argument, depth);
    case 'Fn::Join': {
      if (!Array.isArray(argument) || typeof argument[0] !== 'string' || !Array.isArray(argument[1]))
        return null;
      const parts: string[] = [];
      const unresolved: string[] = [];
      for (const item of argument[1]) {
        const rendered = renderString(item, depth + 1);
        if (!rendered) return null;
        parts.push(rendered.text);
        unresolved.push(...rendered.unresolved);
      }
      return { text: parts.join(argument[0]), unresolved };
    }
    case 'Fn::Select': {
      if (!Array.isArray(argument) || !Array.isArray(argument[1])) return null;
      const index = Number(argument[0]);
      return Number.isInteger(index) ? renderString(argument[1][index], depth + 1) : null;
    }
    case 'Fn::ImportValue':
    case 'Fn::FindInMap':
    case 'Fn::GetStackOutput': {
      const label = `${name}(${JSON.stringify(argument)})`;
      return { text: `\${${label}}`, unresolved: [label] };
    }
    default:
      return null;
  }
}

function renderSub(argument: unknown, depth: number): Rendered | null {
  let template: unknown = argument;
  let variables: Record<string, unknown> = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    if (isRecord(argument[1])) variables = argument[1];
  }
  if (typeof template !== 'string') return null;
  const unresolved: string[] = [];
  const text = template.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (Object.hasOwn(variables, name)) {
      const rendered = renderString(variables[name], depth + 1);
      if (rendered) {
        unresolved.push(...rendered.unresolved);
        return rendered.text;
      }
      unresolved.push(name);
      return whole;
    }
    const pseudo = PSEUDO_VALUES[name];
    if (pseudo !== undefined) return pseudo;
    unresolved.push(name);
    return whole;
  });
  return { text, unresolved };
}

/** The logical id a `Ref` or `Fn::GetAtt` (either form) points at, else null. */
export function refTarget(value: unknown): string | null {
  const fn = intrinsicName(value);
  if (fn !== 'Ref' && fn !== 'Fn::GetAtt') return null;
  const argument = (value as Record<string, unknown>)[fn];
  const target = fn === 'Ref' ? argument : Array.isArray(argument) ? argument[0] : argument;
  if (typeof target !== 'string') return null;
  // `Fn::GetAtt: "Role.Arn"` (the JSON string form) names the resource before the first dot.
  return fn === 'Fn::GetAtt' && !Array.isArray(argument) ? (target.split('.')[0] ?? null) : target;
}

/** The true and false branches of an `Fn::If`, with their paths; null when `value` is not one. */
export function ifBranches(value: unknown, path: PathSegment[]): Array<[unknown, PathSegment[]]> | null {
  if (intrinsicName(value) !== 'Fn::If') return null;
  const args = (value as Record<string, unknown>)['Fn::If'];
  if (!Array.isArray(args)) return [];
  const out: Array<[unknown, PathSegment[]]> = [];
  for (const index of [1, 2]) {
    const branch = args[index];
    if (branch !== undefined && !isNoValue(branch)) out.push([branch, [...path, 'Fn::If', index]]);
  }
  return out;
}

/** CloudFormation's intrinsic functions, as the policy statement reader sees them. */
export const CLOUDFORMATION_DIALECT: ValueDialect = {
  isAbsent: isNoValue,
  functionName: intrinsicName,
  isKnownFunction: isKnownIntrinsic,
  branches: ifBranches,
  render: (value) => renderString(value),
};

/** The parameters, resources and imports a value is built from (`Ref`, `Fn::GetAtt`, `${…}`), in order, once each. */
export function referencedNames(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 32 || typeof value !== 'object' || value === null) return out;
  const add = (name: string) => {
    if (!out.includes(name)) out.push(name);
  };
  if (Array.isArray(value)) {
    for (const item of value) referencedNames(item, depth + 1, out);
    return out;
  }
  const fn = intrinsicName(value);
  const argument = fn ? (value as Record<string, unknown>)[fn] : undefined;
  if (fn === 'Ref' && typeof argument === 'string' && !argument.startsWith('AWS::')) add(argument);
  else if (fn === 'Fn::GetAtt')
    add(Array.isArray(argument) ? String(argument[0]) : String(argument).split('.')[0]!);
  else if (fn === 'Fn::ImportValue') add(`Fn::ImportValue(${JSON.stringify(argument)})`);
  else if (fn === 'Fn::Sub') {
    const template = Array.isArray(argument) ? argument[0] : argument;
    if (typeof template === 'string')
      for (const [, name] of template.matchAll(/\$\{([^!}][^}]*)\}/g))
        if (!name!.startsWith('AWS::')) add(name!.trim());
    if (Array.isArray(argument)) referencedNames(argument[1], depth + 1, out);
  } else for (const item of Object.values(value)) referencedNames(item, depth + 1, out);
  return out;
}
