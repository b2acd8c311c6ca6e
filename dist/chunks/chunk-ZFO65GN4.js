import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-PUX2MLRJ.js";

// src/config/presets.ts
function severities(pick) {
  return Object.fromEntries(RULES.map((rule) => [rule.id, pick(rule)]));
}
var PRESETS = {
  recommended: { rules: severities((rule) => rule.defaultSeverity) },
  strict: { onMissingData: "fail", rules: severities((rule) => rule.strictSeverity) }
};

// src/config/resolve.ts
var CONFIG_FILES = [
  ".github/iam-usage-guard.yml",
  ".github/iam-usage-guard.yaml",
  ".iam-usage-guard.yml",
  ".iam-usage-guard.yaml"
];
function defaultConfig() {
  return resolveConfig({});
}
function resolveConfig(raw) {
  const preset = PRESETS[raw.extends ?? "recommended"];
  const rules = {};
  for (const rule of RULES) {
    rules[rule.id] = { severity: preset.rules[rule.id] ?? rule.defaultSeverity, options: {} };
  }
  for (const [id, entry] of Object.entries(raw.rules ?? {})) {
    if (entry === void 0) continue;
    const [severity, options] = Array.isArray(entry) ? entry : [entry, void 0];
    rules[id] = { severity, options: { ...rules[id].options, ...options ?? {} } };
  }
  return {
    unusedDays: raw.unusedDays ?? preset.unusedDays ?? 90,
    accessKeyMaxIdleDays: raw.accessKeyMaxIdleDays ?? preset.accessKeyMaxIdleDays ?? 90,
    granularity: raw.granularity ?? "ACTION_LEVEL",
    files: { include: raw.files?.include ?? [], exclude: raw.files?.exclude ?? [] },
    ignore: {
      entities: raw.ignore?.entities ?? [],
      services: raw.ignore?.services ?? [],
      actions: raw.ignore?.actions ?? []
    },
    rules,
    entities: raw.entities ?? [],
    stacks: raw.stacks ?? [],
    parameters: (raw.parameters ?? []).map(({ template, values }) => ({
      template,
      values: Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value : String(value)])
      )
    })),
    onMissingData: raw.onMissingData ?? preset.onMissingData ?? "warn",
    cacheMaxAgeHours: raw.cacheMaxAgeHours ?? 4,
    deadlineSeconds: raw.deadlineSeconds ?? 600,
    snapshotMaxAgeDays: raw.snapshotMaxAgeDays ?? null
  };
}

export {
  CONFIG_FILES,
  defaultConfig,
  resolveConfig
};
//# sourceMappingURL=chunk-ZFO65GN4.js.map
