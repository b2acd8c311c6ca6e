// The CLI front door: picks the command, parses its flags, maps errors to exit code 2 without stack traces.

import { errorMessage, UserError } from '../errors.js';
import { inertChunk, terminalLines } from '../report/terminal.js';
import { VERSION, VERSION_FLAGS } from '../version.js';
import { closest, commandHelp, parseCommandArgs } from './args.js';
import type { CliIo, Command } from './command.js';
import { commands as registered } from './commands/index.js';

export { VERSION };

const EXIT_CODES = [
  'Exit codes:',
  '  0  passed (no finding at or above --fail-on)',
  '  1  findings at or above --fail-on (default: error)',
  '  2  usage, configuration or environment error',
];

export async function runCli(
  argv: string[],
  given: CliIo,
  commands: Command[] = registered,
): Promise<number> {
  // The CLI runs in CI `run:` steps, whose output the runner reads for workflow commands.
  const io: CliIo = { ...given, stdout: inertStream(given.stdout), stderr: inertStream(given.stderr) };
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr.write(mainHelp(commands));
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(mainHelp(commands));
    return 0;
  }
  if (VERSION_FLAGS.includes(name)) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (name === 'help') {
    // `iam-usage-guard help check` is the same as `iam-usage-guard check --help`.
    const topic = rest[0];
    if (!topic) {
      io.stdout.write(mainHelp(commands));
      return 0;
    }
    const command = findCommand(topic, commands, io);
    if (!command) return 2;
    io.stdout.write(commandHelp(command));
    return 0;
  }
  if (name.startsWith('-')) {
    const guess = closest(name.replace(/^-+/, ''), ['help', 'version']);
    io.stderr.write(
      `iam-usage-guard: unknown option ${name}${guess ? ` (did you mean --${guess}?)` : ''}. Options go after the command; run 'iam-usage-guard --help'.\n`,
    );
    return 2;
  }
  const command = findCommand(name, commands, io);
  if (!command) return 2;
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values['help']) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    // Messages quote what they are about (a configuration key, a file name): PR text, shown inert.
    const message = terminalLines(error instanceof UserError ? error.message : errorMessage(error));
    io.stderr.write(`iam-usage-guard ${command.name}: ${message}\n`);
    if (!(error instanceof UserError) && io.env['IAM_USAGE_GUARD_DEBUG'] && error instanceof Error) {
      io.stderr.write(`${error.stack}\n`);
    }
    return 2;
  }
}

/**
 * The stream with every string written through `inertChunk`: no line of the CLI's output can start a workflow
 * command, whatever a command printed (the renderers already show PR text inert; this is the last guard).
 */
function inertStream(stream: CliIo['stdout']): CliIo['stdout'] {
  const state = { atLineStart: true };
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? inertChunk(chunk, state, stream.isTTY === true) : chunk;
    return (stream.write as (...args: unknown[]) => boolean)(text, ...rest);
  };
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') return write;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function findCommand(name: string, commands: Command[], io: CliIo): Command | undefined {
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const guess = closest(
      name,
      commands.map((c) => c.name),
    );
    io.stderr.write(
      `iam-usage-guard: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}. Run 'iam-usage-guard --help'.\n`,
    );
  }
  return command;
}

export function mainHelp(commands: Command[] = registered): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length)) + 2;
  const examples = commands.flatMap((c) => c.examples.slice(0, 1));
  return [
    'iam-usage-guard: compare the IAM permissions your infrastructure code grants with what AWS says is used.',
    '',
    'Usage: iam-usage-guard <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    "  -h, --help     Show this help (or a command's help: iam-usage-guard <command> --help).",
    '  -v, --version  Print the version.',
    ...(examples.length > 0 ? ['', 'Examples:', ...examples.map((e) => `  ${e}`)] : []),
    '',
    ...EXIT_CODES,
    '',
    'AWS access uses the standard settings: AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_REGION,',
    'AWS_ENDPOINT_URL_IAM. Without AWS access, pass a snapshot (--snapshot FILE, written by `iam-usage-guard snapshot`).',
    "Run 'iam-usage-guard <command> --help' for a command's options and examples.",
    '',
  ].join('\n');
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
