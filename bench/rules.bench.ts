// Rule engine cost: judging 2,000 touched entities with action-level reports, as a ratio to JSON.parse of the
// snapshot text those reports come from (reading the data is the floor any judgement stands on).

import { resolveConfig } from '../src/config/index.js';
import { createCatalog } from '../src/policy/catalog.js';
import { grantSetOf } from '../src/policy/grants.js';
import type { GrantSet } from '../src/policy/grants.types.js';
import { type Entity, newEntity } from '../src/policy/model.js';
import { evaluateEntity } from '../src/rules/engine.js';
import type { EntityUsage, UsageReport } from '../src/usage/model.js';
import { medianMs, quick, report } from './harness.js';

const ENTITIES = quick ? 200 : 2000;
const SERVICES = 40;
const ACTIONS_PER_SERVICE = 25;
const TRACKED = 8;
const REPORT_TIME = '2026-11-20T12:00:00Z';
const day = (n: number) => new Date(Date.parse(REPORT_TIME) - n * 86_400_000).toISOString();

// The services the reports below speak of, as a catalog of their own: grant sets are bits over a catalog.
const catalog = createCatalog({
  dataVersion: 'bench',
  services: Object.fromEntries(
    Array.from({ length: SERVICES }, (_, s) => [
      `svc${s}`,
      Array.from({ length: ACTIONS_PER_SERVICE + 2 }, (_, a) => `Action${a}`),
    ]),
  ),
});

function grants(offset: number): GrantSet {
  const written: Record<string, { file: string; line: number; path: string }> = {};
  for (let s = 0; s < SERVICES; s++) {
    for (let a = 0; a < ACTIONS_PER_SERVICE; a++) {
      const action = `svc${s}:Action${(a + offset) % (ACTIONS_PER_SERVICE + 2)}`;
      written[action] = { file: 'infra/app.yaml', line: 10 + s, path: `S[${s}]` };
    }
  }
  return grantSetOf(written, { catalog });
}

function entity(i: number): Entity {
  return newEntity({
    id: `Role${i}`,
    kind: 'role',
    format: 'cloudformation',
    file: 'infra/app.yaml',
    line: 3,
    path: `Resources.Role${i}`,
    name: `role-${i}`,
  });
}

function reportFor(i: number): UsageReport {
  return {
    Arn: `arn:aws:iam::123456789012:role/role-${i}`,
    JobStatus: 'COMPLETED',
    JobType: 'ACTION_LEVEL',
    JobCreationDate: REPORT_TIME,
    JobCompletionDate: REPORT_TIME,
    ServicesLastAccessed: Array.from({ length: SERVICES }, (_, s) => ({
      ServiceName: `Service ${s}`,
      ServiceNamespace: `svc${s}`,
      ...((s + i) % 3 === 0 ? {} : { LastAuthenticated: day((s * 7 + i) % 200) }),
      TrackedActionsLastAccessed: Array.from({ length: TRACKED }, (_, t) => ({
        ActionName: `Action${t}`,
        ...((t + s + i) % 4 === 0 ? { LastAccessedTime: day((t * 13) % 150) } : {}),
      })),
    })),
  };
}

const reports = Array.from({ length: ENTITIES }, (_, i) => reportFor(i));
const snapshotText = JSON.stringify({
  version: 1,
  generatedAt: REPORT_TIME,
  reports,
  accessKeys: [],
  policies: [],
  resources: [],
});
const items = reports.map((r, i) => {
  const usage: EntityUsage = {
    entityKey: `infra/app.yaml#Role${i}`,
    arn: r.Arn,
    createDate: day(1000),
    report: r,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null,
  };
  return { granted: { entity: entity(i), grants: grants(i), base: grants(i + 1) }, usage, touched: true };
});
const config = resolveConfig({});
const options = {
  rules: config.rules,
  settings: { unusedDays: 90, accessKeyMaxIdleDays: 90 },
  ignore: { entities: ['arn:aws:iam::*:role/legacy-*'], services: ['sts'], actions: [] },
  onMissingData: 'warn' as const,
  hasBase: true,
  usageUnavailable: null,
  now: new Date(REPORT_TIME),
};

let findings = 0;
const runs = quick ? 3 : 7;
const engineMs = await medianMs(runs, () => {
  findings = 0;
  for (const item of items) findings += evaluateEntity(item, options).findings.length;
});
const parseMs = await medianMs(runs, () => JSON.parse(snapshotText));

report({
  name: 'rules',
  description: `rule engine over ${ENTITIES} touched entities × ${SERVICES} services (${TRACKED} tracked actions each) vs JSON.parse of their snapshot`,
  rows: [
    { metric: 'engine', value: engineMs, unit: 'ms' },
    { metric: 'JSON.parse snapshot', value: parseMs, unit: 'ms' },
    { metric: 'snapshot size', value: snapshotText.length / 1e6, unit: 'MB' },
    { metric: 'findings', value: findings, unit: '' },
    { metric: 'per entity', value: engineMs / ENTITIES, unit: 'ms' },
  ],
  ratio: { value: engineMs / parseMs, baseline: 'JSON.parse of the snapshot' },
});
