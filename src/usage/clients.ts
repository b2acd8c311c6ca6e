// The one factory for every AWS client: region, endpoints (flag, then AWS_ENDPOINT_URL_*), credentials, user agent, retries.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { errorMessage } from '../errors.js';
import { VERSION } from '../version.js';

export { readSnapshot } from './snapshot.js';

/** Sent as the SDK's custom user agent so account owners can tell our calls apart in CloudTrail. */
export const USER_AGENT = `iam-usage-guard/${VERSION}`;

export interface AwsClients {
  iam: IAMClient;
  sts: STSClient;
  cloudformation: CloudFormationClient;
  /** CloudFormation in another region (a CDK stack's own), built once per region with the same settings. */
  cloudformationIn?: (region: string) => CloudFormationClient;
}

export interface AwsClientOptions {
  region?: string;
  /** One endpoint for all three services (the `--endpoint-url` flag); beats the environment. */
  endpointUrl?: string;
  /** Where to read AWS_* settings; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** SDK attempts per call (adaptive retry mode); default 3. The collector adds its own retry on top. */
  maxAttempts?: number;
}

/**
 * Credentials follow the default chain (environment, SSO/profiles, web identity from
 * aws-actions/configure-aws-credentials, container and instance metadata). When `env` is not `process.env`
 * (tests, the CLI's injected io) its keys and profile are honoured explicitly.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const env = options.env ?? process.env;
  const region = options.region ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'];
  const endpoint = (service: 'IAM' | 'STS' | 'CLOUDFORMATION') =>
    options.endpointUrl ?? env[`AWS_ENDPOINT_URL_${service}`] ?? env['AWS_ENDPOINT_URL'];
  const accessKeyId = env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
  const sessionToken = env['AWS_SESSION_TOKEN'];
  const common = {
    maxAttempts: options.maxAttempts ?? 3,
    retryMode: 'adaptive',
    customUserAgent: USER_AGENT,
    ...(env !== process.env && accessKeyId && secretAccessKey
      ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }
      : {}),
    ...(env !== process.env && env['AWS_PROFILE'] ? { profile: env['AWS_PROFILE'] } : {}),
  };
  const config = (service: 'IAM' | 'STS' | 'CLOUDFORMATION', fallbackRegion?: string) => {
    const url = endpoint(service);
    const chosen = region ?? fallbackRegion;
    return { ...common, ...(chosen ? { region: chosen } : {}), ...(url ? { endpoint: url } : {}) };
  };
  const regional = new Map<string, CloudFormationClient>();
  const cloudformationIn = (chosen: string): CloudFormationClient => {
    let client = regional.get(chosen);
    if (!client) {
      const url = endpoint('CLOUDFORMATION');
      client = new CloudFormationClient({ ...common, region: chosen, ...(url ? { endpoint: url } : {}) });
      regional.set(chosen, client);
    }
    return client;
  };
  return {
    cloudformationIn,
    // IAM is global: its endpoint lives in us-east-1 (aws partition), so a missing region is no obstacle.
    iam: new IAMClient(config('IAM', 'us-east-1')),
    sts: new STSClient(config('STS', endpoint('STS') ? 'us-east-1' : undefined)),
    cloudformation: new CloudFormationClient(
      config('CLOUDFORMATION', endpoint('CLOUDFORMATION') ? 'us-east-1' : undefined),
    ),
  };
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
