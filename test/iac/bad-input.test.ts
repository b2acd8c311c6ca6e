// Bad input: each problem is one diagnostic with file and line, nothing throws, and other files are still read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';

const goodRole = `Resources:
  Good:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
`;

const aliasBomb = `AWSTemplateFormatVersion: '2010-09-09'
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
Resources: {}
`;

describe('a YAML syntax error', () => {
  it("is the parser's first line, without the colon that introduced its code frame", () => {
    const { diagnostics } = parseDocument(
      'bad.yaml',
      'Resources:\n  R:\n    Properties:\n      Policies: [ { PolicyName: p }\n',
    );
    const message = diagnostics.find((d) => d.severity === 'error')?.message ?? '';
    expect(message).toMatch(/^invalid YAML: .*line \d+, column \d+$/);
  });
});

describe('parseDocument on bad input', () => {
  it.each([
    ['invalid JSON', 'bad.json', '{\n  "Resources": {\n    "A": {,\n  }\n}', 3, /^invalid JSON/],
    [
      'invalid YAML',
      'bad.yaml',
      'Resources:\n  A:\n    Type: AWS::IAM::Role\n   Properties: [\n',
      4,
      /^invalid YAML/,
    ],
    ['YAML alias bomb', 'bomb.yaml', aliasBomb, 4, /alias/],
    [
      'deep JSON nesting',
      'deep.json',
      `{"Resources": {"A": {"Type": "AWS::IAM::Role", "Properties": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`,
      1,
      /nest/,
    ],
    [
      'deep YAML nesting',
      'deep.yaml',
      `Resources: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
      1,
      /nesting deeper than 512 levels/,
    ],
  ])('%s: one error diagnostic with its line', (_name, file, text, line, message) => {
    const result = parseDocument(file, text);
    expect(result.entities).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file });
    if (line !== null) expect(result.diagnostics[0]!.line).toBe(line);
    expect(result.diagnostics[0]!.message).toMatch(message);
  });

  it('binary content: a warning, no entities', () => {
    const result = parseDocument('blob.json', `{"a":"\u0000\u0001\u0002"}`);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'blob.json',
        line: null,
        message: 'blob.json has binary content; skipped',
      },
    ]);
  });

  it('__proto__ keys are data, never the prototype', () => {
    for (const [file, text] of [
      [
        'p.json',
        '{"Resources":{"__proto__":{"Type":"AWS::IAM::Role","Properties":{"polluted":1}}},"__proto__":{"polluted":1}}',
      ],
      ['p.yaml', 'Resources:\n  __proto__:\n    Type: AWS::IAM::Role\n__proto__:\n  polluted: 1\n'],
    ] as const) {
      const result = parseDocument(file, text);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(result.entities.map((e) => e.id)).toEqual(['__proto__']);
    }
  });

  it('files that are not IaC are skipped silently, even when they do not parse', () => {
    for (const [file, text] of [
      ['package.json', '{"name":"x","version":"1.0.0"}'],
      ['workflow.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n'],
      ['helm.yaml', 'metadata:\n  name: {{ .Values.name }}\n  x: [\n'],
    ]) {
      expect(parseDocument(file!, text!)).toEqual({ entities: [], diagnostics: [], files: [] });
    }
  });
});

describe('readIac keeps reading past bad files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'iac-bad-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'infra'));
  writeFileSync(path.join(root, 'infra', 'good.yaml'), goodRole);
  writeFileSync(path.join(root, 'infra', 'bad.json'), '{"Resources": {');
  writeFileSync(path.join(root, 'infra', 'bomb.yaml'), aliasBomb);
  writeFileSync(path.join(root, 'infra', 'huge.json'), `{"Resources":{},"pad":"${'x'.repeat(3000)}"}`);

  it('one diagnostic per bad file, the good entity still there, over-size files skipped with a message', async () => {
    const result = await readIac(worktreeSource(root), ['.'], { maxFileBytes: 2048 });
    expect(result.entities.map((e) => `${e.file}#${e.id}`)).toEqual(['infra/good.yaml#Good']);
    expect(result.diagnostics.map((d) => [d.file, d.severity])).toEqual([
      ['infra/bad.json', 'error'],
      ['infra/bomb.yaml', 'error'],
      ['infra/huge.json', 'error'],
    ]);
    expect(result.diagnostics[2]!.message).toMatch(
      /over the 0\.0 MB limit|over the .* limit \(maxFileBytes\); skipped/,
    );
  });
});

describe('parseDocument stays fast on hostile YAML', () => {
  it('refuses 10,000 nested flow sequences at once, with the line, instead of handing them to the YAML parser', () => {
    const text = `Resources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      X: ${'['.repeat(10_000)}\n${']'.repeat(10_000)}\n`;
    const result = parseDocument('deep.yaml', text);
    expect(result.diagnostics).toEqual([
      { severity: 'error', file: 'deep.yaml', line: 5, message: 'nesting deeper than 512 levels' },
    ]);
  });

  it('does not count brackets inside quotes or comments', () => {
    const brackets = '['.repeat(600);
    const text = `# ${brackets}\nResources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: "${brackets}"\n      Other: '${brackets}'\n`;
    expect(parseDocument('quoted.yaml', text).diagnostics).toEqual([]);
  });
});
