// Hostile files through the whole pipeline (scan → comment, SARIF, JSON): each gives a diagnostic with its file
// (and line where there is one) and loses none of the good entities beside it. Unit-level cases of the same inputs
// live in test/iac/bad-input.test.ts; these go end to end and add what is not covered there.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/change/git.js';
import { commitSource } from '../../src/change/sources.js';
import { readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';
import type { ScanResult } from '../../src/pipeline.js';
import { actionNames } from '../../src/policy/action-set.js';
import { renderAll, roleYaml, scanFolder, TempFolder } from './support.js';

const GOOD = roleYaml('GoodRole', 'good-role', ['s3:GetObject']);

function diagnosticFor(result: ScanResult, file: string) {
  return result.diagnostics.filter((d) => d.file === file);
}

describe('resource exhaustion', () => {
  const folder = new TempFolder();
  let result: ScanResult;

  beforeAll(async () => {
    folder.write('infra/good.yaml', GOOD);
    // Billion laughs: 9^7 references from a few hundred bytes.
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const prev = 'abcdefg'[i]!;
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    folder.write(
      'infra/bomb.yaml',
      `AWSTemplateFormatVersion: '2010-09-09'\n${levels.join('\n')}\nResources:\n  R: { Type: AWS::IAM::Role, Properties: { Policies: *g } }\n`,
    );
    // 100,000 levels in each nesting syntax the parsers accept.
    const deep = 100_000;
    folder.write(
      'infra/deep-array.json',
      `{"Resources": {"A": {"Type": "AWS::IAM::Role", "Properties": ${'['.repeat(deep)}${']'.repeat(deep)}}}}`,
    );
    folder.write(
      'infra/deep-object.json',
      `{"Resources": {"A": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyDocument": ${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}]}}}}`,
    );
    folder.write('infra/deep-flow.yaml', `Resources: ${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`);
    folder.write(
      'infra/deep-block.yaml',
      `Resources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      ${'- '.repeat(deep)}x\n`,
    );
    // 50 MB, generated here and never committed.
    const pad = 'x'.repeat(50 * 1024 * 1024);
    folder.write(
      'infra/huge.json',
      `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{},"Metadata":"${pad}"}`,
    );
    folder.write('infra/huge.yaml', `AWSTemplateFormatVersion: '2010-09-09'\n# ${pad}\nResources: {}\n`);
    result = await scanFolder(folder.root);
  }, 60_000);
  afterAll(() => folder.remove());

  it('still finds the good entity beside every hostile file', () => {
    expect(result.entities.map((g) => `${g.entity.file}#${g.entity.id}`)).toEqual([
      'infra/good.yaml#GoodRole',
    ]);
    expect(result.touched).toEqual(['infra/good.yaml#GoodRole']);
  });

  it('YAML alias bomb: one error at the line of the alias that would expand', () => {
    const [d, ...rest] = diagnosticFor(result, 'infra/bomb.yaml');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', file: 'infra/bomb.yaml' });
    expect(d!.line).toBeGreaterThanOrEqual(2);
    expect(d!.message).toMatch(/alias/i);
  });

  it.each([
    'infra/deep-array.json',
    'infra/deep-object.json',
    'infra/deep-flow.yaml',
    'infra/deep-block.yaml',
  ])('100,000 levels of nesting in %s: one error naming the file, no stack overflow', (file) => {
    const found = diagnosticFor(result, file);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file });
    expect(found[0]!.message).not.toMatch(/Maximum call stack|RangeError|\n\s+at /);
  });

  it.each(['infra/huge.json', 'infra/huge.yaml'])(
    'a 50 MB template (%s) is skipped unread with its size',
    (file) => {
      expect(diagnosticFor(result, file)).toEqual([
        expect.objectContaining({
          severity: 'error',
          file,
          line: null,
          message: expect.stringMatching(/50\.0 MB, over the 20\.0 MB limit/),
        }),
      ]);
    },
  );

  it('the comment and SARIF name the good entity, and the comment lists the unreadable files', () => {
    const out = renderAll(result);
    expect(out.markdown).toContain('GoodRole');
    for (const file of ['bomb.yaml', 'deep-array.json', 'huge.json']) expect(out.markdown).toContain(file);
    const sarif = JSON.parse(out.sarif) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['no-usage-data']);
  });
});

