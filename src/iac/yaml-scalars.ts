// Plain YAML scalars resolved as CloudFormation's YAML 1.1 reader resolves them (PyYAML's implicit resolvers, as
// cfn-lint applies them): `Yes`/`off` are booleans, `0755` is octal, `054676820928` (an account id with a leading
// zero and an 8) stays a string, `1e5` stays a string. Timestamps stay the text as written: CloudFormation does not
// support the timestamp tag, and `AWSTemplateFormatVersion: 2010-09-09` means the string.
import type { ScalarTag } from 'yaml';

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NULL = /^(?:~|null|Null|NULL|)$/;

/** Base-60 `1:30:00` → 5400, as YAML 1.1 reads it. */
function sexagesimal(text: string): number {
  let value = 0;
  for (const part of text.split(':')) value = value * 60 + Number(part);
  return value;
}

function toInt(source: string): number | string {
  const text = source.replaceAll('_', '');
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^[-+]/, '');
  let value: number;
  if (digits.startsWith('0b')) value = Number.parseInt(digits.slice(2), 2);
  else if (digits.startsWith('0x')) value = Number.parseInt(digits.slice(2), 16);
  else if (digits.includes(':')) value = sexagesimal(digits);
  else if (digits.length > 1 && digits.startsWith('0')) value = Number.parseInt(digits.slice(1), 8);
  else value = Number(digits);
  // Beyond 2^53 a number would silently change its digits: keep the text.
  return Number.isSafeInteger(value) ? sign * value : source;
}

function toFloat(source: string): number {
  const text = source.replaceAll('_', '').toLowerCase();
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  if (body === '.inf') return sign * Number.POSITIVE_INFINITY;
  if (body === '.nan') return Number.NaN;
  if (body.includes(':')) {
    const [whole, fraction] = body.split('.') as [string, string?];
    return sign * (sexagesimal(whole) + Number(`0.${fraction ?? ''}`));
  }
  return sign * Number(body);
}

/** The scalar tags to use with the `failsafe` schema (maps, sequences, strings). */
export const CLOUDFORMATION_SCALARS: ScalarTag[] = [
  { tag: 'tag:yaml.org,2002:null', default: true, test: NULL, resolve: () => null },
  { tag: 'tag:yaml.org,2002:bool', default: true, test: BOOL, resolve: (s) => /^(?:yes|true|on)$/i.test(s) },
  { tag: 'tag:yaml.org,2002:int', default: true, test: INT, resolve: toInt },
  { tag: 'tag:yaml.org,2002:float', default: true, test: FLOAT, resolve: toFloat },
];
