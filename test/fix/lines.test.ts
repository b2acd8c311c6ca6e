// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// Line-level views of an edit: the suggestion's line range (as small as the change) gives, applied as GitHub applies
// it, exactly the edited file; unified diffs read like git's; several edits of one file all land.
import { describe, expect, it } from 'vitest';
import { applyStatementChanges } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import { editStatement } from '../../src/fix/edit.js';
import { applyEdit } from '../../src/fix/model.js';
import { lineSuggestion } from '../../src/fix/suggestion.js';
import { editYamlStatement } from '../../src/fix/yaml-edit.js';
import { parsePath } from '../../src/policy/located.js';
import { applySuggestion } from '../support/suggestions.js';

const TEMPLATE = [
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      Policies:',
  '        - PolicyName: p',
  '          PolicyDocument:',
  '            Statement:',
  '              - Effect: Allow',
  '                Action:',
  '                  - s3:GetObject',
  '                  - s3:DeleteBucket # admin',
  "                Resource: '*'",
  '              # the queue',
  '              - Effect: Allow',
  '                Action: [sqs:SendMessage]',
  "                Resource: '*'",
  '              - Effect: Allow',
  '                Action: sns:Publish',
  "                Resource: '*'",
  '',
].join('\n');
const STATEMENT = (i: number) => `Resources.Role.Properties.Policies[0].PolicyDocument.Statement[${i}]`;

function suggestionOf(text: string, path: string, written: string[], actions: string[]) {
  const outcome = editStatement('t.yaml', text, { path, written, actions });
  if (!outcome.ok) throw new Error(outcome.reason);
  return { suggestion: lineSuggestion(text, outcome.edit), edited: applyEdit(text, outcome.edit) };
}

function asComment(s: { startLine: number; endLine: number; lines: string[] }) {
  return {
    body: `text\n\n\`\`\`suggestion\n${s.lines.map((l) => `${l}\n`).join('')}\`\`\`\n`,
    line: s.endLine,
    start_line: s.startLine === s.endLine ? null : s.startLine,
  };
}

describe('line suggestions', () => {
  it('an item removed from a block list is one line deleted', () => {
    const { suggestion, edited } = suggestionOf(
      TEMPLATE,
      STATEMENT(0),
      ['s3:GetObject', 's3:DeleteBucket'],
      ['s3:GetObject'],
    );
    expect(suggestion).toEqual({ startLine: 12, endLine: 12, lines: [] });
    expect(applySuggestion(TEMPLATE, asComment(suggestion))).toBe(edited);
  });

  it('a removed statement is its lines and its leading comment, nothing else', () => {
    const { suggestion, edited } = suggestionOf(TEMPLATE, STATEMENT(1), ['sqs:SendMessage'], []);
    expect(suggestion).toEqual({ startLine: 14, endLine: 17, lines: [] });
    expect(applySuggestion(TEMPLATE, asComment(suggestion))).toBe(edited);
  });

  it('a narrowed scalar is its one line rewritten', () => {
    const { suggestion, edited } = suggestionOf(
      TEMPLATE,
      STATEMENT(2),
      ['sns:Publish'],
      ['sns:Publish', 'sns:Subscribe'],
    );
    expect(suggestion).toEqual({
      startLine: 19,
      endLine: 19,
      lines: ['                Action: [sns:Publish, sns:Subscribe]'],
    });
    expect(applySuggestion(TEMPLATE, asComment(suggestion))).toBe(edited);
  });
});

