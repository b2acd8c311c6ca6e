// Replays every crasher the fuzzer saved (test/fixtures/crashers/crashers.json, written by `npm run fuzz`): each
// must now keep the property it once broke.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FuzzCase, type FuzzTarget, runCase } from './fuzz-core.js';

interface CrasherRecord {
  file: string;
  target: FuzzTarget;
  caseFile: string;
  neighbours: string[];
  kind: string;
  strategy: string;
  violations: string[];
}

const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'crashers');
const index = path.join(dir, 'crashers.json');
const records: CrasherRecord[] = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : [];

describe('fuzz crashers replayed', () => {
  it('the index lists every fixture file and every listed file exists', () => {
    for (const r of records) expect(existsSync(path.join(dir, r.file)), r.file).toBe(true);
  });

  it.each(records.map((r) => [`${r.kind} ${r.file} (${r.strategy})`, r] as const))('%s', async (_name, r) => {
    const c: FuzzCase = {
      target: r.target,
      file: r.caseFile,
      text: readFileSync(path.join(dir, r.file), 'utf8'),
      strategy: r.strategy,
      neighbours: r.neighbours.map((file, i) => ({
        file,
        text: readFileSync(path.join(dir, `${r.file}.n${i}`), 'utf8'),
      })),
    };
    expect(await runCase(c)).toEqual([]);
  });
});
