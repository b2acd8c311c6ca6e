// ARN building and reading, and the report cache (age, scope, granularity).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entityFromArn, iamArn, isAwsManagedPolicyArn, parseIamArn } from '../../src/usage/arn.js';
import { defaultCacheDir, ReportCache } from '../../src/usage/cache.js';
import type { UsageReport } from '../../src/usage/model.js';

describe('IAM ARNs', () => {
  it.each([
    [{ kind: 'role', path: null, name: 'app' }, 'arn:aws:iam::123456789012:role/app'],
    [
      { kind: 'role', path: '/service-role/', name: 'app' },
      'arn:aws:iam::123456789012:role/service-role/app',
    ],
    [{ kind: 'user', path: 'team/a', name: 'bob' }, 'arn:aws:iam::123456789012:user/team/a/bob'],
    [{ kind: 'group', path: '/', name: 'devs' }, 'arn:aws:iam::123456789012:group/devs'],
    [{ kind: 'policy', path: '/x/', name: 'p' }, 'arn:aws:iam::123456789012:policy/x/p'],
  ] as const)('builds %o', (parts, arn) => {
    expect(iamArn({ partition: 'aws', account: '123456789012', ...parts })).toBe(arn);
    const parsed = parseIamArn(arn)!;
    expect(parsed.kind).toBe(parts.kind);
    expect(parsed.name).toBe(parts.name);
  });

  it('reads partitions, AWS-managed policies and rejects other services', () => {
    expect(parseIamArn('arn:aws-cn:iam::123456789012:role/a')?.partition).toBe('aws-cn');
    expect(parseIamArn('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toMatchObject({
      account: 'aws',
      path: '/job-function/',
      name: 'ViewOnlyAccess',
    });
    expect(isAwsManagedPolicyArn('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe(true);
    expect(parseIamArn('arn:aws:s3:::bucket')).toBeNull();
    expect(parseIamArn('arn:aws:iam::123456789012:instance-profile/x')).toBeNull();
  });

  it.each([
    // a kind glued to its name is not an ARN of that kind (the old pattern read `rolex` as role `x`)
    'arn:aws:iam::123456789012:roleapp',
    'arn:aws:iam::aws:policyReadOnlyAccess',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/team/',
    'arn:aws:iam::12345678901:role/app',
    'arn:aws:sts::123456789012:assumed-role/app/session',
  ])('%s is not an IAM role, user, group or policy ARN, wherever it is checked', async (arn) => {
    expect(parseIamArn(arn)).toBeNull();
    expect(isAwsManagedPolicyArn(arn)).toBe(false);
    const { IAM_ARN_PATTERN } = await import('../../src/policy/arn.js');
    expect(new RegExp(IAM_ARN_PATTERN, 'u').test(arn)).toBe(false);
  });

  it('partitions: read from any ARN, and swapped', async () => {
    const { inPartition, partitionOf } = await import('../../src/policy/arn.js');
    expect(partitionOf('arn:aws-us-gov:sts::123456789012:assumed-role/a/b')).toBe('aws-us-gov');
    expect(partitionOf(undefined)).toBe('aws');
    expect(inPartition('arn:aws-cn:iam::aws:policy/ReadOnlyAccess', 'aws')).toBe(
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
  });

  it('an entity named only by ARN keys as arn#ARN', () => {
    const e = entityFromArn('arn:aws:iam::123456789012:user/ci')!;
    expect(e).toMatchObject({
      kind: 'user',
      name: 'ci',
      file: 'arn',
      id: 'arn:aws:iam::123456789012:user/ci',
    });
    expect(entityFromArn('nope')).toBeNull();
  });
});

describe('ReportCache', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const report = (arn: string): UsageReport => ({
    Arn: arn,
    JobStatus: 'COMPLETED',
    ServicesLastAccessed: [],
  });

  it('returns a report younger than the maximum age, keyed by ARN, granularity and endpoint', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'iug-cache-'));
    let now = Date.parse('2026-11-20T00:00:00Z');
    const cache = new ReportCache(dir, 4 * 3_600_000, () => now, 'aws');
    cache.put('ACTION_LEVEL', { report: report('arn:aws:iam::1:role/a'), servicesWithEntities: {} });
    expect(cache.get('arn:aws:iam::1:role/a', 'ACTION_LEVEL')?.report.Arn).toBe('arn:aws:iam::1:role/a');
    expect(cache.get('arn:aws:iam::1:role/a', 'SERVICE_LEVEL')).toBeNull();
    expect(cache.get('arn:aws:iam::1:role/b', 'ACTION_LEVEL')).toBeNull();
    expect(
      new ReportCache(dir, 4 * 3_600_000, () => now, 'http://127.0.0.1:1/').get(
        'arn:aws:iam::1:role/a',
        'ACTION_LEVEL',
      ),
    ).toBeNull();
    now += 4 * 3_600_000 - 1;
    expect(cache.get('arn:aws:iam::1:role/a', 'ACTION_LEVEL')).not.toBeNull();
    now += 1;
    expect(cache.get('arn:aws:iam::1:role/a', 'ACTION_LEVEL')).toBeNull();
  });

  it('lives under the OS cache folder unless IAM_USAGE_GUARD_CACHE_DIR says otherwise', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'iug-cache-'));
    expect(defaultCacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/iam-usage-guard');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u')).toBe('/xdg/iam-usage-guard');
    expect(defaultCacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/iam-usage-guard');
    expect(defaultCacheDir({ IAM_USAGE_GUARD_CACHE_DIR: '/tmp/c' }, 'linux', '/home/u')).toBe('/tmp/c');
    expect(defaultCacheDir({ IAM_USAGE_GUARD_CACHE_DIR: 'off' }, 'linux', '/home/u')).toBeNull();
  });
});
