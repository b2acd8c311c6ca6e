import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files (wall time in one process, measured), started first so that none of them starts last. */
const LONGEST = [
  'package/consumer.test.ts', // pack, install, tsc, CDK synths in child processes
  'corpus/fix.test.ts', // fix and re-check of every corpus CloudFormation file
  'e2e/action-review.test.ts', // the bundled action, run after run
  'redteam/bundled.test.ts',
  'corpus/fail-closed.test.ts',
  'redteam/bypass.test.ts',
].map((file) => path.join('test', file));

/**
 * Files in the order vitest picks (failed first, then longest last time, else largest), but the known longest
 * first whatever the cache says: on a fresh clone there is no timing cache, and a short file can take the longest.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((file) => f.moduleId.endsWith(file));
      return i < 0 ? LONGEST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built once, before any test file runs (the bundled CLI, action and cdk-nag plugin are tested).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
    // aws-cdk-lib validates every synthesized template with a CloudFormation engine of its own (WebAssembly, ~3 s of
    // CPU per process): aws-cdk-lib's feature, not this project's. Off for the suite, in process and in the child
    // processes that inherit it; test/package/consumer.test.ts synthesizes one app with it on, as users have it.
    env: { CDK_VALIDATION: 'false' },
    // Most of the suite waits on child processes and local HTTP stand-ins rather than computing: more files in
    // flight than cores keeps both cores busy (vitest's default here is one worker on two cores).
    maxWorkers: 4,
    // The readers and the fix engine allocate fast (YAML trees, grant sets): a larger young generation in the test
    // workers means fewer scavenges (6-8 % less CPU on the corpus files). Only the test processes; never the tool's.
    execArgv: ['--max-semi-space-size=64'],
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
