// The bundles carry the configuration validator compiled at build time (scripts/bundle.mjs), the source compiles it
// at first use: both must say the same of every configuration, and no bundle may hold ajv's compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { ConfigError } from '../../src/errors.js';
import { distFile } from '../cli/bundle.js';

const CONFIGS = [
  'unusedDays: 60\nrules:\n  unused-service: [error, { unusedDays: 30 }]\n',
  'unusedDay: 30\n',
  'rules:\n  widened-unused-servce: error\n  unused-service: loud\n  new-service: [notice, { nope: 1 }]\n',
  'entities:\n  - match: x\n    arn: nope\n  - match: y\n',
  'unusedDays: 0\naccessKeyMaxIdleDays: -1\ngranularity: EVERYTHING\nfiles: { include: [""] }\n',
  'stacks:\n  - template: a.yaml\nparameters:\n  - template: a.yaml\n    values: { Env: prod, Count: 3, On: true, List: [a] }\n',
];

type Parse = (text: string, file: string) => unknown;

function outcome(parse: Parse, text: string): unknown {
  try {
    return { config: parse(text, 'c.yml') };
  } catch (error) {
    if (error instanceof Error && 'problems' in error) return { problems: (error as ConfigError).problems };
    throw error;
  }
}

describe('the bundled configuration validator', () => {
  it('says what the source says of each configuration, valid or not', async () => {
    const bundled = (await import(pathToFileURL(distFile('lib.js')).href)) as { parseConfig: Parse };
    for (const text of CONFIGS) {
      expect(outcome(bundled.parseConfig, text), text).toEqual(outcome(parseConfig, text));
    }
    // and the cases are not all alike: some pass, some fail
    const kinds = CONFIGS.map((text) => Object.keys(outcome(parseConfig, text) as object)[0]);
    expect(new Set(kinds)).toEqual(new Set(['config', 'problems']));
  });

  it("is compiled already: no file of dist/ holds ajv's schema compiler", () => {
    const files = [
      ...readdirSync(distFile('.')).filter((f) => /\.c?js$/.test(f)),
      ...readdirSync(distFile('chunks')).map((f) => join('chunks', f)),
    ].filter((f) => /\.c?js$/.test(f));
    const holding = files.filter((f) =>
      readFileSync(distFile(f), 'utf8').includes('node_modules/ajv/dist/compile/'),
    );
    expect(holding).toEqual([]);
    expect(files.some((f) => readFileSync(distFile(f), 'utf8').includes('function configValidator'))).toBe(
      true,
    );
  });
});
