// Discovery: default globs find every format and skip what is not IaC; include/exclude/onlyFiles narrow it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';

const template = (id: string) =>
  JSON.stringify({
    Resources: {
      [id]: {
        Type: 'AWS::IAM::Role',
        Properties: {
          Policies: [
            {
              PolicyName: 'p',
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
            },
          ],
        },
      },
    },
  });
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }],
});
const plan = JSON.stringify({
  format_version: '1.0',
  planned_values: {
    root_module: {
      resources: [
        { address: 'aws_iam_user.u', mode: 'managed', type: 'aws_iam_user', values: { name: 'u' } },
      ],
    },
  },
});

let root: string;
const files: Record<string, string> = {
  'infra/a.json': template('A'),
  'infra/b.yaml': template('B'),
  'infra/c.yml': template('C'),
  'infra/d.template': template('D'),
  'infra/e.txt': template('E'),
  'policies/readonly.json': policy,
  'plans/plan.json': plan,
  'node_modules/lib/template.json': template('Dependency'),
  'package.json': '{"name":"x"}',
  '.github/workflows/ci.yml': 'on: push\n',
  'docs/notes.yaml': 'title: not IaC\n',
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iac-disc-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ids = async (paths: string[], options = {}) =>
  (await readIac(worktreeSource(root), paths, options)).entities.map((e) => `${e.file}#${e.id}:${e.format}`);

describe('discovery', () => {
  it('exports the default globs', () => {
    expect(DEFAULT_INCLUDE).toEqual(
      expect.arrayContaining(['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template']),
    );
    expect(DEFAULT_EXCLUDE).toEqual(expect.arrayContaining(['**/node_modules/**', '**/.git/**']));
  });

  it('finds templates, plans and policies by default; skips node_modules, .txt and non-IaC files silently', async () => {
    const result = await readIac(worktreeSource(root), ['.']);
    expect(result.diagnostics).toEqual([]);
    expect(result.entities.map((e) => `${e.file}#${e.id}:${e.format}`)).toEqual([
      'infra/a.json#A:cloudformation',
      'infra/b.yaml#B:cloudformation',
      'infra/c.yml#C:cloudformation',
      'infra/d.template#D:cloudformation',
      'plans/plan.json#aws_iam_user.u:terraform',
      'policies/readonly.json#readonly:policy',
    ]);
    expect(result.files).toEqual([
      'infra/a.json',
      'infra/b.yaml',
      'infra/c.yml',
      'infra/d.template',
      'plans/plan.json',
      'policies/readonly.json',
    ]);
  });

  it('reads a file named explicitly even when the globs would not pick it', async () => {
    expect(await ids(['infra/e.txt'])).toEqual(['infra/e.txt#E:cloudformation']);
  });

  it('onlyFiles restricts to the given files', async () => {
    expect(
      await ids(['.'], { onlyFiles: ['infra/b.yaml', './policies/readonly.json', 'gone.json'] }),
    ).toEqual(['infra/b.yaml#B:cloudformation', 'policies/readonly.json#readonly:policy']);
  });

  it('include and exclude replace the defaults', async () => {
    expect(await ids(['.'], { include: ['infra/**'], exclude: ['**/*.json'] })).toEqual([
      'infra/b.yaml#B:cloudformation',
      'infra/c.yml#C:cloudformation',
      'infra/d.template#D:cloudformation',
      'infra/e.txt#E:cloudformation',
    ]);
  });
});
