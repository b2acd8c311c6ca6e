import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";

// src/usage/aws-errors.ts
var POLICY_FILE = "rules/iam-usage-guard-policy.json";
var THROTTLING = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "PriorRequestNotComplete"
]);
var CREDENTIALS = /* @__PURE__ */ new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClient",
  "UnrecognizedClientException",
  "SignatureDoesNotMatch",
  "InvalidAccessKeyId",
  "InvalidToken",
  "AuthFailure"
]);
var ACCESS_DENIED = /* @__PURE__ */ new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"]);
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  "ServiceFailure",
  "ServiceUnavailable",
  "InternalFailure",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "RequestExpired"
]);
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);
var INVALID = /* @__PURE__ */ new Set([
  "ValidationError",
  "InvalidInput",
  "MalformedPolicyDocument",
  "InvalidParameterValue"
]);
var NotAwsAnswerError = class extends Error {
  constructor(status, endpoint, service, contentType) {
    const article = service === "CloudFormation" ? "a" : "an";
    super(`HTTP ${status} from ${endpoint}, not ${article} ${service} answer (${contentType.split(";")[0]})`);
    this.status = status;
    this.endpoint = endpoint;
    this.service = service;
    this.contentType = contentType;
  }
  status;
  endpoint;
  service;
  contentType;
  name = "NotAwsAnswerError";
};
var CredentialsRejectedError = class extends Error {
  constructor(code) {
    super(`AWS rejected the credentials (${code})`);
    this.code = code;
  }
  code;
  name = "CredentialsRejectedError";
};
function awsErrorCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const e = error;
  if (typeof e.Code === "string") return e.Code;
  if (typeof e.code === "string") return e.code;
  if (typeof e.name === "string" && e.name !== "Error") return e.name;
  return void 0;
}
function httpStatus(error) {
  return error?.$metadata?.httpStatusCode;
}
function codesOf(error) {
  const code = awsErrorCode(error);
  const name = error?.name;
  const out = /* @__PURE__ */ new Set();
  for (const c of [code, typeof name === "string" ? name : void 0]) {
    if (!c) continue;
    out.add(c);
    out.add(c.replace(/Exception$/, ""));
  }
  return [...out];
}
function classifyAwsError(error) {
  if (error instanceof NotAwsAnswerError) return "not-aws";
  if (error instanceof CredentialsRejectedError) return "credentials";
  const codes = codesOf(error);
  const has = (set) => codes.some((c) => set.has(c));
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (has(THROTTLING) || status === 429) return "throttling";
  if (has(CREDENTIALS)) return "credentials";
  if (codes.includes("CredentialsProviderError") || /Could not load credentials/i.test(message)) {
    return "no-credentials";
  }
  if (has(ACCESS_DENIED)) return "access-denied";
  if (codes.includes("NoSuchEntity")) return "no-such-entity";
  if (has(INVALID)) return "invalid";
  if (has(UNREACHABLE)) return "unreachable";
  if (/Region is missing/i.test(message)) return "no-region";
  if (has(TRANSIENT_CODES) || status !== void 0 && status >= 500) return "transient";
  return "other";
}
var NO_CREDENTIALS = "no AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use aws-actions/configure-aws-credentials in GitHub Actions (or point --endpoint-url at `iam-usage-guard local-iam`)";
function awsEnvironmentError(error, operation) {
  const message = error instanceof Error ? error.message : String(error);
  switch (classifyAwsError(error)) {
    case "no-credentials":
      return new UserError(NO_CREDENTIALS);
    case "access-denied":
      return new UserError(
        `${awsErrorCode(error)}${operation ? ` on ${operation}` : ""}: ${message} \u2014 grant the caller the actions in ${POLICY_FILE}`
      );
    case "credentials":
      return new UserError(
        `AWS rejected the credentials (${error instanceof CredentialsRejectedError ? error.code : awsErrorCode(error)}): refresh them or pick another AWS_PROFILE`
      );
    case "unreachable":
      return new UserError(
        `cannot reach the AWS endpoint (${awsErrorCode(error)}): check --endpoint-url / AWS_ENDPOINT_URL_IAM, or your network`
      );
    case "not-aws":
      return new UserError(`${message}: check --endpoint-url / AWS_ENDPOINT_URL_IAM`);
    case "no-region":
      return new UserError("no AWS region: set AWS_REGION (or --region)");
    default:
      return null;
  }
}
async function requireCredentials(clients) {
  try {
    await clients.iam.config.credentials();
  } catch (error) {
    throw awsEnvironmentError(error) ?? new UserError(`${NO_CREDENTIALS} (${errorMessage(error)})`);
  }
}
function collectionFailureMessage(failure) {
  return `AWS rejected the credentials (${failure.code}) after ${failure.completed} of ${failure.total} entities; nothing was judged for the rest`;
}

export {
  POLICY_FILE,
  NotAwsAnswerError,
  CredentialsRejectedError,
  awsErrorCode,
  classifyAwsError,
  awsEnvironmentError,
  requireCredentials,
  collectionFailureMessage
};
//# sourceMappingURL=chunk-CXI7UASZ.js.map
