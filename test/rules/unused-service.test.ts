import { unusedService } from '../../src/rules/unused-service.js';
import { daysBefore, granted, grantSet, statement, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const recent = daysBefore(10);
const old = daysBefore(200);
const baseS3 = grantSet({ 's3:GetObject': 12 });

const policyGranted = usage({ s3: {} });
policyGranted.policiesGranting = {
  s3: [{ PolicyName: 'app', PolicyType: 'INLINE', EntityType: 'ROLE', EntityName: 'app-role' }],
};

testRule(unusedService, {
  valid: [
    {
      name: 'untouched entity: no unused-service',
      granted: granted(baseS3, baseS3),
      usage: usage({ s3: {} }),
      touched: false,
    },
    {
      name: 'a service used within the window',
      granted: granted(baseS3, null),
      usage: usage({ s3: { last: recent } }),
    },
    {
      name: 'a young entity is never unused',
      granted: granted(baseS3, null),
      usage: usage({ s3: {} }, { createDate: daysBefore(30) }),
    },
    {
      name: 'a service added after the window started (history) is not unused yet',
      granted: granted(baseS3, baseS3),
      usage: usage({ s3: {} }),
      historic: { services: [], actions: [] },
    },
    {
      name: 'a service the report does not list (new) cannot be unused',
      granted: granted(grantSet({ 'sqs:SendMessage': 20 }), null),
      usage: usage({ s3: {} }),
    },
  ],
  invalid: [
    {
      name: 'wildcard grant: one finding per unused service, all at the wildcard line',
      granted: granted(
        grantSet({ 's3:GetObject': 30, 'sqs:SendMessage': 30, 'dynamodb:GetItem': 30 }),
        grantSet({ 's3:GetObject': 30 }),
      ),
      usage: usage({ s3: { last: recent }, sqs: {}, dynamodb: { last: old } }),
      engine: { hasBase: false },
      findings: [
        ['warning', 'dynamodb', null, 30],
        ['warning', 'sqs', null, 30],
      ],
    },
    {
      name: 'NotAction grants expand like any other: unused services get findings at the statement',
      granted: granted(grantSet({ 'ec2:RunInstances': 40, 'sns:Publish': 40 }), null),
      usage: usage({ ec2: { last: recent }, sns: {} }),
      engine: { hasBase: false },
      findings: [['warning', 'sns', null, 40]],
    },
    {
      name: 'strict preset raises unused-service to error; the user override wins',
      granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null),
      usage: usage({ s3: {}, sqs: { last: recent } }),
      engine: { hasBase: false },
      config: { extends: 'strict', rules: { 'new-service': 'off' } },
      findings: [['error', 's3', null, 12]],
    },
    {
      name: 'per-rule unusedDays option',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null),
      usage: usage({ s3: { last: daysBefore(40) } }),
      engine: { hasBase: false },
      config: { rules: { 'unused-service': ['warning', { unusedDays: 30 }] } },
      findings: [['warning', 's3', null, 12]],
    },
    {
      name: 'says "not used in the tracking period" and carries a ready-to-paste suggestion',
      granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 }), null, {
        statements: [statement(['s3:GetObject', 'sqs:*'])],
      }),
      usage: usage({ s3: { last: recent }, sqs: {} }),
      engine: { hasBase: false },
      findings: [['warning', 'sqs', null, 20]],
      messages: [
        /^role AppRole grants sqs but it was not used in the tracking period \(window: 90 days\)\.$/,
      ],
      suggestions: ['"Action": ["s3:GetObject"]'],
    },
    {
      name: 'the suggestion keeps a service the report does not list (new, so nobody can tell it is unused)',
      granted: granted(grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20, 'sns:Publish': 30 }), null, {
        statements: [statement(['s3:GetObject', 'sqs:*', 'sns:Publish'])],
      }),
      usage: usage({ s3: { last: recent }, sqs: {} }),
      engine: { hasBase: false },
      findings: [['warning', 'sqs', null, 20]],
      suggestions: ['"Action": ["s3:GetObject", "sns:Publish"]'],
    },
    {
      name: 'names the deployed policy that grants an unused service when IAM said so',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null),
      usage: policyGranted,
      engine: { hasBase: false },
      findings: [['warning', 's3', null, 12]],
      messages: [
        /^role AppRole grants s3 but it was not used in the tracking period \(window: 90 days\)\. Granted in AWS by inline policy app\.$/,
      ],
    },
  ],
});
