// Bundles the front doors into dist/ so they run with no node_modules: the action, the CLI, the library and the cdk-nag plugin.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Keeps dist/ byte-identical between machines, so CI can compare it with the committed copy.
  sourcemap: false,
};

// ESM bundles that use CommonJS dependencies need a real `require`.
const esmBanner = {
  js: "import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);",
};

const entries = [
  { entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', format: 'esm', banner: esmBanner },
  { entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js', format: 'esm', banner: esmBanner },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
