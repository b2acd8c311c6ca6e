// The base of each entity: the first source that holds it, "new" only when a source can say so, moved files keep
// theirs, base artifacts match by stack and logical id; and what "touched" means (text first, then grants).
import { describe, expect, it } from 'vitest';
import {
  artifactMatcher,
  type BaseCandidate,
  byIdentity,
  byKey,
  chooseBases,
  identitiesOf,
  movedEntities,
} from '../../src/change/bases.js';
import { entityText, touchedEntities } from '../../src/change/touched.js';
import { parseDocument } from '../../src/iac/parse.js';
import { collectGrants } from '../../src/policy/grants.js';
import { type Entity, entityKey, newEntity } from '../../src/policy/model.js';

function role(id: string, file = 'cdk.out/App.template.json', stackName: string | null = 'App'): Entity {
  return newEntity({
    id,
    kind: 'role',
    format: stackName ? 'cdk' : 'cloudformation',
    file,
    line: 1,
    path: `Resources.${id}`,
    stackName,
  });
}

const holding = (
  source: BaseCandidate['source'],
  entities: Entity[],
  answers: (e: Entity) => boolean = () => true,
): BaseCandidate => ({ source, entities: byKey(entities), answers });

describe('chooseBases: per entity, the best source that knows it', () => {
  const a = role('A');
  const b = role('B');
  const c = role('C');
  const cases: [string, BaseCandidate[], Record<string, string>][] = [
    [
      'deployed beats artifact beats git',
      [holding('deployed', [a]), holding('artifact', [a, b]), holding('git', [a, b, c])],
      { A: 'deployed existed', B: 'artifact existed', C: 'git existed' },
    ],
    [
      'held by none, but a source answers for it: new, from the best answering source',
      [holding('deployed', []), holding('git', [a])],
      { A: 'git existed', B: 'deployed new', C: 'deployed new' },
    ],
    [
      'no source answers (a gitignored file, no deployed template): no base at all, never "new"',
      [holding('git', [a], () => false)],
      { A: 'git existed', B: 'none new', C: 'none new' },
    ],
    ['no candidates at all', [], { A: 'none new', B: 'none new', C: 'none new' }],
  ];
  it.each(cases)('%s', (_name, candidates, expected) => {
    const { bases, entities } = chooseBases([a, b, c], candidates);
    const got = Object.fromEntries(
      [a, b, c].map((e) => {
        const base = bases.get(entityKey(e))!;
        return [e.id, `${base.source} ${base.existed ? 'existed' : 'new'}`];
      }),
    );
    expect(got).toEqual(expected);
    expect(entities.map((e) => e.id).sort()).toEqual(
      Object.entries(expected)
        .filter(([, v]) => v.endsWith('existed'))
        .map(([k]) => k),
    );
  });
});

