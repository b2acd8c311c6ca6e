// Files beyond the file selection that a change touches are read by content; what a file is, and which parts of a
// template hide resources (nested stacks, includes, macros), for saying why an entity is gone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDocument, parseDocument, readBeyondSelection } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';

const TEMPLATE = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: s3:GetObject, Resource: '*' }
`;
const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}\n';

describe('classifyDocument', () => {
  it.each([
    ['app.cfn', TEMPLATE, 'template'],
    ['extra.txt', POLICY, 'policy'],
    [
      'trust.txt',
      POLICY.replace('"Effect":"Allow",', '"Effect":"Allow","Principal":"*",'),
      'resource-policy',
    ],
    ['plan.txt', '{"format_version":"1.2","planned_values":{}}', 'terraform-plan'],
    ['image.png', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'binary'],
    ['broken.yaml', 'Resources: [\n  - {', 'unparseable'],
    ['README.md', '# Hello\n\nSome words.\n', 'other'],
    ['config.yml', 'unusedDays: 90\n', 'other'],
  ])('%s is %s', (file, text, kind) => {
    expect(classifyDocument(file, text).kind).toBe(kind);
  });

  it('says whether the text mentions IaC (worth a word when it cannot be read)', () => {
    expect(classifyDocument('x.bin', `\u0000${TEMPLATE}`)).toMatchObject({
      kind: 'binary',
      mentionsIac: true,
    });
    expect(classifyDocument('x.bin', '\u0000\u0001')).toMatchObject({ kind: 'binary', mentionsIac: false });
  });

  it('lists the parts of a template whose resources cannot be seen, with their lines', () => {
    const text = [
      'Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions, Acme::Macro]',
      'Resources:',
      '  Nested:',
      '    Type: AWS::CloudFormation::Stack',
      '    Properties: { TemplateURL: ./child.yaml }',
      '  App:',
      '    Type: AWS::Serverless::Application',
      '    Properties: { Location: { ApplicationId: arn:aws:serverlessrepo:us-east-1:1:applications/x } }',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '',
    ].join('\n');
    expect(classifyDocument('t.yaml', text).opaque).toEqual([
      { line: 1, description: 'the macro transform Acme::Macro' },
      { line: 3, description: 'the nested stack Nested (AWS::CloudFormation::Stack, ./child.yaml)' },
      { line: 6, description: 'the nested stack App (AWS::Serverless::Application)' },
    ]);
  });
});

describe('a target named by a nested stack output', () => {
  it('is an unknown target (unjudged), not a parse error', () => {
    const result = parseDocument(
      't.yaml',
      `${TEMPLATE}  Nested:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: https://s3.amazonaws.com/b/role.yaml }
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!GetAtt Nested.Outputs.RoleName]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }] }
`,
    );
    expect(result.diagnostics).toEqual([]);
    const unknown = result.entities.find((e) => e.id.startsWith('role@'));
    expect(unknown?.unknowns.map((u) => u.message)).toEqual([
      'Resources.Extra.Properties.Roles[0]: the role is named by an output of the nested stack Nested (AWS::CloudFormation::Stack), whose template is not read here; which role it is cannot be known from code',
    ]);
    expect(unknown?.statements.flatMap((s) => s.actions ?? []).map((a) => a.pattern)).toEqual([
      'dynamodb:PutItem',
    ]);
  });
});

describe('what a nested stack, an include or a macro may grant is unknown', () => {
  const two = TEMPLATE.replace(
    'Resources:\n',
    'Resources:\n  Other:\n    Type: AWS::IAM::Role\n    Properties: { Policies: [] }\n',
  );
  const unknowns = (text: string) =>
    Object.fromEntries(
      parseDocument('t.yaml', text).entities.map((e) => [e.id, e.unknowns.map((u) => u.message)]),
    );

  it('a macro or an included set of resources: every entity the template declares', () => {
    expect(unknowns(`Transform: Acme::Macro\n${two}`)).toEqual({
      Other: [
        'Transform: the macro transform Acme::Macro may add resources (a policy naming Other) when deployed: what they grant cannot be known from code',
      ],
      AppRole: [
        'Transform: the macro transform Acme::Macro may add resources (a policy naming AppRole) when deployed: what they grant cannot be known from code',
      ],
    });
    const included = `${two}  Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/x.yaml } }\n`;
    expect(Object.values(unknowns(included)).map((u) => u.length)).toEqual([1, 1]);
  });

  it('a nested stack: the entities its Parameters pass it, no other', () => {
    const nested = `${two}  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3/x.yaml\n      Parameters: { RoleArn: !GetAtt AppRole.Arn }\n`;
    expect(unknowns(nested)).toEqual({
      Other: [],
      AppRole: [
        'Resources.Nested.Properties.Parameters: AppRole is passed to the nested stack Nested (AWS::CloudFormation::Stack, https://s3/x.yaml), whose template is not read here: what it grants AppRole cannot be known from code',
      ],
    });
  });

  it('SAM and AWS::LanguageExtensions are read, not opaque', () => {
    expect(unknowns(`Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]\n${two}`)).toEqual({
      Other: [],
      AppRole: [],
    });
  });
});

describe('readBeyondSelection', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'iug-outside-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  it('reads IaC whatever the name, and names what mentions IaC but cannot be read', async () => {
    write('infra/app.cfn', TEMPLATE);
    write('.github/extra.txt', POLICY);
    write('docs/notes.txt', 'Resources: we moved the role\n');
    write('docs/big.txt', `${TEMPLATE}#${'x'.repeat(2000)}\n`);
    write('docs/blob.bin', `\u0000${TEMPLATE}`);
    write('docs/image.png', '\u0089PNG\u0000');
    const read = await readBeyondSelection(
      worktreeSource(root),
      [
        'infra/app.cfn',
        '.github/extra.txt',
        'docs/notes.txt',
        'docs/big.txt',
        'docs/blob.bin',
        'docs/image.png',
        'gone.txt',
      ],
      { maxFileBytes: 1000 },
    );
    expect(read.read).toEqual(['.github/extra.txt', 'infra/app.cfn']);
    expect(read.result.entities.map((e) => `${e.file}#${e.id}`)).toEqual([
      '.github/extra.txt#extra',
      'infra/app.cfn#AppRole',
    ]);
    expect(read.unreadable).toEqual([
      { file: 'docs/big.txt', why: 'it is over the 1000 bytes limit (maxFileBytes)' },
      { file: 'docs/blob.bin', why: 'it has binary content' },
    ]);
  });
});
