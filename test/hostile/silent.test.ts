// Nothing is dropped in silence: a statement whose Action cannot grant anything as written (null, an empty list, a
// null item) is a diagnostic with file and line, not a statement that quietly grants nothing.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';

function yamlRole(action: string): string {
  return [
    'Resources:',
    '  R:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      Policies:',
    '        - PolicyName: p',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    `                Action: ${action}`,
    "                Resource: '*'",
    '',
  ].join('\n');
}

describe('actions that cannot be read are reported, never dropped silently', () => {
  it.each([
    ['an empty value', '', /is empty/],
    ['~ (null)', '~', /is empty/],
    ['an empty list', '[]', /lists no actions/],
    ['a null item', '[s3:GetObject, ~]', /\[1\] is empty/],
  ])('YAML Action with %s: one error at the Action line', (_name, action, message) => {
    const result = parseDocument('infra/t.yaml', yamlRole(action));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'infra/t.yaml', line: 10 });
    expect(result.diagnostics[0]!.message).toMatch(message);
  });

  it('JSON policy file with "Action": null and "NotAction": []: one error each, with their lines', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": null, "Resource": "*" },',
      '    { "Effect": "Allow", "NotAction": [], "Resource": "*" },',
      '    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }',
      '  ]',
      '}',
    ].join('\n');
    const result = parseDocument('policies/p.json', text);
    expect(result.diagnostics.map((d) => [d.line, /is empty|lists no actions/.test(d.message)])).toEqual([
      [4, true],
      [5, true],
    ]);
    expect(result.entities[0]!.statements.flatMap((s) => s.actions ?? []).map((a) => a.pattern)).toEqual([
      's3:GetObject',
    ]);
  });

  it('AWS::NoValue in an Fn::If branch is still fine (a deliberate "no actions here")', () => {
    const result = parseDocument('infra/t.yaml', yamlRole('!If [C, [s3:GetObject], !Ref AWS::NoValue]'));
    expect(result.diagnostics).toEqual([]);
  });
});