describe('chooseBases: identity survives moves and renames', () => {
  const named = (id: string, file: string, name: string | null, extra: Partial<Entity> = {}) =>
    newEntity({
      id,
      kind: 'role',
      format: 'cloudformation',
      file,
      line: 1,
      path: `Resources.${id}`,
      name,
      ...extra,
    });
  const statement = (action: string) => ({
    effect: 'Allow' as const,
    actions: [{ pattern: action, location: { file: 'x', line: 1, path: 'p' } }],
    notActions: null,
    allResources: true,
    hasCondition: false,
    policyName: null,
    location: { file: 'x', line: 1, path: 'p' },
  });
  const gitBase = (entities: Entity[]): BaseCandidate => ({
    source: 'git',
    entities: byKey(entities),
    answers: () => true,
    identities: byIdentity(entities),
  });

  it('identities are the kind and the name in lower case, and the ARN', () => {
    expect(identitiesOf(named('R', 'a.yaml', 'App-Role', { arn: 'arn:aws:iam::1:role/App-Role' }))).toEqual([
      'role\napp-role',
      'arn\narn:aws:iam::1:role/app-role',
    ]);
    expect(identitiesOf(named('R', 'a.yaml', null))).toEqual([]);
  });

  it.each([
    ['a renamed logical id', named('AppRoleV2', 'infra/app.yaml', 'app-role')],
    [
      'a role moved to another file while the old one stays',
      named('AppRole', 'infra/roles.yaml', 'app-role'),
    ],
    ['the name in another case', named('Renamed', 'other.yaml', 'APP-ROLE')],
    ['a policy in a new file naming the role', named('role/app-role', 'extra.yaml', 'app-role')],
  ])('%s is the deployed role, under its own key', (_name, head) => {
    const base = named('AppRole', 'infra/app.yaml', 'app-role', { statements: [statement('s3:GetObject')] });
    const chosen = chooseBases([head], [gitBase([base])]);
    expect(chosen.bases.get(entityKey(head))).toEqual({ source: 'git', existed: true });
    expect(chosen.entities).toEqual([expect.objectContaining({ id: head.id, file: head.file })]);
    expect(chosen.entities[0]!.statements.map((s) => s.actions![0]!.pattern)).toEqual(['s3:GetObject']);
    expect(chosen.byIdentity.get(entityKey(head))?.from).toEqual([base]);
  });

  it('the base is everything the base gave that name: the role and policies naming it elsewhere', () => {
    const declared = named('AppRole', 'infra/app.yaml', 'app-role', {
      statements: [statement('s3:GetObject')],
      permissionsBoundary: {
        arn: 'arn:aws:iam::1:policy/b',
        statements: null,
        location: { file: 'x', line: 1, path: 'p' },
      },
    });
    const elsewhere = named('role/app-role', 'infra/extra.yaml', 'app-role', {
      statements: [statement('sqs:SendMessage')],
    });
    const head = named('AppRoleV2', 'infra/app.yaml', 'app-role');
    const chosen = chooseBases([head], [gitBase([elsewhere, declared])]);
    const base = chosen.entities[0]!;
    expect(base.statements.map((s) => s.actions![0]!.pattern).sort()).toEqual([
      's3:GetObject',
      'sqs:SendMessage',
    ]);
    // The declaration's own fields (its boundary) stand for the union.
    expect(base.permissionsBoundary?.arn).toBe('arn:aws:iam::1:policy/b');
  });

  it('a key match wins over a name; another kind of the same name is not the same entity; no name, no pairing', () => {
    const base = named('AppRole', 'infra/app.yaml', 'app-role');
    const sameKey = named('AppRole', 'infra/app.yaml', 'app-role');
    const user = newEntity({
      id: 'U',
      kind: 'user',
      format: 'cloudformation',
      file: 'u.yaml',
      line: 1,
      path: '',
      name: 'app-role',
    });
    const unnamed = named('Other', 'o.yaml', null);
    const chosen = chooseBases([sameKey, user, unnamed], [gitBase([base])]);
    expect(chosen.byIdentity.size).toBe(0);
    expect(chosen.bases.get('u.yaml#U')).toEqual({ source: 'git', existed: false });
    expect(chosen.bases.get('o.yaml#Other')).toEqual({ source: 'git', existed: false });
  });

  it('pairs by the best source that knows the name', () => {
    const deployed = named('AppRole', 'cdk.out/App.template.json', 'app-role');
    const head = named('AppRoleV2', 'cdk.out/App.template.json', 'app-role');
    const chosen = chooseBases(
      [head],
      [
        { source: 'deployed', entities: new Map(), answers: () => true, identities: byIdentity([deployed]) },
        gitBase([named('AppRole', 'cdk.out/App.template.json', 'app-role')]),
      ],
    );
    expect(chosen.bases.get(entityKey(head))).toEqual({ source: 'deployed', existed: true });
  });
});

