// Runs the enabled rules over one entity: a rule that throws becomes a finding, suppressions (in code and in
// configuration) apply, overlapping findings fold into the strongest one as the rules declare, and findings about
// unused grants get a suggestion.
import { Minimatch } from 'minimatch';
import { errorMessage } from '../errors.js';
import { type ActionSet, actionsOfService, intersects } from '../policy/action-set.js';
import { type GrantOptions, grantsOf } from '../policy/grants.js';
import type { GrantedEntity, GrantSet } from '../policy/grants.types.js';
import { entityKey, type Suppression, type SuppressionScope, statementKey } from '../policy/model.js';
import type { EntityUsage } from '../usage/model.js';
import { entityLocation, makeFinding } from './attribution.js';
import { isRuleId, RULE_IDS, RULES, type RuleId } from './index.js';
import type { Finding, Severity, SeverityOrOff } from './model.js';
import { type UnusedGrants, unusedGrantsOf } from './statement-plan.js';
import { formatSuggestion, suggestActions } from './suggestion.js';
import type { Rule, RuleFinding, RuleInput, RuleSettings } from './types.js';
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
  /**
   * The options the grants were expanded with (managed policy documents, bundled AWS-managed policies): a
   * suppression written on a policy resource is judged against the same grants.
   */
  grantOptions?: GrantOptions;
}

export interface EntityEvaluation {
  granted: GrantedEntity;
  usage: EntityUsage | null;
  touched: boolean;
  historic?: Pick<GrantSet, 'services' | 'actions'> | null;
}

/** Where the suppression that hid a finding is written: a file and line in code, or a configuration key. */
export type SuppressionSource =
  | { kind: 'code'; file: string; line: number; resource: string | null }
  | { kind: 'configuration'; key: string };

export type SuppressedFinding = Finding & { reason: string; suppressedBy?: SuppressionSource };

export interface EngineResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Problems in suppressions themselves that are not findings (an unknown rule id). */
  warnings: { file: string; line: number; message: string; entity: string }[];
  /** [i18] What the unused-permission rules found unused, not suppressed, before folding: what a fix may remove. */
  unused: UnusedGrants;
}

export function evaluateEntity(item: EntityEvaluation, options: EngineOptions): EngineResult {
  const input: Omit<RuleInput, 'options' | 'severity'> = {
    granted: item.granted,
    touched: item.touched,
    hasBase: options.hasBase,
    usage: item.usage,
    usageUnavailable: options.usageUnavailable,
    historic: item.historic ?? null,
    settings: { onMissingData: options.onMissingData, ...options.settings },
    now: options.now,
  };
  const findings: RuleFinding[] = [];
  // Findings that say a rule broke: never folded away, never folding anything.
  const broken = new Set<RuleFinding>();
  for (const rule of RULES as readonly Rule<RuleId>[]) {
    const config = options.rules[rule.id];
    const severity = config?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const ruleInput: RuleInput = { ...input, options: config?.options ?? {}, severity };
    try {
      findings.push(...rule.evaluate(ruleInput));
    } catch (error) {
      // A broken rule must not turn the check green: it reports itself, as an error, on the entity.
      const finding = makeFinding(rule.id, 'error', ruleInput, {
        location: entityLocation(ruleInput),
        message: `Rule ${rule.id} failed on ${item.granted.entity.kind} ${item.granted.entity.id}: ${errorMessage(error)}. Please report this.`,
      });
      broken.add(finding);
      findings.push(finding);
    }
  }
  const suggested = withSuggestions(findings, item, options);
  // A broken rule's finding is still one with a suggestion added.
  for (const [i, f] of suggested.entries()) if (broken.has(findings[i]!)) broken.add(f);
  const result = applySuppressions(suggested, item, options);
  // A suppressed copy of a broken rule's finding is still one.
  for (const f of result.suppressed) if (broken.has(f.original)) broken.add(f);
  const folded = foldOverlaps(result.kept, result.suppressed, broken);
  return {
    findings: [...result.problems, ...folded.kept.map(contractFinding)],
    suppressed: folded.suppressed.map(({ reason, by, original: _original, ...f }) => ({
      ...contractFinding(f),
      reason,
      suppressedBy: by,
    })),
    warnings: result.warnings,
    unused: unusedGrantsOf(result.kept),
  };
}

