// What a rule sees and returns: plain data only, so the CLI, the action and the cdk-nag plugin share the rules.
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import type { EntityUsage } from '../usage/model.js';
import type { Finding, RuleId, Severity } from './model.js';

/** The settings the rules read; the resolved configuration carries them. */
export interface RuleSettings {
  unusedDays: number;
  accessKeyMaxIdleDays: number;
}

export interface RuleInput {
  granted: GrantedEntity;
  /** Whether the PR changes this entity (new, or grants differ from base); without a base every entity is. */
  touched: boolean;
  /** Whether a base was compared: then `granted.base === null` means the PR adds the entity. */
  hasBase: boolean;
  /** The collector's answer; null when usage was not asked for this entity or is unavailable. */
  usage: EntityUsage | null;
  /** Why no usage data exists at all for this run (no credentials and no snapshot), else null. */
  usageUnavailable: string | null;
  /**
   * Grants as the code stood `unusedDays` before now (from git history), when known: a service absent there
   * was added recently and cannot have gone unused for `unusedDays` yet. Null: history unknown.
   */
  historic?: Pick<GrantSet, 'services' | 'actions'> | null;
  settings: RuleSettings;
  /** This rule's options from the configuration (already validated against `optionsSchema`). */
  options: Record<string, unknown>;
  severity: Severity;
  /** Wall clock, injected: only used where AWS gives no report time (access keys). */
  now: Date;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One sentence: what fires it. Shown in SARIF `shortDescription` and the docs. */
  description: string;
  /** JSON Schema of this rule's `options` object. */
  optionsSchema: Record<string, unknown>;
  /** Pure: same input, same findings. */
  evaluate(input: RuleInput): Finding[];
}

/** Base of every rule's documentation link; a rule's section anchor is its id. */
export const RULE_DOCS_BASE_URL = 'https://github.com/iam-usage-guard/iam-usage-guard';

export function ruleHelpUri(id: string): string {
  return `${RULE_DOCS_BASE_URL}#${id}`;
}
