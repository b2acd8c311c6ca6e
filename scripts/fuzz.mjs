// `npm run fuzz`: the parser fuzzer, time-bounded, seeded and reproducible. Each case runs in a worker thread with
// a per-case time budget and a heap limit; a case that breaks the property, hangs or exhausts memory is saved to
// test/fixtures/crashers/ (replayed by test/fuzz/crashers.test.ts).
//
//   node scripts/fuzz.mjs [--seed N] [--cases N] [--seconds N] [--budget-ms N] [--workers N] [--memory-mb N]
//                         [--max-seed-kb N] [--only INDEX] [--no-save]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const repoRoot = resolve(import.meta.dirname, '..');

function parseArgs(argv) {
  const options = {
    seed: null,
    cases: Number.POSITIVE_INFINITY,
    seconds: 60,
    budgetMs: 10_000,
    workers: Math.max(1, Math.min(4, availableParallelism())),
    memoryMb: 1024,
    maxSeedKb: 256,
    only: null,
    save: true,
  };
  const numeric = {
    '--seed': 'seed',
    '--cases': 'cases',
    '--seconds': 'seconds',
    '--budget-ms': 'budgetMs',
    '--workers': 'workers',
    '--memory-mb': 'memoryMb',
    '--max-seed-kb': 'maxSeedKb',
    '--only': 'only',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag === '--no-save') options.save = false;
    else if (flag === '--help' || flag === '-h') {
      console.log(
        readFileSync(new URL(import.meta.url), 'utf8')
          .split('\n')
          .slice(4, 6)
          .join('\n')
          .replaceAll('//', ''),
      );
      process.exit(0);
    } else if (flag in numeric) {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isFinite(value) || value < 0) {
        console.error(`fuzz: ${flag} needs a number`);
        process.exit(2);
      }
      options[numeric[flag]] = value;
    } else {
      console.error(`fuzz: unknown option ${arg} (see --help)`);
      process.exit(2);
    }
  }
  options.seed ??= Math.floor(Math.random() * 2 ** 31);
  return options;
}

const options = parseArgs(process.argv.slice(2));
const outDir = join(repoRoot, 'node_modules', '.cache', 'iam-usage-guard-fuzz');
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: {
    worker: join(repoRoot, 'test', 'fuzz', 'worker.ts'),
    core: join(repoRoot, 'test', 'fuzz', 'fuzz-core.ts'),
  },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// The bundles live under node_modules/.cache, so bare imports (yaml, fast-check) resolve from the repository.
const core = await import(pathToFileURL(join(outDir, 'core.mjs')).href);
const { seeds, corpus } = core.loadSeeds(repoRoot, options.maxSeedKb * 1024);
if (!corpus) console.error('fuzz: ../shared/corpus is absent; fuzzing built-in seeds and examples/ only');

const crasherDir = join(repoRoot, 'test', 'fixtures', 'crashers');
const indexFile = join(crasherDir, 'crashers.json');

function saveCrasher(index, kind, violations) {
  const c = core.makeCase(seeds, options.seed, index);
  const digest = createHash('sha1').update(c.text).digest('hex').slice(0, 10);
  const name = `${kind}-${digest}-${basename(c.file)}`;
  const record = {
    file: name,
    target: c.target,
    caseFile: c.file,
    neighbours: c.neighbours.map((n) => n.file),
    kind,
    seed: options.seed,
    index,
    strategy: c.strategy,
    violations,
  };
  console.error(
    `\nfuzz: ${kind} at case ${index} (${c.strategy}, ${c.text.length} chars)\n  ${violations.join('\n  ')}`,
  );
  if (!options.save) return record;
  mkdirSync(crasherDir, { recursive: true });
  writeFileSync(join(crasherDir, name), c.text);
  // Neighbour files (CDK assembly members, files read beside it) are saved next to it.
  for (const [i, n] of c.neighbours.entries()) writeFileSync(join(crasherDir, `${name}.n${i}`), n.text);
  const index_ = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : [];
  if (!index_.some((r) => r.file === name)) index_.push(record);
  writeFileSync(indexFile, `${JSON.stringify(index_, null, 2)}\n`);
  console.error(
    `  saved test/fixtures/crashers/${name}; replay: node scripts/fuzz.mjs --seed ${options.seed} --only ${index}`,
  );
  return record;
}

