import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/model.ts
function statementKey(statement) {
  return `${statement.location.file}#${statement.location.path}`;
}
function scopedSuppressions(suppressions, resource, statements) {
  if (suppressions.length === 0) return [];
  const scope = { resource, statements: statements.map(statementKey) };
  return suppressions.map((suppression) => ({ ...suppression, scope }));
}
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
  statementKey,
  scopedSuppressions,
  newEntity,
  entityKey
};
//# sourceMappingURL=chunk-7DYXPIMR.js.map
