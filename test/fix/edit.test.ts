// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// The edit engine on small documents: exact text out for YAML (block, flow, scalar, comments, quoting) and JSON
// (indentation, one-line arrays), statement removal, and a refusal with a reason wherever an edit cannot be exact.
import { describe, expect, it } from 'vitest';
import { editStatement } from '../../src/fix/edit.js';
import { applyEdit } from '../../src/fix/model.js';

const P = 'Statement[0]';

function edited(file: string, text: string, path: string, written: string[], actions: string[]): string {
  const outcome = editStatement(file, text, { path, written, actions });
  if (!outcome.ok) throw new Error(outcome.reason);
  return applyEdit(text, outcome.edit);
}

function refusal(file: string, text: string, path: string, written: string[], actions: string[]): string {
  const outcome = editStatement(file, text, { path, written, actions });
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(applyEdit(text, outcome.edit))}`);
  return outcome.reason;
}

const yamlCases: { name: string; text: string; written: string[]; actions: string[]; expected: string }[] = [
  {
    name: 'block list: an item goes with its comment, the others keep theirs',
    text: [
      'Statement:',
      '  - Effect: Allow',
      '    Action:',
      '      - s3:GetObject   # read the reports',
      '      # admin, remove when the migration is done',
      "      - 's3:DeleteBucket'",
      '      - "s3:PutObject" # upload',
      "    Resource: '*'",
      '',
    ].join('\n'),
    written: ['s3:GetObject', 's3:DeleteBucket', 's3:PutObject'],
    actions: ['s3:GetObject', 's3:PutObject'],
    expected: [
      'Statement:',
      '  - Effect: Allow',
      '    Action:',
      '      - s3:GetObject   # read the reports',
      '      - "s3:PutObject" # upload',
      "    Resource: '*'",
      '',
    ].join('\n'),
  },
  {
    name: 'block list: the first item goes, the next one starts the list',
    text: [
      'Statement:',
      '  - Effect: Allow',
      '    Action:',
      '      - sqs:SendMessage',
      '      # keep',
      '      - s3:GetObject',
      '    Resource: "*"',
      '',
    ].join('\n'),
    written: ['sqs:SendMessage', 's3:GetObject'],
    actions: ['s3:GetObject'],
    expected: [
      'Statement:',
      '  - Effect: Allow',
      '    Action:',
      '      # keep',
      '      - s3:GetObject',
      '    Resource: "*"',
      '',
    ].join('\n'),
  },
  {
    name: 'block list: a wildcard narrowed to its survivors in its own quoting, in its place',
    text: [
      'Statement:',
      '- Effect: Allow',
      '  Action:',
      "  - 'dynamodb:*' # all of it",
      '  - s3:GetObject',
      "  Resource: '*'",
      '',
    ].join('\n'),
    written: ['dynamodb:*', 's3:GetObject'],
    actions: ['dynamodb:GetItem', 'dynamodb:Query', 's3:GetObject'],
    expected: [
      'Statement:',
      '- Effect: Allow',
      '  Action:',
      "  - 'dynamodb:GetItem' # all of it",
      "  - 'dynamodb:Query'",
      '  - s3:GetObject',
      "  Resource: '*'",
      '',
    ].join('\n'),
  },
  {
    name: 'flow list with a comment inside keeps the style and the comment of the kept item',
    text: [
      'Statement:',
      '  - Effect: Allow',
      "    Action: [s3:GetObject, 's3:DeleteBucket',  # the next one is for the queue",
      '       sqs:SendMessage]',
      "    Resource: '*'",
      '',
    ].join('\n'),
    written: ['s3:GetObject', 's3:DeleteBucket', 'sqs:SendMessage'],
    actions: ['s3:GetObject', 'sqs:SendMessage'],
    expected: [
      'Statement:',
      '  - Effect: Allow',
      '    Action: [s3:GetObject,  # the next one is for the queue',
      '       sqs:SendMessage]',
      "    Resource: '*'",
      '',
    ].join('\n'),
  },
  {
    name: 'flow list: the first item goes',
    text: [
      'Statement:',
      '  - Effect: Allow',
      '    Action: [ "s3:DeleteBucket", "s3:GetObject" ]',
      "    Resource: '*'",
      '',
    ].join('\n'),
    written: ['s3:DeleteBucket', 's3:GetObject'],
    actions: ['s3:GetObject'],
    expected: [
      'Statement:',
      '  - Effect: Allow',
      '    Action: [ "s3:GetObject" ]',
      "    Resource: '*'",
      '',
    ].join('\n'),
  },
  {
    name: 'a scalar Action narrowed to several becomes a flow list in its quoting, its comment kept',
    text: [
      'Statement:',
      '  - Effect: Allow',
      '    Action: "s3:*" # everything',
      "    Resource: '*'",
      '',
    ].join('\n'),
    written: ['s3:*'],
    actions: ['s3:GetObject', 's3:PutObject'],
    expected: [
      'Statement:',
      '  - Effect: Allow',
      '    Action: ["s3:GetObject", "s3:PutObject"] # everything',
      "    Resource: '*'",
      '',
    ].join('\n'),
  },
  {
    name: 'a statement that keeps nothing goes, with its leading comment',
    text: [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: s3:GetObject',
      "                Resource: '*'",
      '              # queue access',
      '              - Effect: Allow',
      '                Action: [sqs:SendMessage]',
      "                Resource: '*'",
      '              - Effect: Allow',
      '                Action: sns:Publish',
      "                Resource: '*'",
      '',
    ].join('\n'),
    written: ['sqs:SendMessage'],
    actions: [],
    expected: [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: s3:GetObject',
      "                Resource: '*'",
      '              - Effect: Allow',
      '                Action: sns:Publish',
      "                Resource: '*'",
      '',
    ].join('\n'),
  },
];

describe('YAML', () => {
  it.each(yamlCases)('$name', ({ text, written, actions, expected }) => {
    const path = text.startsWith('Resources')
      ? 'Resources.Role.Properties.Policies[0].PolicyDocument.Statement[1]'
      : P;
    expect(edited('t.yaml', text, path, written, actions)).toBe(expected);
  });

  it('edits a statement inside a short-form !If branch (the branch is plain YAML)', () => {
    const text = [
      'Statement: !If',
      '  - IsProd',
      '  - - Effect: Allow',
      '      Action: [s3:GetObject, s3:DeleteBucket]',
      "      Resource: '*'",
      '  - !Ref AWS::NoValue',
      '',
    ].join('\n');
    expect(
      edited('t.yaml', text, 'Statement.Fn::If[1][0]', ['s3:GetObject', 's3:DeleteBucket'], ['s3:GetObject']),
    ).toBe(text.replace('[s3:GetObject, s3:DeleteBucket]', '[s3:GetObject]'));
  });

  it.each([
    ['an Fn::If in the Action element', "Action: !If [C, 's3:*', 's3:GetObject']", 'built with Fn::If'],
    ['a !Sub action', 'Action: [s3:GetObject, !Sub "${Svc}:Get*"]', 'an action is built with !Sub'],
    ['a long-form Fn::Join', 'Action: { "Fn::Join": [":", [s3, GetObject]] }', 'built with Fn::Join'],
    ['a block scalar', 'Action: >-\n      s3:GetObject', 'block scalar'],
  ])('refuses %s and says why', (_, action, reason) => {
    const text = `Statement:\n  - Effect: Allow\n    ${action}\n    Resource: '*'\n`;
    expect(refusal('t.yaml', text, P, ['s3:GetObject'], ['s3:GetObject'])).toContain(reason);
  });

  it('refuses a statement shared through an anchor, and an Action list read differently', () => {
    const shared = [
      'A:',
      '  Statement:',
      '    - &stmt',
      '      Effect: Allow',
      '      Action: [s3:GetObject, s3:DeleteBucket]',
      "      Resource: '*'",
      'B:',
      '  Statement:',
      '    - *stmt',
      '',
    ].join('\n');
    expect(
      refusal('t.yaml', shared, 'A.Statement[0]', ['s3:GetObject', 's3:DeleteBucket'], ['s3:GetObject']),
    ).toContain('anchor &stmt');
    const text = "Statement:\n  - Effect: Allow\n    Action: [s3:GetObject]\n    Resource: '*'\n";
    expect(refusal('t.yaml', text, P, ['s3:PutObject'], ['s3:GetObject'])).toContain('differs');
  });

  it('refuses to remove the last statement of a policy', () => {
    const text = "Statement:\n  - Effect: Allow\n    Action: sqs:SendMessage\n    Resource: '*'\n";
    expect(refusal('t.yaml', text, P, ['sqs:SendMessage'], [])).toContain('no statement left');
  });
});

describe('JSON', () => {
  const template = (action: string, indent = 2) =>
    JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '@A', Resource: '*' }] },
      null,
      indent,
    ).replace('"@A"', action);

  it.each([
    [
      'a multi-line list keeps its indentation (2 spaces)',
      template('[\n        "s3:GetObject",\n        "s3:DeleteBucket",\n        "s3:PutObject"\n      ]'),
      ['s3:GetObject', 's3:DeleteBucket', 's3:PutObject'],
      ['s3:GetObject', 's3:PutObject'],
      template('[\n        "s3:GetObject",\n        "s3:PutObject"\n      ]'),
    ],
    [
      'a multi-line list keeps its indentation (tabs)',
      template('[\n\t\t\t"s3:GetObject",\n\t\t\t"s3:DeleteBucket"\n\t\t]', 1),
      ['s3:GetObject', 's3:DeleteBucket'],
      ['s3:GetObject'],
      template('[\n\t\t\t"s3:GetObject"\n\t\t]', 1),
    ],
    [
      'a one-line list keeps its separators and an escaped item its text',
      template('[ "s3:Get\\u004fbject",  "s3:DeleteBucket" ]'),
      ['s3:GetObject', 's3:DeleteBucket'],
      ['s3:GetObject'],
      template('[ "s3:Get\\u004fbject" ]'),
    ],
    [
      'a string Action narrowed to several',
      template('"s3:*"'),
      ['s3:*'],
      ['s3:GetObject', 's3:PutObject'],
      template('["s3:GetObject", "s3:PutObject"]'),
    ],
  ])('%s', (_, text, written, actions, expected) => {
    expect(edited('policy.json', text, P, written, actions)).toBe(expected);
  });

  it('removes a middle and a last statement with their commas, indentation kept', () => {
    const doc = (statements: object[]) =>
      JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
    const s3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    const sqs = { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '*' };
    const sns = { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' };
    const text = doc([s3, sqs, sns]);
    expect(edited('p.json', text, 'Statement[1]', ['sqs:SendMessage'], [])).toBe(doc([s3, sns]));
    expect(edited('p.json', text, 'Statement[2]', ['sns:Publish'], [])).toBe(doc([s3, sqs]));
  });

  it('refuses an intrinsic in the Action element and a document inside a string', () => {
    const withIf = template('{ "Fn::If": ["C", "s3:*", "s3:GetObject"] }');
    expect(refusal('t.json', withIf, P, ['s3:*'], ['s3:GetObject'])).toContain('built with Fn::If');
    const inString = JSON.stringify({
      Resources: { R: { Properties: { PolicyDocument: JSON.stringify({ Statement: [] }) } } },
    });
    expect(
      refusal('t.json', inString, 'Resources.R.Properties.PolicyDocument.Statement[0]', ['s3:GetObject'], []),
    ).toMatch(/not in the file|not written/);
  });

  it('keeps a byte order mark and the edit lands after it', () => {
    const text = `\uFEFF${template('["s3:GetObject", "s3:DeleteBucket"]')}`;
    expect(edited('p.json', text, P, ['s3:GetObject', 's3:DeleteBucket'], ['s3:GetObject'])).toBe(
      `\uFEFF${template('["s3:GetObject"]')}`,
    );
  });
});
