import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  RULES,
  RULE_IDS,
  actionsOfService,
  entityLocation,
  isRuleId,
  makeFinding,
  serviceOf
} from "./chunk-E5TNWZM4.js";
import {
  grantsOf
} from "./chunk-DBWX2MR6.js";
import {
  usageView
} from "./chunk-TB53CU5I.js";
import {
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey,
  statementKey
} from "./chunk-7DYXPIMR.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";

// src/rules/suggestion.ts
var regexes = /* @__PURE__ */ new Map();
function patternRegex(pattern) {
  const known = regexes.get(pattern);
  if (known) return known;
  if (regexes.size > 1e4) regexes.clear();
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  const regex = new RegExp(`^${body}$`, "i");
  regexes.set(pattern, regex);
  return regex;
}
function suggestActions(granted, view) {
  const { grants, entity } = granted;
  const written = entity.statements.filter((statement) => statement.effect === "Allow" && statement.actions).flatMap((statement) => (statement.actions ?? []).map((a) => a.pattern.trim()));
  const keep = /* @__PURE__ */ new Set();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const granted2 = actionsOfService(grants, service);
    const unusedTracked = new Set(
      [...seen?.tracked?.values() ?? []].filter((t) => !t.used).map((t) => t.action.toLowerCase())
    );
    const dropsSome = granted2.some((action) => unusedTracked.has(action.toLowerCase()));
    const patterns = written.filter((p) => p === "*" || serviceOf(p) === service);
    const patternsCover = granted2.every((action) => patterns.some((p) => patternRegex(p).test(action)));
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === "*" ? `${service}:*` : p);
    } else {
      for (const action of granted2) if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}
