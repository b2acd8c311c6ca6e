// Every IaC file of ../shared/corpus parses without an exception; only the files malformed on purpose give
// diagnostics; JSON/YAML pairs of the same stack give the same entities and actions.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';
import type { Entity, ParseResult } from '../../src/policy/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const present = existsSync(corpus);
if (!present) console.log(`corpus test skipped: ${corpus} is absent (it is present in CI)`);

/** Minimum entities per folder, as observed when this test was last changed. */
const MINIMUM_ENTITIES: Record<string, number> = { cfn: 310, cdk: 132, tf: 27, policies: 196 };

/** Resource-based policies (trust, key policies) in the corpus: read, and skipped as not being identities. */
const RESOURCE_POLICIES: Record<string, number> = { cfn: 0, cdk: 0, tf: 0, policies: 4 };

/**
 * Files that are malformed, and what each must say: kept in the corpus on purpose, or (serverless-patterns) files
 * that CloudFormation's own YAML reader refuses too (cfn-lint E0000 at the same line).
 */
const MALFORMED: Record<string, RegExp[]> = {
  'cfn/serverless-patterns/apigw-custom-domain-edge/template.yaml': [/invalid YAML: .* at line 34/],
  'cfn/serverless-patterns/rds-sns-event-notification/template.yaml': [/invalid YAML: .* at line 3/],
  'cfn/cfn-lint/test/fixtures/templates/bad/resources/iam/iam_policy.yaml': [
    /Statement is not an object/,
    /Effect "NotAllow"/,
    /PolicyDocument is not an object/,
    /needs exactly one of Action and NotAction/,
  ],
  'cfn/cfn_nag/spec/test_templates/json/iam_user/iam_user_with_inline_policy.json': [
    /has no Statement element/,
  ],
  'tf/cli/tests/functional/test_issue_522/plan.out.json': [/is empty/, /is empty/],
};

const source = worktreeSource(corpus);
const results = new Map<string, ParseResult>();
async function folder(name: string): Promise<ParseResult> {
  let result = results.get(name);
  if (!result) {
    result = await readIac(source, [name]);
    results.set(name, result);
  }
  return result;
}

