import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { RULE_IDS } from '../../src/rules/model.js';
import { ruleHelpUri } from '../../src/rules/types.js';

const rulesDir = path.resolve(import.meta.dirname, '..', '..', 'src', 'rules');

describe('rule registry', () => {
  it('has every rule id of the contract, in order, one file per rule named after it', async () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    const files = (await readdir(rulesDir)).filter((f) => RULE_IDS.includes(f.replace(/\.ts$/, '') as never));
    expect(files.sort()).toEqual(RULE_IDS.map((id) => `${id}.ts`).sort());
    for (const id of RULE_IDS) {
      const module = (await import(path.join(rulesDir, `${id}.ts`))) as Record<string, { id?: string }>;
      expect(Object.values(module).some((value) => value?.id === id)).toBe(true);
    }
  });

  it('each rule has a description, a default severity, a valid options schema and a docs link', () => {
    const ajv = new Ajv({ strict: true });
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'notice']).toContain(rule.defaultSeverity);
      expect(() => ajv.compile(rule.optionsSchema)).not.toThrow();
      expect(ruleHelpUri(rule.id)).toBe(`https://github.com/iam-usage-guard/iam-usage-guard#${rule.id}`);
    }
  });
});
