// The reduced fuzz run for the normal suite: a fixed seed, a few thousand cases over small seeds, in process.
// The full, time-bounded run with hang and memory detection is `npm run fuzz`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FuzzCase, loadSeeds, makeCase, runCase } from './fuzz-core.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const SEED = 20261120;
const CASES = Number(process.env['FUZZ_CASES'] ?? 2000);

describe('parser fuzzing (reduced: fixed seed)', () => {
  // Small seeds keep each case in the millisecond range; the corpus joins when present.
  const { seeds, corpus } = loadSeeds(repoRoot, 24 * 1024);

  it(`${CASES} mutated and generated cases: entities or diagnostics with file and line, nothing thrown, no pollution`, async () => {
    if (!corpus) console.warn('fuzz: ../shared/corpus is absent; fuzzing built-in seeds and examples/ only');
    const failures: { index: number; c: FuzzCase; violations: string[] }[] = [];
    for (let index = 0; index < CASES; index++) {
      const c = makeCase(seeds, SEED, index);
      const violations = await runCase(c);
      if (violations.length > 0) failures.push({ index, c, violations });
    }
    const summary = failures
      .slice(0, 5)
      .map((f) => `case ${f.index} (${f.c.strategy}, ${f.c.file}):\n  ${f.violations.join('\n  ')}`);
    expect(summary, `replay: node scripts/fuzz.mjs --seed ${SEED} --only <case>`).toEqual([]);
  }, 120_000);

  it('is reproducible: the same seed and index give the same case', () => {
    for (const index of [0, 1, 17, 999]) {
      expect(makeCase(seeds, SEED, index)).toEqual(makeCase(seeds, SEED, index));
    }
    expect(makeCase(seeds, SEED, 3).text).not.toBe(makeCase(seeds, SEED + 1, 3).text);
  });
});
