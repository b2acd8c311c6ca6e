// Builds dist/ for child-process tests, one builder at a time: parallel test files would otherwise rewrite the
// same bundle while another file's child process is loading it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
const lockDir = join(repoRoot, 'node_modules', '.cache', 'iam-usage-guard-bundle.lock');
const STALE_MS = 120_000;

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function withLock<T>(fn: () => T): Promise<T> {
  mkdirSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_MS)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await sleep(100);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs `node scripts/bundle.mjs` (as `npm test` does before vitest) and returns the path of a dist/ file. */
export async function bundle(): Promise<void> {
  await withLock(() => {
    execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  });
}

export function distFile(name: string): string {
  return join(repoRoot, 'dist', name);
}
