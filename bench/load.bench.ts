// Load: 2,000 roles across 50 templates, read, expanded and collected through the local IAM endpoint (a child
// process, so its memory is not ours) with job latency, request latency and throttling. Records wall time, peak
// RSS and heap, API calls, throttled calls, and entities lost (must be 0: each has a report or a reason). The
// ratio is against the lower bound IAM itself imposes (minimum requests ÷ the endpoint's rate + the shortest job);
// the same entities from a snapshot (no AWS calls) are measured in the same run as a second baseline.
// BENCH_QUICK=1: 200 roles across 10 templates. `npm run bench -- load`.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIac } from '../src/iac/index.js';
import { worktreeSource } from '../src/iac/source.js';
import { loadScenario } from '../src/local-iam/scenario.js';
import { startLocalIam } from '../src/local-iam/server.js';
import { collectGrants } from '../src/policy/grants.js';
import type { Entity } from '../src/policy/model.js';
import { entityKey } from '../src/policy/model.js';
import { createAwsClients } from '../src/usage/clients.js';
import { collectUsage } from '../src/usage/collect.js';
import { buildSnapshot } from '../src/usage/snapshot.js';
import { quick, report } from './harness.js';

const ACCOUNT = '123456789012';

// ---- the endpoint, in a child process started from this same bundle --------------------------------------------
if (process.argv[2] === '--serve') {
  const scenarioFile = process.argv[3]!;
  const { readFileSync } = await import('node:fs');
  const server = await startLocalIam(loadScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile));
  let peakRss = 0;
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100).unref();
  process.on('message', (message) => {
    if (message === 'stats') {
      const calls = server.calls;
      process.send?.({
        calls: calls.length,
        throttled: calls.filter((c) => c.code === 'Throttling').length,
        byOperation: calls.reduce<Record<string, number>>((acc, c) => {
          acc[c.op] = (acc[c.op] ?? 0) + 1;
          return acc;
        }, {}),
        maxJobLatencyMs: server.maxJobLatencyMs(),
        peakRss,
      });
    } else if (message === 'stop') {
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ url: server.url });
} else {
  await runBench();
}

interface EndpointStats {
  calls: number;
  throttled: number;
  byOperation: Record<string, number>;
  maxJobLatencyMs: number;
  peakRss: number;
}

