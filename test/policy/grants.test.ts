import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { loadCatalog } from '../../src/policy/catalog.js';
import { collectGrants, grantDiff, grantsOf, sourceOf } from '../../src/policy/grants.js';
import type { GrantSet } from '../../src/policy/grants.types.js';
import type { ParseResult, Statement } from '../../src/policy/model.js';
import { allow, allowNot, at, deny, denyNot, role } from './fixtures.js';

const catalog = loadCatalog();
const expand = (pattern: string) => catalog.expand(pattern).actions;
const minus = (from: string[], drop: string[]) => from.filter((a) => !drop.includes(a));
const servicesOf = (actions: string[]) => [...new Set(actions.map((a) => a.split(':')[0]!))].sort();

describe('grantsOf', () => {
  const s3Get = expand('s3:Get*');
  const s3GetObjectStar = expand('s3:GetObject*');

  it.each<{ name: string; statements: Statement[]; actions: string[]; unknownActions?: string[] }>([
    {
      name: 'exact actions, any case, in catalog spelling',
      statements: [allow(['SQS:sendmessage', 's3:GetObject'])],
      actions: ['s3:GetObject', 'sqs:SendMessage'],
    },
    { name: 'a wildcard expands', statements: [allow(['s3:Get*'])], actions: s3Get },
    {
      name: 'unconditional Deny on "*" subtracts',
      statements: [allow(['s3:Get*']), deny(['s3:GetObject*'])],
      actions: minus(s3Get, s3GetObjectStar),
    },
    {
      name: 'Deny subtracts whatever the statement order',
      statements: [deny(['s3:GetObject']), allow(['s3:GetObject', 's3:PutObject'])],
      actions: ['s3:PutObject'],
    },
    {
      name: 'a conditional Deny does not subtract',
      statements: [allow(['s3:Get*']), deny(['s3:GetObject*'], { condition: true })],
      actions: s3Get,
    },
    {
      name: 'a resource-scoped Deny does not subtract',
      statements: [allow(['s3:Get*']), deny(['s3:GetObject*'], { allResources: false })],
      actions: s3Get,
    },
    {
      name: 'an Allow with a Condition or a narrower Resource still grants',
      statements: [
        allow(['sqs:SendMessage'], { condition: true }),
        allow(['s3:GetObject'], { allResources: false }),
      ],
      actions: ['s3:GetObject', 'sqs:SendMessage'],
    },
    {
      name: 'Deny with NotAction keeps only what it spares',
      statements: [
        allow(['s3:GetObject', 'sqs:SendMessage', 'sns:Publish']),
        denyNot(['s3:*', 'sns:Publish']),
      ],
      actions: ['s3:GetObject', 'sns:Publish'],
    },
    {
      name: 'unknown actions are kept as written, not granted',
      statements: [allow(['foo:Bar', 's3:GetObject', 's3:NewThing2099'])],
      actions: ['s3:GetObject'],
      unknownActions: ['foo:Bar', 's3:NewThing2099'],
    },
    {
      name: 'an unconditional Deny covering an unknown action removes it',
      statements: [allow(['s3:NewThing2099', 'foo:Bar']), deny(['S3:*'])],
      actions: [],
      unknownActions: ['foo:Bar'],
    },
    {
      name: 'a Deny statement alone grants nothing',
      statements: [deny(['*'])],
      actions: [],
    },
  ])('$name', ({ statements, actions, unknownActions = [] }) => {
    const grants = grantsOf(role('AppRole', statements));
    expect(actionNames(grants.actions)).toEqual(actions);
    expect(grants.unknownActions).toEqual(unknownActions);
    // Every granted action has exactly one source.
    const sourced = grants.sources.flatMap((source) => actionNames(source.actions));
    expect(sourced.sort()).toEqual(actions);
  });

  it('services are the sorted prefixes of granted actions, plus known prefixes of unknown actions', () => {
    const grants = grantsOf(
      role('AppRole', [allow(['sqs:SendMessage', 's3:NewThing2099', 'foo:Bar', 'SNS:Publish'])]),
    );
    expect(grants.services).toEqual(['s3', 'sns', 'sqs']);
    expect(grants.unknownActionSources?.['foo:Bar']).toEqual(at(10, 'Statement.Action[2]'));
  });

  it('NotAction with Allow grants every catalog action except the matched ones', () => {
    const grants = grantsOf(role('AppRole', [allowNot(['iam:*'])]));
    expect(actionNames(grants.actions)).toEqual(minus(catalog.allActions(), expand('iam:*')));
    expect(grants.services).not.toContain('iam');
    expect(grants.services).toEqual(servicesOf(minus(catalog.allActions(), expand('iam:*'))));
    expect(grants.services.length).toBeGreaterThan(400);
    // The statement is what a reviewer edits for a NotAction grant.
    expect(sourceOf(grants, 's3:GetObject')).toEqual(at(10, 'Statement'));
  });

  it('a PowerUserAccess-style policy grants everything but iam/organizations/account, plus their listed actions', () => {
    const grants = grantsOf(
      role('PowerUser', [
        allowNot(['iam:*', 'organizations:*', 'account:*'], { line: 5 }),
        allow(['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles'], { line: 20 }),
        allow(['organizations:DescribeOrganization', 'account:ListRegions'], { line: 30 }),
      ]),
    );
    const only = (prefix: string) => actionNames(grants.actions).filter((a) => a.startsWith(`${prefix}:`));
    expect(only('iam')).toEqual([
      'iam:CreateServiceLinkedRole',
      'iam:DeleteServiceLinkedRole',
      'iam:ListRoles',
    ]);
    expect(only('organizations')).toEqual(['organizations:DescribeOrganization']);
    expect(only('account')).toEqual(['account:ListRegions']);
    expect(only('ec2')).toEqual(expand('ec2:*'));
    expect(grants.actions.size).toBe(
      catalog.allActions().length -
        expand('iam:*').length -
        expand('organizations:*').length -
        expand('account:*').length +
        5,
    );
    expect(sourceOf(grants, 'iam:ListRoles')?.line).toBe(20);
  });

  it('the first pattern in statement order is the source of an action', () => {
    const grants = grantsOf(
      role('AppRole', [allow(['s3:Get*'], { line: 5 }), allow(['s3:GetObject'], { line: 9 })]),
    );
    expect(sourceOf(grants, 's3:GetObject')).toEqual(at(5, 'Statement.Action[0]'));
  });

  it('entities with the same statements keep their own sources and their own sets', () => {
    const first = grantsOf(role('A', [allow(['s3:Get*', 'foo:Bar'], { line: 5 })]));
    const second = grantsOf(role('B', [allow(['s3:Get*', 'foo:Bar'], { line: 50 })]));
    expect(sourceOf(first, 's3:GetObject')?.line).toBe(5);
    expect(sourceOf(second, 's3:GetObject')?.line).toBe(50);
    expect(second.unknownActionSources?.['foo:Bar']?.line).toBe(50);
    // Plain data, never changed after it is returned: the sets are frozen, whatever the entity.
    expect(Object.isFrozen(first.actions)).toBe(true);
    expect(() => {
      (first.actions as { size: number }).size = 0;
    }).toThrow(TypeError);
    expect(actionNames(grantsOf(role('C', [allow(['s3:Get*'])])).actions)).toEqual(expand('s3:Get*'));
  });

  it('is plain data: no getter, JSON writes action names, spreads see the same values', () => {
    const grants = grantsOf(
      role('A', [allow(['sqs:SendMessage'], { line: 7 }), allow(['s3:GetObject', 'SQS:*'], { line: 9 })]),
    );
    for (const key of Object.keys(grants)) {
      expect(Object.getOwnPropertyDescriptor(grants, key)?.get, key).toBeUndefined();
    }
    const json = JSON.parse(JSON.stringify(grants));
    expect(json.actions).toEqual(actionNames(grants.actions));
    expect(json.sources).toEqual([
      { location: at(7, 'Statement.Action[0]'), actions: ['sqs:SendMessage'] },
      { location: at(9, 'Statement.Action[0]'), actions: ['s3:GetObject'] },
      {
        location: at(9, 'Statement.Action[1]'),
        actions: expand('sqs:*').filter((a) => a !== 'sqs:SendMessage'),
      },
    ]);
    expect({ ...grants }.sources).toBe(grants.sources);
  });

  it('uses the catalog it is given', () => {
    const grants = grantsOf(role('AppRole', [allow(['*'])]), {
      catalog: { ...catalog, expand: () => ({ actions: ['s3:GetObject'], known: true }) },
    });
    expect(actionNames(grants.actions)).toEqual(['s3:GetObject']);
  });
});

