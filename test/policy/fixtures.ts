// Hand-built entities and statements for the policy tests: small, explicit, with distinct lines.
import {
  type ActionPattern,
  type Entity,
  newEntity,
  type SourceLocation,
  type Statement,
} from '../../src/policy/model.js';

export function at(line: number, path = `Statement[${line}]`, file = 'infra/app.yaml'): SourceLocation {
  return { file, line, path };
}

function patterns(list: string[], line: number): ActionPattern[] {
  return list.map((pattern, i) => ({ pattern, location: at(line, `Statement.Action[${i}]`) }));
}

interface StatementOptions {
  line?: number;
  condition?: boolean;
  allResources?: boolean;
}

export function allow(actions: string[], options: StatementOptions = {}): Statement {
  return statement('Allow', actions, false, options);
}
export function allowNot(notActions: string[], options: StatementOptions = {}): Statement {
  return statement('Allow', notActions, true, options);
}
export function deny(actions: string[], options: StatementOptions = {}): Statement {
  return statement('Deny', actions, false, options);
}
export function denyNot(notActions: string[], options: StatementOptions = {}): Statement {
  return statement('Deny', notActions, true, options);
}

function statement(
  effect: 'Allow' | 'Deny',
  list: string[],
  not: boolean,
  { line = 10, condition = false, allResources = true }: StatementOptions,
): Statement {
  return {
    effect,
    actions: not ? null : patterns(list, line),
    notActions: not ? patterns(list, line) : null,
    allResources,
    hasCondition: condition,
    policyName: 'Inline',
    location: at(line, 'Statement'),
  };
}

export function role(id: string, statements: Statement[], overrides: Partial<Entity> = {}): Entity {
  return newEntity({
    id,
    kind: 'role',
    format: 'cloudformation',
    file: 'infra/app.yaml',
    line: 3,
    path: `Resources.${id}`,
    statements,
    ...overrides,
  });
}
