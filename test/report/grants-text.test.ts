import { describe, expect, it } from 'vitest';
import { grantsOf } from '../../src/policy/grants.js';
import { grantsText } from '../../src/report/grants-text.js';
import { allow, allowNot, role } from '../policy/fixtures.js';

describe('grantsText', () => {
  it('groups entities by file, in line order, with path:line', () => {
    const b = role('B', [allow(['sns:Publish'])], { file: 'b.yaml', line: 9 });
    const a2 = role('A2', [allow(['s3:GetObject'])], { file: 'a.yaml', line: 20 });
    const a1 = role('A1', [allow(['sqs:SendMessage'])], { file: 'a.yaml', line: 4, name: 'queue-writer' });
    const text = grantsText(
      [b, a2, a1].map((entity) => ({ entity, grants: grantsOf(entity), base: null })),
      { baseRef: null, filesRead: 2 },
    );
    const lines = text.split('\n');
    expect(lines.indexOf('a.yaml')).toBeLessThan(lines.indexOf('b.yaml'));
    expect(text.indexOf('a.yaml:4  role A1 "queue-writer"')).toBeLessThan(text.indexOf('a.yaml:20  role A2'));
    expect(text).toContain('b.yaml:9  role B\n    1 service, 1 action: sns');
    expect(text).not.toContain('since');
  });

  it('shortens long lists and shows what changed against base', () => {
    const head = role('Admin', [allowNot(['iam:*'])]);
    const base = role('Admin', [allow(['s3:GetObject', 'iam:PassRole'])]);
    const text = grantsText([{ entity: head, grants: grantsOf(head), base: grantsOf(base) }], {
      baseRef: 'main',
      filesRead: 1,
      maxListed: 3,
    });
    expect(text).toMatch(/services: \S+, \S+, \S+ … and \d+ more/);
    expect(text).toContain('removed services: iam');
    expect(text).toContain('removed: iam:PassRole');
    expect(text).toMatch(/since main: \+\d+ actions, -1 action\n/);
  });

  it('says unchanged, and says so when there is nothing to list', () => {
    const entity = role('Same', [allow(['s3:GetObject'])]);
    expect(
      grantsText([{ entity, grants: grantsOf(entity), base: grantsOf(entity) }], {
        baseRef: 'v1',
        filesRead: 1,
      }),
    ).toContain('unchanged since v1');
    expect(grantsText([], { baseRef: null, filesRead: 3 })).toBe('No IAM entities found in 3 files read.\n');
  });
});
