// The parser fuzzer's engine, shared by `npm run fuzz` (scripts/fuzz.mjs, in worker threads) and the reduced suite
// (test/fuzz/*.test.ts): seeds, deterministic case generation from (seed, index), and the property every case must keep.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseConfig } from '../../src/config/parse.js';
import { UserError } from '../../src/errors.js';
import { parseDocument, readIac } from '../../src/iac/index.js';
import type { FileSource } from '../../src/iac/source.js';
import { actionNames } from '../../src/policy/action-set.js';
import catalogData from '../../src/policy/catalog.data.json' with { type: 'json' };
import { type ActionCatalog, type CatalogData, createCatalog } from '../../src/policy/catalog.js';
import { collectGrants, grantsOf } from '../../src/policy/grants.js';
import { type Entity, entityKey, type ParseResult } from '../../src/policy/model.js';
import { collectUsage } from '../../src/usage/collect.js';
import { readSnapshot } from '../../src/usage/snapshot.js';
import { BUILT_IN_SEEDS, CDK_MANIFEST, CDK_TEMPLATE, CONFIG_SEEDS, SNAPSHOT_SEEDS } from './seeds.js';

export interface Seed {
  /** Repository- or corpus-relative name; its extension decides JSON vs YAML parsing. */
  file: string;
  text: string;
}

/** What a case feeds: one IaC file, a configuration file, a snapshot file, or a CDK cloud assembly. */
export type FuzzTarget = 'iac' | 'config' | 'snapshot' | 'cdk';

export interface FuzzCase {
  target: FuzzTarget;
  file: string;
  text: string;
  /** How the case was made, for the crasher report. */
  strategy: string;
  /** Other files read in the same `readIac` call (the "loses nothing" property); empty for single-file cases. */
  neighbours: Seed[];
}

const SEED_EXT = /\.(json|ya?ml|template)$/i;

/** `path.resolve(repoRoot, '..', 'shared', 'corpus')`, or null when absent. */
export function corpusDir(repoRoot: string): string | null {
  const dir = path.resolve(repoRoot, '..', 'shared', 'corpus');
  try {
    return statSync(dir).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}

function walk(dir: string, base: string, out: Seed[], maxBytes: number, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(full);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(full, base, out, maxBytes, prefix);
    else if (SEED_EXT.test(name) && stat.size <= maxBytes && name !== 'manifest.json') {
      const rel = path.relative(base, full).split(path.sep).join('/');
      out.push({ file: `${prefix}${rel}`, text: readFileSync(full, 'utf8') });
    }
  }
}

export interface SeedSet {
  seeds: Seed[];
  corpus: string | null;
}

/**
 * The seeds: built-in templates, `examples/`, and (when present) `../shared/corpus`; files over `maxBytes` are left
 * out so a case stays fast. Sorted, so the same seed set gives the same cases everywhere.
 */
