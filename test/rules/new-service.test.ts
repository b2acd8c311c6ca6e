import { newService } from '../../src/rules/new-service.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { testRule } from './rule-tester.js';

const recent = daysBefore(10);
const baseS3 = grantSet({ 's3:GetObject': 12 });
const withSqs = grantSet({ 's3:GetObject': 12, 'sqs:SendMessage': 20 });

testRule(newService, {
  valid: [
    {
      name: 'new-service for new entities can be switched off',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null),
      usage: null,
      config: { rules: { 'new-service': ['notice', { includeNewEntities: false }] } },
    },
    {
      name: 'a service the entity had at base and the report lists',
      granted: granted(baseS3, baseS3),
      usage: usage({ s3: { last: recent } }),
    },
    { name: 'untouched entity', granted: granted(withSqs, baseS3), usage: usage({ s3: {} }), touched: false },
  ],
  invalid: [
    {
      name: 'a new service is a notice, never unused',
      granted: granted(withSqs, baseS3),
      usage: usage({ s3: { last: recent } }),
      findings: [['notice', 'sqs', null, 20]],
      messages: [/^New service sqs: role AppRole did not grant it at base, so no usage can exist yet\.$/],
    },
    {
      name: 'a service the deployed entity lacks is new even without base',
      granted: granted(withSqs, null),
      usage: usage({ s3: { last: recent } }),
      engine: { hasBase: false },
      findings: [['notice', 'sqs', null, 20]],
      messages: [/the deployed role AppRole does not grant it yet/],
    },
    {
      name: 'a new entity needs no usage data: new-service per service instead',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null),
      usage: usage({}, { reason: 'not deployed' }),
      findings: [['notice', 's3', null, 12]],
      messages: [/the change adds role AppRole/],
    },
  ],
});
