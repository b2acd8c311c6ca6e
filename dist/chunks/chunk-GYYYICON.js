import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/rules/types.ts
var RULE_DOCS_BASE_URL = "https://github.com/iam-usage-guard/iam-usage-guard";
function ruleHelpUri(id) {
  return `${RULE_DOCS_BASE_URL}#${id}`;
}

export {
  RULE_DOCS_BASE_URL,
  ruleHelpUri
};
//# sourceMappingURL=chunk-GYYYICON.js.map
