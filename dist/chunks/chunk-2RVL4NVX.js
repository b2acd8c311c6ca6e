import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}
var PROJECT_URL = "https://github.com/iam-usage-guard/iam-usage-guard";
var RULE_DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/rules`;
function ruleHelpUri(id) {
  return `${RULE_DOCS_BASE_URL}/${encodeURIComponent(id)}.md`;
}

export {
  defineRule,
  PROJECT_URL,
  RULE_DOCS_BASE_URL,
  ruleHelpUri
};
//# sourceMappingURL=chunk-2RVL4NVX.js.map
