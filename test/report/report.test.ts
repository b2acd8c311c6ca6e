import { describe, expect, it } from 'vitest';
import type { CheckReportInput } from '../../src/report/json.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/model.js';
import { sarifValidator } from './sarif-schema.js';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'unused-service',
    severity: 'warning',
    entity: { id: 'AppRole', kind: 'role', arn: 'arn:aws:iam::123456789012:role/app-role' },
    service: 's3',
    action: null,
    file: 'infra/app.yaml',
    line: 20,
    lastAccessed: null,
    message: 'role AppRole grants s3, not used in the tracking period (window: 90 days).',
    suggestion: '"Action": ["sqs:SendMessage"]',
    ...over,
  };
}

const wildcard = ['a4b', 'acm', 'appflow', 'athena', 'batch', 'cloud9'].map((service) =>
  finding({ service, line: 30, suggestion: null, message: `role AppRole grants ${service}, not used.` }),
);

const report: CheckReportInput = {
  findings: [
    finding({ rule: 'widened-unused-service', severity: 'error', line: 12, action: 's3:PutObject' }),
    finding({}),
    ...wildcard,
    finding({
      rule: 'new-service',
      severity: 'notice',
      file: 'tf/plan.json',
      line: 7,
      service: 'sqs',
      suggestion: null,
    }),
  ],
  suppressed: [{ ...finding({ service: 'sts' }), reason: 'assumed by the deploy pipeline' }],
  summary: { entities: 3, errors: 1, warnings: 7, notices: 1, suppressed: 1, unreadable: 1, blocked: true },
  diagnostics: [{ severity: 'error', file: 'infra/broken.yaml', line: 4, message: 'bad indentation' }],
  usageUnavailable: null,
};

describe('text', () => {
  const text = renderText(report, { color: false, failOn: 'error' });

  it('groups by file with clickable path:line and ends with a one-line verdict', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines).toContain('infra/app.yaml');
    expect(lines).toContain('tf/plan.json');
    expect(text).toMatch(/^ {2}infra\/app\.yaml:12 {2}error {3}widened-unused-service {2}/m);
    expect(text).toMatch(/^ {2}tf\/plan\.json:7 {2}notice {2}new-service/m);
    expect(lines.at(-1)).toBe(
      "✖ Blocked: 1 error, 7 warnings, 1 notice (3 entities checked, 1 suppressed). 1 problem this change brought into IaC files could not be read, so what they grant was not judged. Findings at or above 'error' and unreadable changes fail the check.",
    );
  });

  it('folds a wildcard that yields many findings on one line', () => {
    const folded = text.split('\n').filter((l) => l.includes('infra/app.yaml:30'));
    expect(folded).toHaveLength(1);
    expect(folded[0]).toContain('AppRole: 6 services (a4b, acm, appflow, athena, batch, cloud9)');
  });

  it('prints one suggestion per entity and the read problems', () => {
    expect(text.match(/suggestion for AppRole/g)).toHaveLength(1);
    expect(text).toContain('infra/broken.yaml:4  error   bad indentation');
  });

  it('colours only when asked, and says when it passes', () => {
    expect(text).not.toContain('\x1b[');
    expect(renderText(report, { color: true, failOn: 'error' })).toContain('\x1b[31m');
    const clean = renderText(
      {
        ...report,
        findings: [],
        summary: { ...report.summary, errors: 0, warnings: 0, notices: 0, blocked: false },
      },
      { color: false, failOn: 'never' },
    );
    expect(clean.trimEnd().split('\n').at(-1)).toBe(
      '✔ Passed (--fail-on never): 0 errors, 0 warnings, 0 notices (3 entities checked, 1 suppressed).',
    );
  });

  it('says when usage data was unavailable', () => {
    expect(
      renderText({ ...report, usageUnavailable: 'no AWS credentials' }, { color: false, failOn: 'error' }),
    ).toMatch(/^Usage data unavailable: no AWS credentials/);
  });
});

describe('json', () => {
  it('follows the check --format json contract', () => {
    const body = JSON.parse(renderJson(report));
    expect(Object.keys(body.findings[0])).toEqual([
      'rule',
      'severity',
      'entity',
      'service',
      'action',
      'file',
      'line',
      'lastAccessed',
      'message',
      'suggestion',
      'helpUri',
    ]);
    expect(body.findings[0].helpUri).toBe(
      'https://github.com/iam-usage-guard/iam-usage-guard/blob/main/docs/rules/widened-unused-service.md',
    );
    expect(body.summary).toEqual(report.summary);
    expect(body.suppressed[0].reason).toBe('assumed by the deploy pipeline');
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rule metadata, levels and locations', () => {
    const validate = sarifValidator();
    const sarif = JSON.parse(renderSarif(report, { version: '0.1.0' }));
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules[0].helpUri).toBe(
      'https://github.com/iam-usage-guard/iam-usage-guard/blob/main/docs/rules/widened-unused-service.md',
    );
    const first = run.results[0];
    expect(first.level).toBe('error');
    expect(first.ruleId).toBe('widened-unused-service');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/app.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12 },
    });
    expect(run.results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(1);
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions[0].justification).toBe('assumed by the deploy pipeline');
  });

  it('an invalid SARIF document fails the same validation (the check has teeth)', () => {
    const validate = sarifValidator();
    const sarif = JSON.parse(renderSarif(report, { version: '0.1.0' }));
    sarif.runs[0].results[0].level = 'fatal';
    expect(validate(sarif)).toBe(false);
  });
});
