import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built once, before any test file runs (the bundled CLI, action and cdk-nag plugin are tested).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most of the suite waits on child processes and local HTTP stand-ins rather than computing: more files in
    // flight than cores keeps both cores busy (vitest's default here is one worker on two cores).
    maxWorkers: 4,
    // A worker keeps its modules between test files (the AWS SDK, the action catalog and the CDK take most of the
    // suite's CPU to load, once per file otherwise). Test files share no state: one that changes a global (an
    // environment variable, process.stdout.write) restores it in `finally`, and every server is closed in afterAll.
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // One line per folder of src/ in the output; per-file detail in coverage/ (HTML, JSON summary).
      reporter: [
        [path.resolve(import.meta.dirname, 'scripts/coverage-by-folder.cjs')],
        'html',
        'json-summary',
      ],
      reportsDirectory: 'coverage',
      // Printed after a failed run too: the numbers are about the code, not the verdict.
      reportOnFailure: true,
    },
  },
});
