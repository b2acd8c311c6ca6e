// Reports written in pieces read exactly as one JSON.stringify of the whole would, and no piece is large.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSetOfIndexes, actionSetOfNames } from '../../src/policy/action-set.js';
import { loadCatalog } from '../../src/policy/catalog.js';
import { actionSpace } from '../../src/policy/catalog-index.js';
import { jsonChunks } from '../../src/report/json-chunks.js';

const join = (chunks: Iterable<string>) => [...chunks].join('');
const big = (arbitrary: fc.Arbitrary<unknown>) => fc.array(arbitrary, { minLength: 250, maxLength: 300 });
const member = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  big(fc.string()),
  fc.record({ names: big(fc.oneof(fc.string(), fc.constant(undefined))), small: fc.jsonValue() }),
  fc.array(fc.record({ a: fc.jsonValue(), list: big(fc.integer()) }), { maxLength: 3 }),
);

describe('jsonChunks', () => {
  it('is JSON.stringify(value, null, 2), whichever keys are streamed, large arrays at any depth', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), member, { maxKeys: 5 }),
        fc.subarray(['a', 'items', '', 'x\ny']),
        (value, keys) => {
          const streamed = Object.fromEntries(keys.map((k) => [k, (item: unknown) => item]));
          expect(join(jsonChunks(value, streamed))).toBe(JSON.stringify(value, null, 2));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes each streamed item through its function, and honours toJSON as JSON.stringify does', () => {
    const value = {
      items: [{ n: 1 }, { n: 2 }, undefined],
      rest: { toJSON: () => 'r' },
      gone: { toJSON: () => undefined },
    };
    const chunks = [
      ...jsonChunks(value, { items: (item: { n: number } | undefined) => item && { m: item.n * 10 } }),
    ];
    const expected = { items: [{ m: 10 }, { m: 20 }, undefined], rest: 'r' };
    expect(chunks.join('')).toBe(JSON.stringify(expected, null, 2));
  });

  it('writes an action set as its names, from the bits, whatever its size', () => {
    const space = actionSpace(loadCatalog());
    const everything = actionSetOfIndexes(
      space,
      Array.from({ length: space.names.length }, (_, i) => i),
    );
    const small = actionSetOfNames(space, ['s3:GetObject', 'sqs:SendMessage']).set;
    const value = {
      entities: [{ id: 'A', actions: everything, base: { actions: small } }],
      also: everything,
    };
    const chunks = [...jsonChunks(value, { entities: (e: unknown) => e })];
    expect(chunks.join('')).toBe(JSON.stringify(value, null, 2));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(20_000);
  });

  it('cuts 22,000 names into pieces of a few kilobytes', () => {
    const actions = Array.from({ length: 22_000 }, (_, i) => `svc${i % 400}:Action${i}`);
    const chunks = [...jsonChunks({ entities: [{ id: 'Role0', actions }] }, { entities: (e: unknown) => e })];
    expect(chunks.join('')).toBe(JSON.stringify({ entities: [{ id: 'Role0', actions }] }, null, 2));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(20_000);
    expect(chunks.length).toBeGreaterThan(20);
  });
});
