// Environment problems with AWS (no credentials, denied, unreachable endpoint) in words that say what to configure.
import { errorMessage, UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { awsErrorCode } from './scheduler.js';

export const POLICY_FILE = 'rules/iam-usage-guard-policy.json';

const NO_CREDENTIALS =
  'no AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use ' +
  'aws-actions/configure-aws-credentials in GitHub Actions (or point --endpoint-url at `iam-usage-guard local-iam`)';

/** A UserError for problems the user fixes by configuration; null for anything else. Never echoes credentials. */
export function awsEnvironmentError(error: unknown, operation?: string): UserError | null {
  const code = awsErrorCode(error);
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return new UserError(NO_CREDENTIALS);
  }
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return new UserError(
      `AccessDenied${operation ? ` on ${operation}` : ''}: ${message} — grant the caller the actions in ${POLICY_FILE}`,
    );
  }
  if (
    code === 'InvalidClientTokenId' ||
    code === 'SignatureDoesNotMatch' ||
    code === 'ExpiredToken' ||
    code === 'ExpiredTokenException' ||
    code === 'UnrecognizedClientException'
  ) {
    return new UserError(`AWS rejected the credentials (${code}): refresh them or pick another AWS_PROFILE`);
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UserError(
      `cannot reach the AWS endpoint (${code}): check --endpoint-url / AWS_ENDPOINT_URL_IAM, or your network`,
    );
  }
  if (/Region is missing/i.test(message)) {
    return new UserError('no AWS region: set AWS_REGION (or --region)');
  }
  return null;
}

/** Resolves credentials once up front, so "none configured" is one clear line instead of a failure per call. */
export async function requireCredentials(clients: AwsClients): Promise<void> {
  try {
    await clients.iam.config.credentials();
  } catch (error) {
    throw awsEnvironmentError(error) ?? new UserError(`${NO_CREDENTIALS} (${errorMessage(error)})`);
  }
}
