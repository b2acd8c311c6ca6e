import { widenedUnusedAction } from '../../src/rules/widened-unused-action.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const recent = daysBefore(10);
const old = daysBefore(200);
const base = grantSet({ 's3:GetObject': 12 });

testRule(widenedUnusedAction, {
  valid: [
    {
      name: 'adding an untracked action never makes widened-unused-action',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:PutObject': 17 }), base),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: old } } }),
    },
    {
      name: 'a tracked action of the service was used recently: the service is in use at action level',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }), base),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
    },
    {
      name: 'service-level data has no tracked actions: nothing to judge',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }), base),
      usage: usage({ s3: { last: recent } }),
    },
    {
      name: 'a tracked action added recently (history) is not unused yet',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }), base),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: old, DeleteBucket: null } } }),
      historic: { services: ['s3'], actions: ['s3:GetObject'] },
    },
    {
      name: 'a tracked action on a service new to the entity is new-service, not a widening',
      granted: granted(grantSet({ 's3:GetObject': 12, 'ec2:RunInstances': 17 }), base),
      usage: usage({ s3: { last: recent }, ec2: { tracked: { RunInstances: null } } }),
    },
  ],
  invalid: [
    {
      name: 'widened unused action: tracked actions of the service all unused, the service itself used',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }), base),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: old, DeleteBucket: null } } }),
      findings: [['warning', 's3', 's3:DeleteBucket', 17]],
      messages: [
        /^This change adds the tracked action s3:DeleteBucket to role AppRole, which used none of its tracked s3 actions within 90 days/,
      ],
    },
    {
      name: 'strict makes it an error',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:DeleteBucket': 17 }), base),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: old, DeleteBucket: null } } }),
      config: { extends: 'strict' },
      findings: [['error', 's3', 's3:DeleteBucket', 17]],
    },
  ],
});
