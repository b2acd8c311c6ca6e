// Builds dist/ once before any test file runs: the child-process tests (bundled CLI, action, cdk-nag plugin, demo)
// all run these bundles, and no test file rebuilds them mid-run. It runs the same script as `npm run bundle`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function bundleOnce(): void {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join('scripts', 'bundle.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}
