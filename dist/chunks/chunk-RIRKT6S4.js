import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonDocument
} from "./chunk-6GC2L5S6.js";
import {
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
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
    // Action sets write their names (JSON.stringify, or jsonChunks from the bits).
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
  return [...jsonReportChunks(result)].join("");
}
function* jsonReportChunks(result) {
  const touched = new Set(result.touched ?? []);
  const body = {
    findings: result.findings,
    summary: result.summary,
    ...result.entities ? { entities: result.entities } : {},
    ...result.bases ? { bases: result.bases } : {},
    ...result.artifacts ? { artifacts: result.artifacts } : {},
    ...result.baseNotices ? { baseNotices: result.baseNotices } : {},
    suppressed: result.suppressed,
    diagnostics: result.diagnostics,
    usageUnavailable: result.usageUnavailable,
    notes: result.notes ?? [],
    managedPolicies: managedPolicySources(result)
  };
  const pieces = jsonDocument(body, {
    findings: contractFinding,
    entities: (g) => contractEntity(g, result, touched),
    suppressed: (f) => ({ ...contractFinding(f), reason: f.reason })
  });
  for (const piece of pieces) yield inertJson(piece);
}

export {
  renderJson,
  jsonReportChunks
};
//# sourceMappingURL=chunk-RIRKT6S4.js.map