describe('grantsOf without attribution', () => {
  it('grants the same actions and services, and says nowhere where (what a comparison of grants needs)', () => {
    const entity = role('AppRole', [allow(['s3:Get*', 'sqs:SendMessage']), allowNot(['iam:*'])]);
    const full = grantsOf(entity);
    const bare = grantsOf(entity, { attribute: false });
    expect(actionNames(bare.actions)).toEqual(actionNames(full.actions));
    expect(bare.services).toEqual(full.services);
    expect(full.sources.length).toBeGreaterThan(0);
    expect(bare.sources).toEqual([]);
  });
});

describe('grantsOf with managed policy documents', () => {
  const readOnly = 'arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess';
  const external = 'arn:aws:iam::123456789012:policy/team-boundary';

  it('expands attached ARNs whose document is provided and leaves the others listed', () => {
    const entity = role('AppRole', [allow(['s3:GetObject'])], { managedPolicyArns: [readOnly, external] });
    const documents = new Map<string, unknown>([
      [
        readOnly,
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['sqs:Get*', 'sqs:List*'], Resource: '*' }],
        },
      ],
    ]);
    const grants = grantsOf(entity, { managedPolicyDocuments: documents });
    expect(actionNames(grants.actions)).toEqual([
      's3:GetObject',
      ...[...expand('sqs:Get*'), ...expand('sqs:List*')].sort(),
    ]);
    expect(grants.services).toEqual(['s3', 'sqs']);
    expect(sourceOf(grants, 'sqs:GetQueueUrl')?.file).toBe('infra/app.yaml');
    expect(actionNames(grantsOf(entity).actions)).toEqual(['s3:GetObject']);
    expect(entity.managedPolicyArns).toEqual([readOnly, external]);
  });

  it('an unreadable managed policy document becomes a diagnostic on the grants, the rest still expands', () => {
    const entity = role('AppRole', [allow(['s3:GetObject'])], { managedPolicyArns: [external] });
    const grants = grantsOf(entity, { managedPolicyDocuments: new Map([[external, '{ not json']]) });
    expect(actionNames(grants.actions)).toEqual(['s3:GetObject']);
    expect(grants.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'infra/app.yaml', entity: 'AppRole' }),
    ]);
    expect(grants.diagnostics?.[0]?.message).toContain(external);
    expect(grantsOf(entity).diagnostics).toBeUndefined();
  });

  it('a managed policy Deny subtracts from inline grants', () => {
    const entity = role('AppRole', [allow(['s3:*'])], { managedPolicyArns: [external] });
    const documents = new Map<string, unknown>([
      [
        external,
        { Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: 's3:Get*', Resource: '*' } },
      ],
    ]);
    expect(actionNames(grantsOf(entity, { managedPolicyDocuments: documents }).actions)).toEqual(
      expand('s3:Get*'),
    );
  });
});

