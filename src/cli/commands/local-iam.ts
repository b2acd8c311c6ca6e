// `iam-usage-guard local-iam`: serve a scenario as a local IAM/STS/CloudFormation endpoint, to try the tool without AWS.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { plural } from '../../words.js';
import type { CliIo, Command, ParsedArgs } from '../command.js';

export const localIamCommand: Command = {
  name: 'local-iam',
  summary:
    'Serve a scenario file as a local IAM endpoint (awsQuery), with STS and CloudFormation, until Ctrl-C.',
  usage: 'iam-usage-guard local-iam --scenario FILE [--port N] [--host HOST] [--log]',
  examples: [
    'iam-usage-guard local-iam --scenario examples/scenario.json --port 4599',
    'eval "$(iam-usage-guard local-iam --scenario s.json --port 4599 | grep ^export)"  # in another shell',
  ],
  options: {
    scenario: {
      type: 'string',
      value: 'FILE',
      description: 'The scenario (JSON): entities, usage, keys, stacks, faults.',
    },
    port: { type: 'string', value: 'N', description: 'Port to listen on (default: any free port, printed).' },
    host: { type: 'string', value: 'HOST', description: 'Address to listen on (default 127.0.0.1).' },
    log: {
      type: 'boolean',
      description: 'Print one line per call on stderr (operation, status, error code).',
    },
  },
  run: runLocalIam,
};

async function runLocalIam(args: ParsedArgs, io: CliIo): Promise<number> {
  const file = args.values['scenario'];
  if (typeof file !== 'string')
    throw new UserError("--scenario FILE is required. See 'iam-usage-guard local-iam --help'.");
  const portText = args.values['port'];
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`--port must be a port number (0-65535), got ${String(portText)}`);
  }
  const host = typeof args.values['host'] === 'string' ? args.values['host'] : '127.0.0.1';
  const absolute = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read scenario ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  // The endpoint (and its XML writer) loads when the command runs, not when the CLI starts.
  const { loadScenario, startLocalIam } = await import('../../local-iam/server.js');
  const scenario = loadScenario(text, absolute);
  const log = args.values['log'] === true;
  let server: Awaited<ReturnType<typeof startLocalIam>>;
  try {
    server = await startLocalIam(scenario, {
      port,
      host,
      ...(log
        ? {
            onCall: (call) =>
              io.stderr.write(
                `${call.op || '(no Action)'} ${call.status}${call.code ? ` ${call.code}` : ''}${call.arn ? ` ${call.arn}` : ''}\n`,
              ),
          }
        : {}),
    });
  } catch (error) {
    throw new UserError(
      `cannot listen on ${host}:${port}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  io.stdout.write(
    [
      `local IAM endpoint for ${path.relative(io.cwd, absolute) || file} (account ${scenario.account}, ${plural(scenario.entities.length, 'entity')}) at ${server.url}`,
      'Point the AWS SDK, the AWS CLI and iam-usage-guard at it with:',
      `export AWS_ENDPOINT_URL_IAM=${server.url}`,
      `export AWS_ENDPOINT_URL_STS=${server.url}`,
      `export AWS_ENDPOINT_URL_CLOUDFORMATION=${server.url}`,
      'export AWS_REGION=us-east-1',
      // Placeholders the endpoint accepts; it does not check signatures.
      'export AWS_ACCESS_KEY_ID=test',
      'export AWS_SECRET_ACCESS_KEY=test',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.stderr.write('local IAM endpoint stopped\n');
  return 0;
}
