// Issue 13 item 4: a role's (or user's) grants are capped by its permissions boundary when the boundary is known.

import { describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { read } from './support.js';

const role = (boundary: string) => `Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Statement: [{ Effect: Allow, Action: ['s3:GetObject', 'sqs:*'], Resource: '*' }] }
  AppRole:
    Type: AWS::IAM::Role
    Properties:
${boundary}      Policies:
        - PolicyName: app
          PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
`;

describe('permissions boundaries', () => {
  it.each<[string, string, string[], { applied: boolean; source: string | null } | undefined]>([
    ['no boundary: every s3 action', '', ['s3:*'], undefined],
    [
      'a boundary of the same template (Ref)',
      '      PermissionsBoundary: !Ref Boundary\n',
      ['s3:GetObject'],
      { applied: true, source: 'code' },
    ],
    [
      'an AWS-managed boundary from the bundled documents',
      '      PermissionsBoundary: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n',
      ['s3:Get*', 's3:List*'],
      { applied: true, source: 'bundled' },
    ],
    [
      'a boundary whose document no source has: shown without it',
      '      PermissionsBoundary: arn:aws:iam::123456789012:policy/unknown\n',
      ['s3:*'],
      { applied: false, source: null },
    ],
  ])('%s', async (_name, boundary, expected, summary) => {
    const { grants } = await read('app.yaml', role(boundary));
    const set = grants('AppRole');
    const s3 = actionNames(set.actions).filter((a) => a.startsWith('s3:'));
    if (expected[0] === 's3:*') expect(s3.length).toBeGreaterThan(100);
    else if (expected[0] === 's3:Get*') {
      expect(s3.every((a) => /^s3:(Get|List|Describe)/.test(a))).toBe(true);
      expect(s3).toContain('s3:GetObject');
    } else expect(s3).toEqual(expected);
    expect(set.services).not.toContain('sqs');
    if (summary === undefined) expect(set.boundary).toBeUndefined();
    else
      expect({ ...set.boundary, source: set.boundary?.source?.replace(/ .*/, '') ?? null }).toMatchObject(
        summary,
      );
  });

  it('a boundary document from a snapshot or AWS wins over the bundled one, and says so', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    const documents = new Map([
      [arn, { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }],
    ]);
    const { grants } = await read('app.yaml', role(`      PermissionsBoundary: ${arn}\n`), {
      managedPolicyDocuments: documents,
      managedPolicySource: 'snapshot',
    });
    expect(actionNames(grants('AppRole').actions)).toEqual(['s3:GetObject']);
    expect(grants('AppRole').boundary).toEqual({ arn, source: 'snapshot', applied: true });
  });

  it('Terraform permissions_boundary naming a policy of the plan by ARN caps the role', async () => {
    const policy = (actions: string[]) =>
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_iam_policy.boundary',
              mode: 'managed',
              type: 'aws_iam_policy',
              values: {
                name: 'boundary',
                arn: 'arn:aws:iam::123456789012:policy/boundary',
                policy: policy(['s3:GetObject']),
              },
            },
            {
              address: 'aws_iam_role.app',
              mode: 'managed',
              type: 'aws_iam_role',
              values: {
                name: 'app',
                permissions_boundary: 'arn:aws:iam::123456789012:policy/boundary',
                inline_policy: [{ name: 'p', policy: policy(['s3:*']) }],
              },
            },
          ],
        },
      },
    };
    const { grants } = await read('plan.json', JSON.stringify(plan));
    expect(actionNames(grants('aws_iam_role.app').actions)).toEqual(['s3:GetObject']);
  });
});
