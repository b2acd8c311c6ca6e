import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  RULE_IDS
} from "./chunk-VSRZYK5N.js";
import {
  RULES,
  actionsOfService,
  entityLocation,
  makeFinding,
  serviceOf,
  usageView
} from "./chunk-LCTBXZNW.js";
import {
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-XAKUAGXQ.js";
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
var UNUSED_FAMILY = /* @__PURE__ */ new Set([
  "widened-unused-service",
  "widened-unused-action",
  "unused-service",
  "unused-action"
]);
function evaluateEntity(item, options) {
  const input = {
    granted: item.granted,
    touched: item.touched,
    hasBase: options.hasBase,
    usage: item.usage,
    usageUnavailable: options.usageUnavailable,
    historic: item.historic ?? null,
    settings: options.settings,
    now: options.now
  };
  let findings = [];
  for (const rule of RULES) {
    const config = options.rules[rule.id];
    const configured = config?.severity ?? rule.defaultSeverity;
    if (configured === "off") continue;
    let severity = configured;
    if (rule.id === "no-usage-data") {
      if (options.onMissingData === "fail") severity = "error";
      else if (!options.usageUnavailable && severity === "notice") severity = "warning";
    }
    const ruleInput = { ...input, options: config?.options ?? {}, severity };
    try {
      findings.push(...rule.evaluate(ruleInput));
    } catch (error) {
      findings.push(
        makeFinding(rule.id, "error", ruleInput, {
          location: entityLocation(ruleInput),
          message: `Rule ${rule.id} failed on ${item.granted.entity.kind} ${item.granted.entity.id}: ${errorMessage(error)}. Please report this.`
        })
      );
    }
  }
  findings = foldOverlaps(findings);
  try {
    addSuggestions(findings, item, options);
  } catch {
  }
  return applySuppressions(findings, item, options);
}
function foldOverlaps(findings) {
  const present = new Set(findings.map((f) => `${f.rule}\0${f.service ?? ""}`));
  const has = (rule, service) => present.has(`${rule}\0${service ?? ""}`);
  const entityUnused = findings.some((f) => f.rule === "unused-entity");
  return findings.filter((f) => {
    switch (f.rule) {
      case "widened-unused-action":
        return !has("widened-unused-service", f.service);
      case "unused-service":
        return !has("widened-unused-service", f.service) && !entityUnused;
      case "unused-action":
        return !has("widened-unused-service", f.service) && !has("widened-unused-action", f.service) && !has("unused-service", f.service) && !entityUnused;
      default:
        return true;
    }
  });
}
function addSuggestions(findings, item, options) {
  if (!findings.some((f) => UNUSED_FAMILY.has(f.rule))) return;
  const view = usageView(item.usage, options.settings.unusedDays, options.now);
  if (!view) return;
  const actions = suggestActions(item.granted, view);
  if (!actions) return;
  const suggestion = formatSuggestion(actions);
  for (const finding of findings) if (UNUSED_FAMILY.has(finding.rule)) finding.suggestion = suggestion;
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
function applySuppressions(findings, item, options) {
  const { entity } = item.granted;
  const result = { findings: [], suppressed: [], warnings: [] };
  const key = entityKey(entity);
  const arn = item.usage?.arn ?? entity.arn;
  const entityIgnore = options.ignore.entities.find((glob) => globMatch(key, glob) || globMatch(arn, glob));
  const valid = entity.suppressions.filter((s) => s.reason && s.reason.trim() !== "");
  for (const suppression of entity.suppressions) {
    if (!RULE_IDS.includes(suppression.rule)) {
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
    if (item.touched && !(suppression.reason && suppression.reason.trim() !== "")) {
      result.findings.push({
        rule: suppression.rule,
        severity: "error",
        entity: { id: entity.id, kind: entity.kind, arn },
        service: null,
        action: null,
        file: suppression.location.file,
        line: suppression.location.line,
        lastAccessed: null,
        message: `Suppression of ${suppression.rule} on ${entity.kind} ${entity.id} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        suggestion: null
      });
    }
  }
  for (const finding of findings) {
    let reason = null;
    if (entityIgnore) reason = `ignored by configuration (ignore.entities: ${entityIgnore})`;
    const serviceIgnore = options.ignore.services.find((glob) => globMatch(finding.service, glob));
    if (!reason && serviceIgnore) reason = `ignored by configuration (ignore.services: ${serviceIgnore})`;
    const actionIgnore = options.ignore.actions.find((glob) => globMatch(finding.action, glob));
    if (!reason && actionIgnore) reason = `ignored by configuration (ignore.actions: ${actionIgnore})`;
    if (!reason) {
      const inCode = valid.find(
        (s) => s.rule === finding.rule && (s.services === null || finding.service !== null && s.services.some((svc) => svc.toLowerCase() === finding.service))
      );
      if (inCode) reason = inCode.reason;
    }
    if (reason) result.suppressed.push({ ...finding, reason });
    else result.findings.push(finding);
  }
  return result;
}
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
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
//# sourceMappingURL=chunk-7ZSDB4WL.js.map
