// Valid/invalid tables for one rule, the way eslint's RuleTester works: each case is a small entity with its grants
// at head and base and a last-accessed report; a valid case gives no finding of the rule, an invalid one exactly
// the listed findings. The rule runs alone through the engine, so configured severities, options and the crash
// guard apply as in a real run; how rules fold into each other is test/rules/engine.test.ts's concern.
import { describe, expect, it } from 'vitest';
import type { RawConfig } from '../../src/config/index.js';
import type { GrantedEntity } from '../../src/policy/grants.types.js';
import { compareFindings, type EngineOptions, evaluateEntity } from '../../src/rules/engine.js';
import { RULE_IDS } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/model.js';
import type { Rule } from '../../src/rules/types.js';
import type { EntityUsage } from '../../src/usage/model.js';
import { engineOptions, FILE } from './fixtures.js';

export interface RuleCase {
  name: string;
  granted: GrantedEntity;
  usage: EntityUsage | null;
  /** Default true. */
  touched?: boolean;
  historic?: { services: string[]; actions: string[] } | null;
  config?: RawConfig;
  engine?: Partial<EngineOptions>;
}

/** One expected finding: its severity, service, action and line (the file is always the fixture's). */
export type Row = [severity: string, service: string | null, action: string | null, line: number];

export interface InvalidCase extends RuleCase {
  findings: Row[];
  /** Each finding's message, in the same order, must match. */
  messages?: RegExp[];
  /** Each finding's suggestion, in the same order. */
  suggestions?: (string | null)[];
}

/** Runs `rule` alone over one case and returns its findings, most severe and earliest first. */
export function runRule(rule: Rule, c: RuleCase): Finding[] {
  const options = engineOptions(c.config ?? {}, c.engine ?? {});
  for (const id of RULE_IDS) if (id !== rule.id) options.rules[id] = { severity: 'off', options: {} };
  const result = evaluateEntity(
    { granted: c.granted, usage: c.usage, touched: c.touched ?? true, historic: c.historic ?? null },
    options,
  );
  return result.findings.filter((f) => f.rule === rule.id).sort(compareFindings);
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid: no finding', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(runRule(rule, c)).toEqual([]);
        });
      }
    });
    describe('invalid: exactly these findings', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = runRule(rule, c);
          expect(findings.map((f) => [f.severity, f.service, f.action, f.line])).toEqual(c.findings);
          for (const f of findings) expect(f.file).toBe(FILE);
          if (c.messages)
            expect(findings.map((f) => f.message)).toEqual(c.messages.map((m) => expect.stringMatching(m)));
          if (c.suggestions) expect(findings.map((f) => f.suggestion)).toEqual(c.suggestions);
        });
      }
    });
  });
}
