// Runs every bench/*.bench.ts in its own process (bundled on the fly with esbuild), prints one table and writes
// bench/results.json. `npm run bench -- NAME` runs only the benchmarks whose file name contains NAME.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const filter = process.argv[2] ?? '';
const outDir = join('node_modules', '.cache', 'iam-usage-guard-bench');
mkdirSync(outDir, { recursive: true });
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const results = [];
let failed = 0;
for (const file of files) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join('bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  process.stderr.write(`bench: ${file} ...\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    // The SDK's notice about its future Node 22 requirement would drown the table.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env },
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (run.status !== 0 || !line) {
    failed++;
    process.stderr.write(`bench: ${file} failed (exit ${run.status})\n${run.stdout.slice(-2000)}\n`);
    continue;
  }
  results.push(JSON.parse(line.slice('BENCH_RESULT '.length)));
}

const table = [['benchmark', 'metric', 'value', 'unit']];
for (const result of results) {
  if (result.ratio) {
    const target = result.ratio.target === undefined ? '' : ` (target <= ${result.ratio.target})`;
    table.push([
      result.name,
      `ratio vs ${result.ratio.baseline}${target}`,
      result.ratio.value.toFixed(2),
      'x',
    ]);
  }
  for (const row of result.rows) {
    table.push([
      result.name,
      row.metric,
      Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2),
      row.unit,
    ]);
  }
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => (j === 2 ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
// A filtered run (`npm run bench -- NAME`) replaces only its own benchmarks in results.json and keeps the rest.
let written = results;
if (filter) {
  try {
    const previous = JSON.parse(readFileSync(join('bench', 'results.json'), 'utf8')).results ?? [];
    const fresh = new Set(results.map((r) => r.name));
    written = [...previous.filter((r) => !fresh.has(r.name)), ...results];
  } catch {
    // no earlier results: write what ran
  }
}
writeFileSync(
  join('bench', 'results.json'),
  `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, quick: process.env.BENCH_QUICK === '1', results: written }, null, 2)}\n`,
);
console.log(`\nwrote bench/results.json (${results.length} benchmarks${failed ? `, ${failed} failed` : ''})`);
process.exitCode = failed ? 1 : 0;
