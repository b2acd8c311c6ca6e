// Action sets against plain sets of names: every operation, across word boundaries and service ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionNames,
  actionSetOfIndexes,
  actionSetOfNames,
  actionsInRange,
  actionsOfService,
  countInRange,
  countOfService,
  countsByService,
  coveredInRange,
  describeActions,
  difference,
  forEachIndex,
  hasAction,
  intersection,
  intersects,
  isSubset,
  sameActions,
  serviceRange,
  servicesOf,
  union,
} from '../../src/policy/action-set.js';
import { createCatalog, loadCatalog } from '../../src/policy/catalog.js';
import { actionSpace } from '../../src/policy/catalog-index.js';

const catalog = loadCatalog();
const space = actionSpace(catalog);
const names = catalog.allActions();
const total = names.length;

/** Index sets biased to word edges (31, 32, 33 …), service edges and the ends of the catalog. */
const edges = [0, 1, 31, 32, 33, 63, 64, 65, total - 33, total - 32, total - 31, total - 1];
const index = fc.oneof(fc.integer({ min: 0, max: total - 1 }), fc.constantFrom(...edges));
const indexes = fc.oneof(
  fc.array(index, { maxLength: 60 }),
  // a contiguous run: a service, or a whole stretch of the catalog
  fc
    .tuple(fc.integer({ min: 0, max: total - 1 }), fc.integer({ min: 0, max: 3000 }))
    .map(([from, length]) => Array.from({ length: Math.min(length, total - from) }, (_, k) => from + k)),
);

const plain = (list: number[]) => new Set(list.map((i) => names[i]!));
const position = new Map(names.map((name, i) => [name, i]));
const sorted = (set: Set<string>) => [...set].sort((a, b) => position.get(a)! - position.get(b)!);
const runs = { numRuns: 60 };

