// Entry point of the CLI bundle (dist/cli.js).
import { errorMessage } from '../errors.js';
import { VERSION, VERSION_FLAGS } from '../version.js';

const argv = process.argv.slice(2);
// `iam-usage-guard --version` is what scripts run to see the tool is there: it answers before the commands load.
if (argv.length === 1 && VERSION_FLAGS.includes(argv[0]!)) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // The AWS SDK warns on every run under Node 20 that its future releases need Node 22; the bundled SDK keeps
  // working, and the warning would bury the result. A user who wants it back sets the variable to false.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

  // `iam-usage-guard check --format json | head` closes stdout early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  const { processIo, runCli } = await import('./main.js');
  runCli(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`iam-usage-guard: ${errorMessage(error)}\n`);
      process.exitCode = 2;
    },
  );
}