export function loadSeeds(repoRoot: string, maxBytes = 256 * 1024): SeedSet {
  const seeds: Seed[] = BUILT_IN_SEEDS.map((s) => ({ ...s }));
  walk(path.join(repoRoot, 'examples'), repoRoot, seeds, maxBytes, '');
  const corpus = corpusDir(repoRoot);
  if (corpus) walk(corpus, corpus, seeds, maxBytes, 'corpus/');
  return { seeds, corpus };
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness: one PRNG per case, from (run seed, case index).

export type Rng = () => number;

export function rngFor(seed: number, index: number): Rng {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

/** Tokens that matter to the parsers: YAML tags, anchors, IAM words, intrinsics, quoting, control characters. */
const TOKENS = [
  '!Ref ',
  '!Sub ',
  '!GetAtt a.b',
  '!If [c, a, b]',
  '!Join ["", [a]]',
  '!Foo ',
  '!!binary ',
  '!!str ',
  '&a ',
  '*a',
  '<<: *a',
  '? ',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ',',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\\u0000',
  '\\ud800',
  '#',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '*',
  '?',
  's3:*',
  'iam:PassRole',
  'NotAction',
  'Statement',
  'Effect',
  'Deny',
  'Allow',
  'Fn::If',
  'Fn::Sub',
  'Ref',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'true',
  '1e400',
  '-0',
  '0x1F',
  '9007199254740993',
  '<!-- iam-usage-guard -->',
  '@octocat',
  '<script>',
  '`',
];

function byteMutation(rng: Rng, text: string): string {
  let out = text;
  const edits = 1 + int(rng, 8);
  for (let i = 0; i < edits; i++) {
    const at = int(rng, out.length + 1);
    switch (int(rng, 8)) {
      case 0: // flip one character
        out = out.slice(0, at) + String.fromCharCode(int(rng, 0x110)) + out.slice(at + 1);
        break;
      case 1: // delete a range
        out = out.slice(0, at) + out.slice(at + 1 + int(rng, 64));
        break;
      case 2: // duplicate a range
        out = out.slice(0, at) + out.slice(at, at + int(rng, 200)) + out.slice(at);
        break;
      case 3: // truncate, or (rarely) wrap the rest in deep nesting: stack depth is a resource too
        if (rng() < 0.2) {
          const depth = 500 + int(rng, 20_000);
          const [open, close] = pick(rng, [
            ['[', ']'],
            ['{a: ', '}'],
            ['- ', ''],
            ['{"a":', '}'],
          ] as const);
          out = out.slice(0, at) + open.repeat(depth) + out.slice(at, at + 20) + close.repeat(depth);
        } else out = out.slice(0, at);
        break;
      case 4: // move a range elsewhere
      case 5: {
        const from = int(rng, out.length + 1);
        const piece = out.slice(from, from + 1 + int(rng, 120));
        out = out.slice(0, at) + piece + out.slice(at);
        break;
      }
      default: // insert a token that matters
        out = out.slice(0, at) + pick(rng, TOKENS) + out.slice(at);
    }
  }
  return out;
}

function parseSeed(seed: Seed): unknown {
  try {
    if (/\.json$/i.test(seed.file)) return JSON.parse(seed.text);
    // Tags become plain values; the structure is what we mutate.
    return parseYaml(seed.text, {
      customTags: [],
      logLevel: 'silent',
      uniqueKeys: false,
      maxAliasCount: 100,
    });
  } catch {
    return undefined;
  }
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  '',
  '*',
  's3:*',
  '*:*',
  ':',
  'iam:',
  ':GetObject',
  's3:Get?bject',
  '**',
  [],
  {},
  [null],
  { Ref: 'Nowhere' },
  { 'Fn::If': ['Cond', ['s3:GetObject'], { Ref: 'AWS::NoValue' }] },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax, not a JS template
  { 'Fn::Sub': '${Missing}' },
  { 'Fn::Unknown': [1] },
  { 'Fn::GetAtt': 'NoDot' },
  { 'Fn::Join': [null, null] },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  '{"Statement": [',
  'x'.repeat(5000),
];

function randomValue(rng: Rng, depth = 0): unknown {
  if (depth > 3 || rng() < 0.6) return pick(rng, ODD_VALUES);
  if (rng() < 0.5) return Array.from({ length: int(rng, 4) }, () => randomValue(rng, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = int(rng, 4); i > 0; i--) {
    object[pick(rng, ['Effect', 'Action', 'NotAction', 'Resource', 'Statement', 'Type', 'Properties', 'x'])] =
      randomValue(rng, depth + 1);
  }
  return object;
}

/** Every container in the tree with the keys it holds, so one can be replaced. */
function containers(
  value: unknown,
  out: { holder: Record<string, unknown> | unknown[]; key: string | number }[],
) {
  if (out.length > 5000) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push({ holder: value, key: i });
      containers(item, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push({ holder: value as Record<string, unknown>, key });
      containers((value as Record<string, unknown>)[key], out);
    }
  }
}

function structureMutation(rng: Rng, seed: Seed): { text: string; file: string } | null {
  const tree = parseSeed(seed);
  if (tree === undefined || tree === null || typeof tree !== 'object') return null;
  const slots: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  containers(tree, slots);
  if (slots.length === 0) return null;
  const edits = 1 + int(rng, 5);
  for (let i = 0; i < edits; i++) {
    const slot = pick(rng, slots);
    const holder = slot.holder as Record<string | number, unknown>;
    switch (int(rng, 5)) {
      case 0: // replace with an odd value
        holder[slot.key] = randomValue(rng);
        break;
      case 1: // wrap: string → array, value → object
        holder[slot.key] =
          rng() < 0.5 ? [holder[slot.key]] : { [pick(rng, ['Ref', 'Fn::If', 'x'])]: holder[slot.key] };
        break;
      case 2: // delete
        if (Array.isArray(slot.holder)) slot.holder.splice(Number(slot.key), 1);
        else delete holder[slot.key];
        break;
      case 3: {
        // Copy another part of the tree here (a copy, never a cycle; YAML aliases come from the byte tokens).
        const from = pick(rng, slots);
        const copied = JSON.stringify((from.holder as Record<string | number, unknown>)[from.key]) ?? 'null';
        if (copied.length < 20_000) holder[slot.key] = JSON.parse(copied);
        break;
      }
      default: // a dangerous key next to it
        if (!Array.isArray(slot.holder)) {
          Object.defineProperty(
            slot.holder,
            pick(rng, ['__proto__', 'constructor', 'prototype', 'hasOwnProperty']),
            {
              value: randomValue(rng),
              enumerable: true,
              configurable: true,
              writable: true,
            },
          );
        }
    }
  }
  // Re-serialize: as JSON (pretty or compact) or YAML, whatever the seed was.
  let text: string;
  try {
    const asYaml = rng() < 0.4;
    text = asYaml
      ? stringifyYaml(tree, { aliasDuplicateObjects: rng() < 0.5, lineWidth: 0 })
      : JSON.stringify(tree, seen(), rng() < 0.5 ? 2 : undefined);
    const file = asYaml ? seed.file.replace(SEED_EXT, '.yaml') : seed.file.replace(SEED_EXT, '.json');
    return { text, file };
  } catch {
    return null;
  }
}

/** JSON.stringify replacer that writes a repeated (or cyclic) object once. */
function seen(): (key: string, value: unknown) => unknown {
  const stack = new WeakSet<object>();
  return (_key, value) => {
    if (value !== null && typeof value === 'object') {
      if (stack.has(value)) return '[shared]';
      stack.add(value);
    }
    return value;
  };
}

// fast-check arbitraries: IAM-shaped documents whose parts are drawn from both plausible and hostile values.
const actionArb = fc.oneof(
  fc.constantFrom(
    's3:GetObject',
    's3:*',
    '*',
    'iam:Pass*',
    'ec2:Describe?',
    'sqs:send*',
    'notaservice:Do',
    '',
  ),
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[a-z0-9-]{1,8}:[A-Za-z*?]{0,12}$/),
  // Wildcard runs that make a backtracking matcher exponential (`s3:*?*?…*?#`): the per-case budget catches a
  // matcher that stalls on one action string.
  fc
    .tuple(
      fc.constantFrom('s3:', 'ec2:', '*', '', 's3:Get'),
      fc.array(fc.constantFrom('*?', '?*', '*', '**?', 'a*'), { minLength: 5, maxLength: 60 }),
      fc.constantFrom('#', 't', 'Tagging', '', ':x'),
    )
    .map(([head, runs, tail]) => `${head}${runs.join('')}${tail}`),
);
const stringOrList = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { maxLength: 4 }));
const oddArb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...ODD_VALUES));
const statementArb = fc.record(
  {
    Sid: fc.string({ maxLength: 10 }),
    Effect: fc.oneof(fc.constantFrom('Allow', 'Deny', 'allow', ''), oddArb),
    Action: fc.oneof(stringOrList(actionArb), oddArb),
    NotAction: stringOrList(actionArb),
    Resource: fc.oneof(fc.constant('*'), stringOrList(fc.string({ maxLength: 12 })), oddArb),
    Condition: oddArb,
  },
  { requiredKeys: [] },
);
const documentArb = fc.record(
  {
    Version: fc.oneof(fc.constant('2012-10-17'), oddArb),
    Statement: fc.oneof(fc.array(statementArb, { maxLength: 4 }), statementArb, oddArb),
  },
  { requiredKeys: ['Statement'] },
);
const iamTypeArb = fc.constantFrom(
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::RolePolicy',
  'AWS::Serverless::Function',
  'AWS::S3::Bucket',
);
const logicalIdArb = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/), fc.string({ maxLength: 12 }));
const resourceArb = fc.record(
  {
    Type: fc.oneof(iamTypeArb, oddArb),
    Properties: fc.record(
      {
        RoleName: fc.oneof(fc.string({ maxLength: 20 }), oddArb),
        Policies: fc.oneof(
          fc.array(
            fc.record({
              PolicyName: fc.string({ maxLength: 8 }),
              PolicyDocument: fc.oneof(documentArb, oddArb),
            }),
            {
              maxLength: 3,
            },
          ),
          oddArb,
        ),
        PolicyDocument: fc.oneof(documentArb, fc.json({ maxDepth: 2 }), oddArb),
        ManagedPolicyArns: fc.oneof(
          fc.array(fc.oneof(fc.string({ maxLength: 30 }), oddArb), { maxLength: 3 }),
          oddArb,
        ),
        Roles: fc.oneof(
          fc.array(fc.oneof(fc.record({ Ref: logicalIdArb }), oddArb), { maxLength: 3 }),
          oddArb,
        ),
        Groups: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    Metadata: fc.oneof(
      fc.record({
        'iam-usage-guard': fc.record({ ignore: fc.oneof(fc.array(oddArb, { maxLength: 2 }), oddArb) }),
      }),
      oddArb,
    ),
    Condition: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: ['Type'] },
);
const templateArb = fc.record(
  {
    AWSTemplateFormatVersion: fc.constant('2010-09-09'),
    Transform: fc.oneof(fc.constant('AWS::Serverless-2016-10-31'), oddArb),
    Conditions: fc.dictionary(fc.string({ maxLength: 5 }), oddArb, { maxKeys: 2 }),
    Resources: fc.oneof(fc.dictionary(logicalIdArb, resourceArb, { maxKeys: 5 }), oddArb),
  },
  { requiredKeys: ['Resources'] },
);
const planResourceArb = fc.record({
  address: fc.string({ maxLength: 20 }),
  mode: fc.constantFrom('managed', 'data'),
  type: fc.constantFrom(
    'aws_iam_role',
    'aws_iam_role_policy',
    'aws_iam_policy',
    'aws_iam_user',
    'aws_iam_policy_attachment',
  ),
  name: fc.string({ maxLength: 6 }),
  values: fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 10 }), oddArb),
      policy: fc.oneof(
        documentArb.map((d) => JSON.stringify(d)),
        fc.string({ maxLength: 30 }),
        oddArb,
      ),
      inline_policy: fc.oneof(
        fc.array(fc.record({ name: fc.string(), policy: fc.string({ maxLength: 40 }) })),
        oddArb,
      ),
      managed_policy_arns: fc.oneof(fc.array(fc.string({ maxLength: 20 })), oddArb),
      role: fc.oneof(fc.string({ maxLength: 10 }), oddArb),
      arn: fc.oneof(fc.string({ maxLength: 30 }), oddArb),
    },
    { requiredKeys: [] },
  ),
});
const planArb = fc.record(
  {
    format_version: fc.constantFrom('1.2', '0.1', ''),
    planned_values: fc.record({
      root_module: fc.record({ resources: fc.oneof(fc.array(planResourceArb, { maxLength: 4 }), oddArb) }),
    }),
    resource_changes: fc.oneof(
      fc.array(
        fc.record({
          address: fc.string({ maxLength: 20 }),
          type: fc.constantFrom('aws_iam_role', 'aws_iam_role_policy', 'aws_iam_policy'),
          change: fc.record({
            actions: fc.array(fc.constantFrom('create', 'update', 'delete', 'no-op')),
            before: oddArb,
            after: oddArb,
            after_unknown: oddArb,
          }),
        }),
        { maxLength: 3 },
      ),
      oddArb,
    ),
    prior_state: oddArb,
  },
  { requiredKeys: ['format_version'] },
);

