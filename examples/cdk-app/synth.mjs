// Re-synthesizes the example CDK app into examples/base/cdk.out and examples/head/cdk.out (run after editing app.mjs).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { synth } from './app.mjs';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const state of ['base', 'head']) {
  const outdir = path.join(examples, state, 'cdk.out');
  rmSync(outdir, { recursive: true, force: true });
  synth(state, outdir);
  console.log(`synthesized ${path.relative(process.cwd(), outdir)}`);
}