function formatSuggestion(actions) {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(", ")}]`;
}

// src/rules/engine.ts
function evaluateEntity(item, options) {
  const input = {
    granted: item.granted,
    touched: item.touched,
    hasBase: options.hasBase,
    usage: item.usage,
    usageUnavailable: options.usageUnavailable,
    historic: item.historic ?? null,
    settings: { onMissingData: options.onMissingData, ...options.settings },
    now: options.now
  };
  const findings = [];
  const broken = /* @__PURE__ */ new Set();
  for (const rule of RULES) {
    const config = options.rules[rule.id];
    const severity = config?.severity ?? rule.defaultSeverity;
    if (severity === "off") continue;
    const ruleInput = { ...input, options: config?.options ?? {}, severity };
    try {
      findings.push(...rule.evaluate(ruleInput));
    } catch (error) {
      const finding = makeFinding(rule.id, "error", ruleInput, {
        location: entityLocation(ruleInput),
        message: `Rule ${rule.id} failed on ${item.granted.entity.kind} ${item.granted.entity.id}: ${errorMessage(error)}. Please report this.`
      });
      broken.add(finding);
      findings.push(finding);
    }
  }
  try {
    addSuggestions(findings, item, options);
  } catch {
  }
  const result = applySuppressions(findings, item, options);
  for (const f of result.suppressed) if (broken.has(f.original)) broken.add(f);
  const folded = foldOverlaps(result.kept, result.suppressed, broken);
  return {
    findings: [...result.problems, ...folded.kept.map(contractFinding)],
    suppressed: folded.suppressed.map(({ reason, by, original: _original, ...f }) => ({
      ...contractFinding(f),
      reason,
      suppressedBy: by
    })),
    warnings: result.warnings
  };
}
function contractFinding(finding) {
  const { grantedActions: _actions, codePaths: _paths, ...rest } = finding;
  return rest;
}
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
var RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
var Folds = class {
  strongest = /* @__PURE__ */ new Map();
  constructor(findings) {
    for (const strong of findings) {
      for (const declared of RULE_BY_ID.get(strong.rule)?.supersedes ?? []) {
        if (declared.scope === "service" && strong.service === null) continue;
        const key = `${declared.rule}\0${declared.scope === "entity" ? "*" : strong.service}`;
        this.strongest.set(key, Math.max(this.strongest.get(key) ?? 0, SEVERITY_RANK[strong.severity]));
      }
    }
  }
  folds(weak) {
    const rank = SEVERITY_RANK[weak.severity];
    const at = (service) => (this.strongest.get(`${weak.rule}\0${service}`) ?? 0) >= rank;
    return at("*") || weak.service !== null && at(weak.service);
  }
};
function foldOverlaps(kept, suppressed, broken) {
  const shown = new Folds(kept.filter((f) => !broken.has(f)));
  const byEntry = /* @__PURE__ */ new Map();
  for (const f of suppressed) {
    if (broken.has(f)) continue;
    const entry = JSON.stringify(f.by);
    byEntry.set(entry, [...byEntry.get(entry) ?? [], f]);
  }
  const sameEntry = new Map([...byEntry].map(([entry, list]) => [entry, new Folds(list)]));
  return {
    kept: kept.filter((f) => broken.has(f) || !shown.folds(f)),
    suppressed: suppressed.filter(
      (f) => broken.has(f) || !(shown.folds(f) || sameEntry.get(JSON.stringify(f.by))?.folds(f))
    )
  };
}
function addSuggestions(findings, item, options) {
  const narrows = (f) => RULE_BY_ID.get(f.rule)?.suggestsNarrowing === true;
  if (!findings.some(narrows)) return;
  const view = usageView(item.usage, options.settings.unusedDays, options.now);
  if (!view) return;
  const actions = suggestActions(item.granted, view);
  if (!actions) return;
  const suggestion = formatSuggestion(actions);
  for (const finding of findings) if (narrows(finding)) finding.suggestion = suggestion;
}
var compiled = /* @__PURE__ */ new Map();
function globMatch(value, glob) {
  if (value === null) return false;
  let matcher = compiled.get(glob);
  if (!matcher) {
    if (compiled.size > 1e3) compiled.clear();
    matcher = new Minimatch(glob, { nocase: true, dot: true });
    compiled.set(glob, matcher);
  }
  return matcher.match(value);
}
function hasReason(suppression) {
  return Boolean(suppression.reason && suppression.reason.trim() !== "");
}
function applySuppressions(findings, item, options) {
  const { entity } = item.granted;
  const result = { kept: [], suppressed: [], problems: [], warnings: [] };
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
          message: `Suppression of unknown rule '${suppression.rule}' on ${entity.id} has no effect (rules: ${RULE_IDS.join(", ")}).`
        });
      }
      continue;
    }
    if (item.touched && !hasReason(suppression)) {
      const where = suppression.scope ? ` (written on ${suppression.scope.resource})` : "";
      result.problems.push({
        rule: suppression.rule,
        severity: "error",
        entity: { id: entity.id, kind: entity.kind, arn },
        service: null,
        action: null,
        file: suppression.location.file,
        line: suppression.location.line,
        lastAccessed: null,
        message: `Suppression of ${suppression.rule} on ${entity.kind} ${entity.id}${where} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        suggestion: null
      });
    }
  }
  const valid = entity.suppressions.filter(hasReason);
  const scoped = new ScopedGrants(item.granted, options.grantOptions ?? {});
  for (const finding of findings) {
    let by = null;
    let reason = null;
    const serviceIgnore = options.ignore.services.find((glob) => globMatch(finding.service, glob));
    const actionIgnore = options.ignore.actions.find((glob) => globMatch(finding.action, glob));
    const configKey = entityIgnore ? `ignore.entities: ${entityIgnore}` : serviceIgnore ? `ignore.services: ${serviceIgnore}` : actionIgnore ? `ignore.actions: ${actionIgnore}` : null;
    if (configKey) {
      reason = `ignored by configuration (${configKey})`;
      by = { kind: "configuration", key: configKey };
    } else {
      const inCode = valid.find(
        (s) => s.rule === finding.rule && (s.services === null || finding.service !== null && s.services.some((svc) => svc.toLowerCase() === finding.service)) && (s.scope === null || scoped.covers(s.scope, finding))
      );
      if (inCode) {
        reason = inCode.reason;
        by = {
          kind: "code",
          file: inCode.location.file,
          line: inCode.location.line,
          resource: inCode.scope?.resource ?? null
        };
      }
    }
    if (reason && by) result.suppressed.push({ ...finding, reason, by, original: finding });
    else result.kept.push(finding);
  }
  return result;
}
var ScopedGrants = class {
  constructor(granted, grantOptions) {
    this.granted = granted;
    this.grantOptions = grantOptions;
  }
  granted;
  grantOptions;
  without = /* @__PURE__ */ new Map();
  covers(scope, finding) {
    if (finding.codePaths && finding.codePaths.length > 0) {
      return finding.codePaths.every(
        (place) => scope.statements.some(
          (statement) => place === statement || place.startsWith(`${statement}.`) || place.startsWith(`${statement}[`)
        )
      );
    }
    const actions = finding.grantedActions;
    if (!actions || actions.length === 0) return false;
    const rest = this.grantsWithout(scope);
    return actions.every((action) => !rest.has(action));
  }
  grantsWithout(scope) {
    const cacheKey = scope.statements.join("\n");
    let rest = this.without.get(cacheKey);
    if (!rest) {
      const own = new Set(scope.statements);
      const { entity } = this.granted;
      const statements = entity.statements.filter((statement) => !own.has(statementKey(statement)));
      const grants = grantsOf({ ...entity, statements }, this.grantOptions);
      rest = new Set(grants.actions);
      this.without.set(cacheKey, rest);
    }
    return rest;
  }
};
function reaches(severity, failOn) {
  return failOn !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || (a.service ?? "").localeCompare(b.service ?? "") || (a.action ?? "").localeCompare(b.action ?? "");
}

export {
  evaluateEntity,
  reaches,
  compareFindings
};
//# sourceMappingURL=chunk-XGFZREJN.js.map
