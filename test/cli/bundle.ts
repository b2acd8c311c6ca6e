// Where the bundles are: test/global-setup.ts builds dist/ once before the test files run (as `npm run bundle`).
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function distFile(name: string): string {
  return join(repoRoot, 'dist', name);
}
