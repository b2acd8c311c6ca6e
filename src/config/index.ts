// Loads `.github/iam-usage-guard.yml` (or `.iam-usage-guard.yml`, or --config), validates it against the JSON
// Schema, merges it over its preset, and points at the exact line of anything wrong.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { type Document, isMap, isNode, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ConfigError, UserError } from '../errors.js';
import type { RuleConfig } from '../rules/engine.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import type { RuleId, SeverityOrOff } from '../rules/model.js';
import type { Granularity } from '../usage/model.js';
import { nearest } from './did-you-mean.js';
import { PRESETS } from './presets.js';
import { configSchema } from './schema.js';

export interface Config {
  unusedDays: number;
  accessKeyMaxIdleDays: number;
  granularity: Granularity;
  files: { include: string[]; exclude: string[] };
  ignore: { entities: string[]; services: string[]; actions: string[] };
  rules: Record<RuleId, RuleConfig>;
  entities: { match: string; arn: string }[];
  stacks: { template: string; stackName: string }[];
  /** Parameter values of templates (glob over file paths), over the templates' own Defaults. */
  parameters: { template: string; values: Record<string, string | string[]> }[];
  onMissingData: 'fail' | 'warn';
  cacheMaxAgeHours: number;
  deadlineSeconds: number;
  /** Refuse a snapshot older than this, warn past a third of it; null: `unusedDays`. */
  snapshotMaxAgeDays: number | null;
}

/** Where the configuration is looked for, first found wins: both YAML spellings, in .github/ and at the root. */
export const CONFIG_FILES = [
  '.github/iam-usage-guard.yml',
  '.github/iam-usage-guard.yaml',
  '.iam-usage-guard.yml',
  '.iam-usage-guard.yaml',
];

/** The configuration with no file: the recommended preset and the documented defaults. */
export function defaultConfig(): Config {
  return resolveConfig({});
}

/** What a configuration file may hold, after schema validation. */
export interface RawConfig {
  extends?: 'recommended' | 'strict';
  unusedDays?: number;
  accessKeyMaxIdleDays?: number;
  granularity?: Granularity;
  onMissingData?: 'fail' | 'warn';
  cacheMaxAgeHours?: number;
  deadlineSeconds?: number;
  snapshotMaxAgeDays?: number;
  files?: { include?: string[]; exclude?: string[] };
  ignore?: { entities?: string[]; services?: string[]; actions?: string[] };
  rules?: Partial<Record<RuleId, SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>]>>;
  entities?: { match: string; arn: string }[];
  stacks?: { template: string; stackName: string }[];
  parameters?: { template: string; values: Record<string, string | number | boolean | string[]> }[];
}

/** Defaults ← preset ← the user's settings (rule options merge key by key). */
export function resolveConfig(raw: RawConfig): Config {
  const preset = PRESETS[raw.extends ?? 'recommended'];
  const rules = {} as Record<RuleId, RuleConfig>;
  for (const rule of RULES) {
    rules[rule.id] = { severity: preset.rules[rule.id] ?? rule.defaultSeverity, options: {} };
  }
  for (const [id, entry] of Object.entries(raw.rules ?? {}) as [
    RuleId,
    NonNullable<RawConfig['rules']>[RuleId],
  ][]) {
    if (entry === undefined) continue;
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
    rules[id] = { severity, options: { ...rules[id].options, ...(options ?? {}) } };
  }
  return {
    unusedDays: raw.unusedDays ?? preset.unusedDays ?? 90,
    accessKeyMaxIdleDays: raw.accessKeyMaxIdleDays ?? preset.accessKeyMaxIdleDays ?? 90,
    granularity: raw.granularity ?? 'ACTION_LEVEL',
    files: { include: raw.files?.include ?? [], exclude: raw.files?.exclude ?? [] },
    ignore: {
      entities: raw.ignore?.entities ?? [],
      services: raw.ignore?.services ?? [],
      actions: raw.ignore?.actions ?? [],
    },
    rules,
    entities: raw.entities ?? [],
    stacks: raw.stacks ?? [],
    parameters: (raw.parameters ?? []).map(({ template, values }) => ({
      template,
      values: Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]),
      ),
    })),
    onMissingData: raw.onMissingData ?? preset.onMissingData ?? 'warn',
    cacheMaxAgeHours: raw.cacheMaxAgeHours ?? 4,
    deadlineSeconds: raw.deadlineSeconds ?? 600,
    snapshotMaxAgeDays: raw.snapshotMaxAgeDays ?? null,
  };
}

