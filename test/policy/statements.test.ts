// Policy documents from AWS (plain objects, JSON strings, URL-encoded strings): statements at one location.
import { describe, expect, it } from 'vitest';
import { statementsFromDocument } from '../../src/policy/statements.js';

const at = { file: 'aws:arn:aws:iam::aws:policy/ReadOnlyAccess', line: 1, path: 'PolicyVersion.Document' };
const document = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' },
    {
      Effect: 'Deny',
      NotAction: 'iam:*',
      NotResource: 'arn:aws:s3:::x',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
};

describe('statementsFromDocument', () => {
  it.each([
    ['a plain object', document],
    ['a JSON string', JSON.stringify(document)],
    ['a URL-encoded JSON string', encodeURIComponent(JSON.stringify(document))],
  ])('reads %s', (_name, input) => {
    const { statements, diagnostics } = statementsFromDocument(input, at, 'ReadOnlyAccess');
    expect(diagnostics).toEqual([]);
    expect(statements).toEqual([
      {
        effect: 'Allow',
        actions: [
          { pattern: 's3:Get*', location: { ...at, path: 'PolicyVersion.Document.Statement[0].Action[0]' } },
          { pattern: 's3:List*', location: { ...at, path: 'PolicyVersion.Document.Statement[0].Action[1]' } },
        ],
        notActions: null,
        allResources: true,
        hasCondition: false,
        policyName: 'ReadOnlyAccess',
        location: { ...at, path: 'PolicyVersion.Document.Statement[0]' },
      },
      {
        effect: 'Deny',
        actions: null,
        notActions: [
          { pattern: 'iam:*', location: { ...at, path: 'PolicyVersion.Document.Statement[1].NotAction' } },
        ],
        allResources: false,
        hasCondition: true,
        policyName: 'ReadOnlyAccess',
        location: { ...at, path: 'PolicyVersion.Document.Statement[1]' },
      },
    ]);
  });

  it('turns a broken document into diagnostics at the given location, never an exception', () => {
    expect(statementsFromDocument('{not json', at, null)).toEqual({
      statements: [],
      diagnostics: [
        {
          severity: 'error',
          file: at.file,
          line: 1,
          message: 'policy document at PolicyVersion.Document is a string but not JSON',
        },
      ],
    });
    expect(
      statementsFromDocument({ Statement: [{ Effect: 'Maybe', Action: 's3:*' }] }, at, null).diagnostics,
    ).toEqual([expect.objectContaining({ message: expect.stringContaining('Effect "Maybe"') })]);
  });
});
