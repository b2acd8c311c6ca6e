// Builds Entity values for usage tests without going through a parser.
import { type Entity, newEntity } from '../../src/policy/model.js';

export function entity(overrides: Partial<Entity> & Pick<Entity, 'id'>): Entity {
  return newEntity({
    kind: 'role',
    format: 'cloudformation',
    file: 'infra/app.yaml',
    line: 1,
    path: `Resources.${overrides.id}`,
    ...overrides,
  });
}