/** A finding as reports see it: without what only the engine needs. */
function contractFinding(f: RuleFinding): Finding {
  // Written out field by field: an object of exactly the contract's fields (a wildcard grant makes many of them).
  return {
    rule: f.rule,
    severity: f.severity,
    entity: f.entity,
    service: f.service,
    action: f.action,
    file: f.file,
    line: f.line,
    lastAccessed: f.lastAccessed,
    message: f.message,
    suggestion: f.suggestion,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule as Rule]));

/**
 * What a set of findings folds, as their rules declare: for each folded rule and service (`*` for the whole
 * entity), the highest severity among the findings that fold it. A finding folds another only when it is at least
 * as severe, so folding never lowers what is shown. Built once per list: an entity with a wildcard grant has
 * hundreds of findings.
 */
class Folds {
  /** Folded rule → service (`*`: the whole entity) → highest severity rank that folds it. */
  private readonly strongest = new Map<string, Map<string, number>>();

  constructor(findings: readonly Finding[]) {
    for (const strong of findings) {
      for (const declared of RULE_BY_ID.get(strong.rule)?.supersedes ?? []) {
        if (declared.scope === 'service' && strong.service === null) continue;
        const service = declared.scope === 'entity' ? '*' : (strong.service as string);
        let byService = this.strongest.get(declared.rule);
        if (!byService) {
          byService = new Map();
          this.strongest.set(declared.rule, byService);
        }
        byService.set(service, Math.max(byService.get(service) ?? 0, SEVERITY_RANK[strong.severity]));
      }
    }
  }

  folds(weak: Finding): boolean {
    const byService = this.strongest.get(weak.rule);
    if (!byService) return false;
    const rank = SEVERITY_RANK[weak.severity];
    return (
      (byService.get('*') ?? 0) >= rank ||
      (weak.service !== null && (byService.get(weak.service) ?? 0) >= rank)
    );
  }
}

/**
 * One problem, one finding. A shown finding is hidden by another shown finding that folds it. A suppressed
 * finding is never a reason to hide a shown one: suppressing `widened-unused-service` brings back the
 * `unused-service` finding it folded, which needs its own suppression. A suppressed finding is not listed when a
 * shown finding folds it, or one suppressed by the same entry (one `ignore.services` glob hides one problem).
 * A rule's own declaration never folds its own findings; a finding that says a rule broke neither folds nor is folded.
 */
function foldOverlaps(
  kept: RuleFinding[],
  suppressed: Suppressed[],
  broken: ReadonlySet<RuleFinding>,
): { kept: RuleFinding[]; suppressed: Suppressed[] } {
  const shown = new Folds(kept.filter((f) => !broken.has(f)));
  const byEntry = new Map<string, Suppressed[]>();
  for (const f of suppressed) {
    if (broken.has(f)) continue;
    const entry = JSON.stringify(f.by);
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), f]);
  }
  const sameEntry = new Map([...byEntry].map(([entry, list]) => [entry, new Folds(list)]));
  return {
    kept: kept.filter((f) => broken.has(f) || !shown.folds(f)),
    suppressed: suppressed.filter(
      (f) => broken.has(f) || !(shown.folds(f) || sameEntry.get(JSON.stringify(f.by))?.folds(f)),
    ),
  };
}

/** The findings, those of rules about unused grants with the least-privilege suggestion (new objects). */
function withSuggestions(
  findings: RuleFinding[],
  item: EntityEvaluation,
  options: EngineOptions,
): RuleFinding[] {
  const narrows = (f: RuleFinding) => RULE_BY_ID.get(f.rule)?.suggestsNarrowing === true;
  if (!findings.some(narrows)) return findings;
  let suggestion: string | null = null;
  try {
    const view = usageView(item.usage, options.settings.unusedDays, options.now);
    const actions = view ? suggestActions(item.granted, view) : null;
    suggestion = actions ? formatSuggestion(actions) : null;
  } catch {
    // The suggestion is a courtesy; the findings stand without it.
  }
  return suggestion === null ? findings : findings.map((f) => (narrows(f) ? { ...f, suggestion } : f));
}

