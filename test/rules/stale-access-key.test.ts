import { staleAccessKey } from '../../src/rules/stale-access-key.js';
import type { AccessKeyUsage } from '../../src/usage/model.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { type RuleCase, testRule } from './rule-tester.js';

const now = new Date('2026-11-20T00:00:00Z');

function key(id: string, status: 'Active' | 'Inactive', last?: string, created?: string): AccessKeyUsage {
  return {
    UserName: 'bob',
    AccessKeyId: id,
    Status: status,
    ...(created ? { CreateDate: created } : {}),
    AccessKeyLastUsed: { ...(last ? { LastUsedDate: last } : {}), ServiceName: 'N/A', Region: 'N/A' },
  };
}

const s3 = grantSet({ 's3:GetObject': 12 });

function userWith(...keys: AccessKeyUsage[]): Omit<RuleCase, 'name'> {
  return {
    granted: granted(s3, s3, { kind: 'user' }),
    usage: usage({ s3: { last: daysBefore(10) } }, { accessKeys: keys }),
    engine: { now },
  };
}

testRule(staleAccessKey, {
  valid: [
    {
      name: 'an active key used recently',
      ...userWith(key('AKIAAAAAAAAAAAARCNT', 'Active', '2026-11-01T00:00:00Z')),
    },
    {
      name: 'an active key never used but created recently',
      ...userWith(key('AKIAAAAAAAAAAAAYOUNG', 'Active', undefined, '2026-11-01T00:00:00Z')),
    },
    {
      name: 'an inactive key, however old',
      ...userWith(key('AKIAAAAAAAAAAAAINAC', 'Inactive', '2020-01-01T00:00:00Z')),
    },
    {
      name: 'a role has no access keys to judge',
      ...userWith(key('AKIAAAAAAAAAAAAAOLD1', 'Active', '2026-01-01T00:00:00Z')),
      granted: granted(s3, s3),
    },
  ],
  invalid: [
    {
      name: 'an active key last used long ago, shown masked',
      ...userWith(key('AKIAAAAAAAAAAAAAOLD1', 'Active', '2026-01-01T00:00:00Z')),
      findings: [['warning', null, null, 3]],
      messages: [
        /^Active access key AKIA…OLD1 of user AppRole was last used on 2026-01-01, \d+ days ago \(limit: 90 days\)\./,
      ],
    },
    {
      name: 'an active key never used since it was created long ago',
      ...userWith(key('AKIAAAAAAAAAAAANEVR', 'Active', undefined, '2025-01-01T00:00:00Z')),
      findings: [['warning', null, null, 3]],
      messages: [/AKIA…NEVR .*has not been used since it was created on 2025-01-01/],
    },
    {
      name: 'its own maxIdleDays option',
      ...userWith(key('AKIAAAAAAAAAAAARCNT', 'Active', '2026-11-01T00:00:00Z')),
      config: { rules: { 'stale-access-key': ['error', { maxIdleDays: 10 }] } },
      findings: [['error', null, null, 3]],
      messages: [/limit: 10 days/],
    },
  ],
});
