import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import "./chunk-5246H675.js";

// src/policy/managed-policies.data.json
import { readFileSync } from "node:fs";
var here = new URL(".", import.meta.url);
var managed_policies_data_default = JSON.parse(readFileSync(new URL("managed-policies.data.json", here.pathname.endsWith("/chunks/") ? new URL("..", here) : here), "utf8"));
export {
  managed_policies_data_default as default
};
//# sourceMappingURL=managed-policies.data-JXBXGMW6.js.map