describe('applyStatementChanges and unifiedDiff', () => {
  it('applies every edit of a file (later ones first, so paths stay right) and diffs like git', () => {
    const changes = [
      {
        path: STATEMENT(0),
        line: 9,
        written: ['s3:GetObject', 's3:DeleteBucket'],
        actions: ['s3:GetObject'],
      },
      { path: STATEMENT(1), line: 15, written: ['sqs:SendMessage'], actions: [] },
    ];
    const result = applyStatementChanges('infra/t.yaml', TEMPLATE, changes);
    expect(result.skipped).toEqual([]);
    expect(result.applied.map((c) => c.line)).toEqual([9, 15]);
    const diff = unifiedDiff('infra/t.yaml', TEMPLATE, result.text);
    expect(diff).toBe(
      [
        '--- a/infra/t.yaml',
        '+++ b/infra/t.yaml',
        '@@ -9,12 +9,7 @@',
        '               - Effect: Allow',
        '                 Action:',
        '                   - s3:GetObject',
        '-                  - s3:DeleteBucket # admin',
        "                 Resource: '*'",
        '-              # the queue',
        '-              - Effect: Allow',
        '-                Action: [sqs:SendMessage]',
        "-                Resource: '*'",
        '               - Effect: Allow',
        '                 Action: sns:Publish',
        "                 Resource: '*'",
        '',
      ].join('\n'),
    );
  });

  it('leaves a file alone and says why when an edit is not exact', () => {
    const text = TEMPLATE.replace('Action: sns:Publish', 'Action: !Sub "${Svc}:Publish"');
    const result = applyStatementChanges('t.yaml', text, [
      { path: STATEMENT(2), line: 18, written: ['sns:Publish'], actions: [] },
    ]);
    expect(result.text).toBe(text);
    expect(result.skipped[0]?.reason).toContain('!Sub');
  });

  it('every statement of a file edited from one reading gives the text edit-by-edit reading gives', () => {
    const changes = [
      {
        path: STATEMENT(0),
        line: 9,
        written: ['s3:GetObject', 's3:DeleteBucket'],
        actions: ['s3:GetObject'],
      },
      { path: STATEMENT(1), line: 15, written: ['sqs:SendMessage'], actions: [] },
      { path: STATEMENT(2), line: 18, written: ['sns:Publish'], actions: ['sns:Publish', 'sns:Subscribe'] },
    ];
    let stepwise = TEMPLATE;
    for (const change of [...changes].reverse()) {
      const outcome = editStatement('t.yaml', stepwise, change);
      if (!outcome.ok) throw new Error(outcome.reason);
      stepwise = applyEdit(stepwise, outcome.edit);
    }
    const result = applyStatementChanges('t.yaml', TEMPLATE, changes);
    expect(result.skipped).toEqual([]);
    expect(result.text).toBe(stepwise);
    // with a byte order mark, the same edits one place further
    const withBom = applyStatementChanges('t.yaml', `\uFEFF${TEMPLATE}`, changes);
    expect(withBom.text).toBe(`\uFEFF${stepwise}`);
  });

  it('a change that cannot be made is said, and the other changes of the file are still made', () => {
    const text = TEMPLATE.replace('Action: sns:Publish', 'Action: !Sub "${Svc}:Publish"');
    const result = applyStatementChanges('t.yaml', text, [
      {
        path: STATEMENT(0),
        line: 9,
        written: ['s3:GetObject', 's3:DeleteBucket'],
        actions: ['s3:GetObject'],
      },
      { path: STATEMENT(2), line: 18, written: ['sns:Publish'], actions: [] },
    ]);
    expect(result.applied.map((c) => c.line)).toEqual([9]);
    expect(result.skipped.map((s) => [s.change.line, s.reason.includes('!Sub')])).toEqual([[18, true]]);
    expect(result.text).toBe(text.replace('                  - s3:DeleteBucket # admin\n', ''));
  });

  it("a policy's last statement is not removed, whichever of its statements goes first", () => {
    const text = TEMPLATE.replace(
      / {14}- Effect: Allow\n {16}Action: sns:Publish\n {16}Resource: '\*'\n/,
      '',
    );
    const result = applyStatementChanges('t.yaml', text, [
      { path: STATEMENT(0), line: 9, written: ['s3:GetObject', 's3:DeleteBucket'], actions: [] },
      { path: STATEMENT(1), line: 15, written: ['sqs:SendMessage'], actions: [] },
    ]);
    expect(result.applied.map((c) => c.line)).toEqual([15]);
    expect(result.skipped.map((s) => [s.change.line, s.reason])).toEqual([
      [9, 'the policy would have no statement left: remove the policy itself'],
    ]);
  });

  it('an edit made from a text read before (kept with its tokens) is the edit a first reading gives', () => {
    const narrow = {
      path: STATEMENT(0),
      written: ['s3:GetObject', 's3:DeleteBucket'],
      actions: ['s3:GetObject'],
    };
    const refused = { path: STATEMENT(2), written: ['sns:Other'], actions: [] };
    const removal = { path: STATEMENT(1), written: ['sqs:SendMessage'], actions: [] };
    // read afresh each time: the YAML engine parses the text itself when given no document
    const fresh = () => editYamlStatement(TEMPLATE, parsePath(narrow.path)!, narrow);
    expect(editStatement('t.yaml', TEMPLATE, narrow)).toEqual(fresh());
    // the same text again: after a change on it was refused, and after another edit was made on it
    expect(editStatement('t.yaml', TEMPLATE, refused).ok).toBe(false);
    expect(editStatement('t.yaml', TEMPLATE, narrow)).toEqual(fresh());
    expect(editStatement('t.yaml', TEMPLATE, removal).ok).toBe(true);
    expect(editStatement('t.yaml', TEMPLATE, narrow)).toEqual(fresh());
  });

  it('separates hunks further apart than twice the context', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', '').replace('line 25\n', 'line 25b\n');
    expect(unifiedDiff('f', before, after)).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,5 +1,4 @@',
        ' line 1',
        '-line 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -22,7 +21,7 @@',
        ' line 22',
        ' line 23',
        ' line 24',
        '-line 25',
        '+line 25b',
        ' line 26',
        ' line 27',
        ' line 28',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('f', before, before)).toBe('');
  });
});
