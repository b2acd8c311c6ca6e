// Entry point of the CLI bundle (dist/cli.js).
import { processIo, runCli } from './main.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`iam-usage-guard: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
