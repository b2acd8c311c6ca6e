// The one factory for every AWS client: region, endpoints (flag, then AWS_ENDPOINT_URL_*), credentials, user agent,
// and no retries of its own (the collector's scheduler is the one retry layer). Counts every HTTP request sent.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { errorMessage } from '../errors.js';
import { VERSION } from '../version.js';
import { NotAwsAnswerError } from './aws-errors.js';

export { readSnapshot } from './snapshot.js';

/** Sent as the SDK's custom user agent so account owners can tell our calls apart in CloudTrail. */
export const USER_AGENT = `iam-usage-guard/${VERSION}`;

/** Requests that went out on the wire (every HTTP attempt, answered or not). */
export interface RequestCounter {
  sent: number;
}

export interface AwsClients {
  iam: IAMClient;
  sts: STSClient;
  cloudformation: CloudFormationClient;
  /** Set by `createAwsClients`; absent on hand-made clients (test fakes). */
  requests?: RequestCounter;
  /** CloudFormation in another region (a CDK stack's own), built once per region with the same settings. */
  cloudformationIn?: (region: string) => CloudFormationClient;
}

export interface AwsClientOptions {
  region?: string;
  /** One endpoint for all three services (the `--endpoint-url` flag); beats the environment. */
  endpointUrl?: string;
  /** Where to read AWS_* settings; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

type Service = 'IAM' | 'STS' | 'CLOUDFORMATION';

/** What the middleware sees of a request and its raw answer. */
interface RawRequest {
  protocol?: string;
  hostname?: string;
  port?: number;
  path?: string;
}
interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
}

/**
 * Counts each request and refuses an answer that is not AWS's: an HTML page (a proxy's or another server's error
 * page) would otherwise surface as an XML parse error, or as "Unknown" after every retry.
 */
function observeRequests(
  client: IAMClient | STSClient | CloudFormationClient,
  service: string,
  counter: RequestCounter,
): void {
  type Handler = (args: { request: unknown }) => Promise<{ response: unknown }>;
  const stack = client.middlewareStack as unknown as {
    add(middleware: (next: Handler) => Handler, options: Record<string, string>): void;
  };
  stack.add(
    (next) => async (args) => {
      counter.sent++;
      const out = await next(args);
      const response = out.response as RawResponse;
      const type = response.headers?.['content-type'] ?? '';
      if (/html/i.test(type)) {
        const request = args.request as RawRequest;
        const endpoint = `${request.protocol ?? 'https:'}//${request.hostname ?? ''}${request.port ? `:${request.port}` : ''}${request.path ?? '/'}`;
        throw new NotAwsAnswerError(response.statusCode ?? 0, endpoint, service, type);
      }
      return out;
    },
    // Inside the deserializer (low priority runs innermost in its step), once per HTTP attempt.
    { step: 'deserialize', priority: 'low', name: 'iamUsageGuardRequests' },
  );
}

/**
 * Credentials follow the default chain (environment, SSO/profiles, `credential_process`, web identity from
 * aws-actions/configure-aws-credentials, container and instance metadata); the three clients share one provider, so
 * one refresh renews them all. When `env` is not `process.env` (tests, the CLI's injected io) its keys, profile and
 * region are honoured explicitly. The region is the SDK's own (flag, AWS_REGION, the profile's); IAM, which is
 * global, and STS fall back to us-east-1; CloudFormation (stacks are regional) has no fallback.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const env = options.env ?? process.env;
  const injected = env !== process.env;
  // Passed on explicitly only when set: without one, the SDK resolves the profile's region itself.
  const region = options.region ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'];
  const endpoint = (service: Service) =>
    options.endpointUrl ?? env[`AWS_ENDPOINT_URL_${service}`] ?? env['AWS_ENDPOINT_URL'];
  const accessKeyId = env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
  const sessionToken = env['AWS_SESSION_TOKEN'];
  const common = {
    // One attempt per call: the scheduler retries, paces and counts; SDK retries under it would multiply both.
    maxAttempts: 1,
    retryMode: 'standard',
    customUserAgent: USER_AGENT,
    ...(injected && accessKeyId && secretAccessKey
      ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }
      : {}),
    ...(injected && env['AWS_PROFILE'] ? { profile: env['AWS_PROFILE'] } : {}),
  };
  const config = (service: Service) => {
    const url = endpoint(service);
    return { ...common, ...(region ? { region } : {}), ...(url ? { endpoint: url } : {}) };
  };
  const cloudformation = new CloudFormationClient(config('CLOUDFORMATION'));
  // AWS_REGION, else the profile's region, as the SDK resolves it; else us-east-1, IAM's home.
  const globalRegion = async () => {
    try {
      return await cloudformation.config.region();
    } catch {
      return 'us-east-1';
    }
  };
  const credentials = cloudformation.config.credentials;
  const iam = new IAMClient({ ...config('IAM'), region: region ?? globalRegion, credentials });
  const sts = new STSClient({ ...config('STS'), region: region ?? globalRegion, credentials });
  const requests: RequestCounter = { sent: 0 };
  observeRequests(iam, 'IAM', requests);
  observeRequests(sts, 'STS', requests);
  observeRequests(cloudformation, 'CloudFormation', requests);
  const regional = new Map<string, CloudFormationClient>();
  const cloudformationIn = (chosen: string): CloudFormationClient => {
    let client = regional.get(chosen);
    if (!client) {
      client = new CloudFormationClient({ ...config('CLOUDFORMATION'), region: chosen, credentials });
      observeRequests(client, 'CloudFormation', requests);
      regional.set(chosen, client);
    }
    return client;
  };
  return { iam, sts, cloudformation, requests, cloudformationIn };
}

type RefreshableProvider = (options?: { forceRefresh?: boolean }) => Promise<unknown>;

/**
 * Asks the credential chain for fresh credentials (a `credential_process` or web identity token may hand out new
 * ones). Clients without a provider (test fakes) have nothing to refresh.
 */
export async function refreshCredentials(clients: AwsClients): Promise<void> {
  const providers = [clients.cloudformation, clients.iam, clients.sts].map(
    (client) => (client as { config?: { credentials?: RefreshableProvider } }).config?.credentials,
  );
  await Promise.all(providers.map((provider) => provider?.({ forceRefresh: true })));
}

/**
 * Null when the default credential chain yields credentials, else why not. Used where credentials may come from
 * outside the environment (an instance profile on a self-hosted runner), so a missing source is said up front
 * instead of failing every entity's calls.
 */
export async function credentialsProblem(clients: AwsClients): Promise<string | null> {
  try {
    await clients.sts.config.credentials();
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