const started = performance.now();
const deadline = started + options.seconds * 1000;
const lastIndex = options.only !== null ? options.only + 1 : options.cases;
let nextIndex = options.only ?? 0;
let done = 0;
let slowest = { ms: 0, index: -1 };
let slowestAction = { ms: 0, index: -1, pattern: null };
let peakHeap = 0;
let totalBytes = 0;
const crashers = [];

function startWorker(onIdle) {
  const worker = new Worker(join(outDir, 'worker.mjs'), {
    workerData: { repoRoot, seed: options.seed, maxSeedBytes: options.maxSeedKb * 1024 },
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  });
  const state = { worker, current: null, timer: null, retired: false };
  const finishCase = () => {
    clearTimeout(state.timer);
    state.current = null;
  };
  const replace = () => {
    state.retired = true;
    void worker.terminate();
    startWorker(onIdle);
  };
  const give = () => {
    if (nextIndex >= lastIndex || performance.now() >= deadline) {
      state.retired = true;
      void worker.terminate();
      onIdle();
      return;
    }
    const index = nextIndex++;
    state.current = index;
    state.timer = setTimeout(() => {
      crashers.push(
        saveCrasher(index, 'hang', [`no answer within the ${options.budgetMs} ms per-case budget`]),
      );
      done++;
      finishCase();
      replace();
    }, options.budgetMs);
    worker.postMessage(index);
  };
  worker.on('message', (message) => {
    if (message.ready) {
      give();
      return;
    }
    finishCase();
    done++;
    totalBytes += message.bytes;
    peakHeap = Math.max(peakHeap, message.heapUsed);
    if (message.ms > slowest.ms) slowest = { ms: message.ms, index: message.index };
    if (message.actionMs > slowestAction.ms)
      slowestAction = { ms: message.actionMs, index: message.index, pattern: message.action };
    if (message.violations.length > 0)
      crashers.push(saveCrasher(message.index, 'violation', message.violations));
    if (options.only !== null) console.log(JSON.stringify(message, null, 2));
    give();
  });
  worker.on('error', (error) => {
    if (state.retired) return;
    const index = state.current;
    finishCase();
    if (index !== null) {
      const kind = error?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
      crashers.push(
        saveCrasher(index, kind, [
          `${kind === 'memory' ? `over the ${options.memoryMb} MB heap limit` : 'worker died'}: ${error?.message ?? error}`,
        ]),
      );
      done++;
    }
    replace();
  });
  worker.on('exit', () => {
    if (!state.retired && state.current !== null) {
      const index = state.current;
      finishCase();
      crashers.push(saveCrasher(index, 'crash', ['the worker exited in the middle of the case']));
      done++;
      replace();
    }
  });
  return state;
}

await new Promise((resolveAll) => {
  let idle = 0;
  for (let i = 0; i < options.workers; i++) {
    startWorker(() => {
      idle++;
      if (idle === options.workers) resolveAll();
    });
  }
  // Progress on stderr every 10 s.
  const ticker = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(
      `fuzz: ${done} cases in ${s.toFixed(0)} s (${(done / s).toFixed(0)}/s), ${crashers.length} crashers\n`,
    );
  }, 10_000);
  ticker.unref();
});

const seconds = (performance.now() - started) / 1000;
const summary = {
  seed: options.seed,
  seeds: seeds.length,
  corpus: corpus !== null,
  cases: done,
  seconds: Number(seconds.toFixed(1)),
  casesPerSecond: Number((done / seconds).toFixed(1)),
  workers: options.workers,
  megabytesFuzzed: Number((totalBytes / 1e6).toFixed(1)),
  slowestCaseMs: Number(slowest.ms.toFixed(1)),
  slowestCase: slowest.index,
  // The one action string whose expansion against the catalog took longest (uncached), and its case.
  slowestActionMs: Number(slowestAction.ms.toFixed(2)),
  slowestAction: slowestAction.pattern,
  slowestActionCase: slowestAction.index,
  peakWorkerHeapMb: Number((peakHeap / 1e6).toFixed(1)),
  crashers: crashers.length,
};
console.log(JSON.stringify(summary, null, 2));
console.log(
  crashers.length === 0
    ? `fuzz: no crashers (reproduce: node scripts/fuzz.mjs --seed ${options.seed} --cases ${done})`
    : `fuzz: ${crashers.length} crasher(s) — see test/fixtures/crashers/crashers.json`,
);
process.exitCode = crashers.length === 0 ? 0 : 1;
