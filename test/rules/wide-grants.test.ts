// The rules read grant sets as bits; here every finding they make is checked against a reference that reads the
// same grants as a list of action names (as the rules did before), over wide and odd grants: `*`, NotAction,
// service wildcards, exact names, reports that track actions, and a history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionNames, indexOfAction } from '../../src/policy/action-set.js';
import { loadCatalog } from '../../src/policy/catalog.js';
import { actionSpace } from '../../src/policy/catalog-index.js';
import { grantsOf } from '../../src/policy/grants.js';
import type { GrantedEntity, GrantSet } from '../../src/policy/grants.types.js';
import type { Statement } from '../../src/policy/model.js';
import { ruleById } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/model.js';
import { suggestActions } from '../../src/rules/suggestion.js';
import type { RuleInput } from '../../src/rules/types.js';
import { usageView } from '../../src/rules/usage-view.js';
import { allow, allowNot, deny, role } from '../policy/fixtures.js';
import { daysBefore, NOW, usage } from './fixtures.js';

const catalog = loadCatalog();
const space = actionSpace(catalog);

const PATTERNS = [
  '*',
  's3:*',
  's3:Get*',
  'S3:getobject',
  's3:PutObject',
  'iam:*',
  'iam:PassRole',
  'iam:Get*',
  'ec2:Describe*',
  'ec2:RunInstances',
  'sqs:SendMessage',
  'lambda:*',
  '*:Get*',
  'logs:PutLogEvents',
  'foo:Bar',
];
const NOT_PATTERNS = ['iam:*', 's3:Delete*', 'organizations:*', 'ec2:*'];

const statementArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.subarray(PATTERNS, { minLength: 1, maxLength: 4 }).map((p) => ['allow', p] as const),
  },
  {
    weight: 1,
    arbitrary: fc.subarray(NOT_PATTERNS, { minLength: 1, maxLength: 2 }).map((p) => ['not', p] as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .subarray(PATTERNS.slice(1), { minLength: 1, maxLength: 2 })
      .map((p) => ['deny', p] as const),
  },
);
const statementsArb = fc.array(statementArb, { minLength: 1, maxLength: 4 }).map((list) =>
  list.map(([kind, patterns], i): Statement => {
    const line = 10 + i * 10;
    if (kind === 'allow') return allow([...patterns], { line });
    if (kind === 'not') return allowNot([...patterns], { line });
    return deny([...patterns], { line });
  }),
);

// What the report tracks: s3 and iam at action level (some used, some not, one wildcard-shaped name), ec2 unused.
const trackedArb = fc.record({
  s3: fc.record({
    used: fc.boolean(),
    tracked: fc.subarray(['GetObject', 'PutObject', 'DeleteBucket', 'CreateBucket', 'Get*']),
    usedTracked: fc.subarray(['GetObject', 'PutObject']),
  }),
  iam: fc.record({ used: fc.boolean(), tracked: fc.subarray(['PassRole', 'GetRole', 'CreateUser']) }),
  ec2: fc.boolean(),
});

function usageOf(spec: {
  s3: { used: boolean; tracked: string[]; usedTracked: string[] };
  iam: { used: boolean; tracked: string[] };
  ec2: boolean;
}) {
  const old = daysBefore(200);
  const recent = daysBefore(5);
  return usage({
    s3: {
      last: spec.s3.used ? recent : old,
      tracked: Object.fromEntries(
        spec.s3.tracked.map((name) => [name, spec.s3.usedTracked.includes(name) ? recent : old]),
      ),
    },
    iam: {
      last: spec.iam.used ? recent : old,
      tracked: Object.fromEntries(spec.iam.tracked.map((name) => [name, null])),
    },
    ...(spec.ec2 ? { ec2: { last: old } } : {}),
  });
}

// ---- the reference: the same rules over a list of names and a name → source map ----

const serviceOf = (action: string) => action.slice(0, action.indexOf(':')).toLowerCase();
const lists = new WeakMap<object, { names: string[]; set: Set<string>; byService: Map<string, string[]> }>();
function listed(grants: Pick<GrantSet, 'actions'>) {
  let list = lists.get(grants.actions);
  if (!list) {
    const names = actionNames(grants.actions);
    const byService = new Map<string, string[]>();
    for (const name of names)
      byService.set(serviceOf(name), [...(byService.get(serviceOf(name)) ?? []), name]);
    list = { names, set: new Set(names), byService };
    lists.set(grants.actions, list);
  }
  return list;
}
const listOf = (grants: GrantSet) => listed(grants).names;
const ofService = (grants: GrantSet, service: string) => listed(grants).byService.get(service) ?? [];

/** Each granted action's line, read once per grant set from its sources. */
const lines = new WeakMap<GrantSet, Map<string, number>>();
function located(input: RuleInput, actions: string[]): number {
  const { grants } = input.granted;
  let byName = lines.get(grants);
  if (!byName) {
    byName = new Map();
    for (const source of grants.sources) {
      for (const name of actionNames(source.actions)) byName.set(name, source.location.line);
    }
    lines.set(grants, byName);
  }
  let best: number | null = null;
  for (const action of actions) {
    const line = byName.get(action);
    if (line !== undefined && (best === null || line < best)) best = line;
  }
  return best ?? input.granted.entity.line;
}

type Row = [rule: string, service: string | null, action: string | null, line: number, extra: string];

