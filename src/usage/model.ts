// Last-accessed data in the shapes the IAM API and the AWS CLI return (PascalCase), plus our per-entity result.
import { type Entity, entityKey } from '../policy/model.js';

export interface TrackedActionLastAccessed {
  ActionName?: string;
  LastAccessedEntity?: string;
  LastAccessedTime?: string;
  LastAccessedRegion?: string;
}

export interface ServiceLastAccessed {
  ServiceName: string;
  ServiceNamespace: string;
  /** Absent: not used in the tracking period. */
  LastAuthenticated?: string;
  LastAuthenticatedEntity?: string;
  LastAuthenticatedRegion?: string;
  TotalAuthenticatedEntities?: number;
  TrackedActionsLastAccessed?: TrackedActionLastAccessed[];
}

export type JobStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
export type Granularity = 'SERVICE_LEVEL' | 'ACTION_LEVEL';

/** A snapshot `reports` entry: `get-service-last-accessed-details` output plus `Arn` (and `CreateDate`). */
export interface UsageReport {
  Arn: string;
  CreateDate?: string;
  JobStatus: JobStatus;
  JobType?: Granularity;
  JobCreationDate?: string;
  JobCompletionDate?: string;
  ServicesLastAccessed: ServiceLastAccessed[];
  Error?: { Code?: string; Message?: string };
}

export interface AccessKeyUsage {
  UserName: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive' | 'Expired';
  CreateDate?: string;
  AccessKeyLastUsed: { LastUsedDate?: string; ServiceName: string; Region: string };
}

/** Which users or roles used a service, for a group or policy report (`...WithEntities`). */
export interface ServiceEntityUsage {
  EntityInfo: { Arn: string; Name: string; Type: string; Id: string; Path?: string };
  LastAuthenticated?: string;
}

/** One policy that grants a service, as `ListPoliciesGrantingServiceAccess` returns it. */
export interface PolicyGrantingServiceAccess {
  PolicyName: string;
  PolicyType: 'INLINE' | 'MANAGED';
  PolicyArn?: string;
  EntityType?: 'USER' | 'ROLE' | 'GROUP';
  EntityName?: string;
}

export interface SnapshotFile {
  version: 1;
  generatedAt: string;
  reports: UsageReport[];
  accessKeys: AccessKeyUsage[];
  policies: { Arn: string; Document: unknown }[];
  resources: {
    StackName: string;
    LogicalResourceId: string;
    PhysicalResourceId: string;
    ResourceType?: string;
  }[];
  /** `get-service-last-accessed-details-with-entities` output plus `Arn` and `ServiceNamespace` (groups, policies). */
  entityDetails?: { Arn: string; ServiceNamespace: string; EntityDetailsList: ServiceEntityUsage[] }[];
  /** `list-policies-granting-service-access` output plus `Arn`. */
  policiesGranting?: {
    Arn: string;
    PoliciesGrantingServiceAccess: { ServiceNamespace: string; Policies: PolicyGrantingServiceAccess[] }[];
  }[];
}

/** The collector's answer for one entity: a report, or the reason there is none. */
export interface EntityUsage {
  /** `file#id` of the entity this answers for. */
  entityKey: string;
  arn: string | null;
  createDate: string | null;
  report: UsageReport | null;
  accessKeys: AccessKeyUsage[];
  /** Per service namespace, for group and policy entities. */
  servicesWithEntities: Record<string, ServiceEntityUsage[]>;
  /** Why there is no report (unresolved ARN, AccessDenied, FAILED job, throttled, deadline). */
  reason: string | null;
  /** Per service namespace, the deployed policies that grant it (`ListPoliciesGrantingServiceAccess`). */
  policiesGranting?: Record<string, PolicyGrantingServiceAccess[]>;
  /** Partial failures that left the report usable (access keys denied, WithEntities throttled, …). */
  warnings?: string[];
  /** When the entity matched several deployed ones: their ARNs (the reason names them too). */
  candidates?: string[];
}

/** An entity's answer before anything is known. */
export function emptyUsage(entity: Entity): EntityUsage {
  return {
    entityKey: entityKey(entity),
    arn: null,
    createDate: null,
    report: null,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null,
  };
}

/** A stack's deployed template, asked for by the change stage (its base) and fetched here (usage/templates.ts). */
export interface DeployedTemplateRequest {
  stackName: string;
  /** The account the stack deploys to, when the code says (CDK manifest); checked against the credentials. */
  account: string | null;
  /** Null: the client's own region. */
  region: string | null;
  /** `Original` for a template with a `Transform` (SAM: compare what was submitted with what is written), else `Processed`. */
  stage: 'Original' | 'Processed';
}

export type DeployedTemplate =
  | {
      status: 'found';
      body: string;
      stage: 'Original' | 'Processed';
      stagesAvailable: string[];
      /** Where it was asked (the resolved region). */
      region: string;
      account: string | null;
      /** When it was fetched (ISO): the deployed state as of then. */
      fetchedAt: string;
    }
  /** CloudFormation says the stack does not exist: what it holds is new. */
  | { status: 'absent'; reason: string }
  /** Anything else (denied, throttled past retries, another account): unknown, never "new". */
  | { status: 'failed'; reason: string };

export type DeployedTemplateFetch = (request: DeployedTemplateRequest) => Promise<DeployedTemplate>;
