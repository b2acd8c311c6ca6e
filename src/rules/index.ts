// Every rule, in the order of RULE_IDS.
import type { RuleId } from './model.js';
import { newService } from './new-service.js';
import { noUsageData } from './no-usage-data.js';
import { staleAccessKey } from './stale-access-key.js';
import type { Rule } from './types.js';
import { unjudged } from './unjudged.js';
import { unusedAction } from './unused-action.js';
import { unusedEntity } from './unused-entity.js';
import { unusedService } from './unused-service.js';
import { widenedUnusedAction } from './widened-unused-action.js';
import { widenedUnusedService } from './widened-unused-service.js';

export const RULES: readonly Rule[] = [
  widenedUnusedService,
  widenedUnusedAction,
  unusedService,
  unusedAction,
  unusedEntity,
  newService,
  staleAccessKey,
  noUsageData,
  unjudged,
];

export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

export type { Rule, RuleInput, RuleSettings } from './types.js';
export { RULE_DOCS_BASE_URL, ruleHelpUri } from './types.js';
