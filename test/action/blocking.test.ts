import { describe, expect, it } from 'vitest';
import { blockingReason } from '../../src/action/verdict.js';
import type { Finding } from '../../src/rules/model.js';

const finding: Finding = {
  rule: 'widened-unused-service',
  severity: 'error',
  entity: { id: 'AppRole', kind: 'role', arn: null },
  service: 's3',
  action: null,
  file: 'infra/app.yaml',
  line: 20,
  lastAccessed: null,
  message: 'm',
  suggestion: null,
};

describe('blockingReason', () => {
  it('names the count and the first blocking finding', () => {
    expect(blockingReason([finding], 'error')).toBe(
      "iam-usage-guard: 1 finding at or above fail-on 'error' (first: widened-unused-service on AppRole at infra/app.yaml:20)",
    );
  });

  it('with no finding, says the change made IaC unreadable and where', () => {
    expect(
      blockingReason([], 'error', [
        { severity: 'error', file: 'infra/broken.yaml', line: 4, message: 'invalid YAML' },
      ]),
    ).toBe(
      'iam-usage-guard: this change brings 1 problem into IaC files that could not be read, so they were not judged (first: infra/broken.yaml:4)',
    );
  });
});
