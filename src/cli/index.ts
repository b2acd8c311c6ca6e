// Entry point of the CLI bundle (dist/cli.js).
import { errorMessage } from '../errors.js';
import { processIo, runCli } from './main.js';

// `iam-usage-guard check --format json | head` closes stdout early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`iam-usage-guard: ${errorMessage(error)}\n`);
    process.exitCode = 2;
  },
);
