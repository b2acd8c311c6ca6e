// The CLI front door: picks the command, parses its flags, maps errors to exit code 2 without stack traces.
import { errorMessage, UserError } from '../errors.js';
import { closest, commandHelp, parseCommandArgs } from './args.js';
import type { CliIo } from './command.js';
import { commands } from './commands/index.js';

export const VERSION = '0.1.0';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const guess = closest(
      name,
      commands.map((c) => c.name),
    );
    io.stderr.write(
      `iam-usage-guard: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}. Run 'iam-usage-guard --help'.\n`,
    );
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values['help']) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(`iam-usage-guard ${command.name}: ${errorMessage(error)}\n`);
    if (!(error instanceof UserError) && io.env['IAM_USAGE_GUARD_DEBUG'] && error instanceof Error) {
      io.stderr.write(`${error.stack}\n`);
    }
    return 2;
  }
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'iam-usage-guard: compare the IAM permissions your infrastructure code grants with what AWS says is used.',
    '',
    'Usage: iam-usage-guard <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'iam-usage-guard <command> --help' for a command's options and examples.",
    '',
  ].join('\n');
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
