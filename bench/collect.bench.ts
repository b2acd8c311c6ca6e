// Collection speed against the local IAM endpoint with IAM-like latency and throttling, the tool at its DEFAULT
// settings: at server limits of 5, 20 and 50 requests/s, wall time against the floor — max(needed calls ÷ the
// server's limit, the longest job) — with throttled calls, calls per entity and entities lost. Then how long a
// collection takes to settle with a 1 s deadline, and the calls a snapshot makes per entity.

import { grantingNamespaces } from '../src/cli/commands/snapshot.js';
import { defaultConfig } from '../src/config/index.js';
import type { ScenarioService } from '../src/local-iam/scenario.js';
import { startLocalIam } from '../src/local-iam/server.js';
import { type Entity, newEntity } from '../src/policy/model.js';
import { createAwsClients } from '../src/usage/clients.js';
import { type CollectOptions, collectUsage } from '../src/usage/collect.js';
import { type BenchRow, quick, report } from './harness.js';

const ENTITIES = quick ? 60 : 300;
const LIMITS = quick ? [20] : [5, 20, 50];
const ACCOUNT = '123456789012';
const DAY = 86_400_000;
/**
 * The fewest calls that can answer: per entity GenerateServiceLastAccessedDetails and one
 * GetServiceLastAccessedDetails, plus one ListRoles for every ARN and CreateDate (1000 roles per page).
 */
const neededCalls = (count: number) => 2 * count + Math.ceil(count / 1000);

function services(i: number): ScenarioService[] {
  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
  return [
    { namespace: 's3', lastAuthenticated: ago(1), actions: [{ name: 'GetObject', lastAccessed: ago(1) }] },
    // Every third role never used sqs: a check would call that unused.
    i % 3 === 0 ? { namespace: 'sqs' } : { namespace: 'sqs', lastAuthenticated: ago(10) },
    { namespace: 'dynamodb', lastAuthenticated: ago(30) },
  ];
}

function roles(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) =>
    newEntity({
      id: `Role${i}`,
      kind: 'role',
      format: 'cloudformation',
      file: 'bench.yaml',
      line: i + 1,
      path: `Resources.Role${i}`,
      name: `bench-role-${i}`,
      managedPolicyArns: i < 50 ? [`arn:aws:iam::aws:policy/Bench${i}`] : [],
    }),
  );
}

interface Run {
  wallMs: number;
  calls: number;
  throttled: number;
  lost: number;
  maxJobMs: number;
  accounted: boolean;
  /** Calls by operation. */
  byOp: Map<string, number>;
}

/** One collection over HTTP; `options` beyond the clients are what a front door would pass. */
async function run(
  count: number,
  faults: { throttleAboveRps?: number; jobLatencyMs?: [number, number] },
  options: Omit<CollectOptions, 'clients'> = {},
  withPolicies = false,
): Promise<Run> {
  const server = await startLocalIam({
    account: ACCOUNT,
    entities: Array.from({ length: count }, (_, i) => ({
      arn: `arn:aws:iam::${ACCOUNT}:role/bench-role-${i}`,
      createDate: '2024-01-01T00:00:00.000Z',
      services: services(i),
    })),
    policies: Array.from({ length: 50 }, (_, i) => ({
      arn: `arn:aws:iam::aws:policy/Bench${i}`,
      document: { Version: '2012-10-17', Statement: [] },
    })),
    faults: { jobLatencyMs: faults.jobLatencyMs ?? [1000, 3000], requestLatencyMs: 20, ...faults },
  });
  try {
    const clients = createAwsClients({
      env: {
        AWS_ENDPOINT_URL: server.url,
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_REGION: 'us-east-1',
      },
    });
    const entities = roles(count).map((e) => (withPolicies ? e : { ...e, managedPolicyArns: [] }));
    const start = performance.now();
    const collection = await collectUsage(entities, { clients, ...options });
    const wallMs = performance.now() - start;
    const usage = [...collection.usage.values()];
    return {
      wallMs,
      calls: server.calls.length,
      throttled: server.calls.filter((c) => c.code === 'Throttling').length,
      lost: usage.filter((u) => u.report === null).length,
      maxJobMs: server.maxJobLatencyMs(),
      accounted: usage.every((u) => u.report !== null || u.reason !== null),
      byOp: server.calls.reduce((m, c) => m.set(c.op, (m.get(c.op) ?? 0) + 1), new Map<string, number>()),
    };
  } finally {
    await server.close();
  }
}

const rows: BenchRow[] = [];
let worst = 0;
for (const limit of LIMITS) {
  const r = await run(ENTITIES, { throttleAboveRps: limit });
  const floorMs = Math.max((neededCalls(ENTITIES) / limit) * 1000, r.maxJobMs);
  const ratio = r.wallMs / floorMs;
  worst = Math.max(worst, ratio);
  rows.push(
    { metric: `${limit}/s: wall ÷ floor (target <= 1.15)`, value: ratio, unit: 'x' },
    { metric: `${limit}/s: wall time`, value: r.wallMs / 1000, unit: 's' },
    { metric: `${limit}/s: floor (needed calls ÷ limit, or longest job)`, value: floorMs / 1000, unit: 's' },
    { metric: `${limit}/s: throttled (target < 5)`, value: (100 * r.throttled) / r.calls, unit: '%' },
    { metric: `${limit}/s: calls per entity`, value: r.calls / ENTITIES, unit: 'calls' },
    { metric: `${limit}/s: entities lost (target 0)`, value: r.lost, unit: 'entities' },
  );
}

// The deadline is a bound: 100 roles and 50 managed policies queued at once, 1 s to do it in.
for (const [label, faults] of [
  ['answering', {}],
  ['throttling above 5/s', { throttleAboveRps: 5 }],
] as const) {
  const r = await run(100, { ...faults, jobLatencyMs: [1000, 3000] }, { deadlineMs: 1000 }, true);
  rows.push({ metric: `settle time, 1 s deadline, IAM ${label}`, value: r.wallMs / 1000, unit: 's' });
  if (!r.accounted)
    rows.push({ metric: `entities without report or reason (${label})`, value: 1, unit: 'error' });
}

// What a snapshot costs per entity: WithEntities is for groups and policies only, so roles need the job's two
// calls, plus ListPoliciesGrantingServiceAccess where a check can call a service unused (one role in three here).
const snapshotEntities = quick ? 30 : 90;
for (const [label, grantingPoliciesFor] of [
  ['granting policies for every entity (before)', () => ['*']],
  ['granting policies where a check can call a service unused', grantingNamespaces(defaultConfig())],
] as const) {
  const r = await run(
    snapshotEntities,
    { throttleAboveRps: 50 },
    { withEntitiesServices: () => ['*'], grantingPoliciesFor },
  );
  const granting = r.byOp.get('ListPoliciesGrantingServiceAccess') ?? 0;
  rows.push(
    { metric: `snapshot calls per entity, ${label}`, value: r.calls / snapshotEntities, unit: 'calls' },
    {
      metric: '  of which ListPoliciesGrantingServiceAccess',
      value: granting / snapshotEntities,
      unit: 'calls',
    },
  );
}

report({
  name: 'collect',
  description: `${ENTITIES} roles at the tool's default settings, job latency 1-3 s, 20 ms per request, server limits ${LIMITS.join(', ')} requests/s (1 s of burst)`,
  rows,
  ratio: { value: worst, baseline: 'floor, worst of the limits', target: 1.15 },
});
