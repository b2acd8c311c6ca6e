// Deployed templates: CloudFormation GetTemplate for a stack (in its own region, checked against the caller's
// account), so the change stage can compare a synthesized template with what is deployed. "Stack does not exist"
// means new; every other failure is reported as one, never as "new".
import { type CloudFormationClient, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { errorMessage } from '../errors.js';
import { awsEnvironmentError, classifyAwsError } from './aws-errors.js';
import { type AwsClients, refreshCredentials } from './clients.js';
import { abortOption } from './jobs.js';
import type { DeployedTemplate, DeployedTemplateFetch, DeployedTemplateRequest } from './model.js';
import { CALL_PRIORITY, RetryBudgetError, realSleep, Scheduler, type Sleep } from './scheduler.js';

export interface TemplateFetchOptions {
  clock?: () => Date;
  sleep?: Sleep;
  /** Bound on all GetTemplate calls of a run; default 120 s. */
  deadlineMs?: number;
  /** A fixed client-side rate; default: the scheduler's pace, found at run time from 10 per second. */
  requestsPerSecond?: number;
  /** Retries per call for throttling and transient failures; default 4. */
  maxRetries?: number;
}

/** CloudFormation's answer for a stack that was never created (or was deleted). */
export function isMissingStack(error: unknown): boolean {
  return classifyAwsError(error) === 'invalid' && /does not exist/i.test(errorMessage(error));
}

function reasonOf(error: unknown): string {
  if (error instanceof RetryBudgetError) return error.message;
  const environment = awsEnvironmentError(error, 'cloudformation:GetTemplate');
  return environment ? environment.message : errorMessage(error);
}

/** A fetcher over the one client factory's clients; calls go through the one retry layer (Scheduler). */
export function createTemplateFetcher(
  clients: AwsClients,
  options: TemplateFetchOptions = {},
): DeployedTemplateFetch {
  const clock = options.clock ?? (() => new Date());
  const scheduler = new Scheduler({
    ...(options.requestsPerSecond ? { requestsPerSecond: options.requestsPerSecond } : {}),
    maxInFlight: 8,
    maxRetries: options.maxRetries ?? 4,
    baseBackoffMs: 250,
    maxBackoffMs: 8_000,
    deadlineAt: clock().getTime() + (options.deadlineMs ?? 120_000),
    clock,
    sleep: options.sleep ?? realSleep,
    refreshCredentials: () => refreshCredentials(clients),
  });
  let caller: Promise<string | null> | null = null;
  const callerAccount = (): Promise<string | null> => {
    caller ??= scheduler
      .call('GetCallerIdentity', CALL_PRIORITY.resolve, (signal) =>
        clients.sts.send(new GetCallerIdentityCommand({}), abortOption(signal)),
      )
      .then((identity) => identity.Account ?? null);
    return caller;
  };
  const clientFor = (region: string | null): CloudFormationClient =>
    region && clients.cloudformationIn ? clients.cloudformationIn(region) : clients.cloudformation;

  return async (request: DeployedTemplateRequest): Promise<DeployedTemplate> => {
    const client = clientFor(request.region);
    try {
      if (request.account) {
        const account = await callerAccount();
        if (account && account !== request.account) {
          return {
            status: 'failed',
            reason: `stack ${request.stackName} deploys to account ${request.account}, but the credentials are for account ${account}`,
          };
        }
      }
      const answer = await scheduler.call('GetTemplate', CALL_PRIORITY.resolve, (signal) =>
        client.send(
          new GetTemplateCommand({ StackName: request.stackName, TemplateStage: request.stage }),
          abortOption(signal),
        ),
      );
      const region = request.region ?? (await client.config.region());
      if (typeof answer.TemplateBody !== 'string') {
        return { status: 'failed', reason: `GetTemplate ${request.stackName} returned no template body` };
      }
      return {
        status: 'found',
        body: answer.TemplateBody,
        stage: request.stage,
        stagesAvailable: answer.StagesAvailable ?? [],
        region,
        account: request.account ?? (await callerAccount().catch(() => null)),
        fetchedAt: clock().toISOString(),
      };
    } catch (error) {
      if (isMissingStack(error)) {
        return { status: 'absent', reason: `GetTemplate: ${errorMessage(error)}` };
      }
      return { status: 'failed', reason: `GetTemplate ${request.stackName}: ${reasonOf(error)}` };
    }
  };
}
