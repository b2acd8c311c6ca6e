// The local IAM endpoint: a node:http server answering IAM (awsQuery), STS GetCallerIdentity and CloudFormation
// DescribeStackResources and GetTemplate from a scenario, with injectable job latency, request latency, throttling, failures and denials.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseIamArn } from '../policy/arn.js';
import { policyAllows } from './caller-policy.js';
import type { Scenario, ScenarioBurst, ScenarioEntity, ScenarioService } from './scenario.js';
import {
  CLOUDFORMATION_NAMESPACE,
  errorBody,
  IAM_NAMESPACE,
  STS_NAMESPACE,
  successBody,
  type XmlValue,
} from './xml.js';

export type { Scenario } from './scenario.js';
export { loadScenario } from './scenario.js';

export interface CallLog {
  op: string;
  params: Record<string, string>;
  status: number;
  /** Error code when status >= 400. */
  code?: string;
  /** The ARN the call concerned, when there is one. */
  arn?: string;
  /** Milliseconds since the server started. */
  at: number;
  /** The `user-agent` header (the SDK adds the tool's custom user agent to it). */
  userAgent?: string;
  /** From the SigV4 `Authorization` header's credential scope: who signed, and for which region. */
  accessKeyId?: string;
  signingRegion?: string;
}

export interface LocalIam {
  url: string;
  port: number;
  close(): Promise<void>;
  calls: CallLog[];
  /** The longest job latency drawn so far (ms): the lower bound of a collection's wall time. */
  maxJobLatencyMs(): number;
}

interface ApiError {
  status: number;
  code: string;
  message: string;
  type?: 'Sender' | 'Receiver';
}

interface Job {
  id: string;
  arn: string;
  granularity: 'SERVICE_LEVEL' | 'ACTION_LEVEL';
  created: Date;
  /** Epoch ms when the job completes; Infinity for a stuck job. */
  readyAt: number;
  failure: { code: string; message: string } | null;
}

const SERVICE_NAMES: Record<string, string> = {
  s3: 'Amazon S3',
  ec2: 'Amazon EC2',
  iam: 'AWS Identity and Access Management',
  lambda: 'AWS Lambda',
  sqs: 'Amazon SQS',
  sns: 'Amazon SNS',
  dynamodb: 'Amazon DynamoDB',
  kms: 'AWS Key Management Service',
  logs: 'Amazon CloudWatch Logs',
  cloudwatch: 'Amazon CloudWatch',
  sts: 'AWS Security Token Service',
  cloudformation: 'AWS CloudFormation',
  secretsmanager: 'AWS Secrets Manager',
  ssm: 'AWS Systems Manager',
  ecr: 'Amazon Elastic Container Registry',
  ecs: 'Amazon Elastic Container Service',
  rds: 'Amazon RDS',
  kinesis: 'Amazon Kinesis',
  states: 'AWS Step Functions',
  events: 'Amazon EventBridge',
};

function stableId(prefix: string, seed: string): string {
  return prefix + createHash('sha1').update(seed).digest('hex').slice(0, 17).toUpperCase();
}

function draw(value: number | [number, number] | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  return value[0] + Math.random() * (value[1] - value[0]);
}

function encodeMarker(offset: number, scope: string): string {
  return Buffer.from(JSON.stringify({ o: offset, s: scope })).toString('base64url');
}

function decodeMarker(marker: string | undefined, scope: string): number | ApiError {
  if (marker === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as {
      o?: unknown;
      s?: unknown;
    };
    if (typeof parsed.o === 'number' && parsed.s === scope) return parsed.o;
  } catch {
    // falls through to the InvalidInput below
  }
  return { status: 400, code: 'InvalidInput', message: 'Invalid Marker.' };
}

