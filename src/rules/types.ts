// What a rule is, sees and returns: plain data only, so the CLI, the action and the cdk-nag plugin share the rules.
// A rule is one file (`src/rules/<rule-id>.ts`), one test file and one doc page; see docs/rules/README.md.
import type { ActionSet } from '../policy/action-set.js';
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import type { EntityUsage } from '../usage/model.js';
import type { Finding, Severity } from './model.js';

/** The settings the rules read; the resolved configuration carries them. */
export interface RuleSettings {
  unusedDays: number;
  accessKeyMaxIdleDays: number;
  /** `fail`: a rule that reports missing data reports it as an error (configuration `onMissingData`). */
  onMissingData?: 'fail' | 'warn';
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
  /** The configured severity of this rule. */
  severity: Severity;
  /** Wall clock, injected: only used where AWS gives no report time (access keys). */
  now: Date;
}

/**
 * A finding as a rule returns it: the contract's fields, plus what it is about: the granted actions, or the places
 * in the code (`file#path`, e.g. an action string that cannot be rendered). The engine uses them to decide whether a
 * suppression written on a policy resource covers the finding (only what that policy itself writes or grants),
 * then drops them; they never reach a report.
 */
export type RuleFinding = Finding & {
  grantedActions?: ActionSet;
  /**
   * Or every granted action of this service: what a finding about a whole service is about, named rather than
   * built (a wildcard grant makes a finding per service; the engine takes the actions from the grant set only
   * when a suppression asks).
   */
  grantedService?: string;
  codePaths?: readonly string[];
};

/**
 * A finding of another rule that a finding of this rule makes redundant: one problem, one finding. The engine folds
 * (hides) the other finding when this rule's finding survives suppressions and is at least as severe.
 */
export interface Supersedes {
  /** The other rule's id. */
  rule: string;
  /** `service`: the other rule's finding about the same service; `entity`: any of its findings on the entity. */
  scope: 'service' | 'entity';
}

export interface Rule<Id extends string = string> {
  id: Id;
  /** Severity in the `recommended` preset (the default). */
  defaultSeverity: Severity;
  /** Severity in the `strict` preset. */
  strictSeverity: Severity;
  /** One sentence: what fires it. Shown in SARIF `shortDescription`, `init` and the docs. */
  description: string;
  /** JSON Schema of this rule's `options` object. */
  optionsSchema: Record<string, unknown>;
  /** Findings of other rules this rule's findings fold; documented on the rule's page. */
  supersedes?: readonly Supersedes[];
  /** Whether its findings carry the least-privilege `"Action": [...]` suggestion (rules about unused grants). */
  suggestsNarrowing?: boolean;
  /** Pure: same input, same findings. */
  evaluate(input: RuleInput): RuleFinding[];
}

/** Declares a rule; keeps its id as a literal type, so the registry knows every id. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** The project's home page (SARIF `informationUri`). */
export const PROJECT_URL = 'https://github.com/iam-usage-guard/iam-usage-guard';

/** Where the rule pages live: `docs/rules/<rule-id>.md` in the repository. */
export const RULE_DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/rules`;

/** The documentation page of one rule: the one place a rule's link is built (findings, SARIF, comment, init). */
export function ruleHelpUri(id: string): string {
  return `${RULE_DOCS_BASE_URL}/${encodeURIComponent(id)}.md`;
}
