// Runs the enabled rules over one entity: a rule that throws becomes a finding, overlapping findings fold into
// the strongest one, suppressions (in code and in configuration) apply, and unused findings get a suggestion.
import { Minimatch } from 'minimatch';
import { errorMessage } from '../errors.js';
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import { entityKey } from '../policy/model.js';
import type { EntityUsage } from '../usage/model.js';
import { entityLocation, makeFinding } from './attribution.js';
import { RULES } from './index.js';
import type { Finding, RuleId, Severity, SeverityOrOff } from './model.js';
import { RULE_IDS } from './model.js';
import { formatSuggestion, suggestActions } from './suggestion.js';
import type { RuleInput, RuleSettings } from './types.js';
import { usageView } from './usage-view.js';

export interface RuleConfig {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface EngineOptions {
  rules: Record<RuleId, RuleConfig>;
  settings: RuleSettings;
  ignore: { entities: string[]; services: string[]; actions: string[] };
  /** `fail`: missing usage data is an error finding (blocks at the default fail-on). */
  onMissingData: 'fail' | 'warn';
  hasBase: boolean;
  usageUnavailable: string | null;
  now: Date;
}

export interface EntityEvaluation {
  granted: GrantedEntity;
  usage: EntityUsage | null;
  touched: boolean;
  historic?: Pick<GrantSet, 'services' | 'actions'> | null;
}

export type SuppressedFinding = Finding & { reason: string };

export interface EngineResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Problems in suppressions themselves that are not findings (an unknown rule id). */
  warnings: { file: string; line: number; message: string; entity: string }[];
}

const UNUSED_FAMILY: ReadonlySet<RuleId> = new Set([
  'widened-unused-service',
  'widened-unused-action',
  'unused-service',
  'unused-action',
]);

export function evaluateEntity(item: EntityEvaluation, options: EngineOptions): EngineResult {
  const input: Omit<RuleInput, 'options' | 'severity'> = {
    granted: item.granted,
    touched: item.touched,
    hasBase: options.hasBase,
    usage: item.usage,
    usageUnavailable: options.usageUnavailable,
    historic: item.historic ?? null,
    settings: options.settings,
    now: options.now,
  };
  let findings: Finding[] = [];
  for (const rule of RULES) {
    const config = options.rules[rule.id];
    const configured = config?.severity ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    let severity: Severity = configured;
    if (rule.id === 'no-usage-data') {
      if (options.onMissingData === 'fail') severity = 'error';
      // An entity whose own data went missing while AWS or a snapshot answered for others is data loss, not the
      // announced degraded mode (no credentials, a fork): `warn` makes it at least a warning, never a quiet notice.
      else if (!options.usageUnavailable && severity === 'notice') severity = 'warning';
    }
    const ruleInput: RuleInput = { ...input, options: config?.options ?? {}, severity };
    try {
      findings.push(...rule.evaluate(ruleInput));
    } catch (error) {
      // A broken rule must not turn the check green: it reports itself, as an error, on the entity.
      findings.push(
        makeFinding(rule.id, 'error', ruleInput, {
          location: entityLocation(ruleInput),
          message: `Rule ${rule.id} failed on ${item.granted.entity.kind} ${item.granted.entity.id}: ${errorMessage(error)}. Please report this.`,
        }),
      );
    }
  }
  findings = foldOverlaps(findings);
  try {
    addSuggestions(findings, item, options);
  } catch {
    // The suggestion is a courtesy; the findings stand without it.
  }
  return applySuppressions(findings, item, options);
}

/** One problem, one finding: the strongest statement about a service or entity hides the weaker ones. */
function foldOverlaps(findings: Finding[]): Finding[] {
  const present = new Set(findings.map((f) => `${f.rule}\u0000${f.service ?? ''}`));
  const has = (rule: RuleId, service: string | null) => present.has(`${rule}\u0000${service ?? ''}`);
  const entityUnused = findings.some((f) => f.rule === 'unused-entity');
  return findings.filter((f) => {
    switch (f.rule) {
      case 'widened-unused-action':
        return !has('widened-unused-service', f.service);
      case 'unused-service':
        return !has('widened-unused-service', f.service) && !entityUnused;
      case 'unused-action':
        return (
          !has('widened-unused-service', f.service) &&
          !has('widened-unused-action', f.service) &&
          !has('unused-service', f.service) &&
          !entityUnused
        );
      default:
        return true;
    }
  });
}