describe('movedEntities', () => {
  it('pairs a head entity with the one base entity of the same kind and id whose file is gone', () => {
    const moved = movedEntities(
      { entities: [role('App', 'new/app.yaml', null)], files: ['new/app.yaml'] },
      { entities: [role('App', 'old/app.yaml', null), role('Other', 'old/app.yaml', null)] },
    );
    expect([...moved.keys()]).toEqual(['new/app.yaml#App']);
    expect(moved.get('new/app.yaml#App')?.file).toBe('new/app.yaml');
  });

  it('follows git renames: a policy file renamed keeps its base though its id (the file name) changed', () => {
    const policy = (file: string, id: string) =>
      newEntity({ id, kind: 'policy', format: 'policy', file, line: 1, path: '' });
    const origins = new Map<string, string>();
    const moved = movedEntities(
      {
        entities: [policy('p/app.json.txt', 'app.json'), role('App', 'b/x.cfn', null)],
        files: ['p/app.json.txt', 'b/x.cfn'],
      },
      {
        entities: [policy('p/app.json', 'app'), role('App', 'a/x.yaml', null), role('App', 'c/x.yaml', null)],
      },
      origins,
      new Map([
        ['p/app.json.txt', 'p/app.json'],
        ['b/x.cfn', 'a/x.yaml'],
      ]),
    );
    expect([...moved].map(([k, e]) => `${k} ${entityKey(e)}`)).toEqual([
      'p/app.json.txt#app.json p/app.json.txt#app.json',
      'b/x.cfn#App b/x.cfn#App',
    ]);
    // Two base files held App; git's rename names the one.
    expect([...origins]).toEqual([
      ['p/app.json.txt#app.json', 'p/app.json#app'],
      ['b/x.cfn#App', 'a/x.yaml#App'],
    ]);
  });

  it('does not guess between two candidates', () => {
    const moved = movedEntities(
      { entities: [role('App', 'new.yaml', null)], files: ['new.yaml'] },
      { entities: [role('App', 'a.yaml', null), role('App', 'b.yaml', null)] },
    );
    expect(moved.size).toBe(0);
  });
});

describe('artifactMatcher', () => {
  it('matches by stack name and logical id, answers for every stack the artifact declares', () => {
    const matcher = artifactMatcher([role('A', 'cdk.out.base/App.template.json')], ['App', 'Empty']);
    const headA = role('A');
    const headB = role('B');
    const headOther = role('X', 'cdk.out/Other.template.json', 'Other');
    expect([...matcher.entities([headA, headB]).entries()].map(([k, e]) => `${k} ${e.file}`)).toEqual([
      'cdk.out/App.template.json#A cdk.out/App.template.json',
    ]);
    expect(matcher.answers(headB)).toBe(true);
    expect(matcher.answers(role('Y', 'cdk.out/Empty.template.json', 'Empty'))).toBe(true);
    expect(matcher.answers(headOther)).toBe(false);
  });

  it('matches plain templates by their path inside the artifact', () => {
    const matcher = artifactMatcher([role('A', 'app.yaml', null)]);
    expect([...matcher.entities([role('A', 'infra/app.yaml', null)]).keys()]).toEqual(['infra/app.yaml#A']);
    expect(matcher.entities([role('A', 'infra/other.yaml', null)]).size).toBe(0);
  });
});

describe('touched: differs from the base as text, not only as expanded actions', () => {
  const template = (statements: string) => `Resources:
  App:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
${statements}`;
  const plain = "              - { Effect: Allow, Action: 's3:GetObject', Resource: '*' }\n";
  const read = (text: string) => parseDocument('app.yaml', text);
  const touchedBy = (baseText: string, headText: string) => {
    const head = read(headText);
    const base = read(baseText);
    const granted = collectGrants(head, base);
    const bases = new Map(
      head.entities.map((e) => [entityKey(e), { source: 'git' as const, existed: true }]),
    );
    return [...touchedEntities(granted, bases, byKey(base.entities))];
  };

  it('an edit that only moves lines is not a change', () => {
    expect(touchedBy(template(plain), `# a comment\n\n${template(plain)}`)).toEqual([]);
    expect(entityText(read(template(plain)).entities[0]!)).toBe(
      entityText(read(`\n\n${template(plain)}`).entities[0]!),
    );
  });

  it.each([
    [
      'a statement whose action cannot be expanded (a parameter)',
      template(`${plain}              - { Effect: Allow, Action: !Ref Extra, Resource: '*' }\n`),
    ],
    [
      'the same action again under a condition (the grants are equal, the text is not)',
      template(
        `${plain}              - { Effect: Allow, Action: 's3:GetObject', Resource: '*', Condition: { Bool: { aws:SecureTransport: true } } }\n`,
      ),
    ],
    [
      'an attached managed policy',
      template(plain).replace(
        '      Policies:',
        '      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n      Policies:',
      ),
    ],
  ])('%s is a change', (_name, headText) => {
    expect(touchedBy(template(plain), headText)).toEqual(['app.yaml#App']);
  });

  it('an entity without a base from any source counts as touched', () => {
    const head = read(template(plain));
    const granted = collectGrants(head, null);
    const bases = new Map([['app.yaml#App', { source: 'none' as const, existed: false }]]);
    expect([...touchedEntities(granted, bases, new Map())]).toEqual(['app.yaml#App']);
  });
});