describe('ActionSet', () => {
  it('holds exactly the indexes it is made of, in catalog order, with fields that make equal sets equal', () => {
    fc.assert(
      fc.property(indexes, (list) => {
        const set = actionSetOfIndexes(space, list);
        const expected = [...new Set(list)].sort((a, b) => a - b).map((i) => names[i]!);
        expect(actionNames(set)).toEqual(expected);
        expect(set.size).toBe(expected.length);
        expect(set.words[0] ?? 1).not.toBe(0);
        expect(set.words[set.words.length - 1] ?? 1).not.toBe(0);
        expect(actionSetOfIndexes(space, [...list].reverse())).toEqual(set);
        expect(sameActions(set, actionSetOfNames(space, expected).set)).toBe(true);
        const seen: number[] = [];
        forEachIndex(set, (i) => seen.push(i));
        expect(seen.map((i) => names[i])).toEqual(expected);
      }),
      runs,
    );
  });

  it('union, intersection, difference, subset and overlap agree with plain sets', () => {
    fc.assert(
      fc.property(indexes, indexes, (x, y) => {
        const [a, b] = [actionSetOfIndexes(space, x), actionSetOfIndexes(space, y)];
        const [pa, pb] = [plain(x), plain(y)];
        expect(actionNames(union(a, b))).toEqual(sorted(new Set([...pa, ...pb])));
        expect(actionNames(intersection(a, b))).toEqual(sorted(new Set([...pa].filter((n) => pb.has(n)))));
        expect(actionNames(difference(a, b))).toEqual(sorted(new Set([...pa].filter((n) => !pb.has(n)))));
        expect(isSubset(a, b)).toBe([...pa].every((n) => pb.has(n)));
        expect(intersects(a, b)).toBe([...pa].some((n) => pb.has(n)));
        expect(sameActions(a, b)).toBe(pa.size === pb.size && [...pa].every((n) => pb.has(n)));
        expect(union(a, b).size).toBe(new Set([...pa, ...pb]).size);
      }),
      runs,
    );
  });

  it('ranges and services cut at their exact edges', () => {
    fc.assert(
      fc.property(
        indexes,
        fc.integer({ min: 0, max: total }),
        fc.integer({ min: 0, max: 200 }),
        (list, start, length) => {
          const end = Math.min(total, start + length);
          const set = actionSetOfIndexes(space, list);
          const inRange = [...new Set(list)].filter((i) => i >= start && i < end).sort((a, b) => a - b);
          expect(actionNames(actionsInRange(set, start, end))).toEqual(inRange.map((i) => names[i]));
          expect(countInRange(set, start, end)).toBe(inRange.length);
          const seen: number[] = [];
          forEachIndex(set, (i) => seen.push(i), start, end);
          expect(seen).toEqual(inRange);
        },
      ),
      runs,
    );
  });

  it('per service: counts, slices, services and the short listing', () => {
    fc.assert(
      fc.property(indexes, (list) => {
        const set = actionSetOfIndexes(space, list);
        const granted = plain(list);
        const services = [...new Set([...granted].map((n) => n.slice(0, n.indexOf(':'))))].sort();
        expect(servicesOf(set)).toEqual(services);
        expect(countsByService(set).map((c) => c.service)).toEqual(services);
        for (const { service, count, total: all } of countsByService(set)) {
          const mine = [...granted].filter((n) => n.startsWith(`${service}:`));
          expect(count).toBe(mine.length);
          expect(countOfService(set, service)).toBe(mine.length);
          expect(all).toBe(catalog.actionsOf(service).length);
          expect(actionNames(actionsOfService(set, service))).toEqual(sorted(new Set(mine)));
        }
      }),
      runs,
    );
  });

  it('coverage of a range by other sets', () => {
    fc.assert(
      fc.property(indexes, indexes, indexes, fc.integer({ min: 0, max: total - 1 }), (x, y, z, start) => {
        const end = Math.min(total, start + 500);
        const set = actionSetOfIndexes(space, x);
        const covers = [actionSetOfIndexes(space, y), actionSetOfIndexes(space, z)];
        const covered = new Set([...y, ...z]);
        const expected = x.filter((i) => i >= start && i < end).every((i) => covered.has(i));
        expect(coveredInRange(set, covers, start, end)).toBe(expected);
      }),
      runs,
    );
  });

  it('a grant of * lists per service, never 22,000 names', () => {
    const everything = actionSetOfIndexes(
      space,
      Array.from({ length: total }, (_, i) => i),
    );
    expect(everything.words.length).toBe(Math.ceil(total / 32));
    const listing = describeActions(everything, 12);
    expect(listing).toMatch(/^a\S*:\*, /);
    expect(listing).toMatch(/… and \d+ more services$/);
    expect(listing.length).toBeLessThan(400);
    const [s3Start, s3End] = serviceRange(space, 's3')!;
    const someS3 = actionSetOfIndexes(space, [s3Start, s3Start + 1, s3End - 1]);
    expect(describeActions(someS3, 2)).toBe(`s3 (3 of ${s3End - s3Start} actions)`);
    expect(describeActions(someS3, 3)).toBe(actionNames(someS3).join(', '));
  });

  it('answers membership by name in any case, and never for a wildcard', () => {
    const set = actionSetOfNames(space, ['s3:GetObject', 'sqs:SendMessage']).set;
    expect(hasAction(set, 'S3:getobject')).toBe(true);
    expect(hasAction(set, 's3:Get*')).toBe(false);
    expect(hasAction(set, 's3:PutObject')).toBe(false);
    expect(actionSetOfNames(space, ['s3:GetObject', 'foo:Bar']).unknown).toEqual(['foo:Bar']);
  });

  it('is plain data: frozen, JSON writes the names, equality ignores the catalog it indexes', () => {
    const set = actionSetOfNames(space, ['sqs:SendMessage', 's3:GetObject']).set;
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.keys(set).sort()).toEqual(['offset', 'size', 'words']);
    expect(JSON.parse(JSON.stringify({ set }))).toEqual({ set: ['s3:GetObject', 'sqs:SendMessage'] });
  });

  it('has one empty set, however it is reached (a slice with no bits, a difference, nothing given)', () => {
    const s3 = actionSetOfNames(space, ['s3:GetObject']).set;
    const sqsRange = serviceRange(space, 'sqs')!;
    const empties = [
      actionSetOfIndexes(space, []),
      actionsInRange(s3, sqsRange[0], sqsRange[1]),
      actionsOfService(s3, 'sqs'),
      difference(s3, s3),
    ];
    for (const empty of empties) {
      expect({ size: empty.size, offset: empty.offset, words: empty.words.length }).toEqual({
        size: 0,
        offset: 0,
        words: 0,
      });
      expect(sameActions(empty, empties[0]!)).toBe(true);
    }
  });

  it('compares sets of two catalogs by name', () => {
    const other = actionSpace(
      createCatalog({ dataVersion: 't', services: { s3: ['GetObject', 'PutObject'], zz: ['Only'] } }),
    );
    const mine = actionSetOfNames(space, ['s3:GetObject', 's3:PutObject']).set;
    const theirs = actionSetOfNames(other, ['s3:GetObject', 'zz:Only']).set;
    expect(actionNames(difference(mine, theirs))).toEqual(['s3:PutObject']);
    expect(intersects(mine, theirs)).toBe(true);
    expect(() => union(mine, theirs)).toThrow(/different catalogs: zz:Only/);
  });
});
