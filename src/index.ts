// The library API: `import { scan } from 'iam-usage-guard'` runs the same pipeline as the CLI and the action.
export { type Config, defaultConfig, loadConfig, parseConfig } from './config/index.js';
export { type ScanOptions, type ScanResult, scan } from './pipeline.js';
export type { GrantedEntity, GrantSet } from './policy/grants.types.js';
export type { Diagnostic, Entity, SourceLocation, Statement, Suppression } from './policy/model.js';
export { renderJson } from './report/json.js';
export { renderSarif } from './report/sarif.js';
export { renderText } from './report/text.js';
export { evaluateEntity } from './rules/engine.js';
export { RULE_IDS, RULES } from './rules/index.js';
export type { CheckSummary, Finding, RuleId, Severity } from './rules/model.js';
export { PROJECT_URL, RULE_DOCS_BASE_URL, type Rule, type RuleInput, ruleHelpUri } from './rules/types.js';
export { type AwsClientOptions, type AwsClients, createAwsClients } from './usage/clients.js';
export type { EntityUsage, SnapshotFile, UsageReport } from './usage/model.js';
