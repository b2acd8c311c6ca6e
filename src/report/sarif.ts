// SARIF 2.1.0 for code scanning: one run, rule metadata with help links, results located at file and line.
import { createHash } from 'node:crypto';
import { RULES } from '../rules/index.js';
import type { Finding, Severity } from '../rules/model.js';
import { PROJECT_URL, ruleHelpUri } from '../rules/types.js';
import type { CheckReportInput } from './json.js';
import { inertJson } from './terminal.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

export interface SarifOptions {
  version: string;
  /** Severity per rule as configured, for `defaultConfiguration`. */
  severities?: Partial<Record<string, Severity | 'off'>>;
}

/** Stable across runs and line moves, so code scanning keeps one alert per problem. */
function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update([f.rule, f.file, f.entity.id, f.service ?? '', f.action ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function result(f: Finding, ruleIndex: number, justification: string | null) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line) },
        },
        logicalLocations: [{ name: f.entity.id, kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'iamUsageGuard/v1': fingerprint(f) },
    properties: {
      entity: f.entity,
      service: f.service,
      action: f.action,
      lastAccessed: f.lastAccessed,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    },
    ...(justification !== null ? { suppressions: [{ kind: 'inSource', justification }] } : {}),
  };
}

export function renderSarif(report: CheckReportInput, options: SarifOptions): string {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'iam-usage-guard',
            version: options.version,
            informationUri: PROJECT_URL,
            rules: RULES.map((rule) => {
              const configured = options.severities?.[rule.id] ?? rule.defaultSeverity;
              return {
                id: rule.id,
                name: rule.id
                  .split('-')
                  .map((w) => w[0]!.toUpperCase() + w.slice(1))
                  .join(''),
                shortDescription: { text: rule.description },
                helpUri: ruleHelpUri(rule.id),
                help: { text: `${rule.description} See ${ruleHelpUri(rule.id)}` },
                defaultConfiguration:
                  configured === 'off' ? { enabled: false } : { level: LEVEL[configured] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: [
          ...report.findings.map((f) => result(f, index.get(f.rule) ?? 0, null)),
          ...report.suppressed.map((f) => result(f, index.get(f.rule) ?? 0, f.reason)),
        ],
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report.diagnostics.map((d) => ({
                level: d.severity === 'error' ? 'error' : 'warning',
                message: { text: d.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
                      ...(d.line ? { region: { startLine: d.line } } : {}),
                    },
                  },
                ],
              })),
              ...(report.usageUnavailable
                ? [
                    {
                      level: 'warning',
                      message: { text: `Usage data unavailable: ${report.usageUnavailable}` },
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    ],
  };
  return `${inertJson(JSON.stringify(sarif, null, 2))}\n`;
}
