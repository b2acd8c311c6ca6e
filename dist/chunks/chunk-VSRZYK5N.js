import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/rules/model.ts
var RULE_IDS = [
  "widened-unused-service",
  "widened-unused-action",
  "unused-service",
  "unused-action",
  "unused-entity",
  "new-service",
  "stale-access-key",
  "no-usage-data",
  "unjudged"
];

export {
  RULE_IDS
};
//# sourceMappingURL=chunk-VSRZYK5N.js.map
