// The golden test of the rules: every rule id, and for each the three files a rule is made of (src/rules/<id>.ts,
// test/rules/<id>.test.ts, docs/rules/<id>.md), its registration, and the tables that list it. It fails naming
// what is missing, so adding a rule is the steps in docs/rules/README.md and nothing else.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/config/presets.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';
import { ruleHelpUri } from '../../src/rules/types.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const at = (...parts: string[]) => path.join(repoRoot, ...parts);

async function list(folder: string, suffix: string): Promise<string[]> {
  return (await readdir(at(folder)))
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
}

/** Modules of src/rules that export a rule (an object with an id and an evaluate function), by file name. */
async function ruleModules(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const name of await list('src/rules', '.ts')) {
    const module = (await import(at('src/rules', `${name}.ts`))) as Record<string, unknown>;
    const ids = Object.values(module)
      .filter(
        (value): value is { id: string } =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as { id?: unknown }).id === 'string' &&
          typeof (value as { evaluate?: unknown }).evaluate === 'function',
      )
      .map((rule) => rule.id);
    if (ids.length > 0 && name !== 'index') found.set(name, ids);
  }
  return found;
}

describe('every rule', () => {
  it('has a well-formed, unique id', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('is one file named after its id, exporting only it, and every such file is registered', async () => {
    const modules = await ruleModules();
    const unregistered = [...modules].filter(([name]) => !(RULE_IDS as readonly string[]).includes(name));
    expect(unregistered, 'rule files not in src/rules/index.ts').toEqual([]);
    for (const id of RULE_IDS) expect(modules.get(id), `src/rules/${id}.ts`).toEqual([id]);
  });

  it('has its test file, which runs the rule through testRule', async () => {
    const tests = await list('test/rules', '.test.ts');
    for (const id of RULE_IDS) {
      expect(tests, `test/rules/${id}.test.ts`).toContain(id);
      const text = await readFile(at('test/rules', `${id}.test.ts`), 'utf8');
      expect(text, `test/rules/${id}.test.ts imports its rule`).toContain(`'../../src/rules/${id}.js'`);
      expect(text, `test/rules/${id}.test.ts uses testRule`).toMatch(/testRule\(\w+, \{/);
    }
  });

  it('has its doc page, and every doc page is a rule', async () => {
    const pages = (await list('docs/rules', '.md')).filter((page) => page !== 'README');
    expect(pages).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) {
      const text = await readFile(at('docs/rules', `${rule.id}.md`), 'utf8');
      expect(text.split('\n')[0], `docs/rules/${rule.id}.md title`).toBe(`# ${rule.id}`);
      expect(text, `docs/rules/${rule.id}.md states its default`).toContain(
        `${rule.defaultSeverity} in \`recommended\``,
      );
      for (const folded of rule.supersedes ?? [])
        expect(text, `docs/rules/${rule.id}.md names what it folds`).toContain(`\`${folded.rule}\``);
    }
  });

  it('is listed, linked and with its preset severities in docs/rules/README.md and the README', async () => {
    const index = await readFile(at('docs/rules/README.md'), 'utf8');
    const readme = await readFile(at('README.md'), 'utf8');
    for (const rule of RULES) {
      const row = index.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`](${rule.id}.md) |`));
      expect(row, `docs/rules/README.md row for ${rule.id}`).toBeDefined();
      expect(row!.split(' | ').slice(1, 3)).toEqual([
        PRESETS.recommended.rules[rule.id],
        expect.stringMatching(new RegExp(`^${PRESETS.strict.rules[rule.id]}\\b`)),
      ]);
      // npm shows the README: its links are absolute, the rule's page as every finding links it.
      expect(readme, `README.md links ${rule.id}`).toContain(`[\`${rule.id}\`](${ruleHelpUri(rule.id)})`);
    }
  });

  it('folds only other registered rules', () => {
    for (const rule of RULES) {
      for (const folded of rule.supersedes ?? []) {
        expect(RULE_IDS).toContain(folded.rule);
        expect(folded.rule).not.toBe(rule.id);
      }
    }
  });

  it('has a description, severities, a valid options schema and its docs link', () => {
    const ajv = new Ajv({ strict: true });
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'notice']).toContain(rule.defaultSeverity);
      expect(['error', 'warning', 'notice']).toContain(rule.strictSeverity);
      expect(() => ajv.compile(rule.optionsSchema)).not.toThrow();
      expect(ruleHelpUri(rule.id)).toBe(
        `https://github.com/iam-usage-guard/iam-usage-guard/blob/main/docs/rules/${rule.id}.md`,
      );
    }
  });
});
