// The configuration as the pipeline uses it: the defaults, and a validated raw configuration merged over its preset.
import type { RuleConfig } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { RuleId, SeverityOrOff } from '../rules/model.js';
import type { Granularity } from '../usage/model.js';
import { PRESETS } from './presets.js';

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
