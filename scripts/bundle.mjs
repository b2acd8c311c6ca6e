// Bundles the front doors into dist/ so they run with no node_modules: the action, the CLI, the library and the cdk-nag
// plugin. `node scripts/bundle.mjs --metafile FILE` also writes esbuild's metafile (what each output holds).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Linked maps without the sources' text: stack traces under `node --enable-source-maps` name src/ files and lines,
  // and the maps stay a fraction of the bundles' size. Paths in them are relative, so dist/ is the same on every
  // machine and CI can compare it with the committed copy.
  sourcemap: 'linked',
  sourcesContent: false,
  write: false,
  metafile: true,
  // The AWS SDK's packages point `main` at one CommonJS file per package and `module` at their ES modules (marked free
  // of side effects): with `module` first, a bundle keeps only the clients and commands it uses.
  mainFields: ['module', 'main'],
};

/**
 * Data files (`*.data.json`: the action catalog, and any generated data set beside it) are not pasted into the
 * bundles: each is copied once into dist/ and read from there when the module that imports it is evaluated, so the
 * ESM chunks and the CommonJS plugin share one copy, and a module that is never loaded never parses its data.
 */
const dataFiles = new Map();
const dataFilePlugin = {
  name: 'data-files',
  setup(b) {
    b.onLoad({ filter: /\.data\.json$/ }, (args) => {
      const name = path.basename(args.path);
      const other = dataFiles.get(name);
      if (other && other !== args.path)
        throw new Error(`two data files named ${name}: ${other} and ${args.path}`);
      dataFiles.set(name, args.path);
      const contents =
        b.initialOptions.format === 'cjs'
          ? `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(name)}), 'utf8'));`
          : // Entries sit in dist/, chunks in dist/chunks/: the one copy is in dist/.
            `import { readFileSync } from 'node:fs';\nconst here = new URL('.', import.meta.url);\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(name)}, here.pathname.endsWith('/chunks/') ? new URL('..', here) : here), 'utf8'));`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

// ESM bundles that use CommonJS dependencies need a real `require`.
const esmBanner = {
  js: "import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);",
};

/**
 * The configuration validator, compiled once here instead of at every run (src/config/validator.ts compiles it at
 * first use when run from source): ajv's standalone code for the schema and options that module exports.
 */
async function precompiledValidator() {
  const entry = await build({
    stdin: {
      contents:
        "export { configSchema } from './src/config/schema.ts'; export { VALIDATOR_OPTIONS } from './src/config/validator.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const { configSchema, VALIDATOR_OPTIONS } = await import(
    `data:text/javascript;base64,${Buffer.from(entry.outputFiles[0].text).toString('base64')}`
  );
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(configSchema()));
  return `${code}\nexport function configValidator() { return validate; }\n`;
}

const validatorSource = await precompiledValidator();
const validatorPlugin = {
  name: 'precompiled-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]validator\.ts$/ }, (args) => ({
      contents: validatorSource,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

// The cdk-nag plugin runs inside the user's CDK app: it must share that app's aws-cdk-lib, constructs and cdk-nag
// (instanceof and construct metadata only work with one copy), so those stay external.
const cdkExternal = ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag', 'cdk-nag/*'];

const builds = [
  // The CLI, the action and the library share chunks: each entry loads only what its first steps need, and each
  // command, the pipeline and the AWS SDK come in with `import()` when they are used. Chunk names are content
  // hashes, the same on every machine for the same sources.
  {
    entryPoints: { cli: 'src/cli/index.ts', index: 'src/action/index.ts', lib: 'src/index.ts' },
    outdir: 'dist',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: esmBanner,
    plugins: [dataFilePlugin, validatorPlugin],
  },
  // The plugin is one CommonJS file; the ESM entry (dist/cdk-nag.js) re-exports it, so an ESM app and a CommonJS app
  // load the same code, once.
  {
    entryPoints: { 'cdk-nag': 'src/cdk-nag/index.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: cdkExternal,
    plugins: [dataFilePlugin, validatorPlugin],
  },
];

const metafileOut = process.argv.includes('--metafile')
  ? process.argv[process.argv.indexOf('--metafile') + 1]
  : null;

const results = await Promise.all(builds.map((options) => build({ ...common, ...options })));
// A large JSON pasted into a bundle would be parsed at start-up, and twice in the tarball (ESM chunks and the
// CommonJS plugin): generated data goes in a `*.data.json` file, which the plugin above ships once and reads on use.
for (const result of results) {
  for (const [input, { bytes }] of Object.entries(result.metafile.inputs)) {
    if (input.endsWith('.json') && bytes > 64 * 1024) {
      throw new Error(`${input} (${bytes} bytes) would be pasted into the bundles: name it *.data.json`);
    }
  }
}
const outputs = new Map();
for (const result of results) {
  for (const file of result.outputFiles) outputs.set(path.relative(dist, file.path), file.contents);
}

for (const [name, source] of dataFiles) outputs.set(name, readFileSync(source));

// The ESM face of the plugin: Node's CommonJS loader finds the bundle's named exports from esbuild's annotation
// (`0 && (module.exports = { … })`), which also lists them here.
const cdkNagCjs = Buffer.from(outputs.get('cdk-nag.cjs')).toString('utf8');
const annotated = /0 && \(module\.exports = \{([^}]*)\}\);/.exec(cdkNagCjs);
if (!annotated) throw new Error('dist/cdk-nag.cjs: no export annotation found for the ESM entry');
const cdkNagExports = annotated[1]
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
outputs.set(
  'cdk-nag.js',
  Buffer.from(
    `// The ESM entry of iam-usage-guard/cdk-nag: the same plugin as cdk-nag.cjs (one copy of its code and of cdk-nag).\nexport { ${cdkNagExports.join(', ')} } from './cdk-nag.cjs';\n`,
  ),
);

// The library's CommonJS entry: the library is ES modules, which Node loads with require() from 20.19 on; older Nodes
// get one sentence instead of ERR_REQUIRE_ESM.
outputs.set(
  'lib.cjs',
  Buffer.from(`// The CommonJS entry of iam-usage-guard: the ES module library (lib.js), through Node's require() of ES modules.
'use strict';
try {
  module.exports = require('./lib.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM') {
    throw new Error("iam-usage-guard is an ES module: load it with import('iam-usage-guard'), or use Node.js 20.19 or later, whose require() loads ES modules.");
  }
  throw error;
}
`),
);

/**
 * Writes only what changed, each file through a rename, and removes outputs of earlier builds (old chunk names):
 * test files that bundle while another test's child process is loading dist/ never see a half-written file.
 */
function writeDist() {
  mkdirSync(path.join(dist, 'chunks'), { recursive: true });
  for (const [file, contents] of outputs) {
    const target = path.join(dist, file);
    if (existsSync(target) && Buffer.compare(readFileSync(target), Buffer.from(contents)) === 0) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
  }
  const keep = new Set([...outputs.keys()].map((file) => path.join(dist, file)));
  for (const folder of [dist, path.join(dist, 'chunks')]) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isFile() && !keep.has(full) && !/\.d\.c?ts$/.test(entry.name)) rmSync(full, { force: true });
    }
  }
}

writeDist();

if (metafileOut) {
  const merged = { inputs: {}, outputs: {} };
  for (const result of results) {
    Object.assign(merged.inputs, result.metafile.inputs);
    Object.assign(merged.outputs, result.metafile.outputs);
  }
  writeFileSync(metafileOut, JSON.stringify(merged));
}
