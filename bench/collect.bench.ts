// Collection speed against the local IAM endpoint with IAM-like latency and throttling: wall time against the lower
// bound (longest job + minimum requests at the rate limit), calls per entity, entities lost; concurrency 1 as baseline.

import type { Scenario } from '../src/local-iam/scenario.js';
import { startLocalIam } from '../src/local-iam/server.js';
import { type Entity, newEntity } from '../src/policy/model.js';
import { createAwsClients } from '../src/usage/clients.js';
import { collectUsage } from '../src/usage/collect.js';
import { quick, report } from './harness.js';

const ENTITIES = quick ? 40 : 200;
/** The naive run is sequential, so its time grows linearly: measure a sample and scale it. */
const NAIVE_SAMPLE = quick ? 4 : 20;
const RATE = 20;
const ACCOUNT = '123456789012';
/**
 * The fewest calls that can answer: per entity GenerateServiceLastAccessedDetails and one
 * GetServiceLastAccessedDetails, plus one ListRoles for every ARN and CreateDate (1000 roles per page).
 */
const minCalls = (count: number) => 2 * count + Math.ceil(count / 1000);

function scenario(count: number): Scenario {
  return {
    account: ACCOUNT,
    entities: Array.from({ length: count }, (_, i) => ({
      arn: `arn:aws:iam::${ACCOUNT}:role/bench-role-${i}`,
      createDate: '2024-01-01T00:00:00.000Z',
      services: [
        { namespace: 's3', lastAuthenticated: '2026-10-01T00:00:00.000Z', actions: [{ name: 'GetObject' }] },
        { namespace: 'sqs' },
        { namespace: 'dynamodb', lastAuthenticated: '2026-09-01T00:00:00.000Z' },
      ],
    })),
    faults: { jobLatencyMs: [1000, 3000], requestLatencyMs: 20, throttleAboveRps: RATE },
  };
}

function entities(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) =>
    newEntity({
      id: `Role${i}`,
      kind: 'role',
      format: 'cloudformation',
      file: 'bench.yaml',
      line: i + 1,
      path: `Resources.Role${i}`,
      name: `bench-role-${i}`,
    }),
  );
}

async function run(count: number, concurrency: number | undefined) {
  const server = await startLocalIam(scenario(count));
  try {
    const clients = createAwsClients({
      env: {
        AWS_ENDPOINT_URL: server.url,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_REGION: 'us-east-1',
      },
    });
    const start = performance.now();
    const collection = await collectUsage(entities(count), {
      clients,
      requestsPerSecond: RATE,
      deadlineMs: 30 * 60 * 1000,
      ...(concurrency ? { concurrency } : {}),
    });
    const wallMs = performance.now() - start;
    const lost = [...collection.usage.values()].filter((u) => u.report === null).length;
    const calls = server.calls.length;
    const throttled = server.calls.filter((c) => c.code === 'Throttling').length;
    const lowerBoundMs = server.maxJobLatencyMs() + (minCalls(count) / RATE) * 1000;
    return { wallMs, calls, throttled, lost, lowerBoundMs };
  } finally {
    await server.close();
  }
}

const full = await run(ENTITIES, undefined);
const naive = await run(NAIVE_SAMPLE, 1);
const naiveScaledMs = (naive.wallMs / NAIVE_SAMPLE) * ENTITIES;

report({
  name: 'collect',
  description: `${ENTITIES} roles, job latency 1-3 s, 20 ms per request, throttling above ${RATE} requests/s`,
  rows: [
    { metric: 'wall time', value: full.wallMs / 1000, unit: 's' },
    { metric: 'lower bound (longest job + min requests / rate)', value: full.lowerBoundMs / 1000, unit: 's' },
    { metric: 'API calls per entity', value: full.calls / ENTITIES, unit: 'calls' },
    { metric: 'throttled calls', value: full.throttled, unit: 'calls' },
    { metric: 'entities lost', value: full.lost, unit: 'entities' },
    { metric: `naive (concurrency 1), measured on ${NAIVE_SAMPLE}`, value: naive.wallMs / 1000, unit: 's' },
    { metric: `naive scaled to ${ENTITIES} entities`, value: naiveScaledMs / 1000, unit: 's' },
    { metric: 'naive API calls per entity', value: naive.calls / NAIVE_SAMPLE, unit: 'calls' },
    { metric: 'speed-up over naive', value: naiveScaledMs / full.wallMs, unit: 'x' },
  ],
  ratio: { value: full.wallMs / full.lowerBoundMs, baseline: 'lower bound', target: 1.3 },
});
