// Reports written in pieces read exactly as one JSON.stringify of the whole would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json-chunks.js';

const join = (chunks: Iterable<string>) => [...chunks].join('');

describe('jsonChunks', () => {
  it('is JSON.stringify(value, null, 2), whichever keys are streamed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined)),
        ),
        fc.subarray(['a', 'items', '', 'x\ny']),
        (value, keys) => {
          const streamed = Object.fromEntries(keys.map((k) => [k, (item: unknown) => item]));
          expect(join(jsonChunks(value, streamed))).toBe(JSON.stringify(value, null, 2));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes each streamed item through its function, one piece per item', () => {
    const value = { items: [{ n: 1 }, { n: 2 }, undefined], rest: { toJSON: () => 'r' } };
    const chunks = [
      ...jsonChunks(value, { items: (item: { n: number } | undefined) => item && { m: item.n * 10 } }),
    ];
    const expected = { items: [{ m: 10 }, { m: 20 }, undefined], rest: 'r' };
    expect(chunks.join('')).toBe(JSON.stringify(expected, null, 2));
    expect(chunks.length).toBeGreaterThanOrEqual(5);
  });
});