function maxItems(params: Record<string, string>, fallback: number): number | ApiError {
  const raw = params['MaxItems'];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    return {
      status: 400,
      code: 'ValidationError',
      message: `1 validation error detected: Value '${raw}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    };
  }
  return n;
}

function isError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

const STS_OPERATIONS = new Set(['GetCallerIdentity']);
const DEFAULT_CREATE_DATE = '2020-01-01T00:00:00.000Z';
const CLOUDFORMATION_OPERATIONS = new Set(['DescribeStackResources', 'GetTemplate']);

/** Builds the answers; kept apart from HTTP so the server stays a thin shell. */
class LocalIamState {
  readonly entities = new Map<string, ScenarioEntity>();
  readonly byName = new Map<string, ScenarioEntity>();
  readonly policies = new Map<string, { arn: string; document: unknown; createDate?: string }>();
  readonly keys = new Map<
    string,
    { user: ScenarioEntity; key: NonNullable<ScenarioEntity['accessKeys']>[number] }
  >();
  readonly jobs = new Map<string, Job>();
  readonly callerArn: string;
  maxJobLatency = 0;
  private tokens: number;
  private lastRefill = Date.now();

  constructor(readonly scenario: Scenario) {
    this.callerArn = scenario.callerArn ?? `arn:aws:iam::${scenario.account}:user/local`;
    for (const entity of scenario.entities) {
      this.entities.set(entity.arn, entity);
      const parsed = parseIamArn(entity.arn)!;
      this.byName.set(`${parsed.kind}:${parsed.name}`, entity);
      if (parsed.kind === 'policy') {
        this.policies.set(entity.arn, {
          arn: entity.arn,
          document: entity.document ?? { Version: '2012-10-17', Statement: [] },
          ...(entity.createDate ? { createDate: entity.createDate } : {}),
        });
      }
      for (const key of entity.accessKeys ?? []) this.keys.set(key.id, { user: entity, key });
    }
    for (const policy of scenario.policies ?? []) this.policies.set(policy.arn, policy);
    this.tokens = scenario.faults?.throttleAboveRps ?? 0;
  }

  private readonly burstCalls: number[] = [];

  /** The burst (5xx, reset, rejected credentials, HTML page, slow) this call falls in; every matching call counts. */
  burst(op: string, accessKeyId: string | undefined): ScenarioBurst | null {
    const bursts = this.scenario.faults?.bursts ?? [];
    let hit: ScenarioBurst | null = null;
    bursts.forEach((burst, i) => {
      if (burst.operation !== undefined && burst.operation !== op) return;
      if (burst.accessKeyId !== undefined && burst.accessKeyId !== accessKeyId) return;
      const n = this.burstCalls[i] ?? 0;
      this.burstCalls[i] = n + 1;
      const after = burst.after ?? 0;
      if (hit === null && n >= after && n < after + (burst.count ?? Number.POSITIVE_INFINITY)) hit = burst;
    });
    return hit;
  }

  /** A token bucket with one second of burst: calls beyond `throttleAboveRps` sustained are throttled. */
  throttled(): boolean {
    const rate = this.scenario.faults?.throttleAboveRps;
    if (!rate) return false;
    const now = Date.now();
    this.tokens = Math.min(rate, this.tokens + ((now - this.lastRefill) / 1000) * rate);
    this.lastRefill = now;
    if (this.tokens < 1) return true;
    this.tokens -= 1;
    return false;
  }

  /** The ARN a call concerns (for deny rules) and the resource IAM authorizes it against. */
  target(op: string, params: Record<string, string>): { arn?: string; resource: string } {
    const named = (type: string, name: string | undefined) => {
      if (!name) return undefined;
      return (
        this.byName.get(`${type}:${name}`)?.arn ?? `arn:aws:iam::${this.scenario.account}:${type}/${name}`
      );
    };
    let arn: string | undefined;
    switch (op) {
      case 'GenerateServiceLastAccessedDetails':
      case 'ListPoliciesGrantingServiceAccess':
        arn = params['Arn'];
        break;
      case 'GetServiceLastAccessedDetails':
      case 'GetServiceLastAccessedDetailsWithEntities':
        arn = this.jobs.get(params['JobId'] ?? '')?.arn;
        return { ...(arn ? { arn } : {}), resource: '*' };
      case 'GetRole':
        arn = named('role', params['RoleName']);
        break;
      case 'GetUser':
        arn = params['UserName'] ? named('user', params['UserName']) : this.callerArn;
        break;
      case 'ListAccessKeys':
        arn = params['UserName'] ? named('user', params['UserName']) : this.callerArn;
        break;
      case 'GetGroup':
        arn = named('group', params['GroupName']);
        break;
      case 'GetPolicy':
      case 'GetPolicyVersion':
        arn = params['PolicyArn'];
        break;
      case 'GetAccessKeyLastUsed':
        arn = this.keys.get(params['AccessKeyId'] ?? '')?.user.arn;
        break;
      case 'DescribeStackResources':
      case 'GetTemplate':
        return {
          resource: `arn:aws:cloudformation:us-east-1:${this.scenario.account}:stack/${params['StackName'] ?? '*'}/*`,
        };
      default:
        return { resource: '*' };
    }
    return { ...(arn ? { arn } : {}), resource: arn ?? '*' };
  }

  denied(op: string, target: { arn?: string; resource: string }): ApiError | null {
    if (op === 'GetCallerIdentity') return null; // STS answers it for anyone, as AWS does.
    const prefix = STS_OPERATIONS.has(op)
      ? 'sts'
      : CLOUDFORMATION_OPERATIONS.has(op)
        ? 'cloudformation'
        : 'iam';
    const action = `${prefix}:${op}`;
    const byRule = (this.scenario.faults?.deniedCalls ?? []).some(
      (rule) =>
        (rule.operation === undefined || rule.operation === op) &&
        (rule.arn === undefined || rule.arn === target.arn),
    );
    const byPolicy =
      this.scenario.callerPolicy !== undefined &&
      !policyAllows(this.scenario.callerPolicy, action, target.resource);
    if (!byRule && !byPolicy) return null;
    return {
      status: 403,
      code: 'AccessDenied',
      message: `User: ${this.callerArn} is not authorized to perform: ${action} on resource: ${target.arn ?? target.resource} because no identity-based policy allows the ${action} action`,
    };
  }

  /** `region`: the one the request is signed for (SigV4 credential scope), for regional services. */
  handle(op: string, params: Record<string, string>, region?: string): Record<string, XmlValue> | ApiError {
    switch (op) {
      case 'GenerateServiceLastAccessedDetails':
        return this.generate(params);
      case 'GetServiceLastAccessedDetails':
        return this.details(params);
      case 'GetServiceLastAccessedDetailsWithEntities':
        return this.withEntities(params);
      case 'ListPoliciesGrantingServiceAccess':
        return this.policiesGranting(params);
      case 'GetRole':
      case 'GetUser':
      case 'GetGroup':
        return this.getEntity(op, params);
      case 'ListRoles':
      case 'ListUsers':
      case 'ListGroups':
        return this.listEntities(op, params);
      case 'ListPolicies':
        return this.listPolicies(params);
      case 'GetPolicy':
        return this.getPolicy(params);
      case 'GetPolicyVersion':
        return this.getPolicyVersion(params);
      case 'ListAccessKeys':
        return this.listAccessKeys(params);
      case 'GetAccessKeyLastUsed':
        return this.accessKeyLastUsed(params);
      case 'GetCallerIdentity':
        return {
          UserId: stableId('AIDA', this.callerArn),
          Account: this.scenario.account,
          Arn: this.callerArn,
        };
      case 'DescribeStackResources':
        return this.stackResources(params);
      case 'GetTemplate':
        return this.template(params, region);
      default:
        return {
          status: 400,
          code: 'InvalidAction',
          message: `Could not find operation ${op} for version 2010-05-08`,
        };
    }
  }

  private generate(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const arn = params['Arn'];
    if (!arn || !parseIamArn(arn)) {
      return { status: 400, code: 'InvalidInput', message: `ARN ${arn ?? ''} is not valid.` };
    }
    if (!this.entities.has(arn)) {
      return { status: 404, code: 'NoSuchEntity', message: `The entity with ARN ${arn} cannot be found.` };
    }
    const granularity = params['Granularity'] ?? 'SERVICE_LEVEL';
    if (granularity !== 'SERVICE_LEVEL' && granularity !== 'ACTION_LEVEL') {
      return {
        status: 400,
        code: 'ValidationError',
        message: `1 validation error detected: Value '${granularity}' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]`,
      };
    }
    const faults = this.scenario.faults;
    const latency = draw(faults?.jobLatencyMs);
    const stuck = faults?.stuckJobs?.includes(arn) ?? false;
    if (!stuck) this.maxJobLatency = Math.max(this.maxJobLatency, latency);
    const failed = faults?.failedJobs?.find((f) => f.arn === arn);
    const job: Job = {
      id: randomUUID(),
      arn,
      granularity,
      created: new Date(),
      readyAt: stuck ? Number.POSITIVE_INFINITY : Date.now() + latency,
      failure: failed
        ? {
            code: failed.code ?? 'InternalFailure',
            message: failed.message ?? 'Internal error while generating the report.',
          }
        : null,
    };
    this.jobs.set(job.id, job);
    return { JobId: job.id };
  }

  private job(params: Record<string, string>): Job | ApiError {
    const job = this.jobs.get(params['JobId'] ?? '');
    if (!job) return { status: 400, code: 'InvalidInput', message: 'Invalid job id.' };
    return job;
  }

  private details(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const job = this.job(params);
    if (isError(job)) return job;
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params['Marker'], job.id);
    if (isError(offset)) return offset;
    const head = {
      JobStatus: 'IN_PROGRESS',
      JobType: job.granularity,
      JobCreationDate: job.created.toISOString(),
    };
    if (Date.now() < job.readyAt) {
      return { ...head, ServicesLastAccessed: [], IsTruncated: false };
    }
    const completed = new Date(Math.min(job.readyAt, Date.now())).toISOString();
    if (job.failure) {
      return {
        ...head,
        JobStatus: 'FAILED',
        ServicesLastAccessed: [],
        JobCompletionDate: completed,
        Error: { Message: job.failure.message, Code: job.failure.code },
      };
    }
    const entity = this.entities.get(job.arn)!;
    const services = [...(entity.services ?? [])].sort((a, b) => a.namespace.localeCompare(b.namespace));
    const page = services.slice(offset, offset + limit);
    const truncated = offset + limit < services.length;
    return {
      ...head,
      JobStatus: 'COMPLETED',
      ServicesLastAccessed: page.map((s) => this.serviceEntry(entity, s, job.granularity)),
      JobCompletionDate: completed,
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, job.id) : undefined,
    };
  }

  private serviceEntry(entity: ScenarioEntity, service: ScenarioService, granularity: string): XmlValue {
    const type = parseIamArn(entity.arn)!.kind;
    const usedBy = [...(service.entities ?? [])]
      .filter((e) => e.lastAuthenticated)
      .sort((a, b) => b.lastAuthenticated!.localeCompare(a.lastAuthenticated!));
    const lastEntity =
      service.entity ??
      (service.lastAuthenticated
        ? type === 'role' || type === 'user'
          ? entity.arn
          : usedBy[0]?.arn
        : undefined);
    const total =
      service.totalAuthenticatedEntities ??
      (type === 'role' || type === 'user' ? (service.lastAuthenticated ? 1 : 0) : usedBy.length);
    return {
      ServiceName: service.name ?? SERVICE_NAMES[service.namespace] ?? `AWS ${service.namespace}`,
      LastAuthenticated: service.lastAuthenticated,
      ServiceNamespace: service.namespace,
      LastAuthenticatedEntity: service.lastAuthenticated ? lastEntity : undefined,
      LastAuthenticatedRegion: service.lastAuthenticated ? (service.region ?? 'us-east-1') : undefined,
      TotalAuthenticatedEntities: total,
      TrackedActionsLastAccessed:
        granularity === 'ACTION_LEVEL' && service.actions
          ? service.actions.map((a) => ({
              ActionName: a.name,
              LastAccessedEntity: a.lastAccessed ? (a.entity ?? lastEntity ?? entity.arn) : undefined,
              LastAccessedTime: a.lastAccessed,
              LastAccessedRegion: a.lastAccessed ? (a.region ?? service.region ?? 'us-east-1') : undefined,
            }))
          : undefined,
    };
  }

  private withEntities(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const job = this.job(params);
    if (isError(job)) return job;
    const namespace = params['ServiceNamespace'];
    if (!namespace) {
      return { status: 400, code: 'InvalidInput', message: 'ServiceNamespace is required.' };
    }
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params['Marker'], `${job.id}:${namespace}`);
    if (isError(offset)) return offset;
    const head = { JobStatus: 'IN_PROGRESS', JobCreationDate: job.created.toISOString() };
    if (Date.now() < job.readyAt) return { ...head, EntityDetailsList: [], IsTruncated: false };
    const completed = new Date(Math.min(job.readyAt, Date.now())).toISOString();
    if (job.failure) {
      return {
        ...head,
        JobStatus: 'FAILED',
        JobCompletionDate: completed,
        EntityDetailsList: [],
        IsTruncated: false,
        Error: { Message: job.failure.message, Code: job.failure.code },
      };
    }
    const entity = this.entities.get(job.arn)!;
    const service = entity.services?.find((s) => s.namespace === namespace);
    const users = [...(service?.entities ?? [])].sort((a, b) =>
      (b.lastAuthenticated ?? '').localeCompare(a.lastAuthenticated ?? ''),
    );
    const page = users.slice(offset, offset + limit);
    const truncated = offset + limit < users.length;
    return {
      ...head,
      JobStatus: 'COMPLETED',
      JobCompletionDate: completed,
      EntityDetailsList: page.map((u) => {
        const parsed = parseIamArn(u.arn);
        const kind = parsed?.kind === 'role' ? 'ROLE' : parsed?.kind === 'group' ? 'GROUP' : 'USER';
        return {
          EntityInfo: {
            Arn: u.arn,
            Name: parsed?.name ?? u.arn,
            Type: kind,
            Id: stableId(kind === 'ROLE' ? 'AROA' : kind === 'GROUP' ? 'AGPA' : 'AIDA', u.arn),
            Path: parsed?.path ?? '/',
          },
          LastAuthenticated: u.lastAuthenticated,
        };
      }),
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, `${job.id}:${namespace}`) : undefined,
    };
  }

  private policiesGranting(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const arn = params['Arn'] ?? '';
    const entity = this.entities.get(arn);
    if (!entity) {
      return { status: 404, code: 'NoSuchEntity', message: `The entity with ARN ${arn} cannot be found.` };
    }
    const namespaces = memberList(params, 'ServiceNamespaces');
    if (namespaces.length < 1 || namespaces.length > 200) {
      return {
        status: 400,
        code: 'ValidationError',
        message: `1 validation error detected: Value at 'serviceNamespaces' failed to satisfy constraint: Member must have length between 1 and 200`,
      };
    }
    const parsed = parseIamArn(arn)!;
    return {
      PoliciesGrantingServiceAccess: namespaces.map((namespace) => {
        const service = entity.services?.find((s) => s.namespace === namespace);
        const grants =
          service?.grantedBy ??
          (service
            ? parsed.kind === 'policy'
              ? [{ policyName: parsed.name, policyType: 'MANAGED' as const, policyArn: arn }]
              : [
                  {
                    policyName: `${parsed.name}-policy`,
                    policyType: 'INLINE' as const,
                    entityType: parsed.kind.toUpperCase() as 'USER' | 'ROLE' | 'GROUP',
                    entityName: parsed.name,
                  },
                ]
            : []);
        return {
          ServiceNamespace: namespace,
          Policies: grants.map((g) => ({
            PolicyName: g.policyName,
            PolicyType: g.policyType,
            PolicyArn: g.policyArn,
            EntityType: g.entityType,
            EntityName: g.entityName,
          })),
        };
      }),
      IsTruncated: false,
    };
  }

  private getEntity(op: 'GetRole' | 'GetUser' | 'GetGroup', params: Record<string, string>) {
    const type = op === 'GetRole' ? 'role' : op === 'GetUser' ? 'user' : 'group';
    const param = op === 'GetRole' ? 'RoleName' : op === 'GetUser' ? 'UserName' : 'GroupName';
    let name = params[param];
    if (!name && op === 'GetUser') {
      const caller = parseIamArn(this.callerArn);
      if (caller?.kind !== 'user') {
        return {
          status: 400,
          code: 'ValidationError',
          message: 'Must specify userName when calling with non-User credentials',
        };
      }
      name = caller.name;
    }
    const entity = name ? this.byName.get(`${type}:${name}`) : undefined;
    if (!entity) {
      return {
        status: 404,
        code: 'NoSuchEntity',
        message: `The ${type} with name ${name ?? ''} cannot be found.`,
      };
    }
    if (op === 'GetRole') return { Role: this.roleShape(entity) };
    if (op === 'GetUser') return { User: this.userShape(entity) };
    return { Group: this.groupShape(entity), Users: [], IsTruncated: false };
  }

  private roleShape(entity: ScenarioEntity): Record<string, XmlValue> {
    const parsed = parseIamArn(entity.arn)!;
    return {
      Path: parsed.path,
      RoleName: parsed.name,
      RoleId: stableId('AROA', entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE,
      AssumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      ),
      MaxSessionDuration: 3600,
    };
  }

  private userShape(entity: ScenarioEntity): Record<string, XmlValue> {
    const parsed = parseIamArn(entity.arn)!;
    return {
      Path: parsed.path,
      UserName: parsed.name,
      UserId: stableId('AIDA', entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE,
    };
  }

  private groupShape(entity: ScenarioEntity): Record<string, XmlValue> {
    const parsed = parseIamArn(entity.arn)!;
    return {
      Path: parsed.path,
      GroupName: parsed.name,
      GroupId: stableId('AGPA', entity.arn),
      Arn: entity.arn,
      CreateDate: entity.createDate ?? DEFAULT_CREATE_DATE,
    };
  }

  private policyShape(policy: { arn: string; createDate?: string }): Record<string, XmlValue> {
    const parsed = parseIamArn(policy.arn)!;
    const created = policy.createDate ?? DEFAULT_CREATE_DATE;
    return {
      PolicyName: parsed.name,
      PolicyId: stableId('ANPA', policy.arn),
      Arn: policy.arn,
      Path: parsed.path,
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: created,
      UpdateDate: created,
    };
  }

  /** One page of a list, IAM-style: MaxItems (default 100, at most 1000), Marker, IsTruncated. */
  private page<T>(
    items: T[],
    params: Record<string, string>,
    scope: string,
  ): { page: T[]; more: XmlValue } | ApiError {
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params['Marker'], scope);
    if (isError(offset)) return offset;
    const truncated = offset + limit < items.length;
    return {
      page: items.slice(offset, offset + limit),
      more: { IsTruncated: truncated, Marker: truncated ? encodeMarker(offset + limit, scope) : undefined },
    };
  }

  private listEntities(op: 'ListRoles' | 'ListUsers' | 'ListGroups', params: Record<string, string>) {
    const type = op === 'ListRoles' ? 'role' : op === 'ListUsers' ? 'user' : 'group';
    const prefix = params['PathPrefix'] ?? '/';
    const all = this.scenario.entities
      .filter((e) => parseIamArn(e.arn)?.kind === type && parseIamArn(e.arn)!.path.startsWith(prefix))
      .sort((a, b) => a.arn.localeCompare(b.arn));
    const paged = this.page(all, params, `${op}:${prefix}`);
    if (isError(paged)) return paged;
    const shape = (e: ScenarioEntity) =>
      type === 'role' ? this.roleShape(e) : type === 'user' ? this.userShape(e) : this.groupShape(e);
    const key = op === 'ListRoles' ? 'Roles' : op === 'ListUsers' ? 'Users' : 'Groups';
    return { [key]: paged.page.map(shape), ...(paged.more as Record<string, XmlValue>) };
  }

  private listPolicies(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const scope = params['Scope'] ?? 'All';
    if (scope !== 'All' && scope !== 'AWS' && scope !== 'Local') {
      return {
        status: 400,
        code: 'ValidationError',
        message: `1 validation error detected: Value '${scope}' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]`,
      };
    }
    const prefix = params['PathPrefix'] ?? '/';
    const all = [...this.policies.values()]
      .filter((p) => {
        const parsed = parseIamArn(p.arn);
        if (!parsed?.path.startsWith(prefix)) return false;
        const awsManaged = parsed.account === 'aws';
        return scope === 'All' || (scope === 'AWS') === awsManaged;
      })
      .sort((a, b) => a.arn.localeCompare(b.arn));
    const paged = this.page(all, params, `ListPolicies:${scope}:${prefix}`);
    if (isError(paged)) return paged;
    return {
      Policies: paged.page.map((p) => this.policyShape(p)),
      ...(paged.more as Record<string, XmlValue>),
    };
  }

  private getPolicy(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const arn = params['PolicyArn'] ?? '';
    const policy = this.policies.get(arn);
    const parsed = parseIamArn(arn);
    if (!parsed) return { status: 400, code: 'InvalidInput', message: `ARN ${arn} is not valid.` };
    if (!policy)
      return {
        status: 404,
        code: 'NoSuchEntity',
        message: `Policy ${arn} does not exist or is not attachable.`,
      };
    return { Policy: this.policyShape(policy) };
  }

  private getPolicyVersion(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const arn = params['PolicyArn'] ?? '';
    const policy = this.policies.get(arn);
    if (!policy)
      return {
        status: 404,
        code: 'NoSuchEntity',
        message: `Policy ${arn} does not exist or is not attachable.`,
      };
    if (params['VersionId'] !== 'v1') {
      return {
        status: 404,
        code: 'NoSuchEntity',
        message: `Policy ${arn} version ${params['VersionId'] ?? ''} does not exist or is not attachable.`,
      };
    }
    return {
      PolicyVersion: {
        // IAM returns documents URL-encoded (RFC 3986).
        Document: encodeURIComponent(JSON.stringify(policy.document)),
        VersionId: 'v1',
        IsDefaultVersion: true,
        CreateDate: policy.createDate ?? '2020-01-01T00:00:00.000Z',
      },
    };
  }

  private userFor(params: Record<string, string>): ScenarioEntity | ApiError {
    const name = params['UserName'] ?? parseIamArn(this.callerArn)?.name ?? '';
    const user = this.byName.get(`user:${name}`);
    if (!user)
      return { status: 404, code: 'NoSuchEntity', message: `The user with name ${name} cannot be found.` };
    return user;
  }

  private listAccessKeys(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const user = this.userFor(params);
    if (isError(user)) return user;
    const limit = maxItems(params, 100);
    if (isError(limit)) return limit;
    const offset = decodeMarker(params['Marker'], user.arn);
    if (isError(offset)) return offset;
    const keys = user.accessKeys ?? [];
    const page = keys.slice(offset, offset + limit);
    const truncated = offset + limit < keys.length;
    const name = parseIamArn(user.arn)!.name;
    return {
      AccessKeyMetadata: page.map((k) => ({
        UserName: name,
        AccessKeyId: k.id,
        Status: k.status ?? 'Active',
        CreateDate: k.createDate ?? user.createDate ?? '2020-01-01T00:00:00.000Z',
      })),
      IsTruncated: truncated,
      Marker: truncated ? encodeMarker(offset + limit, user.arn) : undefined,
    };
  }

  private accessKeyLastUsed(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const id = params['AccessKeyId'] ?? '';
    const found = this.keys.get(id);
    if (!found) {
      return {
        status: 403,
        code: 'AccessDenied',
        message: `User: ${this.callerArn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${id}`,
      };
    }
    const lastUsed = found.key.lastUsed;
    return {
      UserName: parseIamArn(found.user.arn)!.name,
      AccessKeyLastUsed: {
        LastUsedDate: lastUsed?.date,
        ServiceName: lastUsed?.service ?? (lastUsed?.date ? 'iam' : 'N/A'),
        Region: lastUsed?.region ?? (lastUsed?.date ? 'us-east-1' : 'N/A'),
      },
    };
  }

  private stackResources(params: Record<string, string>): Record<string, XmlValue> | ApiError {
    const stackName = params['StackName'] ?? '';
    const stack = this.scenario.stacks?.[stackName];
    if (!stack) {
      return { status: 400, code: 'ValidationError', message: `Stack with id ${stackName} does not exist` };
    }
    const stackId = `arn:aws:cloudformation:us-east-1:${this.scenario.account}:stack/${stackName}/${stableId('', stackName).toLowerCase()}`;
    const logical = params['LogicalResourceId'];
    return {
      StackResources: Object.entries(stack)
        .filter(([id]) => logical === undefined || id === logical)
        .map(([id, physical]) => {
          const physicalId = typeof physical === 'string' ? physical : physical.physicalId;
          const type = typeof physical === 'string' ? undefined : physical.type;
          return {
            StackName: stackName,
            StackId: stackId,
            LogicalResourceId: id,
            PhysicalResourceId: physicalId,
            ResourceType: type ?? this.guessType(physicalId),
            Timestamp: '2024-01-01T00:00:00.000Z',
            ResourceStatus: 'CREATE_COMPLETE',
          };
        }),
    };
  }

  /** GetTemplate: the stack's template as submitted (Original) or after transforms (Processed). */
  private template(
    params: Record<string, string>,
    region: string | undefined,
  ): Record<string, XmlValue> | ApiError {
    const stackName = params['StackName'] ?? '';
    const stage = params['TemplateStage'] ?? 'Original';
    if (stage !== 'Original' && stage !== 'Processed') {
      return {
        status: 400,
        code: 'ValidationError',
        message: `1 validation error detected: Value '${stage}' at 'templateStage' failed to satisfy constraint: Member must satisfy enum value set: [Original, Processed]`,
      };
    }
    const template = this.scenario.templates?.[stackName];
    if (!template || (template.region !== undefined && region !== undefined && template.region !== region)) {
      return { status: 400, code: 'ValidationError', message: `Stack with id ${stackName} does not exist` };
    }
    return {
      TemplateBody: stage === 'Original' ? template.original : template.processed,
      StagesAvailable: ['Original', 'Processed'],
    };
  }

  private guessType(physicalId: string): string {
    if (parseIamArn(physicalId)?.kind === 'policy') return 'AWS::IAM::ManagedPolicy';
    for (const [type, resource] of [
      ['role', 'AWS::IAM::Role'],
      ['user', 'AWS::IAM::User'],
      ['group', 'AWS::IAM::Group'],
    ] as const) {
      if (this.byName.has(`${type}:${physicalId}`)) return resource;
    }
    return 'AWS::IAM::Role';
  }
}

