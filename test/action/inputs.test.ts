// Inputs: defaults, normalization and clear errors for bad values, all read in one place.
import { describe, expect, it } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';
import { UserError } from '../../src/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('getInputs', () => {
  it('applies the documented defaults', () => {
    expect(getInputs(reader({ 'github-token': 'ghs_x' }))).toEqual({
      token: 'ghs_x',
      config: null,
      paths: [],
      basePaths: [],
      snapshot: null,
      failOn: 'error',
      comment: 'on-findings',
      suggestions: null,
      granularity: null,
      unusedDays: null,
      awsRegion: null,
      sarifFile: 'iam-usage-guard.sarif',
    });
  });

  it('reads every input', () => {
    const inputs = getInputs(
      reader({
        'github-token': 't',
        config: '.github/guard.yml',
        paths: 'infra\n  cdk.out , terraform/plan.json\n',
        'base-paths': 'cdk.out.base, plan.base.json',
        snapshot: 'usage.json',
        'fail-on': 'Warning',
        comment: 'always',
        suggestions: 'Comment',
        granularity: 'action-level',
        'unused-days': '30',
        'aws-region': 'eu-west-1',
        'sarif-file': 'out/guard.sarif',
      }),
    );
    expect(inputs).toMatchObject({
      config: '.github/guard.yml',
      paths: ['infra', 'cdk.out', 'terraform/plan.json'],
      basePaths: ['cdk.out.base', 'plan.base.json'],
      snapshot: 'usage.json',
      failOn: 'warning',
      comment: 'always',
      suggestions: 'comment',
      granularity: 'ACTION_LEVEL',
      unusedDays: 30,
      awsRegion: 'eu-west-1',
      sarifFile: 'out/guard.sarif',
    });
  });

  it.each([
    [{ 'fail-on': 'critical' }, /input 'fail-on' must be one of error, warning, notice, never/],
    [{ comment: 'sometimes' }, /input 'comment' must be one of on-findings, always, never/],
    [{ suggestions: 'inline' }, /input 'suggestions' must be one of review, comment, off/],
    [{ granularity: 'RESOURCE' }, /input 'granularity' must be SERVICE_LEVEL or ACTION_LEVEL/],
    [{ 'unused-days': '0' }, /input 'unused-days' must be a whole number of days from 1 to 400/],
    [{ 'unused-days': '12.5' }, /unused-days/],
    [{ 'unused-days': '401' }, /unused-days/],
  ])('rejects %o', (values, message) => {
    expect(() => getInputs(reader(values))).toThrow(UserError);
    expect(() => getInputs(reader(values))).toThrow(message);
  });
});
