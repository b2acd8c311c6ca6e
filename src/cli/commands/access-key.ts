// `iam-usage-guard access-key`: when an access key (or each key of a user) was last used, AWS CLI-shaped JSON.
import { UserError } from '../../errors.js';
import { awsEnvironmentError, awsErrorCode, requireCredentials } from '../../usage/aws-errors.js';
import { Scheduler } from '../../usage/scheduler.js';
import type { CliIo, Command, ParsedArgs } from '../command.js';
import { clientOptions, IAM_CONNECTION_OPTIONS } from './report.js';

export const accessKeyCommand: Command = {
  name: 'access-key',
  summary: 'Print when an access key, or every key of a user, was last used (AWS CLI-shaped JSON).',
  usage: 'iam-usage-guard access-key --access-key-id ID | --user NAME [--endpoint-url URL] [--region REGION]',
  examples: [
    'iam-usage-guard access-key --access-key-id AKIAIOSFODNN7EXAMPLE',
    'iam-usage-guard access-key --user deploy-bot | jq ".[] | select(.AccessKeyLastUsed.LastUsedDate == null)"',
  ],
  options: {
    'access-key-id': {
      type: 'string',
      value: 'ID',
      description: 'One access key id (GetAccessKeyLastUsed).',
    },
    user: {
      type: 'string',
      value: 'NAME',
      description: 'Every key of this IAM user: a list, one entry per key.',
    },
    ...IAM_CONNECTION_OPTIONS,
  },
  run: runAccessKey,
};

async function runAccessKey(args: ParsedArgs, io: CliIo): Promise<number> {
  const keyId = args.values['access-key-id'];
  const user = args.values['user'];
  if ((typeof keyId === 'string') === (typeof user === 'string')) {
    throw new UserError(
      "give exactly one of --access-key-id ID or --user NAME. See 'iam-usage-guard access-key --help'.",
    );
  }
  // The AWS SDK loads when the command runs, not when the CLI starts.
  const [{ createAwsClients, refreshCredentials }, { accessKeyLastUsed, accessKeysOf }, { asAwsCliOutput }] =
    await Promise.all([
      import('../../usage/clients.js'),
      import('../../usage/access-keys.js'),
      import('../../usage/jobs.js'),
    ]);
  const clients = createAwsClients(clientOptions(args.values, io));
  await requireCredentials(clients);
  const scheduler = new Scheduler({
    requestsPerSecond: 10,
    maxInFlight: 4,
    maxRetries: 8,
    baseBackoffMs: 250,
    maxBackoffMs: 10_000,
    deadlineAt: Date.now() + 120_000,
    clock: () => new Date(),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    refreshCredentials: () => refreshCredentials(clients),
  });
  try {
    // No LastUsedDate means never used (or not since IAM began tracking on 2015-04-22); then ServiceName and
    // Region are "N/A". Printed as IAM says it.
    const output =
      typeof keyId === 'string'
        ? await accessKeyLastUsed(clients.iam, scheduler, keyId)
        : await accessKeysOf(clients.iam, scheduler, user as string);
    io.stdout.write(`${JSON.stringify(asAwsCliOutput(output), null, 4)}\n`);
    return 0;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity')
      throw new UserError(`NoSuchEntity: ${(error as Error).message}`);
    throw (
      awsEnvironmentError(
        error,
        typeof keyId === 'string'
          ? 'iam:GetAccessKeyLastUsed'
          : 'iam:ListAccessKeys / iam:GetAccessKeyLastUsed',
      ) ?? error
    );
  }
}
