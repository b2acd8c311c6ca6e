// Entities do not vanish: a base entity the head does not show, by what stands at its file's path at head.
import { describe, expect, it } from 'vitest';
import { type HeadState, type VanishInput, vanishedEntities } from '../../src/change/vanish.js';
import { type Entity, newEntity } from '../../src/policy/model.js';

const TEMPLATE = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies: []
`;
const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

function entity(id: string, file: string, format: Entity['format'] = 'cloudformation'): Entity {
  return newEntity({
    id,
    kind: format === 'policy' ? 'policy' : 'role',
    format,
    file,
    line: 2,
    path: `Resources.${id}`,
  });
}

function input(state: HeadState, text: string | null, overrides: Partial<VanishInput> = {}): VanishInput {
  return {
    base: [entity('AppRole', 'infra/app.yaml')],
    present: new Set(),
    headFiles: new Set(text === null ? [] : ['infra/app.yaml']),
    state: async () => state,
    text: async () => text,
    size: async () => (text === null ? null : text.length),
    maxBytes: 1000,
    renamedTo: new Map(),
    added: [],
    ...overrides,
  };
}

describe('vanishedEntities: why a base entity is not at head', () => {
  it.each([
    [
      'the file became a symlink',
      input('symlink', null),
      /is now a symbolic link, which the scan never follows/,
    ],
    ['the file became a folder', input('folder', null), /is now a folder/],
    ['the file is a FIFO or a socket', input('special', null), /is no longer a regular file/],
    ['the file has binary content', input('file', `\u0000${TEMPLATE}`), /now has binary content/],
    ['the file is over the size limit', input('file', TEMPLATE, { maxBytes: 10 }), /over the size limit/],
    ['the file cannot be read', input('file', null), /can no longer be read/],
    ['the file no longer parses', input('file', 'Resources: [\n  - {'), /no longer parses/],
    [
      'the file is no longer a template',
      input('file', `Stack:\n${TEMPLATE.replace(/^/gm, '  ')}`),
      /no longer reads as a CloudFormation template \(it reads as something else\)/,
    ],
    [
      'the template now holds a nested stack',
      input(
        'file',
        'Resources:\n  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3/x.yaml\n',
      ),
      /now holds the nested stack Nested \(AWS::CloudFormation::Stack, https:\/\/s3\/x\.yaml\) at line 2, whose resources the scan cannot see/,
    ],
    [
      'the template now runs a macro',
      input(
        'file',
        `Transform: [AWS::Serverless-2016-10-31, MyMacro]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n`,
      ),
      /now holds the macro transform MyMacro at line 1/,
    ],
    [
      'the template now includes resources with AWS::Include',
      input(
        'file',
        "Resources:\n  Fn::Transform:\n    Name: AWS::Include\n    Parameters: { Location: 's3://b/r.yaml' }\n  Q:\n    Type: AWS::SQS::Queue\n",
      ),
      /now holds resources included by Fn::Transform at line 2/,
    ],
    [
      'the policy file now names a Principal',
      input('file', POLICY.replace('"Effect":"Allow",', '"Effect":"Allow","Principal":"*",'), {
        base: [entity('app', 'policies/app.json', 'policy')],
      }),
      /is now a resource-based policy \(a statement names a Principal\)/,
    ],
    [
      'the file was deleted while an added file mentions IaC and cannot be read',
      {
        ...input('absent', null, { added: ['infra/app.txt', 'docs/image.png'] }),
        state: async (file: string) => (file === 'infra/app.yaml' ? 'absent' : 'file'),
        text: async (file: string) => (file === 'infra/app.txt' ? `\u0000${TEMPLATE}` : '\u0089PNG\u0000'),
      } satisfies VanishInput,
      /was deleted, while this change adds infra\/app\.txt \(binary\), which the scan cannot read: the entity may have moved there/,
    ],
    [
      'the file was renamed to one that cannot be read',
      {
        ...input('absent', null, { renamedTo: new Map([['infra/app.yaml', 'infra/app.json']]) }),
        state: async (file: string) => (file === 'infra/app.yaml' ? 'absent' : 'symlink'),
      } satisfies VanishInput,
      /was renamed to infra\/app\.json, which is now a symbolic link/,
    ],
  ])('%s: one finding per entity, with the reason', async (_name, given, reason) => {
    const out = await vanishedEntities(given);
    expect(out).toHaveLength(1);
    expect(out[0]!.entity.id).toBe(given.base[0]!.id);
    expect(out[0]!.reason).toMatch(reason);
    expect(out[0]!.reason).toMatch(
      /where (role|policy) \S+ is declared at base, .*so what this change does to it cannot be seen$/,
    );
  });

  it.each([
    ['the file was deleted (and nothing unreadable was touched)', input('absent', null)],
    [
      'the resource was removed from a template that still reads',
      input('file', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'),
    ],
    ['the entity is still at head', input('symlink', null, { present: new Set(['infra/app.yaml#AppRole']) })],
    [
      'the file was renamed to one that reads, without the entity (removed there)',
      {
        ...input('absent', null, {
          renamedTo: new Map([['infra/app.yaml', 'infra/app.cfn']]),
          added: ['x.bin'],
        }),
        state: async (file: string) => (file === 'infra/app.yaml' ? 'absent' : 'file'),
        text: async (file: string) =>
          file === 'infra/app.cfn' ? 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' : `\u0000${TEMPLATE}`,
        headFiles: new Set(['infra/app.cfn']),
      } satisfies VanishInput,
    ],
    [
      'the file was deleted and the only added files are images and notes',
      {
        ...input('absent', null, { added: ['docs/a.png', 'notes.txt'] }),
        state: async (file: string) => (file === 'infra/app.yaml' ? 'absent' : 'file'),
        text: async (file: string) => (file === 'docs/a.png' ? '\u0089PNG\u0000' : 'we moved things\n'),
      } satisfies VanishInput,
    ],
  ])('%s: nothing vanished', async (_name, given) => {
    expect(await vanishedEntities(given)).toEqual([]);
  });

  it('reports every entity of a vanished file, and only those not paired elsewhere', async () => {
    const out = await vanishedEntities(
      input('symlink', null, {
        base: [entity('A', 'infra/app.yaml'), entity('B', 'infra/app.yaml'), entity('C', 'infra/app.yaml')],
        present: new Set(['infra/app.yaml#B']),
      }),
    );
    expect(out.map((v) => v.entity.id)).toEqual(['A', 'C']);
  });
});
