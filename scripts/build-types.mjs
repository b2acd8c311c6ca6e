// Writes the package's type declarations next to the bundles: dist/lib.d.ts and dist/lib.d.cts (`iam-usage-guard`),
// dist/cdk-nag.d.ts and dist/cdk-nag.d.cts (`iam-usage-guard/cdk-nag`), for `import` and for `require`. tsc emits declarations for src/,
// rollup-plugin-dts folds each entry's into one file, so no declaration imports a file the tarball does not hold.
// Run by `npm run build` and `prepack`; dist/*.d.ts are not committed. The emit does not type-check (`noCheck` in
// tsconfig.build.json, the same files as with it): `npm run typecheck` does, in .ci/run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * The library's AWS clients are the bundled SDK's: a user never builds one (`createAwsClients` does) and has no
 * @aws-sdk/* package installed for its types, so the declarations describe them by what the API relies on.
 */
const BUNDLED_SDK_CLIENTS = {
  '@aws-sdk/client-iam': 'IAMClient',
  '@aws-sdk/client-sts': 'STSClient',
  '@aws-sdk/client-cloudformation': 'CloudFormationClient',
};

function bundledClientDeclaration(name) {
  return `/** An AWS SDK v3 client bundled inside iam-usage-guard; made by \`createAwsClients\`. */
interface ${name} {
    send(command: object, options?: object): Promise<unknown>;
    destroy(): void;
    readonly config: object;
}`;
}

function replaceBundledImports(text) {
  let out = text;
  for (const [module, name] of Object.entries(BUNDLED_SDK_CLIENTS)) {
    const line = new RegExp(`^import \\{ ${name} \\} from '${module.replace('/', '\\/')}';$`, 'm');
    out = out.replace(line, bundledClientDeclaration(name));
  }
  return out;
}

/** Every bare import left in a declaration must name a peer dependency (or Node's own modules). */
function checkImports(file, text) {
  const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
  const specifiers = [...text.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const specifier of specifiers) {
    if (specifier.startsWith('node:') || specifier.startsWith('.')) continue;
    const name = specifier.startsWith('@')
      ? specifier.split('/').slice(0, 2).join('/')
      : specifier.split('/')[0];
    if (!peers.has(name)) {
      throw new Error(
        `${file} imports types from ${specifier}, which a user of the package does not have (not a peer dependency)`,
      );
    }
  }
}

const emitted = mkdtempSync(path.join(tmpdir(), 'iug-types-'));
try {
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.join(root, 'tsconfig.build.json'),
      '--outDir',
      emitted,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const entries = [
    { input: 'index.d.ts', outputs: ['dist/lib.d.ts', 'dist/lib.d.cts'] },
    { input: 'cdk-nag/index.d.ts', outputs: ['dist/cdk-nag.d.ts', 'dist/cdk-nag.d.cts'] },
  ];
  for (const entry of entries) {
    const bundle = await rollup({
      input: path.join(emitted, entry.input),
      plugins: [dts()],
      external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
      onwarn: (warning) => {
        throw new Error(`types for ${entry.input}: ${warning.message}`);
      },
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const text = replaceBundledImports(output[0].code);
    for (const file of entry.outputs) {
      checkImports(file, text);
      // The same text serves both: it imports only peers, which resolve for `import` and `require` alike.
      writeFileSync(path.join(root, file), text);
    }
  }
} finally {
  rmSync(emitted, { recursive: true, force: true });
}