describe('collectGrants', () => {
  const parse = (entities: ParseResult['entities']): ParseResult => ({
    entities,
    diagnostics: [],
    files: [...new Set(entities.map((e) => e.file))],
  });
  const head = parse([
    role('Widened', [allow(['s3:GetObject', 'sqs:SendMessage'])]),
    role('New', [allow(['sns:Publish'])]),
    role('Moved', [allow(['s3:GetObject'])], { file: 'infra/other.yaml' }),
  ]);
  const base = parse([
    role('Widened', [allow(['s3:GetObject'])]),
    role('Gone', [allow(['*'])]),
    role('Moved', [allow(['s3:GetObject'])]),
  ]);

  it('matches base entities by file#id; an entity absent at base has base null', () => {
    const granted = collectGrants(head, base);
    expect(granted.map((g) => g.entity.id)).toEqual(['Widened', 'New', 'Moved']);
    expect(actionNames(granted[0]!.grants.actions)).toEqual(['s3:GetObject', 'sqs:SendMessage']);
    expect(actionNames(granted[0]!.base!.actions)).toEqual(['s3:GetObject']);
    expect(granted[1]!.base).toBeNull();
    expect(granted[2]!.base).toBeNull();
  });

  it('without a base every base is null', () => {
    expect(collectGrants(head, null).map((g) => g.base)).toEqual([null, null, null]);
  });
});

describe('grantDiff', () => {
  const set = (actions: string[], unknownActions: string[] = []): GrantSet => {
    const grants = grantsOf(role('X', [allow([...actions, ...unknownActions])]));
    return grants;
  };

  it.each([
    {
      name: 'widened within a service and into a new one',
      head: set(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']),
      base: set(['s3:GetObject']),
      diff: {
        addedServices: ['sqs'],
        addedActions: ['s3:PutObject', 'sqs:SendMessage'],
        removedServices: [],
        removedActions: [],
      },
    },
    {
      name: 'narrowed',
      head: set(['s3:GetObject']),
      base: set(['s3:GetObject', 'sns:Publish']),
      diff: {
        addedServices: [],
        addedActions: [],
        removedServices: ['sns'],
        removedActions: ['sns:Publish'],
      },
    },
    {
      name: 'new entity: everything is added',
      head: set(['s3:GetObject', 'sns:Publish']),
      base: null,
      diff: {
        addedServices: ['s3', 'sns'],
        addedActions: ['s3:GetObject', 'sns:Publish'],
        removedServices: [],
        removedActions: [],
      },
    },
    {
      name: 'unchanged',
      head: set(['s3:GetObject']),
      base: set(['S3:getobject']),
      diff: { addedServices: [], addedActions: [], removedServices: [], removedActions: [] },
    },
  ])('$name', ({ head, base, diff }) => {
    const got = grantDiff(head, base);
    expect({
      ...got,
      addedActions: actionNames(got.addedActions),
      removedActions: actionNames(got.removedActions),
    }).toEqual(diff);
  });
});
