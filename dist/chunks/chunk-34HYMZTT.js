import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  entityKey
} from "./chunk-7DYXPIMR.js";

// src/usage/model.ts
function emptyUsage(entity) {
  return {
    entityKey: entityKey(entity),
    arn: null,
    createDate: null,
    report: null,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null
  };
}
function addWarning(usage, warning) {
  if (!usage.warnings) usage.warnings = [];
  usage.warnings.push(warning);
}

export {
  emptyUsage,
  addWarning
};
//# sourceMappingURL=chunk-34HYMZTT.js.map
