// The scenario file: what loads, what is rejected (with its path), relative dates; and the caller-policy evaluator.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { policyAllows } from '../../src/local-iam/caller-policy.js';
import { loadScenario } from '../../src/local-iam/scenario.js';

const now = new Date('2026-11-20T12:00:00.000Z');
const load = (value: unknown) => loadScenario(JSON.stringify(value), 'scenario.json', now);

describe('loadScenario', () => {
  it('turns relative dates into timestamps', () => {
    const scenario = load({
      account: '123456789012',
      entities: [
        {
          arn: 'arn:aws:iam::123456789012:role/a',
          createDate: 'now-400d',
          services: [
            {
              namespace: 's3',
              lastAuthenticated: 'now-4h',
              actions: [{ name: 'GetObject', lastAccessed: 'now' }],
            },
          ],
        },
      ],
    });
    const entity = scenario.entities[0]!;
    expect(entity.createDate).toBe('2025-10-16T12:00:00.000Z');
    expect(entity.services![0]!.lastAuthenticated).toBe('2026-11-20T08:00:00.000Z');
    expect(entity.services![0]!.actions![0]!.lastAccessed).toBe('2026-11-20T12:00:00.000Z');
  });

  const bad: [string, unknown, string][] = [
    ['not JSON', '{', 'scenario.json: not valid JSON'],
    ['a short account', { account: '123', entities: [] }, 'account must be a 12-digit account id'],
    [
      'a non-IAM ARN',
      { account: '123456789012', entities: [{ arn: 'arn:aws:s3:::b' }] },
      'entities[0].arn is not an IAM',
    ],
    [
      'a bad date',
      {
        account: '123456789012',
        entities: [
          {
            arn: 'arn:aws:iam::123456789012:role/a',
            services: [{ namespace: 's3', lastAuthenticated: 'last week' }],
          },
        ],
      },
      'entities[0].services[0].lastAuthenticated is not a date',
    ],
    [
      'an unknown fault',
      { account: '123456789012', entities: [], faults: { slowness: 1 } },
      'faults.slowness is not a known fault',
    ],
    [
      'a reversed latency range',
      { account: '123456789012', entities: [], faults: { jobLatencyMs: [3000, 1000] } },
      'faults.jobLatencyMs must be a number of milliseconds or [min, max]',
    ],
    [
      'a caller policy file that is not there',
      { account: '123456789012', entities: [], callerPolicy: 'missing-policy.json' },
      'callerPolicy names a file that cannot be read',
    ],
  ];
  it.each(bad)('rejects %s', (_name, value, message) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    expect(() => loadScenario(text, 'scenario.json', now)).toThrow(UserError);
    expect(() => loadScenario(text, 'scenario.json', now)).toThrow(message);
  });
});

describe('policyAllows (the caller policy of a scenario)', () => {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:GenerateServiceLastAccessedDetails',
        Resource: 'arn:aws:iam::*:role/app-*',
      },
      { Effect: 'Deny', Action: 'iam:GetAccessKeyLastUsed', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ],
  };
  it.each([
    ['iam:GetRole', 'arn:aws:iam::1:role/x', true],
    ['IAM:getrole', 'arn:aws:iam::1:role/x', true],
    ['iam:GenerateServiceLastAccessedDetails', 'arn:aws:iam::1:role/app-api', true],
    ['iam:GenerateServiceLastAccessedDetails', 'arn:aws:iam::1:role/other', false],
    ['iam:GetAccessKeyLastUsed', 'arn:aws:iam::1:user/bob', false],
    ['iam:CreateRole', '*', false],
    ['cloudformation:DescribeStackResources', '*', true],
  ] as const)('%s on %s → %s', (action, resource, allowed) => {
    expect(policyAllows(policy, action, resource)).toBe(allowed);
  });
});