function generated(rng: Rng): { text: string; file: string; strategy: string } {
  const kind = int(rng, 3);
  const arb = kind === 0 ? templateArb : kind === 1 ? planArb : documentArb;
  const [value] = fc.sample(arb as fc.Arbitrary<unknown>, { seed: int(rng, 2 ** 31), numRuns: 1 });
  const asYaml = kind === 0 && rng() < 0.5;
  const name = ['template', 'plan', 'policy'][kind]!;
  if (asYaml) {
    return {
      text: stringifyYaml(value, { lineWidth: 0 }),
      file: `fuzz/${name}.yaml`,
      strategy: `fast-check ${name} (yaml)`,
    };
  }
  return {
    text: JSON.stringify(value, null, rng() < 0.5 ? 2 : undefined),
    file: `fuzz/${name}.json`,
    strategy: `fast-check ${name}`,
  };
}

/** The case for (seed, index): the same inputs give the same case on any machine with the same seed set. */
export function makeCase(seeds: readonly Seed[], seed: number, index: number): FuzzCase {
  const rng = rngFor(seed, index);
  const target = int(rng, 20);
  if (target === 0) return otherCase(rng, 'config', CONFIG_SEEDS);
  if (target === 1) return otherCase(rng, 'snapshot', SNAPSHOT_SEEDS);
  if (target === 2) return cdkCase(rng);
  return iacCase(rng, seeds);
}

