import { widenedUnusedService } from '../../src/rules/widened-unused-service.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const recent = daysBefore(10);
const old = daysBefore(200);
// Window for unusedDays 90: the report time minus 4 hours minus 90 days.
const edge = daysBefore(90, 4);
const justOutside = daysBefore(90, 4, 1);
const base = grantSet({ 's3:GetObject': 12 });
const widened = grantSet({ 's3:GetObject': 12, 's3:PutObject': 13 });

testRule(widenedUnusedService, {
  valid: [
    {
      name: 'widening a service used recently is fine',
      granted: granted(widened, base),
      usage: usage({ s3: { last: recent } }),
    },
    {
      name: '4-hour boundary: a use exactly at report − 4 h − 90 days counts as used',
      granted: granted(widened, base),
      usage: usage({ s3: { last: edge } }),
    },
    {
      name: 'a use within the 4 hours before the report counts (days counted from the report, not the clock)',
      granted: granted(widened, base),
      usage: usage({ s3: { last: daysBefore(0, 2) } }, { completion: daysBefore(0) }),
      engine: { now: new Date(Date.parse(daysBefore(0)) + 200 * 86_400_000) },
    },
    {
      name: 'a young entity is never unused',
      granted: granted(widened, base),
      usage: usage({ s3: {} }, { createDate: daysBefore(30) }),
    },
    {
      name: 'a service added after the window started (history) is not unused yet',
      granted: granted(widened, base),
      usage: usage({ s3: {} }),
      historic: { services: [], actions: [] },
    },
    {
      name: 'a service new to the entity is new-service, not a widening',
      granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), base),
      usage: usage({ s3: { last: recent }, sqs: {} }),
    },
    {
      name: 'a service the report does not list is not granted in AWS yet: nothing to judge',
      granted: granted(
        grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20, 'sqs:ReceiveMessage': 21 }),
        grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }),
      ),
      usage: usage({ s3: { last: recent } }),
    },
    {
      name: 'without a base nothing is a widening',
      granted: granted(widened, null),
      usage: usage({ s3: {} }),
      engine: { hasBase: false },
    },
    { name: 'a new entity is never widened', granted: granted(widened, null), usage: usage({ s3: {} }) },
    { name: 'no usage data: the rule cannot judge', granted: granted(widened, base), usage: null },
  ],
  invalid: [
    {
      name: 'widening an unused service is an error at the added action',
      granted: granted(widened, base),
      usage: usage({ s3: { last: old } }),
      findings: [['error', 's3', 's3:PutObject', 13]],
      messages: [
        /^This change adds s3:PutObject to role AppRole, which already had s3, but it was last used on .* \(window: 90 days\)\.$/,
      ],
    },
    {
      name: '4-hour boundary: one second earlier is unused',
      granted: granted(widened, base),
      usage: usage({ s3: { last: justOutside } }),
      findings: [['error', 's3', 's3:PutObject', 13]],
    },
    {
      name: 'never used: lastAccessed null',
      granted: granted(widened, base),
      usage: usage({ s3: {} }),
      findings: [['error', 's3', 's3:PutObject', 13]],
      messages: [/not used in the tracking period/],
    },
    {
      name: 'an entity created exactly at the window start is old enough',
      granted: granted(widened, base),
      usage: usage({ s3: {} }, { createDate: edge }),
      findings: [['error', 's3', 's3:PutObject', 13]],
    },
    {
      name: 'several added actions: one finding for the service, no single action, at the first added line',
      granted: granted(grantSet({ 's3:GetObject': 12, 's3:PutObject': 14, 's3:DeleteObject': 13 }), base),
      usage: usage({ s3: { last: old } }),
      findings: [['error', 's3', null, 13]],
    },
    {
      name: 'its own unusedDays option',
      granted: granted(widened, base),
      usage: usage({ s3: { last: daysBefore(40) } }),
      config: { rules: { 'widened-unused-service': ['warning', { unusedDays: 30 }] } },
      findings: [['warning', 's3', 's3:PutObject', 13]],
    },
  ],
});
