// The catalog must work from a bundle with no node_modules next to it (dist/ ships alone in the GitHub Action).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import catalogData from '../../src/policy/catalog.data.json' with { type: 'json' };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = mkdtempSync(path.join(tmpdir(), 'iug-catalog-bundle-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

it('expands wildcards from an esbuild bundle run outside the repository', async () => {
  const entry = path.join(folder, 'entry.ts');
  writeFileSync(
    entry,
    `import { loadCatalog } from ${JSON.stringify(path.join(repoRoot, 'src', 'policy', 'catalog.ts'))};
const catalog = loadCatalog();
process.stdout.write(JSON.stringify({ all: catalog.expand('*').actions.length, get: catalog.expand('S3:?etObject').actions, version: catalog.dataVersion }));
`,
  );
  const outfile = path.join(folder, 'bundle.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const output = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: folder, encoding: 'utf8' }));
  expect(output).toEqual({
    all: catalogData.actionCount,
    get: ['s3:GetObject'],
    version: catalogData.dataVersion,
  });
});
