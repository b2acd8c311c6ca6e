// The presets in rules/*.yml as data, so every bundle has them without reading files; a test keeps both in sync.
import type { RuleId, SeverityOrOff } from '../rules/model.js';

export interface PresetSettings {
  unusedDays?: number;
  accessKeyMaxIdleDays?: number;
  onMissingData?: 'fail' | 'warn';
  rules: Record<RuleId, SeverityOrOff>;
}

export const PRESETS: Record<'recommended' | 'strict', PresetSettings> = {
  recommended: {
    rules: {
      'widened-unused-service': 'error',
      'widened-unused-action': 'warning',
      'unused-service': 'warning',
      'unused-action': 'notice',
      'unused-entity': 'warning',
      'new-service': 'notice',
      'stale-access-key': 'warning',
      'no-usage-data': 'notice',
      unjudged: 'error',
    },
  },
  strict: {
    onMissingData: 'fail',
    rules: {
      'widened-unused-service': 'error',
      'widened-unused-action': 'error',
      'unused-service': 'error',
      'unused-action': 'warning',
      'unused-entity': 'error',
      'new-service': 'warning',
      'stale-access-key': 'error',
      'no-usage-data': 'warning',
      unjudged: 'error',
    },
  },
};
