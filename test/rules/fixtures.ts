// Small builders for rule tests: an entity, its grants at head and base, and a last-accessed report.

import { type RawConfig, resolveConfig } from '../../src/config/index.js';
import type { GrantedEntity, GrantSet } from '../../src/policy/grants.types.js';
import { type Entity, newEntity, type Statement, type Suppression } from '../../src/policy/model.js';
import type { EngineOptions } from '../../src/rules/engine.js';
import type { AccessKeyUsage, EntityUsage, ServiceLastAccessed } from '../../src/usage/model.js';

export const FILE = 'infra/app.yaml';
export const REPORT_TIME = '2026-11-20T12:00:00Z';
export const NOW = new Date('2026-11-21T00:00:00Z');
const DAY = 86_400_000;
export const daysBefore = (days: number, hours = 0, seconds = 0) =>
  new Date(Date.parse(REPORT_TIME) - days * DAY - hours * 3_600_000 - seconds * 1000).toISOString();

/** Grants from `{ action: line }`: the services follow from the actions. */
export function grantSet(actions: Record<string, number>): GrantSet {
  const names = Object.keys(actions).sort();
  return {
    services: [...new Set(names.map((a) => a.split(':')[0]!.toLowerCase()))].sort(),
    actions: names,
    unknownActions: [],
    sources: Object.fromEntries(
      names.map((a) => [a, { file: FILE, line: actions[a]!, path: `Resources.AppRole.Action.${a}` }]),
    ),
  };
}

export function statement(patterns: string[], line = 10): Statement {
  return {
    effect: 'Allow',
    actions: patterns.map((pattern, i) => ({
      pattern,
      location: { file: FILE, line: line + i, path: `A[${i}]` },
    })),
    notActions: null,
    allResources: true,
    hasCondition: false,
    policyName: 'inline',
    location: { file: FILE, line, path: 'Statement[0]' },
  };
}

export function entity(overrides: Partial<Entity> = {}): Entity {
  return newEntity({
    id: 'AppRole',
    kind: 'role',
    format: 'cloudformation',
    file: FILE,
    line: 3,
    path: 'Resources.AppRole',
    name: 'app-role',
    ...overrides,
  });
}

export function suppression(
  rule: string,
  reason: string | null,
  services: string[] | null = null,
  line = 5,
): Suppression {
  return {
    rule,
    reason,
    services,
    location: { file: FILE, line, path: `Resources.AppRole.Metadata.iam-usage-guard.ignore[${line - 5}]` },
    scope: null,
  };
}

export interface ServiceSpec {
  last?: string;
  tracked?: Record<string, string | null>;
}

export function usage(
  services: Record<string, ServiceSpec>,
  extra: {
    createDate?: string | null;
    reason?: string;
    accessKeys?: AccessKeyUsage[];
    completion?: string;
    /** Without it the entity also used CloudWatch Logs recently, so it is not an unused entity. */
    onlyThese?: boolean;
  } = {},
): EntityUsage {
  const all = extra.onlyThese ? services : { ...services, logs: { last: daysBefore(1) } };
  const entries: ServiceLastAccessed[] = Object.entries(all).map(([ns, spec]) => ({
    ServiceName: ns,
    ServiceNamespace: ns,
    ...(spec.last ? { LastAuthenticated: spec.last } : {}),
    ...(spec.tracked
      ? {
          TrackedActionsLastAccessed: Object.entries(spec.tracked).map(([name, at]) => ({
            ActionName: name,
            ...(at ? { LastAccessedTime: at } : {}),
          })),
        }
      : {}),
  }));
  return {
    entityKey: `${FILE}#AppRole`,
    arn: 'arn:aws:iam::123456789012:role/app-role',
    createDate: extra.createDate === undefined ? daysBefore(1000) : extra.createDate,
    report: extra.reason
      ? null
      : {
          Arn: 'arn:aws:iam::123456789012:role/app-role',
          JobStatus: 'COMPLETED',
          JobType: 'ACTION_LEVEL',
          JobCreationDate: REPORT_TIME,
          JobCompletionDate: extra.completion ?? REPORT_TIME,
          ServicesLastAccessed: entries,
        },
    accessKeys: extra.accessKeys ?? [],
    servicesWithEntities: {},
    reason: extra.reason ?? null,
  };
}

export function granted(head: GrantSet, base: GrantSet | null, over: Partial<Entity> = {}): GrantedEntity {
  return { entity: entity(over), grants: head, base };
}

export function engineOptions(raw: RawConfig = {}, over: Partial<EngineOptions> = {}): EngineOptions {
  const config = resolveConfig(raw);
  return {
    rules: config.rules,
    settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
    ignore: config.ignore,
    onMissingData: config.onMissingData,
    hasBase: true,
    usageUnavailable: null,
    now: NOW,
    ...over,
  };
}
