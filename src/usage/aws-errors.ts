// The one AWS error classifier: what an error from the SDK (or from the HTTP layer under it) means for the run —
// retry it, slow down, refresh the credentials, give the entity a reason, or tell the user what to configure.
import { errorMessage, UserError } from '../errors.js';

export const POLICY_FILE = 'rules/iam-usage-guard-policy.json';

export type AwsErrorKind =
  /** Slow down and retry. */
  | 'throttling'
  /** A 5xx from AWS, a connection reset or a timeout: retry. */
  | 'transient'
  /** AWS refused the credentials themselves (expired, unknown, bad signature): refresh once, then the run fails. */
  | 'credentials'
  /** No credentials could be loaded at all. */
  | 'no-credentials'
  | 'access-denied'
  | 'no-such-entity'
  /** A request IAM found malformed, or a stack that does not exist (`ValidationError`). */
  | 'invalid'
  /** An answer that did not come from AWS (an HTML error page of a proxy or another server). */
  | 'not-aws'
  /** The endpoint cannot be reached at all (refused, unknown host). */
  | 'unreachable'
  | 'no-region'
  | 'other';

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const CREDENTIALS = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClient',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'InvalidToken',
  'AuthFailure',
]);
const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ServiceFailure',
  'ServiceUnavailable',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'RequestExpired',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);
const INVALID = new Set([
  'ValidationError',
  'InvalidInput',
  'MalformedPolicyDocument',
  'InvalidParameterValue',
]);

/** Thrown by the clients' HTTP layer when an answer is not one of AWS's (an HTML page from a proxy or another server). */
export class NotAwsAnswerError extends Error {
  override name = 'NotAwsAnswerError';
  constructor(
    readonly status: number,
    readonly endpoint: string,
    readonly service: string,
    readonly contentType: string,
  ) {
    const article = service === 'CloudFormation' ? 'a' : 'an';
    super(`HTTP ${status} from ${endpoint}, not ${article} ${service} answer (${contentType.split(';')[0]})`);
  }
}

/** Thrown by the scheduler when AWS still rejects the credentials after they were refreshed: the run's failure. */
export class CredentialsRejectedError extends Error {
  override name = 'CredentialsRejectedError';
  constructor(readonly code: string) {
    super(`AWS rejected the credentials (${code})`);
  }
}

/** The error code AWS sent (`NoSuchEntity`, `AccessDenied`, `Throttling`), or a Node error code. */
export function awsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { Code?: unknown; code?: unknown; name?: unknown };
  if (typeof e.Code === 'string') return e.Code;
  if (typeof e.code === 'string') return e.code;
  if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
  return undefined;
}

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

/** The code with and without the SDK's `Exception` suffix, so both spellings match one list. */
function codesOf(error: unknown): string[] {
  const code = awsErrorCode(error);
  const name = (error as { name?: unknown } | null)?.name;
  const out = new Set<string>();
  for (const c of [code, typeof name === 'string' ? name : undefined]) {
    if (!c) continue;
    out.add(c);
    out.add(c.replace(/Exception$/, ''));
  }
  return [...out];
}

export function classifyAwsError(error: unknown): AwsErrorKind {
  if (error instanceof NotAwsAnswerError) return 'not-aws';
  if (error instanceof CredentialsRejectedError) return 'credentials';
  const codes = codesOf(error);
  const has = (set: Set<string>) => codes.some((c) => set.has(c));
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (has(THROTTLING) || status === 429) return 'throttling';
  if (has(CREDENTIALS)) return 'credentials';
  if (codes.includes('CredentialsProviderError') || /Could not load credentials/i.test(message)) {
    return 'no-credentials';
  }
  if (has(ACCESS_DENIED)) return 'access-denied';
  if (codes.includes('NoSuchEntity')) return 'no-such-entity';
  if (has(INVALID)) return 'invalid';
  if (has(UNREACHABLE)) return 'unreachable';
  if (/Region is missing/i.test(message)) return 'no-region';
  if (has(TRANSIENT_CODES) || (status !== undefined && status >= 500)) return 'transient';
  return 'other';
}

export const isThrottling = (error: unknown): boolean => classifyAwsError(error) === 'throttling';

const NO_CREDENTIALS =
  'no AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use ' +
  'aws-actions/configure-aws-credentials in GitHub Actions (or point --endpoint-url at `iam-usage-guard local-iam`)';

/** A UserError for problems the user fixes by configuration; null for anything else. Never echoes credentials. */
export function awsEnvironmentError(error: unknown, operation?: string): UserError | null {
  const message = error instanceof Error ? error.message : String(error);
  switch (classifyAwsError(error)) {
    case 'no-credentials':
      return new UserError(NO_CREDENTIALS);
    case 'access-denied':
      return new UserError(
        `${awsErrorCode(error)}${operation ? ` on ${operation}` : ''}: ${message} — grant the caller the actions in ${POLICY_FILE}`,
      );
    case 'credentials':
      return new UserError(
        `AWS rejected the credentials (${error instanceof CredentialsRejectedError ? error.code : awsErrorCode(error)}): refresh them or pick another AWS_PROFILE`,
      );
    case 'unreachable':
      return new UserError(
        `cannot reach the AWS endpoint (${awsErrorCode(error)}): check --endpoint-url / AWS_ENDPOINT_URL_IAM, or your network`,
      );
    case 'not-aws':
      return new UserError(`${message}: check --endpoint-url / AWS_ENDPOINT_URL_IAM`);
    case 'no-region':
      return new UserError('no AWS region: set AWS_REGION (or --region)');
    default:
      return null;
  }
}

/** Resolves credentials once up front, so "none configured" is one clear line instead of a failure per call. */
export async function requireCredentials(clients: {
  iam: { config: { credentials: () => Promise<unknown> } };
}): Promise<void> {
  try {
    await clients.iam.config.credentials();
  } catch (error) {
    throw awsEnvironmentError(error) ?? new UserError(`${NO_CREDENTIALS} (${errorMessage(error)})`);
  }
}

/** How a collection ended early for everyone: data for the front doors, which decide the words and exit codes. */
export interface CollectionFailure {
  kind: 'credentials-rejected';
  /** The code AWS answered with (`ExpiredToken`, `InvalidClientTokenId`, …). */
  code: string;
  /** Entities that had their report before AWS stopped accepting the credentials. */
  completed: number;
  total: number;
}

/** The one sentence a front door prints when the credentials stopped working mid-run. */
export function collectionFailureMessage(failure: CollectionFailure): string {
  return `AWS rejected the credentials (${failure.code}) after ${failure.completed} of ${failure.total} entities; nothing was judged for the rest`;
}