async function runBench(): Promise<void> {
  const templates = quick ? 10 : 50;
  const perTemplate = quick ? 20 : 40;
  const entities = templates * perTemplate;
  const rate = quick ? 60 : 120; // the endpoint throttles above this many requests per second
  const clientRate = rate * 1.5; // the tool is allowed to ask a little faster than IAM allows: it gets throttled
  const jobLatency: [number, number] = [500, 1500];

  const root = mkdtempSync(path.join(tmpdir(), 'iug-load-'));
  const names: string[] = [];
  for (let t = 0; t < templates; t++) {
    const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Resources:'];
    for (let r = 0; r < perTemplate; r++) {
      const name = `load-${t}-${r}`;
      names.push(name);
      lines.push(
        `  Role${r}:`,
        '    Type: AWS::IAM::Role',
        '    Properties:',
        `      RoleName: ${name}`,
        '      Policies:',
        '        - PolicyName: app',
        '          PolicyDocument:',
        "            Version: '2012-10-17'",
        '            Statement:',
        "              - { Effect: Allow, Action: ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'dynamodb:Get*'], Resource: '*' }",
      );
    }
    mkdirSync(path.join(root, 'stacks'), { recursive: true });
    writeFileSync(path.join(root, 'stacks', `stack-${t}.yaml`), `${lines.join('\n')}\n`);
  }
  const now = Date.now();
  const scenarioFile = path.join(root, 'scenario.json');
  writeFileSync(
    scenarioFile,
    JSON.stringify({
      account: ACCOUNT,
      entities: names.map((name, i) => ({
        arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
        createDate: new Date(now - 400 * 86_400_000).toISOString(),
        services: [
          { namespace: 's3', lastAuthenticated: new Date(now - (i % 200) * 86_400_000).toISOString() },
          {
            namespace: 'sqs',
            ...(i % 3 === 0 ? {} : { lastAuthenticated: new Date(now - 3_600_000).toISOString() }),
          },
          { namespace: 'dynamodb' },
        ],
      })),
      faults: { jobLatencyMs: jobLatency, requestLatencyMs: [2, 10], throttleAboveRps: rate },
    }),
  );

  const self = fileURLToPath(import.meta.url);
  const child = fork(self, ['--serve', scenarioFile], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve) =>
    child.once('message', (m) => resolve((m as { url: string }).url)),
  );
  const ask = () =>
    new Promise<EndpointStats>((resolve) => {
      child.once('message', (m) => resolve(m as EndpointStats));
      child.send('stats');
    });

  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);

  // Live: read, expand, collect against the endpoint.
  const started = performance.now();
  const parsed = await readIac(worktreeSource(root), ['stacks']);
  const granted = collectGrants(parsed, null);
  const parsedMs = performance.now() - started;
  const wanted: Entity[] = granted.map((g) => g.entity);
  const clients = createAwsClients({
    env: {
      AWS_ENDPOINT_URL_IAM: url,
      AWS_ENDPOINT_URL_STS: url,
      AWS_ENDPOINT_URL_CLOUDFORMATION: url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
    },
  });
  const live = await collectUsage(wanted, {
    clients,
    granularity: 'ACTION_LEVEL',
    requestsPerSecond: clientRate,
    concurrency: 200,
    deadlineMs: 900_000,
  });
  const liveMs = performance.now() - started;
  const stats = await ask();

  // Every entity: a completed report, or a reason. Lost = neither.
  let reports = 0;
  let reasons = 0;
  let lost = 0;
  for (const entity of wanted) {
    const usage = live.usage.get(entityKey(entity));
    if (usage?.report?.JobStatus === 'COMPLETED' && !usage.reason) reports++;
    else if (usage?.reason) reasons++;
    else lost++;
  }

  // Baseline in the same run: the same entities from a snapshot of what was just collected (no AWS calls).
  const snapshot = buildSnapshot(live, new Date());
  const snapshotStarted = performance.now();
  const again = await readIac(worktreeSource(root), ['stacks']);
  const againGranted = collectGrants(again, null);
  const fromSnapshot = await collectUsage(
    againGranted.map((g) => g.entity),
    { snapshot, granularity: 'ACTION_LEVEL' },
  );
  const snapshotMs = performance.now() - snapshotStarted;
  clearInterval(sampler);
  const snapshotReports = [...fromSnapshot.usage.values()].filter(
    (u) => u.report?.JobStatus === 'COMPLETED',
  ).length;

  child.send('stop');
  rmSync(root, { recursive: true, force: true });

  // IAM's lower bound: every request must pass the endpoint's rate (one second of burst is free), and the last job
  // generated still takes at least the shortest job latency; no entity can do with less than Generate… and one
  // Get…, plus STS once for the account.
  const minRequests = entities * 2 + 1;
  const lowerBoundMs = (Math.max(0, minRequests - rate) / rate) * 1000 + jobLatency[0];
  const peakRss = process.resourceUsage().maxRSS * 1024;

  report({
    name: 'load',
    description: `${entities} roles across ${templates} templates, read + expanded + collected through the local IAM endpoint (jobs ${jobLatency[0]}-${jobLatency[1]} ms, throttling above ${rate} req/s), relative to IAM's lower bound`,
    rows: [
      { metric: 'entities', value: entities, unit: 'roles' },
      { metric: 'entities lost (no report, no reason)', value: lost, unit: 'roles' },
      { metric: 'entities with a report', value: reports, unit: 'roles' },
      { metric: 'entities with a reason instead', value: reasons, unit: 'roles' },
      { metric: 'wall time (live)', value: liveMs, unit: 'ms' },
      { metric: 'of which read + expand', value: parsedMs, unit: 'ms' },
      { metric: 'lower bound (min requests ÷ rate + shortest job)', value: lowerBoundMs, unit: 'ms' },
      { metric: 'wall time (same entities from a snapshot)', value: snapshotMs, unit: 'ms' },
      { metric: 'live ÷ snapshot', value: liveMs / snapshotMs, unit: '×' },
      { metric: 'snapshot entities with a report', value: snapshotReports, unit: 'roles' },
      { metric: 'API calls', value: stats.calls, unit: 'calls' },
      { metric: 'API calls per entity', value: stats.calls / entities, unit: 'calls' },
      { metric: 'throttled calls', value: stats.throttled, unit: 'calls' },
      { metric: 'peak RSS (tool process)', value: peakRss / 1e6, unit: 'MB' },
      { metric: 'peak heap used (tool process)', value: peakHeap / 1e6, unit: 'MB' },
      { metric: 'peak RSS (endpoint process)', value: stats.peakRss / 1e6, unit: 'MB' },
    ],
    ratio: { value: liveMs / lowerBoundMs, baseline: 'IAM lower bound', target: 1.3 },
  });
  if (lost > 0) process.exitCode = 1;
}
