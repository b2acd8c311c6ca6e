// Which base and head each event compares, using GitHub's own example payloads.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/action/event.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const example = (name: string, action?: string): Record<string, unknown> => {
  const list = examples.find((e) => e.name === name)!.examples;
  return structuredClone(action ? list.find((e) => e['action'] === action)! : list[0]!);
};

describe('describeEvent', () => {
  it('pull_request: base and head SHAs, number, not a fork', () => {
    const payload = example('pull_request', 'synchronize');
    expect(describeEvent('pull_request', payload, 'merge-sha', 'Codertocat/Hello-World')).toEqual({
      kind: 'pull_request',
      event: 'pull_request',
      number: 2,
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      fork: false,
    });
  });

  it('pull_request_target from a fork', () => {
    const payload = example('pull_request', 'opened') as {
      pull_request: { head: { repo: { full_name: string } } };
    };
    payload.pull_request.head.repo.full_name = 'someone/Hello-World';
    const scope = describeEvent('pull_request_target', payload, 'x', 'Codertocat/Hello-World');
    expect(scope).toMatchObject({ kind: 'pull_request', event: 'pull_request_target', fork: true });
  });

  it('a pull request whose fork was deleted is still a fork', () => {
    const payload = example('pull_request', 'opened') as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(describeEvent('pull_request', payload, 'x', 'Codertocat/Hello-World')).toMatchObject({
      fork: true,
    });
  });

  it('merge_group compares base_sha with head_sha', () => {
    expect(describeEvent('merge_group', example('merge_group'), 'x', 'octo-org/octo-repo')).toEqual({
      kind: 'merge_group',
      event: 'merge_group',
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
    });
  });

  it('push compares with before; a new branch (before = zeros) checks the whole repository', () => {
    const payload = example('push') as { before: string; after: string };
    expect(describeEvent('push', payload, 'x', 'o/r')).toMatchObject({ kind: 'repository' });
    payload.before = 'a'.repeat(40);
    expect(describeEvent('push', payload, 'x', 'o/r')).toEqual({
      kind: 'push',
      event: 'push',
      baseSha: 'a'.repeat(40),
      headSha: payload.after,
    });
  });

  it('workflow_dispatch checks the whole repository', () => {
    expect(describeEvent('workflow_dispatch', example('workflow_dispatch'), 'abc', 'o/r')).toEqual({
      kind: 'repository',
      event: 'workflow_dispatch',
      headSha: 'abc',
      reason: 'a manual run checks the whole repository',
    });
  });
});