describe('binary files named *.json', () => {
  const folder = new TempFolder();
  let result: ScanResult;

  beforeAll(async () => {
    folder.write('infra/good.yaml', GOOD);
    folder.write('infra/gzip.template.json', gzipSync(Buffer.from(GOOD)));
    folder.write(
      'infra/png.json',
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ffbf1e000502027f3f6a6f0000000049454e44ae426082',
        'hex',
      ),
    );
    // High bytes only (no NUL): invalid UTF-8 that decodes to replacement characters.
    folder.write('infra/latin.json', Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + (i % 0x7f))));
    // A UTF-16 template: every other byte is NUL.
    folder.write(
      'infra/utf16.json',
      Buffer.from(`\uFEFF${JSON.stringify({ Resources: { R: { Type: 'AWS::IAM::Role' } } })}`, 'utf16le'),
    );
    result = await scanFolder(folder.root);
  });
  afterAll(() => folder.remove());

  it('binary content is a warning naming the file; nothing is parsed out of it; the good entity stays', () => {
    for (const file of ['infra/gzip.template.json', 'infra/png.json', 'infra/utf16.json']) {
      expect(diagnosticFor(result, file)).toEqual([
        { severity: 'warning', file, line: null, message: `${file} has binary content; skipped` },
      ]);
    }
    // Undecodable bytes with no IaC words in them are not IaC: skipped without noise.
    expect(diagnosticFor(result, 'infra/latin.json')).toEqual([]);
    expect(result.entities.map((g) => g.entity.id)).toEqual(['GoodRole']);
  });
});

