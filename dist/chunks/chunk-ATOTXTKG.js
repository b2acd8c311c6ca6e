import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  entityKey
} from "./chunk-YGTLDSZU.js";

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

export {
  emptyUsage
};
//# sourceMappingURL=chunk-ATOTXTKG.js.map