const REJECTION_MESSAGES: Record<string, string> = {
  ExpiredToken: 'The security token included in the request is expired',
  InvalidClientTokenId: 'The security token included in the request is invalid.',
  UnrecognizedClient: 'The security token included in the request is invalid.',
  SignatureDoesNotMatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
};

function rejectedCredentials(code: string): ApiError {
  return { status: 403, code, message: REJECTION_MESSAGES[code] ?? 'The credentials were rejected.' };
}

/** `Name.member.1=a&Name.member.2=b` → `[a, b]` */
function memberList(params: Record<string, string>, name: string): string[] {
  const values: string[] = [];
  for (let i = 1; params[`${name}.member.${i}`] !== undefined; i++)
    values.push(params[`${name}.member.${i}`]!);
  return values;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The log entry of one request: operation, parameters, what it concerns, and who signed it for which region. */
function logOf(
  request: IncomingMessage,
  op: string,
  params: Record<string, string>,
  arn: string | undefined,
  at: number,
): CallLog {
  const log: CallLog = { op, params, status: 200, at };
  if (arn) log.arn = arn;
  const userAgent = request.headers['x-amz-user-agent'] ?? request.headers['user-agent'];
  if (typeof userAgent === 'string') log.userAgent = userAgent;
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\//.exec(request.headers.authorization ?? '');
  if (scope) {
    log.accessKeyId = scope[1]!;
    log.signingRegion = scope[2]!;
  }
  return log;
}

/** The injected answer of a burst that answers in IAM's own format, or null. */
function burstError(burst: ScenarioBurst | null): ApiError | null {
  if (burst?.kind === 'server-error') {
    const status = burst.status ?? 500;
    return status === 503
      ? { status, code: 'ServiceUnavailable', message: 'Service is unable to handle request.' }
      : { status, code: 'InternalFailure', message: 'An internal error occurred.' };
  }
  if (burst?.kind === 'expired-token' || burst?.kind === 'credentials-rejected') {
    return rejectedCredentials(burst.code ?? 'ExpiredToken');
  }
  return null;
}

/** Not IAM at all: a proxy's or another server's error page. */
function htmlPage(response: ServerResponse, status: number): void {
  const page = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Server Error</h1></body></html>`;
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
  });
  response.end(page);
}

function writeAnswer(
  response: ServerResponse,
  op: string,
  outcome: Record<string, XmlValue> | ApiError,
  log: CallLog,
  requestId: string,
): void {
  const namespace = STS_OPERATIONS.has(op)
    ? STS_NAMESPACE
    : CLOUDFORMATION_OPERATIONS.has(op)
      ? CLOUDFORMATION_NAMESPACE
      : IAM_NAMESPACE;
  let status = 200;
  let text: string;
  if (isError(outcome)) {
    status = outcome.status;
    log.code = outcome.code;
    text = errorBody(
      namespace,
      {
        type: outcome.type ?? (status >= 500 ? 'Receiver' : 'Sender'),
        code: outcome.code,
        message: outcome.message,
      },
      requestId,
    );
  } else {
    text = successBody(op, namespace, outcome, requestId);
  }
  log.status = status;
  response.writeHead(status, {
    'Content-Type': 'text/xml',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': requestId,
  });
  response.end(text);
}

export async function startLocalIam(
  scenario: Scenario,
  options: { port?: number; host?: string; onCall?: (call: CallLog) => void } = {},
): Promise<LocalIam> {
  const state = new LocalIamState(scenario);
  const calls: CallLog[] = [];
  const started = Date.now();
  const latency = scenario.faults?.requestLatencyMs;

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const requestId = randomUUID();
    const body = request.method === 'POST' ? await readBody(request) : '';
    const params: Record<string, string> = Object.fromEntries(new URLSearchParams(body));
    const op = params['Action'] ?? '';
    const target = state.target(op, params);
    const log = logOf(request, op, params, target.arn, Date.now() - started);
    calls.push(log);

    const burst = state.burst(op, log.accessKeyId);
    if (burst?.kind === 'reset' || burst?.kind === 'html-error') {
      log.status = burst.kind === 'reset' ? 0 : (burst.status ?? 500);
      log.code = burst.kind === 'reset' ? 'ECONNRESET' : 'HTML';
      options.onCall?.(log);
      // A reset closes the connection with no answer (ECONNRESET / socket hang up on the client).
      if (burst.kind === 'reset') request.socket.destroy();
      else htmlPage(response, log.status);
      return;
    }
    let outcome: Record<string, XmlValue> | ApiError;
    if (request.method !== 'POST' || !op) {
      outcome = { status: 400, code: 'MissingAction', message: 'Missing Action' };
    } else {
      outcome =
        burstError(burst) ??
        (state.throttled()
          ? { status: 400, code: 'Throttling', message: 'Rate exceeded' }
          : (state.denied(op, target) ?? state.handle(op, params, log.signingRegion)));
    }
    const delay = draw(latency) + (burst?.kind === 'slow' ? (burst.delayMs ?? 0) : 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    writeAnswer(response, op, outcome, log, requestId);
    options.onCall?.(log);
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    port: address.port,
    calls,
    maxJobLatencyMs: () => state.maxJobLatency,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