describe.skipIf(!present)('IaC corpus (../shared/corpus)', () => {
  it.each(Object.keys(MINIMUM_ENTITIES))(
    '%s: every file parses; entity count at least the one observed',
    async (name) => {
      const files = (await source.list([name])).filter((f) => /\.(json|ya?ml|template)$/.test(f));
      for (const file of files) {
        const text = (await source.read(file))!;
        expect(() => parseDocument(file, text), file).not.toThrow();
      }
      const result = await folder(name);
      console.log(
        `corpus ${name}: ${result.files.length} files, ${result.entities.length} entities, ${result.priorEntities?.length ?? 0} prior entities, ${result.diagnostics.length} diagnostics, ${result.notes?.length ?? 0} resource policies skipped`,
      );
      expect(result.entities.length).toBeGreaterThanOrEqual(MINIMUM_ENTITIES[name]!);
      const skipped = result.notes ?? [];
      expect(skipped.every((n) => /is a resource-based policy/.test(n.message))).toBe(true);
      expect(skipped).toHaveLength(RESOURCE_POLICIES[name]!);
      // Only the files malformed on purpose give diagnostics, and they say what is wrong.
      const byFile = new Map<string, string[]>();
      for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.message]);
      for (const [file, messages] of byFile) {
        const expected = MALFORMED[file];
        expect(expected, `unexpected diagnostics for ${file}: ${messages.join('; ')}`).toBeDefined();
        expect(messages).toHaveLength(expected!.length);
        expected!.forEach((pattern, i) => {
          expect(messages[i]).toMatch(pattern);
        });
      }
      for (const file of Object.keys(MALFORMED).filter((f) => f.startsWith(`${name}/`))) {
        expect(byFile.has(file), `${file} should give diagnostics`).toBe(true);
      }
    },
  );

  it('every entity and statement has a file, a line and a path', async () => {
    for (const name of Object.keys(MINIMUM_ENTITIES)) {
      for (const entity of (await folder(name)).entities) {
        expect(entity.line).toBeGreaterThanOrEqual(1);
        for (const statement of entity.statements) {
          expect(statement.location.line).toBeGreaterThanOrEqual(1);
          for (const action of statement.actions ?? statement.notActions ?? []) {
            expect(action.location.file).toBe(statement.location.file);
            expect(action.location.path.startsWith(statement.location.path)).toBe(true);
          }
        }
      }
    }
  });

  it('JSON/YAML pairs of the same stack give the same entities and actions', async () => {
    const cfn = await folder('cfn');
    // The pairs SOURCES.md lists: aws-cloudformation-templates keeps each of these stacks in both syntaxes.
    const files = cfn.files.filter((f) => f.startsWith('cfn/aws-cloudformation-templates/'));
    const stem = (f: string) => f.replace(/\.(json|ya?ml)$/, '');
    const pairs = files
      .filter((f) => f.endsWith('.json'))
      .flatMap((json) =>
        files
          .filter((y) => /\.ya?ml$/.test(y) && stem(y) === stem(json))
          .map((yaml) => [json, yaml] as const),
      );
    expect(pairs.length).toBe(10);
    const shape = (file: string) =>
      cfn.entities
        .filter((e) => e.file === file)
        .map((e: Entity) => ({
          id: e.id,
          kind: e.kind,
          name: e.name,
          managedPolicyArns: [...e.managedPolicyArns].sort(),
          actions: e.statements
            .flatMap((s) => (s.actions ?? s.notActions ?? []).map((a) => `${s.effect} ${a.pattern}`))
            .sort(),
          unknowns: e.unknowns.length,
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
    for (const [json, yaml] of pairs) expect(shape(yaml), `${json} vs ${yaml}`).toEqual(shape(json));
  });
});

describe.skipIf(!present)('SAM policy templates (../shared/corpus)', () => {
  it('the implicit role of the SAM input grants the actions of the role in SAM’s own translated output', async () => {
    const base = 'cfn/serverless-application-model/tests/translator';
    const input = parseDocument(
      `${base}/input/all_policy_templates.yaml`,
      (await source.read(`${base}/input/all_policy_templates.yaml`))!,
    );
    const output = parseDocument(
      `${base}/output/all_policy_templates.json`,
      (await source.read(`${base}/output/all_policy_templates.json`))!,
    );
    const actionsOf = (e: Entity) =>
      [...new Set(e.statements.flatMap((s) => (s.actions ?? []).map((a) => a.pattern)))].sort();
    const samRole = input.entities.find((e) => e.id === 'KitchenSinkFunctionRole')!;
    const translated = output.entities.find((e) => e.id === 'KitchenSinkFunctionRole')!;
    expect(samRole.unknowns).toEqual([]);
    expect(actionsOf(samRole)).toEqual(actionsOf(translated));
    expect(samRole.managedPolicyArns).toEqual(translated.managedPolicyArns);
  });
});

describe.skipIf(!present)(
  'serverless-patterns templates that CloudFormation reads (../shared/corpus)',
  () => {
    // YAML 1.2 refuses these (a quoted !Sub or a flow collection not indented past its key); cfn-lint reads them.
    it.each([
      ['activemq-private-lambda-java-sam/ActiveMQAndClientEC2.yaml', 'EC2Role', 686],
      ['documentdb-lambda-java-sam/DocumentDBAndMongoClientEC2.yaml', 'EC2Role', 702],
      ['msk-lambda-iam-java-sam/MSKAndKafkaClientEC2.yaml', 'EC2Role', 831],
      ['apigw-lambda-rust/template.yml', 'LambdaFunctionRole', 46],
    ])('%s: %s is read at line %i', async (file, id, line) => {
      const result = await folder('cfn');
      const entity = result.entities.find((e) => e.file === `cfn/serverless-patterns/${file}` && e.id === id);
      expect(entity?.line).toBe(line);
      expect(result.diagnostics.filter((d) => d.file === `cfn/serverless-patterns/${file}`)).toEqual([]);
      if (id === 'EC2Role')
        expect(entity!.managedPolicyArns).toContain('arn:aws:iam::aws:policy/IAMFullAccess');
    });
  },
);
