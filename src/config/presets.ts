// The presets, built from the rules' own severities: `recommended` is every rule's `defaultSeverity`, `strict` its
// `strictSeverity`. rules/recommended.yml and rules/strict.yml are these, written out (a test keeps them current).
import { RULES, type RuleId } from '../rules/index.js';
import type { SeverityOrOff } from '../rules/model.js';

export interface PresetSettings {
  unusedDays?: number;
  accessKeyMaxIdleDays?: number;
  onMissingData?: 'fail' | 'warn';
  rules: Record<RuleId, SeverityOrOff>;
}

export type PresetName = 'recommended' | 'strict';

function severities(pick: (rule: (typeof RULES)[number]) => SeverityOrOff): Record<RuleId, SeverityOrOff> {
  return Object.fromEntries(RULES.map((rule) => [rule.id, pick(rule)])) as Record<RuleId, SeverityOrOff>;
}

export const PRESETS: Record<PresetName, PresetSettings> = {
  recommended: { rules: severities((rule) => rule.defaultSeverity) },
  strict: { onMissingData: 'fail', rules: severities((rule) => rule.strictSeverity) },
};

/** What each preset says in one line, for the head of its shipped file. */
export const PRESET_SUMMARIES: Record<PresetName, string> = {
  recommended:
    'the default: blocks when a change widens a service the entity has not used, or grants what the code does not let the tool know; everything else is advice.',
  strict: 'every unused grant blocks, and missing usage data fails the check.',
};
