import { noUsageData } from '../../src/rules/no-usage-data.js';
import { daysBefore, granted, grantSet, usage } from './fixtures.js';
import { type Row, testRule } from './rule-tester.js';

const base = grantSet({ 's3:GetObject': 12 });
const widened = grantSet({ 's3:GetObject': 12, 's3:PutObject': 13 });

testRule(noUsageData, {
  valid: [
    {
      name: 'a new entity needs no usage data: new-service speaks for it',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null),
      usage: usage({}, { reason: 'not deployed' }),
    },
    {
      name: 'a completed report',
      granted: granted(widened, base),
      usage: usage({ s3: { last: daysBefore(1) } }),
    },
    { name: 'untouched entity', granted: granted(base, base), usage: null, touched: false },
  ],
  invalid: [
    {
      name: 'no usage data for one entity under onMissingData warn: a warning, never a quiet notice',
      granted: granted(widened, base),
      usage: usage({}, { reason: 'AccessDenied: not authorized' }),
      findings: [['warning', null, null, 3]],
      messages: [
        /^No usage data for role AppRole: AccessDenied: not authorized\. Its grants could not be compared with use\.$/,
      ],
    },
    {
      name: 'usage unavailable for the whole run (no credentials, a fork): the rule severity, a notice',
      granted: granted(widened, base),
      usage: null,
      engine: { usageUnavailable: 'no AWS credentials' },
      findings: [['notice', null, null, 3]],
      messages: [/no AWS credentials/],
    },
    ...[
      ['ends with a period', 'no AWS credentials in the environment: pass a snapshot.'],
      ['does not', 'no AWS credentials in the environment: pass a snapshot'],
    ].map(([how, reason]) => ({
      name: `one period after a reason that ${how}`,
      granted: granted(widened, base),
      usage: null,
      engine: { usageUnavailable: reason! },
      findings: [['notice', null, null, 3]] as Row[],
      messages: [
        /^No usage data for role AppRole: no AWS credentials in the environment: pass a snapshot\. Its grants could not be compared with use\.$/,
      ],
    })),
    {
      name: 'onMissingData fail: missing data blocks',
      granted: granted(widened, base),
      usage: null,
      config: { onMissingData: 'fail' },
      engine: { usageUnavailable: 'no AWS credentials' },
      findings: [['error', null, null, 3]],
    },
    {
      name: 'strict: a warning, an error with onMissingData fail (its default there)',
      granted: granted(widened, base),
      usage: null,
      config: { extends: 'strict' },
      findings: [['error', null, null, 3]],
    },
    {
      name: 'a report job that did not complete names its status and message',
      granted: granted(widened, base),
      usage: (() => {
        const u = usage({});
        u.report!.JobStatus = 'FAILED';
        u.report!.Error = { Message: 'job failed', Code: 'x' };
        return u;
      })(),
      findings: [['warning', null, null, 3]],
      messages: [/the report job ended FAILED: job failed/],
    },
  ],
});
