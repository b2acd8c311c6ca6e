// The scenario file's shape: entities and their usage, keys, stacks, deployed templates and injected faults.

export interface ScenarioTrackedAction {
  /** As IAM reports it, e.g. `GetObject` (the service namespace is the enclosing service). */
  name: string;
  lastAccessed?: string;
  region?: string;
  entity?: string;
}

export interface ScenarioPolicyGrant {
  policyName: string;
  policyType: 'INLINE' | 'MANAGED';
  policyArn?: string;
  entityType?: 'USER' | 'ROLE' | 'GROUP';
  entityName?: string;
}

export interface ScenarioService {
  namespace: string;
  /** Display name (`Amazon Simple Storage Service`); defaults from a small table, else `AWS <namespace>`. */
  name?: string;
  /** Absent: not used in the tracking period. */
  lastAuthenticated?: string;
  region?: string;
  /** The user or role that last used it (defaults to the entity itself for roles and users). */
  entity?: string;
  totalAuthenticatedEntities?: number;
  /** Tracked actions, reported in ACTION_LEVEL jobs only. */
  actions?: ScenarioTrackedAction[];
  /** For group and policy entities: which users or roles used the service (`...WithEntities`). */
  entities?: { arn: string; lastAuthenticated?: string }[];
  /** For `ListPoliciesGrantingServiceAccess`; defaults to one inline policy named after the entity. */
  grantedBy?: ScenarioPolicyGrant[];
}

export interface ScenarioAccessKey {
  id: string;
  status?: 'Active' | 'Inactive' | 'Expired';
  createDate?: string;
  /** Absent: never used (IAM answers with no date and `N/A`). */
  lastUsed?: { date?: string; service?: string; region?: string };
}

export interface ScenarioEntity {
  arn: string;
  createDate?: string;
  services?: ScenarioService[];
  accessKeys?: ScenarioAccessKey[];
  /** For policy entities: the default version's document. */
  document?: unknown;
}

export interface ScenarioPolicy {
  arn: string;
  document: unknown;
  createDate?: string;
}

export interface ScenarioFailedJob {
  arn: string;
  code?: string;
  message?: string;
}

export interface ScenarioDeniedCall {
  /** IAM/STS/CloudFormation operation name; absent: every operation. */
  operation?: string;
  /** The ARN the call concerns; absent: every resource. */
  arn?: string;
}

/** A run of injected failures on the calls that match (counted per burst, from 0). */
export interface ScenarioBurst {
  /**
   * `server-error`: HTTP 5xx (`InternalFailure`, or `ServiceUnavailable` for 503); `reset`: the connection is
   * closed without an answer; `expired-token`: 403 `ExpiredToken`, as when temporary credentials expire mid-run;
   * `credentials-rejected`: 403 with `code` (default `ExpiredToken`; `InvalidClientTokenId`, `UnrecognizedClient`,
   * `SignatureDoesNotMatch`); `html-error`: an HTML page with a 5xx status, as a proxy or another server answers;
   * `slow`: the answer comes `delayMs` late.
   */
  kind: 'server-error' | 'reset' | 'expired-token' | 'credentials-rejected' | 'html-error' | 'slow';
  /** Only calls of this operation count; absent: every call. */
  operation?: string;
  /** Matching calls let through before the burst starts (default 0). */
  after?: number;
  /** Matching calls the burst lasts (default: for ever). */
  count?: number;
  /** For `server-error` (default 500). */
  status?: number;
  /** For `slow`. */
  delayMs?: number;
  /** For `credentials-rejected`. */
  code?: string;
  /** Only calls signed with this access key id count (so refreshed credentials get through). */
  accessKeyId?: string;
}

export interface ScenarioFaults {
  /** Job duration, fixed or drawn uniformly from [min, max]. */
  jobLatencyMs?: number | [number, number];
  /** Added to every response, fixed or drawn uniformly from [min, max]. */
  requestLatencyMs?: number | [number, number];
  /** Requests per second above which calls fail with `Throttling` (token bucket, one second of burst). */
  throttleAboveRps?: number;
  failedJobs?: ScenarioFailedJob[];
  /** ARNs whose report jobs stay IN_PROGRESS forever. */
  stuckJobs?: string[];
  deniedCalls?: ScenarioDeniedCall[];
  bursts?: ScenarioBurst[];
}

export interface Scenario {
  account: string;
  /** Who the caller is (STS GetCallerIdentity); default `arn:aws:iam::<account>:user/local`. */
  callerArn?: string;
  entities: ScenarioEntity[];
  /** AWS-managed or external policies, for GetPolicy + GetPolicyVersion. */
  policies?: ScenarioPolicy[];
  /** Stack name → logical id → physical id (or `{ physicalId, type }`). */
  stacks?: Record<string, Record<string, string | { physicalId: string; type?: string }>>;
  /** Stack name → its deployed template, for CloudFormation GetTemplate. */
  templates?: Record<string, ScenarioTemplate>;
  faults?: ScenarioFaults;
  /** A policy document (or, in the file, a path relative to it): every call it does not allow is AccessDenied. */
  callerPolicy?: unknown;
}

/** A deployed stack's template as CloudFormation keeps it: as submitted, and after transforms (SAM). */
export interface ScenarioTemplate {
  /** The template as submitted (TemplateStage Original), as text. */
  original: string;
  /** After transforms (TemplateStage Processed); defaults to `original`. */
  processed: string;
  /** Only requests signed for this region find the stack; absent: any region. */
  region?: string;
}
