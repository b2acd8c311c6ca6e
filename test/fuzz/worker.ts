// The fuzz target in a worker thread (scripts/fuzz.mjs): makes case (seed, index) itself and answers with the
// violations, so the main thread can time each case out and restart a worker that hangs or runs out of memory.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSeeds, makeCase, runCase, slowestActionString } from './fuzz-core.js';

interface WorkerData {
  repoRoot: string;
  seed: number;
  maxSeedBytes: number;
}

const data = workerData as WorkerData;
const { seeds } = loadSeeds(data.repoRoot, data.maxSeedBytes);
const port = parentPort!;

port.on('message', async (index: number) => {
  const c = makeCase(seeds, data.seed, index);
  const started = performance.now();
  const violations = await runCase(c);
  const ms = performance.now() - started;
  const slowestAction = slowestActionString(c);
  port.postMessage({
    index,
    violations,
    ms,
    actionMs: slowestAction.ms,
    action: slowestAction.pattern,
    bytes: c.text.length,
    heapUsed: process.memoryUsage().heapUsed,
  });
});
port.postMessage({ ready: true, seeds: seeds.length });
