// Policies attached by name from another file: which entities join, and what the joined base holds. The scoped
// read (test/change/scope.test.ts) relies on the join needing only files that write the name out.
import { describe, expect, it } from 'vitest';
import { joinAcrossFiles, joinBases, type Mentions, namesWritten } from '../../src/change/attached.js';
import { type Entity, entityKey, newEntity, type Statement } from '../../src/policy/model.js';

function statement(file: string, action: string): Statement {
  const location = { file, line: 1, path: 'Statement[0]' };
  return {
    effect: 'Allow',
    actions: [{ pattern: action, location }],
    notActions: null,
    allResources: true,
    hasCondition: false,
    policyName: 'p',
    location,
  };
}

function declared(
  file: string,
  name: string | null,
  actions: string[] = [],
  kind: Entity['kind'] = 'role',
): Entity {
  return newEntity({
    id: 'AppRole',
    kind,
    format: 'cloudformation',
    file,
    line: 1,
    path: 'Resources.AppRole',
    name,
    statements: actions.map((a) => statement(file, a)),
  });
}

function namedOnly(file: string, name: string, actions: string[], kind: Entity['kind'] = 'role'): Entity {
  return newEntity({
    id: `${kind}/${name}`,
    kind,
    format: 'cloudformation',
    file,
    line: 1,
    path: 'Resources.Extra.Properties.Roles[0]',
    name,
    statements: actions.map((a) => statement(file, a)),
    namedOnly: true,
  });
}

const everyFile: Mentions = async () => true;
const actionsOf = (e: Entity | undefined) => e?.statements.flatMap((s) => s.actions!.map((a) => a.pattern));

describe('namesWritten: whole runs of IAM name characters, lower-cased', () => {
  it.each([
    ['Roles: [App-Role]', 'app-role', true],
    ['arn:aws:iam::123456789012:role/app-role', 'app-role', true],
    ['"RoleName": "app-role"', 'app-role', true],
    ['Roles: [my-app-role]', 'app-role', false],
    ['Roles: [app-role2]', 'app-role', false],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax
    ['RoleName: !Sub "${Prefix}-role"', 'app-role', false],
    ['user+ops@example.com', 'user+ops@example.com', true],
  ])('%s → %s: %s', (text, name, expected) => {
    expect(namesWritten(text).has(name)).toBe(expected);
  });
});

describe('joinAcrossFiles', () => {
  it('folds a name-only entity into the role another file declares (case-insensitively) and leaves it out', async () => {
    const role = declared('a.yaml', 'App-Role', ['s3:GetObject']);
    const extra = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const { entities, links } = await joinAcrossFiles([role, extra], everyFile);
    expect(entities.map(entityKey)).toEqual(['a.yaml#AppRole']);
    expect(actionsOf(entities[0])).toEqual(['s3:GetObject', 'sqs:SendMessage']);
    expect(links).toEqual(new Map([['b.yaml#role/app-role', ['a.yaml#AppRole']]]));
    // The reader's entities are not changed in place.
    expect(actionsOf(role)).toEqual(['s3:GetObject']);
  });

  it.each([
    ['another kind (a user of that name)', [declared('a.yaml', 'app-role', [], 'user')]],
    ['a name the declaring file does not fix', [declared('a.yaml', null)]],
    ['a declaration in the same file', [declared('b.yaml', 'app-role')]],
  ])('joins nothing with %s', async (_name, others) => {
    const extra = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const { entities, links } = await joinAcrossFiles([...others, extra], everyFile);
    expect(links.size).toBe(0);
    expect(entities).toContain(extra);
  });

  it('joins only where both files write the name out', async () => {
    const role = declared('a.yaml', 'app-role');
    const extra = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const onlyB: Mentions = async (file) => file === 'b.yaml';
    expect((await joinAcrossFiles([role, extra], onlyB)).links.size).toBe(0);
    const onlyA: Mentions = async (file) => file === 'a.yaml';
    expect((await joinAcrossFiles([role, extra], onlyA)).links.size).toBe(0);
  });

  it('every declaration of the name takes it (which account the policy deploys to is not in the code)', async () => {
    const dev = declared('dev.yaml', 'app-role', ['s3:GetObject']);
    const prod = declared('prod.yaml', 'app-role', ['s3:GetObject']);
    const extra = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const { entities } = await joinAcrossFiles([dev, prod, extra], everyFile);
    expect(entities.map((e) => [e.file, actionsOf(e)])).toEqual([
      ['dev.yaml', ['s3:GetObject', 'sqs:SendMessage']],
      ['prod.yaml', ['s3:GetObject', 'sqs:SendMessage']],
    ]);
  });

  it('folds several attaching files in file order, whatever order they were read in', async () => {
    const role = declared('a.yaml', 'app-role');
    const fromC = namedOnly('c.yaml', 'app-role', ['kms:Decrypt']);
    const fromB = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const { entities } = await joinAcrossFiles([fromC, role, fromB], everyFile);
    expect(actionsOf(entities[0])).toEqual(['sqs:SendMessage', 'kms:Decrypt']);
  });
});

describe('joinBases: the base joined by its own names', () => {
  it('a policy file the change deletes still counts at base', async () => {
    const base = declared('a.yaml', 'app-role', ['s3:GetObject']);
    const deleted = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const joined = await joinBases([base], [base, deleted], new Set(['a.yaml#AppRole']), everyFile);
    expect(joined.map(actionsOf)).toEqual([['s3:GetObject', 'sqs:SendMessage']]);
  });

  it('what the base attached to another name does not count (a role renamed onto an attached name)', async () => {
    const base = declared('a.yaml', 'quiet-role', ['s3:GetObject']);
    const extra = namedOnly('b.yaml', 'app-role', ['sqs:SendMessage']);
    const keys = new Set(['a.yaml#AppRole', 'b.yaml#role/app-role']);
    const joined = await joinBases([base, extra], [base, extra], keys, everyFile);
    expect(joined.map(actionsOf)).toEqual([['s3:GetObject'], ['sqs:SendMessage']]);
  });

  it('a base entity copied under its moved file is not counted twice', async () => {
    const base = declared('a.yaml', 'app-role', ['s3:GetObject']);
    const moved = namedOnly('old/b.yaml', 'app-role', ['sqs:SendMessage']);
    const copy = { ...moved, file: 'new/b.yaml' };
    const keys = new Set(['a.yaml#AppRole', 'new/b.yaml#role/app-role']);
    const joined = await joinBases([base, copy], [base, moved], keys, everyFile);
    expect(joined.map((e) => [entityKey(e), actionsOf(e)])).toEqual([
      ['a.yaml#AppRole', ['s3:GetObject', 'sqs:SendMessage']],
    ]);
  });
});
