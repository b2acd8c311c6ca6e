import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-7JMSUVEL.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";
import {
  inertJson
} from "./chunk-EIMRGLKR.js";

// src/report/json.ts
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
function renderJson(result) {
  const body = {
    findings: result.findings.map(contractFinding),
    summary: result.summary,
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
//# sourceMappingURL=chunk-C4FIIDH4.js.map