/** A configuration or snapshot file, mutated like the IaC files are. */
function otherCase(rng: Rng, target: 'config' | 'snapshot', from: readonly Seed[]): FuzzCase {
  const base = pick(rng, from);
  if (rng() < 0.5) {
    const made = structureMutation(rng, base);
    if (made)
      return {
        target,
        file: base.file,
        text: made.text,
        strategy: `${target}: structure mutation of ${base.file}`,
        neighbours: [],
      };
  }
  return {
    target,
    file: base.file,
    text: byteMutation(rng, base.text),
    strategy: `${target}: byte mutation of ${base.file}`,
    neighbours: [],
  };
}

/** A CDK cloud assembly whose manifest or stack template (or both) is mutated; the other file rides along. */
function cdkCase(rng: Rng): FuzzCase {
  const mutate = (seed: Seed): string => {
    if (rng() < 0.5) {
      const made = structureMutation(rng, seed);
      if (made) return made.text;
    }
    return byteMutation(rng, seed.text);
  };
  const which = int(rng, 3);
  const manifest = which !== 1 ? mutate(CDK_MANIFEST) : CDK_MANIFEST.text;
  const template = which !== 0 ? mutate(CDK_TEMPLATE) : CDK_TEMPLATE.text;
  return {
    target: 'cdk',
    file: CDK_MANIFEST.file,
    text: manifest,
    strategy: `cdk assembly: ${['manifest', 'template', 'manifest and template'][which]} mutated`,
    neighbours: [{ file: CDK_TEMPLATE.file, text: template }],
  };
}

