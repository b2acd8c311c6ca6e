import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import { UserError } from '../../src/errors.js';

function problems(text: string): string {
  try {
    parseConfig(text, '.github/iam-usage-guard.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('parseConfig', () => {
  it('no settings: recommended severities and documented defaults', () => {
    const config = defaultConfig();
    expect(config.unusedDays).toBe(90);
    expect(config.accessKeyMaxIdleDays).toBe(90);
    expect(config.granularity).toBe('ACTION_LEVEL');
    expect(config.onMissingData).toBe('warn');
    expect(config.rules['widened-unused-service']).toEqual({ severity: 'error', options: {} });
    expect(config.rules['unused-action']).toEqual({ severity: 'notice', options: {} });
  });

  it('merges preset, then the user overrides (severity and options)', () => {
    const config = parseConfig(
      [
        'extends: strict',
        'unusedDays: 60',
        'onMissingData: warn',
        'rules:',
        '  unused-service: notice',
        '  widened-unused-service: [warning, { unusedDays: 30 }]',
        'ignore:',
        '  services: [sts]',
      ].join('\n'),
      'cfg.yml',
    );
    expect(config.unusedDays).toBe(60);
    expect(config.onMissingData).toBe('warn');
    expect(config.rules['unused-service']).toEqual({ severity: 'notice', options: {} });
    expect(config.rules['widened-unused-service']).toEqual({
      severity: 'warning',
      options: { unusedDays: 30 },
    });
    expect(config.rules['unused-entity'].severity).toBe('error'); // from strict
    expect(config.ignore).toEqual({ entities: [], services: ['sts'], actions: [] });
  });

  it('strict preset alone makes missing data fail', () => {
    expect(parseConfig('extends: strict\n', 'c.yml').onMissingData).toBe('fail');
  });

  const bad: [string, string, RegExp][] = [
    [
      'unknown top-level key with a guess',
      'unusedDays: 30\nunusedDay: 4\n',
      /iam-usage-guard\.yml:2: unknown key 'unusedDay' \(did you mean 'unusedDays'\?\)/,
    ],
    ['bad number', 'accessKeyMaxIdleDays: 90\nunusedDays: -1\n', /:2: unusedDays: must be >= 1/],
    [
      'bad severity',
      'rules:\n  unused-service: eror\n',
      /:2: rules\.unused-service: severity 'eror' must be one of error, warning, notice, off/,
    ],
    [
      'unknown rule',
      'rules:\n  unused-servce: error\n',
      /:2: unknown rule 'unused-servce' \(did you mean 'unused-service'\?\)/,
    ],
    [
      'unknown rule option',
      'rules:\n  unused-service:\n    - warning\n    - unusedDaz: 3\n',
      /:4: unknown option 'unusedDaz'/,
    ],
    ['bad enum', 'granularity: SERVICE\n', /:1: granularity: must be one of SERVICE_LEVEL, ACTION_LEVEL/],
    [
      'bad entities mapping',
      'entities:\n  - match: "*#AppRole"\n    arn: not-an-arn\n',
      /:3: entities\[0\]\.arn: must be an IAM role, user, group or policy ARN \(arn:aws:iam::123456789012:role\/name\)/,
    ],
    [
      'missing required',
      'stacks:\n  - template: infra/*.yaml\n',
      /:2: stacks\[0\]: must have required property 'stackName'/,
    ],
    ['YAML syntax error', 'rules:\n  unused-service: [warning\n', /iam-usage-guard\.yml:\d+: /],
    ['duplicate key', 'unusedDays: 3\nunusedDays: 4\n', /:2: Map keys must be unique/],
    ['not a mapping', '- a\n- b\n', /:1: must be a mapping/],
    ['a YAML 1.1 binary where a mapping belongs', 'rules: !!binary aGVsbG8=\n', /:1: rules: must be object/],
  ];
  for (const [name, text, expected] of bad) {
    it(`rejects: ${name}`, () => {
      expect(problems(text)).toMatch(expected);
    });
  }

  it('lists every problem, not only the first', () => {
    const message = problems('unusedDays: 0\nfoo: 1\nrules:\n  new-service: loud\n');
    expect(message.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(3);
  });
});

describe('loadConfig', () => {
  it('finds .github/iam-usage-guard.yml, else .iam-usage-guard.yml, else defaults', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-config-'));
    expect((await loadConfig(dir)).file).toBeNull();
    await writeFile(path.join(dir, '.iam-usage-guard.yml'), 'unusedDays: 10\n');
    expect(await loadConfig(dir)).toMatchObject({ file: '.iam-usage-guard.yml', config: { unusedDays: 10 } });
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, '.github/iam-usage-guard.yml'), 'unusedDays: 20\n');
    expect(await loadConfig(dir)).toMatchObject({
      file: '.github/iam-usage-guard.yml',
      config: { unusedDays: 20 },
    });
  });

  it.each([
    '.github/iam-usage-guard.yml',
    '.github/iam-usage-guard.yaml',
    '.iam-usage-guard.yml',
    '.iam-usage-guard.yaml',
  ])('reads %s (both spellings, in .github/ and at the root)', async (file) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-config-'));
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, file), 'unusedDays: 33\n');
    expect(await loadConfig(dir)).toMatchObject({ file, config: { unusedDays: 33 } });
  });

  it('an explicit file that does not exist is a user error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-config-'));
    await expect(loadConfig(dir, 'nope.yml')).rejects.toThrow(/cannot read configuration nope\.yml: ENOENT/);
  });
});
