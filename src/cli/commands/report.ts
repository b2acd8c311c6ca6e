// `iam-usage-guard report`: generate, wait for and read a whole last-accessed report in one command, AWS CLI-shaped.
import { UserError } from '../../errors.js';
import { parseIamArn } from '../../usage/arn.js';
import { awsEnvironmentError, awsErrorCode, requireCredentials } from '../../usage/aws-errors.js';
import type { Granularity } from '../../usage/model.js';
import { RetryBudgetError, Scheduler } from '../../usage/scheduler.js';
import type { CliIo, Command, OptionSpec, ParsedArgs } from '../command.js';

/** The flags of the commands that talk to IAM alone (`report`, `access-key`); `clientOptions` reads them. */
export const IAM_CONNECTION_OPTIONS: Record<string, OptionSpec> = {
  'endpoint-url': {
    type: 'string',
    value: 'URL',
    description: 'IAM endpoint (e.g. a local IAM endpoint).',
  },
  region: {
    type: 'string',
    value: 'REGION',
    description: 'AWS region (IAM is global; default us-east-1).',
  },
};

export const reportCommand: Command = {
  name: 'report',
  summary:
    'Generate, wait for and print the whole service last accessed report of one ARN (AWS CLI-shaped JSON).',
  usage:
    'iam-usage-guard report --arn ARN [--granularity SERVICE_LEVEL|ACTION_LEVEL] [--endpoint-url URL] [--region REGION]',
  examples: [
    'iam-usage-guard report --arn arn:aws:iam::123456789012:role/app-role',
    'iam-usage-guard report --arn arn:aws:iam::123456789012:role/app-role --granularity SERVICE_LEVEL | jq ".ServicesLastAccessed[] | select(.LastAuthenticated == null) | .ServiceNamespace"',
  ],
  options: {
    arn: { type: 'string', value: 'ARN', description: 'The role, user, group or policy ARN.' },
    granularity: {
      type: 'string',
      value: 'LEVEL',
      choices: ['ACTION_LEVEL', 'SERVICE_LEVEL'],
      description: 'ACTION_LEVEL (default: tracked actions too) or SERVICE_LEVEL.',
    },
    ...IAM_CONNECTION_OPTIONS,
    timeout: { type: 'string', value: 'SECONDS', description: 'Give up after this long (default 300).' },
  },
  run: runReport,
};

export function granularityOf(value: unknown): Granularity {
  return value === 'SERVICE_LEVEL' ? 'SERVICE_LEVEL' : 'ACTION_LEVEL';
}

export function timeoutMs(value: unknown, fallbackSeconds: number): number {
  if (value === undefined) return fallbackSeconds * 1000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UserError(`--timeout must be a number of seconds, got ${String(value)}`);
  return seconds * 1000;
}

export function clientOptions(values: ParsedArgs['values'], io: CliIo) {
  const endpointUrl = values['endpoint-url'];
  const region = values['region'];
  return {
    env: io.env,
    ...(typeof endpointUrl === 'string' ? { endpointUrl } : {}),
    ...(typeof region === 'string' ? { region } : {}),
  };
}

async function runReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const arn = args.values['arn'];
  if (typeof arn !== 'string')
    throw new UserError("--arn ARN is required. See 'iam-usage-guard report --help'.");
  if (!parseIamArn(arn)) {
    throw new UserError(
      `--arn must be an IAM role, user, group or policy ARN (arn:aws:iam::123456789012:role/name), got ${arn}`,
    );
  }
  if (args.positionals.length > 0)
    throw new UserError(`unexpected argument ${args.positionals[0]}; use --arn ARN`);
  const granularity = granularityOf(args.values['granularity']);
  const deadlineMs = timeoutMs(args.values['timeout'], 300);
  // The AWS SDK loads when the command runs, not when the CLI starts.
  const [
    { createAwsClients, refreshCredentials },
    { asAwsCliOutput, JobFailedError, PollTiming, runReportJob },
  ] = await Promise.all([import('../../usage/clients.js'), import('../../usage/jobs.js')]);
  const clients = createAwsClients(clientOptions(args.values, io));
  await requireCredentials(clients);
  const scheduler = new Scheduler({
    requestsPerSecond: 10,
    maxInFlight: 4,
    maxRetries: 8,
    baseBackoffMs: 250,
    maxBackoffMs: 10_000,
    deadlineAt: Date.now() + deadlineMs,
    clock: () => new Date(),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    refreshCredentials: () => refreshCredentials(clients),
  });
  try {
    const { report } = await runReportJob(clients.iam, scheduler, arn, granularity, new PollTiming(1000));
    // The shape and order of `aws iam get-service-last-accessed-details`, all pages merged.
    const output = {
      JobStatus: report.JobStatus,
      JobType: report.JobType,
      JobCreationDate: report.JobCreationDate,
      ServicesLastAccessed: report.ServicesLastAccessed,
      JobCompletionDate: report.JobCompletionDate,
      IsTruncated: false,
    };
    io.stdout.write(`${JSON.stringify(asAwsCliOutput(output), null, 4)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof JobFailedError) {
      // The whole answer, as `aws iam get-service-last-accessed-details` prints a FAILED job.
      const { job } = error;
      const failed = {
        JobStatus: job.JobStatus,
        JobType: job.JobType ?? granularity,
        ...(job.JobCreationDate ? { JobCreationDate: job.JobCreationDate } : {}),
        ServicesLastAccessed: job.ServicesLastAccessed,
        ...(job.JobCompletionDate ? { JobCompletionDate: job.JobCompletionDate } : {}),
        Error: job.Error,
      };
      io.stdout.write(`${JSON.stringify(asAwsCliOutput(failed), null, 4)}\n`);
      throw new UserError(
        `the report job for ${arn} FAILED: ${error.error?.Code ?? ''} ${error.error?.Message ?? ''}`.trim(),
      );
    }
    if (error instanceof RetryBudgetError && error.throttled) {
      throw new UserError(`AWS kept throttling: ${error.message}; try again later`);
    }
    if ((error as Error)?.name === 'DeadlineError') {
      throw new UserError(`the report for ${arn} was not ready within ${deadlineMs / 1000} s (--timeout)`);
    }
    const code = awsErrorCode(error);
    if (code === 'NoSuchEntity' || code === 'InvalidInput' || code === 'ValidationError') {
      throw new UserError(`${code}: ${(error as Error).message}`);
    }
    throw (
      awsEnvironmentError(error, 'iam:GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails') ??
      error
    );
  }
}
