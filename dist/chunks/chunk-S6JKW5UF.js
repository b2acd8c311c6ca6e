import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-7JMSUVEL.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";
import {
  inertJson
} from "./chunk-FRFO6OVP.js";

// src/report/json.ts
function contractFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    entity: { id: f.entity.id, kind: f.entity.kind, arn: f.entity.arn },
    service: f.service,
    action: f.action,
    file: f.file,
    line: f.line,
    lastAccessed: f.lastAccessed,
    message: f.message,
    suggestion: f.suggestion,
    helpUri: ruleHelpUri(f.rule)
  };
}
function contractEntity(g, result, touched) {
  const key = entityKey(g.entity);
  return {
    id: g.entity.id,
    kind: g.entity.kind,
    file: g.entity.file,
    line: g.entity.line,
    name: g.entity.name,
    arn: g.entity.arn,
    services: g.grants.services,
    actions: g.grants.actions,
    base: g.base ? { services: g.base.services, actions: g.base.actions } : null,
    baseSource: result.baseSources?.[key] ?? "none",
    touched: touched.has(key)
  };
}
function managedPolicySources(result) {
  const touched = new Set(result.touched ?? []);
  return (result.entities ?? []).filter((g) => touched.has(entityKey(g.entity))).flatMap(
    ({ entity, grants }) => Object.entries(grants.managedPolicySources ?? {}).map(([arn, source]) => ({
      entity: entity.id,
      file: entity.file,
      arn,
      source
    }))
  );
}
function renderJson(result) {
  const touched = new Set(result.touched ?? []);
  const body = {
    findings: result.findings.map(contractFinding),
    summary: result.summary,
    ...result.entities ? { entities: result.entities.map((g) => contractEntity(g, result, touched)) } : {},
    ...result.bases ? { bases: result.bases } : {},
    ...result.artifacts ? { artifacts: result.artifacts } : {},
    ...result.baseNotices ? { baseNotices: result.baseNotices } : {},
    suppressed: result.suppressed.map((f) => ({ ...contractFinding(f), reason: f.reason })),
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
    managedPolicies: managedPolicySources(result)
  };
  return `${inertJson(JSON.stringify(body, null, 2))}
`;
}

export {
  renderJson
};
//# sourceMappingURL=chunk-S6JKW5UF.js.map