function iacCase(rng: Rng, seeds: readonly Seed[]): FuzzCase {
  const strategy = int(rng, 10);
  const base = pick(rng, seeds);
  const neighbours = rng() < 0.1 ? [pick(rng, seeds), pick(rng, seeds)].filter((s) => s !== base) : [];
  if (strategy <= 2) {
    const made = generated(rng);
    return { target: 'iac', ...made, neighbours };
  }
  if (strategy <= 5) {
    const made = structureMutation(rng, base);
    if (made) return { target: 'iac', ...made, strategy: `structure mutation of ${base.file}`, neighbours };
  }
  if (strategy === 6) {
    const other = pick(rng, seeds);
    const text =
      base.text.slice(0, int(rng, base.text.length + 1)) + other.text.slice(int(rng, other.text.length + 1));
    return {
      target: 'iac',
      file: base.file,
      text,
      strategy: `splice of ${base.file} and ${other.file}`,
      neighbours,
    };
  }
  return {
    target: 'iac',
    file: base.file,
    text: byteMutation(rng, base.text),
    strategy: `byte mutation of ${base.file}`,
    neighbours,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The property.

/** Messages that are JavaScript's, not ours: an internal error was caught and passed off as a diagnostic. */
const INTERNAL_ERROR =
  /Cannot read propert|Cannot set propert|Cannot create property|Cannot use 'in' operator|is not a function|is not iterable|Maximum call stack|Cannot convert (undefined|null|object)|Invalid array length|\bat [\w.<>]+ \(|\[object Object\]/;

function lineCount(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function checkLine(violations: string[], what: string, line: unknown, max: number): void {
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > max) {
    violations.push(`${what} has line ${String(line)} outside 1..${max}`);
  }
}

/** Checks one parse result against the property; returns the violations (empty: the case passed). */
export function checkResult(file: string, text: string, result: ParseResult, label = file): string[] {
  const violations: string[] = [];
  const max = lineCount(text);
  if (!result || !Array.isArray(result.entities) || !Array.isArray(result.diagnostics)) {
    return [`${label}: the result has no entities or diagnostics array`];
  }
  for (const d of result.diagnostics) {
    if (d.file !== file) violations.push(`diagnostic names file ${JSON.stringify(d.file)}, not ${file}`);
    if (d.line !== null) checkLine(violations, 'diagnostic', d.line, max);
    if (typeof d.message !== 'string' || d.message.trim() === '')
      violations.push('diagnostic without a message');
    else if (INTERNAL_ERROR.test(d.message))
      violations.push(`internal error passed off as a diagnostic: ${d.message}`);
  }
  for (const e of result.entities) {
    const where = `entity ${JSON.stringify(e.id)}`;
    if (e.file !== file) violations.push(`${where} names file ${JSON.stringify(e.file)}`);
    checkLine(violations, where, e.line, max);
    if (typeof e.id !== 'string') violations.push(`${where}: id is not a string`);
    for (const s of e.statements) {
      checkLine(violations, `${where} statement ${s.location.path}`, s.location.line, max);
      for (const a of [...(s.actions ?? []), ...(s.notActions ?? [])]) {
        if (typeof a.pattern !== 'string') violations.push(`${where}: action pattern is not a string`);
        checkLine(violations, `${where} action ${a.location.path}`, a.location.line, max);
      }
    }
    for (const s of e.suppressions) checkLine(violations, `${where} suppression`, s.location.line, max);
  }
  if (result.entities.length === 0 && result.diagnostics.length === 0 && result.files.length > 0) {
    // A file that was read (so it looked like IaC) must yield something: entities or a reason there are none.
    // Templates and plans with no IAM resources are fine (files read, nothing to say), so this is not a violation.
  }
  return violations;
}

/** Runs every stage the fuzzer covers on one case. Never throws: anything thrown is a violation. */
export async function runCase(c: FuzzCase): Promise<string[]> {
  const violations: string[] = [];
  try {
    if (c.target === 'config') violations.push(...runConfig(c));
    else if (c.target === 'snapshot') violations.push(...(await runSnapshot(c)));
    else if (c.target === 'cdk') violations.push(...(await runAssembly(c)));
    else violations.push(...(await runIac(c)));
  } catch (error) {
    violations.push(`uncaught: ${describe(error)}`);
  }
  const keys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (keys !== PROTOTYPE_KEYS || ({} as Record<string, unknown>)['polluted'] !== undefined) {
    violations.push('Object.prototype was modified');
  }
  return violations;
}

/** A configuration file: a Config, or a UserError that names the file; nothing else. */
function runConfig(c: FuzzCase): string[] {
  try {
    const config = parseConfig(c.text, c.file);
    if (typeof config.unusedDays !== 'number' || !config.rules)
      return ['parseConfig returned a config without unusedDays or rules'];
    return [];
  } catch (error) {
    if (!(error instanceof UserError))
      return [`parseConfig threw a ${errorName(error)}, not a UserError: ${describe(error)}`];
    if (!error.message.includes(c.file)) return [`config error does not name the file: ${error.message}`];
    if (INTERNAL_ERROR.test(error.message))
      return [`internal error passed off as a config error: ${error.message}`];
    return [];
  }
}

/** A snapshot file: read, then used for entities; a UserError naming the file, or a usage entry per entity. */
async function runSnapshot(c: FuzzCase): Promise<string[]> {
  let snapshot: ReturnType<typeof readSnapshot>;
  try {
    snapshot = readSnapshot(c.text, c.file);
  } catch (error) {
    if (!(error instanceof UserError))
      return [`readSnapshot threw a ${errorName(error)}, not a UserError: ${describe(error)}`];
    if (!error.message.includes(c.file)) return [`snapshot error does not name the file: ${error.message}`];
    if (INTERNAL_ERROR.test(error.message))
      return [`internal error passed off as a snapshot error: ${error.message}`];
    return [];
  }
  const entities = snapshotEntities();
  const collection = await collectUsage(entities, { snapshot, granularity: 'ACTION_LEVEL' });
  const missing = entities.filter((e) => !collection.usage.has(entityKey(e)));
  return missing.length > 0 ? [`collectUsage from the snapshot lost ${missing.length} entities`] : [];
}

let snapshotEntitiesCache: Entity[] | null = null;
function snapshotEntities(): Entity[] {
  snapshotEntitiesCache ??= parseDocument('builtin/template.yaml', BUILT_IN_SEEDS[0]!.text).entities;
  return snapshotEntitiesCache;
}

/** A CDK assembly read through readIac: diagnostics inside the files' lines, nothing thrown. */
async function runAssembly(c: FuzzCase): Promise<string[]> {
  const files = new Map<string, string>([
    [c.file, c.text],
    ...c.neighbours.map((n) => [n.file, n.text] as [string, string]),
  ]);
  const source: FileSource = {
    label: 'memory',
    list: async () => [...files.keys()],
    read: async (file) => files.get(file) ?? null,
    size: async (file) => (files.has(file) ? Buffer.byteLength(files.get(file)!, 'utf8') : null),
  };
  const result = await readIac(source, ['cdk.out']);
  const violations: string[] = [];
  for (const d of result.diagnostics) {
    const text = files.get(d.file);
    if (text === undefined) {
      // A manifest may name a template that is not there: the diagnostic names the missing file, no line.
      if (d.line !== null) violations.push(`diagnostic for absent file ${d.file} has a line`);
      continue;
    }
    if (d.line !== null) checkLine(violations, `diagnostic in ${d.file}`, d.line, lineCount(text));
    if (INTERNAL_ERROR.test(d.message))
      violations.push(`internal error passed off as a diagnostic: ${d.message}`);
  }
  for (const e of result.entities) {
    const text = files.get(e.file);
    if (text === undefined) violations.push(`entity ${e.id} in a file that was not given: ${e.file}`);
    else checkLine(violations, `entity ${e.id}`, e.line, lineCount(text));
    grantsOf(e);
  }
  return violations;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.constructor.name : typeof error;
}

async function runIac(c: FuzzCase): Promise<string[]> {
  const violations: string[] = [];
  {
    const result = parseDocument(c.file, c.text);
    violations.push(...checkResult(c.file, c.text, result));
    for (const entity of result.entities) {
      try {
        const grants = grantsOf(entity);
        if (!Array.isArray(actionNames(grants.actions)) || !Array.isArray(grants.services)) {
          violations.push(`grantsOf(${entity.id}) returned no actions/services arrays`);
        }
      } catch (error) {
        violations.push(`grantsOf threw: ${describe(error)}`);
      }
    }
    collectGrants(result, result);
    violations.push(...checkPolicyActions(c, result));
    violations.push(...checkTemplateEntities(c, result));
    if (c.neighbours.length > 0) violations.push(...(await checkNeighbours(c)));
  }
  return violations;
}

/**
 * An independent reading of a plain JSON policy document: every action string written in a statement's Action or
 * NotAction reaches the entity, or the file has a diagnostic. Catches an action dropped in silence.
 */
function checkPolicyActions(c: FuzzCase, result: ParseResult): string[] {
  if (!/\.json$/i.test(c.file) || result.diagnostics.length > 0) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(c.text);
  } catch {
    return [];
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('Statement' in raw)) return [];
  const entity = result.entities.find((e) => e.format === 'policy');
  if (!entity) return [];
  const statementList = (raw as { Statement: unknown }).Statement;
  const statements = Array.isArray(statementList) ? statementList : [statementList];
  const written = new Set<string>();
  for (const st of statements) {
    if (!st || typeof st !== 'object' || Array.isArray(st)) continue;
    for (const key of ['Action', 'NotAction']) {
      const value = (st as Record<string, unknown>)[key];
      for (const item of Array.isArray(value) ? value : [value])
        if (typeof item === 'string') written.add(item);
    }
  }
  const read = new Set(
    entity.statements.flatMap((s) => [...(s.actions ?? []), ...(s.notActions ?? [])]).map((a) => a.pattern),
  );
  const dropped = [...written].filter((a) => !read.has(a));
  return dropped.length > 0
    ? [
        `actions dropped without a diagnostic: ${dropped
          .slice(0, 5)
          .map((a) => JSON.stringify(a))
          .join(', ')}`,
      ]
    : [];
}

/** Every IAM role, user, group and managed policy declared in a JSON template is an entity, or there is a diagnostic. */
function checkTemplateEntities(c: FuzzCase, result: ParseResult): string[] {
  if (!/\.json$/i.test(c.file) || result.diagnostics.length > 0) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(c.text);
  } catch {
    return [];
  }
  const resources = (raw as { Resources?: unknown } | null)?.Resources;
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) return [];
  const kinds = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::ManagedPolicy']);
  const ids = new Set(result.entities.map((e) => e.id));
  const missing = Object.entries(resources as Record<string, unknown>)
    .filter(
      ([, r]) => r !== null && typeof r === 'object' && kinds.has((r as { Type?: unknown }).Type as string),
    )
    .map(([id]) => id)
    .filter((id) => !ids.has(id));
  return missing.length > 0 && result.files.length > 0
    ? [`IAM resources without an entity or a diagnostic: ${missing.slice(0, 5).join(', ')}`]
    : [];
}