describe('symlinks pointing outside the repository are never followed', () => {
  const outside = new TempFolder('iug-outside-');
  const repo = new TempFolder('iug-symlinks-');

  beforeAll(() => {
    outside.write('secret/role.yaml', roleYaml('OutsideRole', 'outside-role', ['iam:*']));
    outside.write(
      'secret/policy.json',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    );
    repo.write('infra/good.yaml', GOOD);
    mkdirSync(`${repo.root}/links`);
    symlinkSync(`${outside.root}/secret/role.yaml`, `${repo.root}/links/role.yaml`);
    symlinkSync(`${outside.root}/secret`, `${repo.root}/links/dir`);
    symlinkSync('../../..', `${repo.root}/links/up`);
    symlinkSync(`${outside.root}/secret/role.yaml`, `${repo.root}/infra/inside-name.yaml`);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo.root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
          GIT_CONFIG_NOSYSTEM: '1',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'symlinks');
  });
  afterAll(() => {
    repo.remove();
    outside.remove();
  });

  it('scan() over the repository reads only the regular file', async () => {
    const result = await scanFolder(repo.root);
    expect(result.entities.map((g) => g.entity.id)).toEqual(['GoodRole']);
    expect(result.files).toEqual(['infra/good.yaml']);
    expect(JSON.stringify(result)).not.toContain('OutsideRole');
  });

  it('naming the symlinks explicitly still reads nothing outside', async () => {
    const result = await readIac(worktreeSource(repo.root), [
      'links/role.yaml',
      'links/dir',
      'links/dir/policy.json',
      'links/up',
      'infra/inside-name.yaml',
    ]);
    expect(result.entities).toEqual([]);
    expect(JSON.stringify(result)).not.toMatch(/OutsideRole|"\*"/);
  });

  it('a CDK manifest naming templates or nested assemblies outside the repository reads nothing outside', async () => {
    outside.write(
      'cdk/role.template.json',
      JSON.stringify({ Resources: { OutsideRole: { Type: 'AWS::IAM::Role' } } }),
    );
    outside.write(
      'cdk/nested/manifest.json',
      JSON.stringify({
        version: '55.0.0',
        artifacts: {
          S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'x.template.json' } },
        },
      }),
    );
    outside.write(
      'cdk/nested/x.template.json',
      JSON.stringify({ Resources: { OutsideRole: { Type: 'AWS::IAM::Role' } } }),
    );
    const up = `../../${outside.root.split('/').pop()}`;
    const assembly = new TempFolder('iug-cdk-escape-');
    try {
      assembly.write(
        'cdk.out/manifest.json',
        JSON.stringify({
          version: '55.0.0',
          artifacts: {
            Relative: {
              type: 'aws:cloudformation:stack',
              properties: { templateFile: `${up}/cdk/role.template.json` },
            },
            Absolute: {
              type: 'aws:cloudformation:stack',
              properties: { templateFile: `${outside.root}/cdk/role.template.json` },
            },
            NestedRelative: { type: 'cdk:cloud-assembly', properties: { directoryName: `${up}/cdk/nested` } },
            NestedAbsolute: {
              type: 'cdk:cloud-assembly',
              properties: { directoryName: `${outside.root}/cdk/nested` },
            },
          },
        }),
      );
      const result = await readIac(worktreeSource(assembly.root), ['.']);
      expect(result.entities).toEqual([]);
      expect(JSON.stringify(result)).not.toContain('OutsideRole');
    } finally {
      assembly.remove();
    }
  });

  it('a symlink committed to git is not read, never followed', async () => {
    const result = await readIac(commitSource(new Git(repo.root), 'HEAD'), ['.']);
    expect(result.entities.map((e) => e.id)).toEqual(['GoodRole']);
    expect(JSON.stringify(result)).not.toContain('OutsideRole');
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const folder = new TempFolder();
  let result: ScanResult;
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    folder.write(
      'infra/proto.json',
      `{"AWSTemplateFormatVersion":"2010-09-09",
"__proto__":{"polluted":"template"},
"Conditions":{"__proto__":{"Fn::Equals":["a","a"]},"constructor":{"Fn::Equals":["a","b"]}},
"Resources":{
 "__proto__":{"Type":"AWS::IAM::Role","Properties":{"Policies":[{"PolicyName":"__proto__","PolicyDocument":{"__proto__":{"polluted":"doc"},"Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*","__proto__":{"polluted":"statement"}}]}}]}},
 "constructor":{"Type":"AWS::IAM::Role","Properties":{"Policies":[{"PolicyName":"c","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":{"Fn::If":["constructor","sqs:SendMessage","sns:Publish"]},"Resource":"*"}]}}]}},
 "prototype":{"Type":"AWS::IAM::Policy","Properties":{"PolicyName":"p","Roles":[{"Ref":"constructor"},{"Ref":"hasOwnProperty"}],"PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}}},
 "hasOwnProperty":{"Type":"AWS::IAM::User","Properties":{"UserName":"toString"}}
}}`,
    );
    folder.write(
      'infra/proto.yaml',
      `Resources:
  __proto__:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: [dynamodb:GetItem], Resource: '*', constructor: { prototype: { polluted: yaml } } }
  toString:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: valueOf
          PolicyDocument: { Statement: [{ Effect: Allow, Action: !If [__proto__, ec2:DescribeInstances, ec2:DescribeVpcs], Resource: '*' }] }
`,
    );
    folder.write(
      'plan.json',
      JSON.stringify({
        format_version: '1.2',
        planned_values: {
          root_module: {
            resources: [
              {
                address: 'aws_iam_role.__proto__',
                mode: 'managed',
                type: 'aws_iam_role',
                name: '__proto__',
                values: {
                  name: 'constructor',
                  inline_policy: [
                    {
                      name: '__proto__',
                      policy:
                        '{"__proto__":{"polluted":"tf"},"Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}',
                    },
                  ],
                },
              },
            ],
          },
        },
      }),
    );
    result = await scanFolder(folder.root);
  });
  afterAll(() => folder.remove());

  it('leaves Object.prototype untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });

  it('treats the keys as ordinary logical ids, policy names and conditions', () => {
    const granted = Object.fromEntries(
      result.entities.map((g) => [`${g.entity.file}#${g.entity.id}`, actionNames(g.grants.actions)]),
    );
    expect(granted['infra/proto.json#__proto__']).toEqual(['s3:GetObject']);
    // `prototype` (an AWS::IAM::Policy) folds kms:Decrypt into the role it targets by Ref.
    expect(granted['infra/proto.json#constructor']).toEqual(
      expect.arrayContaining(['kms:Decrypt', 'sns:Publish', 'sqs:SendMessage']),
    );
    expect(granted['infra/proto.yaml#__proto__']).toEqual(['dynamodb:GetItem']);
    expect(granted['infra/proto.yaml#toString']).toEqual(['ec2:DescribeInstances', 'ec2:DescribeVpcs']);
    expect(granted['plan.json#aws_iam_role.__proto__']).toEqual(['logs:PutLogEvents']);
    const out = renderAll(result);
    expect(out.markdown).toContain('proto');
    expect(() => JSON.parse(out.sarif)).not.toThrow();
  });
});