function addSuggestions(findings: Finding[], item: EntityEvaluation, options: EngineOptions): void {
  if (!findings.some((f) => UNUSED_FAMILY.has(f.rule))) return;
  const view = usageView(item.usage, options.settings.unusedDays, options.now);
  if (!view) return;
  const actions = suggestActions(item.granted, view);
  if (!actions) return;
  const suggestion = formatSuggestion(actions);
  for (const finding of findings) if (UNUSED_FAMILY.has(finding.rule)) finding.suggestion = suggestion;
}

const compiled = new Map<string, Minimatch>();

function globMatch(value: string | null, glob: string): boolean {
  if (value === null) return false;
  let matcher = compiled.get(glob);
  if (!matcher) {
    if (compiled.size > 1000) compiled.clear();
    matcher = new Minimatch(glob, { nocase: true, dot: true });
    compiled.set(glob, matcher);
  }
  return matcher.match(value);
}

function applySuppressions(
  findings: Finding[],
  item: EntityEvaluation,
  options: EngineOptions,
): EngineResult {
  const { entity } = item.granted;
  const result: EngineResult = { findings: [], suppressed: [], warnings: [] };
  const key = entityKey(entity);
  const arn = item.usage?.arn ?? entity.arn;
  const entityIgnore = options.ignore.entities.find((glob) => globMatch(key, glob) || globMatch(arn, glob));

  const valid = entity.suppressions.filter((s) => s.reason && s.reason.trim() !== '');
  for (const suppression of entity.suppressions) {
    if (!(RULE_IDS as readonly string[]).includes(suppression.rule)) {
      if (item.touched) {
        result.warnings.push({
          file: suppression.location.file,
          line: suppression.location.line,
          entity: entity.id,
          message: `Suppression of unknown rule '${suppression.rule}' on ${entity.id} has no effect (rules: ${RULE_IDS.join(', ')}).`,
        });
      }
      continue;
    }
    if (item.touched && !(suppression.reason && suppression.reason.trim() !== '')) {
      // Reported under the rule it tries to silence, so it is fixed where it is written; it silences nothing.
      result.findings.push({
        rule: suppression.rule as RuleId,
        severity: 'error',
        entity: { id: entity.id, kind: entity.kind, arn },
        service: null,
        action: null,
        file: suppression.location.file,
        line: suppression.location.line,
        lastAccessed: null,
        message: `Suppression of ${suppression.rule} on ${entity.kind} ${entity.id} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        suggestion: null,
      });
    }
  }

  for (const finding of findings) {
    let reason: string | null = null;
    if (entityIgnore) reason = `ignored by configuration (ignore.entities: ${entityIgnore})`;
    const serviceIgnore = options.ignore.services.find((glob) => globMatch(finding.service, glob));
    if (!reason && serviceIgnore) reason = `ignored by configuration (ignore.services: ${serviceIgnore})`;
    const actionIgnore = options.ignore.actions.find((glob) => globMatch(finding.action, glob));
    if (!reason && actionIgnore) reason = `ignored by configuration (ignore.actions: ${actionIgnore})`;
    if (!reason) {
      const inCode = valid.find(
        (s) =>
          s.rule === finding.rule &&
          (s.services === null ||
            (finding.service !== null && s.services.some((svc) => svc.toLowerCase() === finding.service))),
      );
      if (inCode) reason = inCode.reason as string;
    }
    if (reason) result.suppressed.push({ ...finding, reason });
    else result.findings.push(finding);
  }
  return result;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Whether a finding of `severity` reaches `failOn`. */
export function reaches(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.rule.localeCompare(b.rule) ||
    (a.service ?? '').localeCompare(b.service ?? '') ||
    (a.action ?? '').localeCompare(b.action ?? '')
  );
}
