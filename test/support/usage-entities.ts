// Builds Entity values for usage tests without going through a parser.
import type { Entity } from '../../src/policy/model.js';

export function entity(overrides: Partial<Entity> & Pick<Entity, 'id'>): Entity {
  return {
    kind: 'role',
    format: 'cloudformation',
    file: 'infra/app.yaml',
    line: 1,
    path: `Resources.${overrides.id}`,
    name: null,
    iamPath: null,
    arn: null,
    statements: [],
    managedPolicyArns: [],
    stackName: null,
    constructPath: null,
    suppressions: [],
    unknowns: [],
    ...overrides,
  };
}
