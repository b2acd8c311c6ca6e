// The rule registry: every rule, in the order reports and presets list them. Adding a rule is one file in this
// folder, its test in test/rules/ and its page in docs/rules/, plus its line here (docs/rules/README.md).
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

export const RULES = [
  widenedUnusedService,
  widenedUnusedAction,
  unusedService,
  unusedAction,
  unusedEntity,
  newService,
  staleAccessKey,
  noUsageData,
  unjudged,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export function ruleById(id: RuleId): Rule<RuleId> {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

export type { Rule, RuleFinding, RuleInput, RuleSettings, Supersedes } from './types.js';
export { defineRule, PROJECT_URL, RULE_DOCS_BASE_URL, ruleHelpUri } from './types.js';
