// Snapshot files: what readSnapshot accepts and rejects (with the JSON path), and answering entities from one.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { entityKey } from '../../src/policy/model.js';
import { collectUsage } from '../../src/usage/collect.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { buildSnapshot, readSnapshot } from '../../src/usage/snapshot.js';
import { entity } from '../support/usage-entities.js';

const ARN = 'arn:aws:iam::123456789012:role/app-role';

function snapshot(overrides: Partial<SnapshotFile> = {}): SnapshotFile {
  return {
    version: 1,
    generatedAt: '2026-11-20T00:00:00.000Z',
    reports: [
      {
        Arn: ARN,
        CreateDate: '2024-01-01T00:00:00.000Z',
        JobStatus: 'COMPLETED',
        JobType: 'ACTION_LEVEL',
        JobCreationDate: '2026-11-19T00:00:00.000Z',
        JobCompletionDate: '2026-11-19T00:00:05.000Z',
        ServicesLastAccessed: [
          { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2026-11-01T00:00:00.000Z' },
          { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs' },
        ],
      },
      {
        Arn: 'arn:aws:iam::123456789012:user/bob',
        JobStatus: 'COMPLETED',
        ServicesLastAccessed: [],
      },
      {
        Arn: 'arn:aws:iam::123456789012:role/broken',
        JobStatus: 'FAILED',
        ServicesLastAccessed: [],
        Error: { Code: 'InternalFailure', Message: 'nope' },
      },
    ],
    accessKeys: [
      {
        UserName: 'bob',
        AccessKeyId: 'AKIA0000000000000001',
        Status: 'Active',
        AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
      },
    ],
    policies: [
      { Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', Document: { Version: '2012-10-17', Statement: [] } },
    ],
    resources: [{ StackName: 'App', LogicalResourceId: 'AppRole', PhysicalResourceId: 'app-role' }],
    ...overrides,
  };
}

describe('readSnapshot', () => {
  it('accepts what buildSnapshot writes', () => {
    const text = JSON.stringify(snapshot());
    expect(readSnapshot(text, 'usage.json')).toEqual(snapshot());
  });

  it('takes AWS CLI dates (+00:00, microseconds) and normalizes them', () => {
    const s = snapshot();
    s.reports[0]!.JobCompletionDate = '2026-11-19T00:00:05.123000+00:00';
    const read = readSnapshot(JSON.stringify(s), 'usage.json');
    expect(read.reports[0]!.JobCompletionDate).toBe('2026-11-19T00:00:05.123Z');
  });

  it('takes the last page (IsTruncated false) as the whole report', () => {
    const s = snapshot();
    const read = readSnapshot(
      JSON.stringify({ ...s, reports: [{ ...s.reports[0], IsTruncated: false }] }),
      'u.json',
    );
    expect(read.reports[0]!.ServicesLastAccessed).toEqual(s.reports[0]!.ServicesLastAccessed);
  });

  it('lets accessKeys, policies and resources be absent', () => {
    const { accessKeys: _a, policies: _p, resources: _r, ...rest } = snapshot();
    const read = readSnapshot(JSON.stringify(rest), 'usage.json');
    expect(read.accessKeys).toEqual([]);
    expect(read.resources).toEqual([]);
  });

  const bad: [string, (s: SnapshotFile) => unknown, string][] = [
    ['not JSON', () => '{', 'usage.json: not a snapshot: invalid JSON'],
    ['wrong version', (s) => ({ ...s, version: 2 }), 'usage.json: version must be 1 (this snapshot says 2;'],
    [
      'no version (an AWS CLI answer saved as is)',
      ({ version: _version, ...s }) => s,
      "usage.json: version is missing: this is not a file written by 'iam-usage-guard snapshot'",
    ],
    ['reports not a list', (s) => ({ ...s, reports: {} }), 'usage.json: reports must be an array'],
    [
      'a report without Arn',
      (s) => ({ ...s, reports: [{ ...s.reports[0], Arn: undefined }] }),
      'usage.json: reports[0].Arn must be a non-empty string',
    ],
    [
      'a report for something that is not an IAM entity',
      (s) => ({ ...s, reports: [{ ...s.reports[0], Arn: 'arn:aws:s3:::bucket' }] }),
      'reports[0].Arn is not an IAM role, user, group or policy ARN',
    ],
    [
      'an unknown job status',
      (s) => ({ ...s, reports: [{ ...s.reports[0], JobStatus: 'DONE' }] }),
      'reports[0].JobStatus must be one of IN_PROGRESS, COMPLETED, FAILED',
    ],
    [
      'a date that is not one',
      (s) => ({
        ...s,
        reports: [
          {
            ...s.reports[0],
            ServicesLastAccessed: [
              { ServiceName: 'x', ServiceNamespace: 'x', LastAuthenticated: 'yesterday' },
            ],
          },
        ],
      }),
      'reports[0].ServicesLastAccessed[0].LastAuthenticated must be a date',
    ],
    [
      'an access key with a made-up status',
      (s) => ({ ...s, accessKeys: [{ ...s.accessKeys[0], Status: 'Deleted' }] }),
      'accessKeys[0].Status must be one of Active, Inactive, Expired',
    ],
    [
      'one page of a paged report (IsTruncated true, as the AWS CLI prints the first page)',
      (s) => ({ ...s, reports: [{ ...s.reports[0], IsTruncated: true, Marker: 'page-2' }] }),
      `usage.json: reports[0].IsTruncated is true for ${snapshot().reports[0]!.Arn}: this entry is one page`,
    ],
    [
      'a policy without its document',
      (s) => ({ ...s, policies: [{ Arn: 'arn:aws:iam::aws:policy/X' }] }),
      'policies[0].Document must be an object',
    ],
  ];
  it.each(bad)('rejects %s with the path of the problem', (_name, mutate, message) => {
    const mutated = mutate(snapshot());
    const text = typeof mutated === 'string' ? mutated : JSON.stringify(mutated);
    expect(() => readSnapshot(text, 'usage.json')).toThrow(UserError);
    expect(() => readSnapshot(text, 'usage.json')).toThrow(message);
  });
});

describe('collectUsage from a snapshot', () => {
  it('answers by name, stack resource, mapping and ARN — and says why when it cannot', async () => {
    const entities = [
      entity({ id: 'ByName', name: 'app-role' }),
      entity({ id: 'AppRole', stackName: 'App' }),
      entity({ id: 'Mapped', file: 'plan.json' }),
      entity({ id: 'Bob', kind: 'user', name: 'bob' }),
      entity({ id: 'Broken', name: 'broken' }),
      entity({ id: 'Missing', name: 'not-there' }),
      entity({ id: 'OtherStack', stackName: 'Other' }),
      entity({ id: 'UserNamedLikeRole', kind: 'user', name: 'app-role' }),
    ];
    const result = await collectUsage(entities, {
      snapshot: snapshot(),
      entityArns: [{ match: 'plan.json#*', arn: ARN }],
    });
    const u = (id: string) => result.usage.get(entityKey(entities.find((e) => e.id === id)!))!;
    for (const id of ['ByName', 'AppRole', 'Mapped']) {
      expect(u(id).report?.Arn, id).toBe(ARN);
      expect(u(id).createDate, id).toBe('2024-01-01T00:00:00.000Z');
    }
    expect(u('Bob').accessKeys.map((k) => k.AccessKeyId)).toEqual(['AKIA0000000000000001']);
    expect(u('Broken').reason).toBe(
      "the snapshot's report for arn:aws:iam::123456789012:role/broken is FAILED: nope",
    );
    expect(u('Missing').reason).toBe('the snapshot has no report for role not-there');
    expect(u('OtherStack').reason).toContain('the snapshot records no deployed resources for stack Other');
    expect(u('UserNamedLikeRole').report).toBeNull();
    expect(result.managedPolicyDocuments.has('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe(true);
    expect(result.stats.calls).toBe(0);
  });

  it('buildSnapshot keeps one report per ARN with its CreateDate, and the keys, documents and resources', async () => {
    const from = await collectUsage(
      [entity({ id: 'A', name: 'app-role' }), entity({ id: 'B', name: 'app-role', file: 'x.yaml' })],
      {
        snapshot: snapshot(),
      },
    );
    const built = buildSnapshot({ ...from }, new Date('2026-11-21T00:00:00Z'));
    expect(built.reports).toHaveLength(1);
    expect(built.reports[0]!.CreateDate).toBe('2024-01-01T00:00:00.000Z');
    expect(Object.keys(built.reports[0]!)).toEqual([
      'Arn',
      'CreateDate',
      'JobStatus',
      'JobType',
      'JobCreationDate',
      'JobCompletionDate',
      'ServicesLastAccessed',
    ]);
    expect(built.generatedAt).toBe('2026-11-21T00:00:00.000Z');
    expect(readSnapshot(JSON.stringify(built), 'again.json')).toEqual(built);
  });
});