/** A bad file read beside good ones loses none of the good ones' entities. */
async function checkNeighbours(c: FuzzCase): Promise<string[]> {
  const files = new Map<string, string>();
  for (const [i, n] of c.neighbours.entries()) files.set(`good${i}/${path.posix.basename(n.file)}`, n.text);
  files.set(`fuzzed/${path.posix.basename(c.file)}`, c.text);
  const source: FileSource = {
    label: 'memory',
    list: async () => [...files.keys()],
    read: async (file) => files.get(file) ?? null,
    size: async (file) => Buffer.byteLength(files.get(file) ?? '', 'utf8'),
  };
  const all = await readIac(source, ['.'], { include: ['**/*'], exclude: [] });
  const violations: string[] = [];
  for (const [file, text] of files) {
    if (file.startsWith('fuzzed/')) continue;
    const alone = parseDocument(file, text)
      .entities.map((e) => e.id)
      .sort();
    const together = all.entities
      .filter((e) => e.file === file)
      .map((e) => e.id)
      .sort();
    if (alone.join('\n') !== together.join('\n')) {
      violations.push(
        `readIac lost entities of ${file} next to the fuzzed file (${alone.length} alone, ${together.length} together)`,
      );
    }
  }
  return violations;
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  return String(error);
}

let timingCatalog: ActionCatalog | null = null;

/**
 * The action string of a case whose expansion takes longest, timed on a catalog of its own (so the shared one's
 * cache does not hide the cost): a matcher that backtracks shows here before it hangs a run.
 */
export function slowestActionString(c: FuzzCase): { ms: number; pattern: string | null } {
  timingCatalog ??= createCatalog(catalogData as CatalogData);
  let worst = { ms: 0, pattern: null as string | null };
  try {
    for (const entity of parseDocument(c.file, c.text).entities) {
      for (const statement of entity.statements) {
        for (const action of [...(statement.actions ?? []), ...(statement.notActions ?? [])]) {
          const started = performance.now();
          timingCatalog.expand(action.pattern);
          const ms = performance.now() - started;
          if (ms > worst.ms) worst = { ms, pattern: action.pattern };
        }
      }
    }
  } catch {
    // runCase reports what throws; timing is best effort.
  }
  return worst;
}
