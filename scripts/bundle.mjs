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

// The cdk-nag plugin runs inside the user's CDK app: it must share that app's aws-cdk-lib, constructs and cdk-nag
// (instanceof and construct metadata only work with one copy), so those stay external.
const cdkExternal = ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag'];

const entries = [
  { entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', format: 'esm', banner: esmBanner },
  { entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js', format: 'esm', banner: esmBanner },
  { entryPoints: ['src/index.ts'], outfile: 'dist/lib.js', format: 'esm', banner: esmBanner },
  {
    entryPoints: ['src/cdk-nag/index.ts'],
    outfile: 'dist/cdk-nag.js',
    format: 'esm',
    banner: esmBanner,
    external: cdkExternal,
  },
  {
    entryPoints: ['src/cdk-nag/index.ts'],
    outfile: 'dist/cdk-nag.cjs',
    format: 'cjs',
    external: cdkExternal,
  },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
