// The files in rules/ that users read or point editors at are written out from the code: the presets from the
// rules' severities, the JSON Schema from the rules' option schemas. After adding or changing a rule, refresh them
// with `npx vitest run test/config/shipped-files.test.ts -u` (docs/rules/README.md).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/parse.js';
import { PRESET_SUMMARIES, PRESETS, type PresetName } from '../../src/config/presets.js';
import { configSchema } from '../../src/config/schema.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function presetYaml(name: PresetName): string {
  const preset = PRESETS[name];
  const width = Math.max(...RULES.map((rule) => `${rule.id}: ${preset.rules[rule.id]}`.length)) + 2;
  return [
    `# iam-usage-guard preset "${name}": ${PRESET_SUMMARIES[name]}`,
    '# Written out from the rules (src/rules/<rule-id>.ts); refresh with `npx vitest run test/config -u`.',
    ...(preset.onMissingData ? [`onMissingData: ${preset.onMissingData}`] : []),
    'rules:',
    ...RULES.map((rule) => `  ${`${rule.id}: ${preset.rules[rule.id]}`.padEnd(width)}# ${rule.description}`),
    '',
  ].join('\n');
}

describe('shipped files', () => {
  it('rules/config.schema.json is the schema the code validates with', async () => {
    await expect(`${JSON.stringify(configSchema(), null, 2)}\n`).toMatchFileSnapshot(
      path.join(repoRoot, 'rules/config.schema.json'),
    );
  });

  it('the schema is valid draft-07 (the validator is built without checking it at run time)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(configSchema()), JSON.stringify(ajv.errors)).toBe(true);
    // and the check would catch a broken one
    expect(ajv.validateSchema({ ...configSchema(), type: 'objekt' })).toBe(false);
  });

  for (const name of ['recommended', 'strict'] as const) {
    it(`rules/${name}.yml is the built-in preset, valid, naming every rule`, async () => {
      await expect(presetYaml(name)).toMatchFileSnapshot(path.join(repoRoot, `rules/${name}.yml`));
      const text = await readFile(path.join(repoRoot, `rules/${name}.yml`), 'utf8');
      expect(parse(text)).toEqual(PRESETS[name]);
      expect(Object.keys(parse(text).rules)).toEqual([...RULE_IDS]);
      const config = parseConfig(text, `rules/${name}.yml`);
      for (const rule of RULES) expect(config.rules[rule.id].severity).toBe(PRESETS[name].rules[rule.id]);
    });
  }
});