function reference(input: RuleInput): Row[] {
  const { grants, base } = input.granted;
  const view = usageView(input.usage, 90, input.now)!;
  const rows: Row[] = [];
  const historic = input.historic;
  for (const action of listOf(grants)) {
    const tracked = view.services.get(serviceOf(action))?.tracked?.get(action.toLowerCase());
    if (!tracked || tracked.used || (historic && !listed(historic).set.has(action))) continue;
    rows.push(['unused-action', serviceOf(action), action, located(input, [action]), '']);
  }
  if (base) {
    const baseActions = new Set(listOf(base));
    for (const action of listOf(grants)) {
      if (baseActions.has(action) || !base.services.includes(serviceOf(action))) continue;
      const seen = view.services.get(serviceOf(action));
      const tracked = seen?.tracked?.get(action.toLowerCase());
      if (!seen?.tracked || !tracked || seen.anyTrackedUsed) continue;
      if (historic && !listed(historic).set.has(action)) continue;
      rows.push(['widened-unused-action', serviceOf(action), action, located(input, [action]), '']);
    }
    for (const service of grants.services) {
      if (!base.services.includes(service)) continue;
      const added = ofService(grants, service).filter((a) => !baseActions.has(a));
      const seen = view.services.get(service);
      if (added.length === 0 || !seen || seen.used || (historic && !historic.services.includes(service)))
        continue;
      const listed =
        added.length <= 5 ? added.join(', ') : `${added.slice(0, 5).join(', ')} and ${added.length - 5} more`;
      rows.push([
        'widened-unused-service',
        service,
        added.length === 1 ? added[0]! : null,
        located(input, added),
        listed,
      ]);
    }
  }
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used && !(historic && !historic.services.includes(service)))
      rows.push(['unused-service', service, null, located(input, ofService(grants, service)), '']);
    if (!base?.services.includes(service) || !view.services.has(service))
      rows.push(['new-service', service, null, located(input, ofService(grants, service)), '']);
  }
  return rows;
}

/** The suggestion as the rules computed it over name lists: patterns tested one name at a time. */
function referenceSuggestion(granted: GrantedEntity, input: RuleInput): string[] | null {
  const view = usageView(input.usage, 90, input.now)!;
  const written = granted.entity.statements
    .filter((s) => s.effect === 'Allow' && s.actions)
    .flatMap((s) => (s.actions ?? []).map((a) => a.pattern.trim()));
  const regex = (p: string) =>
    new RegExp(
      `^${p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'i',
    );
  const keep = new Set<string>();
  for (const service of granted.grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const list = ofService(granted.grants, service);
    const unused = new Set(
      [...(seen?.tracked?.values() ?? [])].filter((t) => !t.used).map((t) => t.action.toLowerCase()),
    );
    const dropsSome = list.some((a) => unused.has(a.toLowerCase()));
    const patterns = written.filter((p) => p === '*' || serviceOf(p) === service);
    const cover = list.every((a) => patterns.some((p) => regex(p).test(a)));
    if (!dropsSome && cover && patterns.length > 0)
      for (const p of patterns) keep.add(p === '*' ? `${service}:*` : p);
    else for (const a of list) if (!unused.has(a.toLowerCase())) keep.add(a);
  }
  return keep.size === 0 ? null : [...keep].sort((a, b) => a.localeCompare(b));
}

function actual(input: RuleInput): Row[] {
  const rows: Row[] = [];
  for (const id of [
    'unused-action',
    'widened-unused-action',
    'widened-unused-service',
    'unused-service',
    'new-service',
  ] as const) {
    for (const f of ruleById(id)!.evaluate({ ...input, severity: 'warning', options: {} }) as Finding[]) {
      const listed = id === 'widened-unused-service' ? /adds (.*) to role/.exec(f.message)![1]! : '';
      rows.push([f.rule, f.service, f.action, f.line, listed]);
    }
  }
  return rows;
}

const sort = (rows: Row[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('rules over wide grant sets', () => {
  it('find exactly what a name-by-name reading finds, at the same lines, with the same suggestion', () => {
    fc.assert(
      fc.property(
        statementsArb,
        fc.option(statementsArb, { nil: null }),
        fc.option(statementsArb, { nil: null }),
        trackedArb,
        (head, base, then, tracked) => {
          const entity = role('AppRole', head);
          const granted: GrantedEntity = {
            entity,
            grants: grantsOf(entity),
            base: base ? grantsOf(role('AppRole', base)) : null,
          };
          const historic = then ? grantsOf(role('AppRole', then)) : null;
          const input = {
            granted,
            touched: true,
            hasBase: true,
            usage: usageOf(tracked),
            usageUnavailable: null,
            historic,
            settings: { unusedDays: 90, accessKeyMaxIdleDays: 90 },
            options: {},
            severity: 'warning' as const,
            now: NOW,
          } satisfies RuleInput;
          expect(sort(actual(input))).toEqual(sort(reference(input)));
          const view = usageView(input.usage, 90, NOW)!;
          expect(suggestActions(granted, view)).toEqual(referenceSuggestion(granted, input));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a tracked name shaped like a pattern is no action', () => {
    expect(indexOfAction(space, 's3:Get*')).toBeUndefined();
    expect(indexOfAction(space, 'S3:GETOBJECT')).toBe(indexOfAction(space, 's3:GetObject'));
  });
});