/** The first glob that matches `value` (a loop, not a closure per finding: a wildcard grant makes hundreds). */
function firstMatch(globs: readonly string[], value: string | null): string | undefined {
  if (value === null) return undefined;
  for (const glob of globs) if (globMatch(value, glob)) return glob;
  return undefined;
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

type Suppressed = RuleFinding & { reason: string; by: SuppressionSource; original: RuleFinding };

interface SuppressionResult {
  kept: RuleFinding[];
  suppressed: Suppressed[];
  /** Suppressions that are themselves wrong (no reason): error findings at their own line. */
  problems: Finding[];
  warnings: EngineResult['warnings'];
}

function hasReason(suppression: Suppression): boolean {
  return Boolean(suppression.reason && suppression.reason.trim() !== '');
}

function applySuppressions(
  findings: RuleFinding[],
  item: EntityEvaluation,
  options: EngineOptions,
): SuppressionResult {
  const { entity } = item.granted;
  const result: SuppressionResult = { kept: [], suppressed: [], problems: [], warnings: [] };
  const key = entityKey(entity);
  const arn = item.usage?.arn ?? entity.arn;
  const entityIgnore = options.ignore.entities.find((glob) => globMatch(key, glob) || globMatch(arn, glob));

  for (const suppression of entity.suppressions) {
    if (!isRuleId(suppression.rule)) {
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
    if (item.touched && !hasReason(suppression)) {
      // Reported under the rule it tries to silence, so it is fixed where it is written; it silences nothing.
      const where = suppression.scope ? ` (written on ${suppression.scope.resource})` : '';
      result.problems.push({
        rule: suppression.rule,
        severity: 'error',
        entity: { id: entity.id, kind: entity.kind, arn },
        service: null,
        action: null,
        file: suppression.location.file,
        line: suppression.location.line,
        lastAccessed: null,
        message: `Suppression of ${suppression.rule} on ${entity.kind} ${entity.id}${where} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        suggestion: null,
      });
    }
  }

  const valid = entity.suppressions.filter(hasReason);
  const scoped = new ScopedGrants(item.granted, options.grantOptions ?? {});
  for (const finding of findings) {
    let by: SuppressionSource | null = null;
    let reason: string | null = null;
    const serviceIgnore = firstMatch(options.ignore.services, finding.service);
    const actionIgnore = firstMatch(options.ignore.actions, finding.action);
    const configKey = entityIgnore
      ? `ignore.entities: ${entityIgnore}`
      : serviceIgnore
        ? `ignore.services: ${serviceIgnore}`
        : actionIgnore
          ? `ignore.actions: ${actionIgnore}`
          : null;
    if (configKey) {
      reason = `ignored by configuration (${configKey})`;
      by = { kind: 'configuration', key: configKey };
    } else if (valid.length > 0) {
      const inCode = valid.find(
        (s) =>
          s.rule === finding.rule &&
          (s.services === null ||
            (finding.service !== null && s.services.some((svc) => svc.toLowerCase() === finding.service))) &&
          (s.scope === null || scoped.covers(s.scope, finding)),
      );
      if (inCode) {
        reason = inCode.reason as string;
        by = {
          kind: 'code',
          file: inCode.location.file,
          line: inCode.location.line,
          resource: inCode.scope?.resource ?? null,
        };
      }
    }
    if (reason && by) result.suppressed.push({ ...finding, reason, by, original: finding });
    else result.kept.push(finding);
  }
  return result;
}

/**
 * What an entity would grant without the statements one policy resource adds: a suppression written on that
 * resource covers a finding only when every granted action the finding is about comes from the resource alone.
 */
class ScopedGrants {
  private readonly without = new Map<string, ActionSet>();
  constructor(
    private readonly granted: GrantedEntity,
    private readonly grantOptions: GrantOptions,
  ) {}

  covers(scope: SuppressionScope, finding: RuleFinding): boolean {
    // About places in the code: each must lie inside a statement the resource itself writes.
    if (finding.codePaths && finding.codePaths.length > 0) {
      return finding.codePaths.every((place) =>
        scope.statements.some(
          (statement) =>
            place === statement || place.startsWith(`${statement}.`) || place.startsWith(`${statement}[`),
        ),
      );
    }
    const actions =
      finding.grantedActions ??
      (finding.grantedService
        ? actionsOfService(this.granted.grants.actions, finding.grantedService)
        : undefined);
    if (!actions || actions.size === 0) return false;
    return !intersects(actions, this.grantsWithout(scope));
  }

  private grantsWithout(scope: SuppressionScope): ActionSet {
    const cacheKey = scope.statements.join('\n');
    let rest = this.without.get(cacheKey);
    if (!rest) {
      const own = new Set(scope.statements);
      const { entity } = this.granted;
      const statements = entity.statements.filter((statement) => !own.has(statementKey(statement)));
      rest = grantsOf({ ...entity, statements }, this.grantOptions).actions;
      this.without.set(cacheKey, rest);
    }
    return rest;
  }
}

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
