import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/model.ts
function newEntity(init) {
  return {
    name: null,
    iamPath: null,
    arn: null,
    statements: [],
    managedPolicyArns: [],
    groups: [],
    permissionsBoundary: null,
    stackName: null,
    constructPath: null,
    suppressions: [],
    unknowns: [],
    ...init
  };
}
function entityKey(entity) {
  return `${entity.file}#${entity.id}`;
}

export {
  newEntity,
  entityKey
};
//# sourceMappingURL=chunk-XAKUAGXQ.js.map
