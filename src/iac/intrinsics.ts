// CloudFormation intrinsic functions: which exist, and a readable rendering of strings built from them
// (`arn:${AWS::Partition}:iam::aws:policy/X` resolves to `arn:aws:…` because only pseudo parameters are used).

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** A string as far as the code can tell; `unresolved` names what only a deployment would know. */
export interface Rendered {
  text: string;
  unresolved: string[];
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
