import { unusedAction } from '../../src/rules/unused-action.js';
import { daysBefore, granted, grantSet, statement, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const recent = daysBefore(10);

const wildcard = granted(
  grantSet({ 's3:CreateBucket': 14, 's3:DeleteBucket': 15, 's3:GetObject': 16 }),
  null,
);

testRule(unusedAction, {
  valid: [
    {
      name: 'untracked actions are unknown, never unused',
      granted: granted(grantSet({ 's3:GetObject': 16 }), null),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: null } } }),
    },
    {
      name: 'a tracked action used within the window',
      granted: granted(grantSet({ 's3:CreateBucket': 14 }), null),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent } } }),
    },
    {
      name: 'a tracked action added recently (history) is not unused yet',
      granted: wildcard,
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
      historic: { services: ['s3'], actions: ['s3:CreateBucket', 's3:GetObject'] },
    },
    {
      name: 'untouched entity',
      granted: wildcard,
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
      touched: false,
    },
  ],
  invalid: [
    {
      name: 'unused tracked action, untracked ones are unknown',
      granted: wildcard,
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
      engine: { hasBase: false },
      findings: [['notice', 's3', 's3:DeleteBucket', 15]],
      messages: [
        /^role AppRole grants the tracked action s3:DeleteBucket but it was not used in the tracking period/,
      ],
    },
    {
      name: 'the suggestion narrows a wildcard to the used tracked and untracked actions',
      granted: granted(grantSet({ 's3:CreateBucket': 10, 's3:DeleteBucket': 10, 's3:GetObject': 10 }), null, {
        statements: [statement(['s3:*'])],
      }),
      usage: usage({ s3: { last: recent, tracked: { CreateBucket: recent, DeleteBucket: null } } }),
      engine: { hasBase: false },
      findings: [['notice', 's3', 's3:DeleteBucket', 10]],
      suggestions: ['"Action": ["s3:CreateBucket", "s3:GetObject"]'],
    },
  ],
});