let validator: ReturnType<Ajv['compile']> | null = null;
function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(configSchema());
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** Parses and validates configuration text; every problem is listed with `file:line`. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    resolveKnownTags: false,
  });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  // The YAML parser reports a stack overflow on deep nesting as an ordinary error: say what it means.
  const words = (message: string) =>
    /Maximum call stack/.test(message) ? 'nested too deeply to read' : (message.split('\n')[0] ?? message);
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: words(e.message) })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(file, [
      { line: 1, message: words(error instanceof Error ? error.message : String(error)) },
    ]);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, [{ line: 1, message: 'must be a mapping of settings' }]);
  }
  const problems = describeErrors(validate(value), doc).map((p) => ({
    line: lineOf(p.offset),
    message: p.message,
  }));
  if (problems.length > 0) throw new ConfigError(file, problems);
  return resolveConfig(value as RawConfig);
}

function segments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeAt(doc: Document, pathSegments: (string | number)[]): Node | null {
  const node = pathSegments.length === 0 ? doc.contents : doc.getIn(pathSegments, true);
  return isNode(node) ? node : null;
}

function keyNode(doc: Document, pathSegments: (string | number)[], key: string): Node | null {
  const parent = nodeAt(doc, pathSegments);
  if (!isMap(parent)) return parent;
  for (const pair of parent.items) {
    if (isNode(pair.key) && String((pair.key as { value?: unknown }).value) === key) return pair.key;
  }
  return parent;
}

function display(pathSegments: (string | number)[]): string {
  return pathSegments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s),
    '',
  );
}

const SEVERITIES = 'error, warning, notice, off';

function describeErrors(
  errors: ErrorObject[],
  doc: Document,
): { offset: number | undefined; message: string }[] {
  const out: { offset: number | undefined; message: string; path: string }[] = [];
  const rulesEntry = /^\/rules\/([^/]+)$/;
  const handledRuleEntries = new Set<string>();
  for (const error of errors) {
    const segs = segments(error.instancePath);
    const where = display(segs);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const parent = nodeAt(doc, segs);
      const known = isMap(parent)
        ? Object.keys(((error.parentSchema as { properties?: object }).properties ?? {}) as object)
        : [];
      const guess = nearest(key, known);
      out.push({
        offset: keyNode(doc, segs, key)?.range?.[0],
        path: `${error.instancePath}/${key}`,
        message: `unknown ${where === 'rules' ? 'rule' : where.endsWith('[1]') ? 'option' : 'key'} '${key}'${where && where !== 'rules' ? ` in ${where}` : ''}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      });
      continue;
    }
    const ruleMatch = rulesEntry.exec(error.instancePath);
    if (ruleMatch && ['enum', 'type', 'oneOf', 'minItems', 'maxItems'].includes(error.keyword)) {
      if (handledRuleEntries.has(error.instancePath)) continue;
      handledRuleEntries.add(error.instancePath);
      const node = nodeAt(doc, segs);
      const shown =
        isNode(node) && !isMap(node) && !isSeq(node)
          ? ` '${String((node as { value?: unknown }).value)}'`
          : '';
      out.push({
        offset: node?.range?.[0],
        path: error.instancePath,
        message: `${where}: severity${shown} must be one of ${SEVERITIES}, or [severity, options]`,
      });
      continue;
    }
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const node = nodeAt(doc, segs);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'enum') {
      message = `must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    }
    out.push({
      offset: node?.range?.[0],
      path: error.instancePath,
      message: `${where || 'configuration'}: ${message}`,
    });
  }
  // A deeper problem explains its parent's: keep the most specific message per place.
  return out.filter(
    (p) =>
      !out.some((q) => q !== p && q.path.startsWith(`${p.path}/`) && !p.message.startsWith('unknown')) ||
      p.path === '',
  );
}

/** Finds and loads the configuration; no file → the defaults. */
export async function loadConfig(
  cwd: string,
  explicitPath?: string,
): Promise<{ config: Config; file: string | null }> {
  const candidates = explicitPath
    ? [path.resolve(cwd, explicitPath)]
    : CONFIG_FILES.map((f) => path.join(cwd, f));
  for (const candidate of candidates) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch (error) {
      if (explicitPath) {
        throw new UserError(
          `cannot read configuration ${explicitPath}: ${(error as NodeJS.ErrnoException).code ?? error}`,
        );
      }
      continue;
    }
    const shown = path.relative(cwd, candidate) || candidate;
    return { config: parseConfig(text, shown), file: shown };
  }
  return { config: defaultConfig(), file: null };
}

export { RULE_IDS };
