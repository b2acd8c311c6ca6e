// No function in src/ is longer than 100 lines (scripts/function-lengths.mjs lists those over 80 for information;
// `.ci/run` prints it). A long function is where the next person gets lost: split it into named steps.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without declarations
import { functionLengths } from '../../scripts/function-lengths.mjs';

interface Measured {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const LIMIT = 100;

describe('function length in src/', () => {
  const measured = functionLengths() as Measured[];

  it('measures every kind of function (declarations, methods, arrows), named as a reader would search', () => {
    expect(measured.length).toBeGreaterThan(500);
    const names = new Set(measured.map((f) => `${f.file}#${f.name}`));
    expect(names).toContain('src/pipeline.ts#scan');
    expect(names).toContain('src/usage/collect-live.ts#LiveCollection.run');
    expect(names).toContain('src/action/main.ts#run');
    expect(measured.every((f) => f.lines >= 1 && f.line >= 1)).toBe(true);
  });

  it(`has none longer than ${LIMIT} lines`, () => {
    const long = measured
      .filter((f) => f.lines > LIMIT)
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(long).toEqual([]);
  });
});
