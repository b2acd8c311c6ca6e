import { unusedEntity } from '../../src/rules/unused-entity.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const old = daysBefore(200);
const two = grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 });

testRule(unusedEntity, {
  valid: [
    {
      name: 'one service used recently: the entity is in use',
      granted: granted(two, null),
      usage: usage({ s3: { last: old }, sqs: {} }),
    },
    {
      name: 'a young entity is never unused',
      granted: granted(two, null),
      usage: usage({ s3: {}, sqs: {} }, { createDate: daysBefore(30), onlyThese: true }),
    },
    {
      name: 'an entity that grants nothing is not judged',
      granted: granted(grantSet({}), null),
      usage: usage({ s3: {} }, { onlyThese: true }),
    },
    {
      name: 'untouched entity',
      granted: granted(two, two),
      usage: usage({ s3: { last: old }, sqs: {} }, { onlyThese: true }),
      touched: false,
    },
  ],
  invalid: [
    {
      name: 'no service used within the window: one finding at the entity, naming the last use',
      granted: granted(two, null),
      usage: usage({ s3: { last: old }, sqs: {} }, { onlyThese: true }),
      engine: { hasBase: false },
      findings: [['warning', null, null, 3]],
      messages: [
        /^role AppRole used none of its 2 services within 90 days \(the last use was 2026-05-04, 200 days before the report of 2026-11-20\)\. Consider removing it\.$/,
      ],
    },
  ],
});
