// Snapshot files: read and check one (every problem named by its JSON path), and build one from a collection.
import { UserError } from '../errors.js';
import { parseIamArn } from './arn.js';
import type {
  AccessKeyUsage,
  EntityUsage,
  PolicyGrantingServiceAccess,
  ServiceEntityUsage,
  ServiceLastAccessed,
  SnapshotFile,
  TrackedActionLastAccessed,
  UsageReport,
} from './model.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class SnapshotReader {
  constructor(private readonly file: string) {}

  fail(path: string, message: string): never {
    throw new UserError(`${this.file}: ${path} ${message}`);
  }

  object(value: unknown, path: string): Json {
    return isObject(value) ? value : this.fail(path, 'must be an object');
  }

  array(value: unknown, path: string, optional = false): unknown[] {
    if (value === undefined && optional) return [];
    return Array.isArray(value) ? value : this.fail(path, 'must be an array');
  }

  string(value: unknown, path: string): string {
    return typeof value === 'string' && value !== '' ? value : this.fail(path, 'must be a non-empty string');
  }

  optString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  /** Dates as the API or the AWS CLI prints them (`…+00:00`, fractions), normalized to RFC 3339 UTC. */
  date(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) {
      return this.fail(path, `must be a date like 2026-03-01T10:00:00Z, got ${JSON.stringify(value)}`);
    }
    return new Date(ms).toISOString();
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    return allowed.includes(value as T)
      ? (value as T)
      : this.fail(path, `must be one of ${allowed.join(', ')}`);
  }
}

function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** Parses and checks a snapshot; throws a UserError naming the file and the JSON path of the first problem. */
export function readSnapshot(text: string, file: string): SnapshotFile {
  const r = new SnapshotReader(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not a snapshot: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const top = r.object(raw, '(top level)');
  if (top['version'] !== 1) {
    r.fail(
      'version',
      top['version'] === undefined
        ? "is missing: this is not a file written by 'iam-usage-guard snapshot'"
        : `must be 1 (this snapshot says ${JSON.stringify(top['version'])}; write it with 'iam-usage-guard snapshot')`,
    );
  }
  const snapshot: SnapshotFile = {
    version: 1,
    generatedAt: r.date(top['generatedAt'], 'generatedAt') ?? r.fail('generatedAt', 'is required'),
    reports: r.array(top['reports'], 'reports').map((value, i) => readReport(r, value, `reports[${i}]`)),
    accessKeys: r
      .array(top['accessKeys'], 'accessKeys', true)
      .map((value, i) => readAccessKey(r, value, `accessKeys[${i}]`)),
    policies: r.array(top['policies'], 'policies', true).map((value, i) => {
      const policy = r.object(value, `policies[${i}]`);
      return {
        Arn: r.string(policy['Arn'], `policies[${i}].Arn`),
        Document: r.object(policy['Document'], `policies[${i}].Document`),
      };
    }),
    resources: r.array(top['resources'], 'resources', true).map((value, i) => {
      const path = `resources[${i}]`;
      const resource = r.object(value, path);
      const entry: SnapshotFile['resources'][number] = {
        StackName: r.string(resource['StackName'], `${path}.StackName`),
        LogicalResourceId: r.string(resource['LogicalResourceId'], `${path}.LogicalResourceId`),
        PhysicalResourceId: r.string(resource['PhysicalResourceId'], `${path}.PhysicalResourceId`),
      };
      set(entry, 'ResourceType', r.optString(resource['ResourceType'], `${path}.ResourceType`));
      return entry;
    }),
  };
  if (top['entityDetails'] !== undefined) {
    snapshot.entityDetails = r.array(top['entityDetails'], 'entityDetails').map((value, i) => {
      const path = `entityDetails[${i}]`;
      const entry = r.object(value, path);
      return {
        Arn: r.string(entry['Arn'], `${path}.Arn`),
        ServiceNamespace: r.string(entry['ServiceNamespace'], `${path}.ServiceNamespace`),
        EntityDetailsList: r
          .array(entry['EntityDetailsList'], `${path}.EntityDetailsList`)
          .map((d, j) => readEntityDetails(r, d, `${path}.EntityDetailsList[${j}]`)),
      };
    });
  }
  if (top['policiesGranting'] !== undefined) {
    snapshot.policiesGranting = r
      .array(top['policiesGranting'], 'policiesGranting')
      .map((value, i) => readPoliciesGranting(r, value, `policiesGranting[${i}]`));
  }
  return snapshot;
}

function readAccessKey(r: SnapshotReader, value: unknown, path: string): AccessKeyUsage {
  const key = r.object(value, path);
  const used = r.object(key['AccessKeyLastUsed'], `${path}.AccessKeyLastUsed`);
  const lastUsed: AccessKeyUsage['AccessKeyLastUsed'] = {
    ServiceName: r.string(used['ServiceName'], `${path}.AccessKeyLastUsed.ServiceName`),
    Region: r.string(used['Region'], `${path}.AccessKeyLastUsed.Region`),
  };
  set(lastUsed, 'LastUsedDate', r.date(used['LastUsedDate'], `${path}.AccessKeyLastUsed.LastUsedDate`));
  const usage: AccessKeyUsage = {
    UserName: r.string(key['UserName'], `${path}.UserName`),
    AccessKeyId: r.string(key['AccessKeyId'], `${path}.AccessKeyId`),
    Status: r.oneOf(key['Status'], ['Active', 'Inactive', 'Expired'] as const, `${path}.Status`),
    AccessKeyLastUsed: lastUsed,
  };
  set(usage, 'CreateDate', r.date(key['CreateDate'], `${path}.CreateDate`));
  return usage;
}

function readPoliciesGranting(
  r: SnapshotReader,
  value: unknown,
  path: string,
): NonNullable<SnapshotFile['policiesGranting']>[number] {
  const entry = r.object(value, path);
  return {
    Arn: r.string(entry['Arn'], `${path}.Arn`),
    PoliciesGrantingServiceAccess: r
      .array(entry['PoliciesGrantingServiceAccess'], `${path}.PoliciesGrantingServiceAccess`)
      .map((g, j) => {
        const gp = `${path}.PoliciesGrantingServiceAccess[${j}]`;
        const grant = r.object(g, gp);
        return {
          ServiceNamespace: r.string(grant['ServiceNamespace'], `${gp}.ServiceNamespace`),
          Policies: r
            .array(grant['Policies'], `${gp}.Policies`)
            .map((p, k) => readGrantingPolicy(r, p, `${gp}.Policies[${k}]`)),
        };
      }),
  };
}

function readGrantingPolicy(r: SnapshotReader, value: unknown, path: string): PolicyGrantingServiceAccess {
  const policy = r.object(value, path);
  const out: PolicyGrantingServiceAccess = {
    PolicyName: r.string(policy['PolicyName'], `${path}.PolicyName`),
    PolicyType: r.oneOf(policy['PolicyType'], ['INLINE', 'MANAGED'] as const, `${path}.PolicyType`),
  };
  set(out, 'PolicyArn', r.optString(policy['PolicyArn'], `${path}.PolicyArn`));
  if (policy['EntityType'] !== undefined) {
    out.EntityType = r.oneOf(policy['EntityType'], ['USER', 'ROLE', 'GROUP'] as const, `${path}.EntityType`);
  }
  set(out, 'EntityName', r.optString(policy['EntityName'], `${path}.EntityName`));
  return out;
}

function readReport(r: SnapshotReader, value: unknown, path: string): UsageReport {
  const entry = r.object(value, path);
  const arn = r.string(entry['Arn'], `${path}.Arn`);
  if (!parseIamArn(arn)) r.fail(`${path}.Arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
  // One page of a paged report taken as the whole would make the services of later pages look unused or new.
  if (entry['IsTruncated'] === true) {
    r.fail(
      `${path}.IsTruncated`,
      `is true for ${arn}: this entry is one page of get-service-last-accessed-details (the AWS CLI does not page it). Merge its pages (docs/cli.md#a-snapshot-from-the-aws-cli) or write the snapshot with 'iam-usage-guard snapshot'`,
    );
  }
  const report: UsageReport = {
    Arn: arn,
    JobStatus: r.oneOf(
      entry['JobStatus'],
      ['IN_PROGRESS', 'COMPLETED', 'FAILED'] as const,
      `${path}.JobStatus`,
    ),
    ServicesLastAccessed: r
      .array(entry['ServicesLastAccessed'], `${path}.ServicesLastAccessed`)
      .map((s, i) => readService(r, s, `${path}.ServicesLastAccessed[${i}]`)),
  };
  set(report, 'CreateDate', r.date(entry['CreateDate'], `${path}.CreateDate`));
  if (entry['JobType'] !== undefined) {
    report.JobType = r.oneOf(entry['JobType'], ['SERVICE_LEVEL', 'ACTION_LEVEL'] as const, `${path}.JobType`);
  }
  set(report, 'JobCreationDate', r.date(entry['JobCreationDate'], `${path}.JobCreationDate`));
  set(report, 'JobCompletionDate', r.date(entry['JobCompletionDate'], `${path}.JobCompletionDate`));
  if (entry['Error'] !== undefined) {
    const error = r.object(entry['Error'], `${path}.Error`);
    report.Error = {};
    set(report.Error, 'Code', r.optString(error['Code'], `${path}.Error.Code`));
    set(report.Error, 'Message', r.optString(error['Message'], `${path}.Error.Message`));
  }
  return report;
}

function readService(r: SnapshotReader, value: unknown, path: string): ServiceLastAccessed {
  const entry = r.object(value, path);
  const service: ServiceLastAccessed = {
    ServiceName: r.string(entry['ServiceName'], `${path}.ServiceName`),
    ServiceNamespace: r.string(entry['ServiceNamespace'], `${path}.ServiceNamespace`),
  };
  set(service, 'LastAuthenticated', r.date(entry['LastAuthenticated'], `${path}.LastAuthenticated`));
  set(
    service,
    'LastAuthenticatedEntity',
    r.optString(entry['LastAuthenticatedEntity'], `${path}.LastAuthenticatedEntity`),
  );
  set(
    service,
    'LastAuthenticatedRegion',
    r.optString(entry['LastAuthenticatedRegion'], `${path}.LastAuthenticatedRegion`),
  );
  if (entry['TotalAuthenticatedEntities'] !== undefined) {
    const total = entry['TotalAuthenticatedEntities'];
    if (typeof total !== 'number') r.fail(`${path}.TotalAuthenticatedEntities`, 'must be a number');
    service.TotalAuthenticatedEntities = total as number;
  }
  if (entry['TrackedActionsLastAccessed'] !== undefined) {
    service.TrackedActionsLastAccessed = r
      .array(entry['TrackedActionsLastAccessed'], `${path}.TrackedActionsLastAccessed`)
      .map((a, i) => {
        const ap = `${path}.TrackedActionsLastAccessed[${i}]`;
        const action = r.object(a, ap);
        const tracked: TrackedActionLastAccessed = {};
        set(tracked, 'ActionName', r.optString(action['ActionName'], `${ap}.ActionName`));
        set(
          tracked,
          'LastAccessedEntity',
          r.optString(action['LastAccessedEntity'], `${ap}.LastAccessedEntity`),
        );
        set(tracked, 'LastAccessedTime', r.date(action['LastAccessedTime'], `${ap}.LastAccessedTime`));
        set(
          tracked,
          'LastAccessedRegion',
          r.optString(action['LastAccessedRegion'], `${ap}.LastAccessedRegion`),
        );
        return tracked;
      });
  }
  return service;
}

function readEntityDetails(r: SnapshotReader, value: unknown, path: string): ServiceEntityUsage {
  const entry = r.object(value, path);
  const info = r.object(entry['EntityInfo'], `${path}.EntityInfo`);
  const details: ServiceEntityUsage = {
    EntityInfo: {
      Arn: r.string(info['Arn'], `${path}.EntityInfo.Arn`),
      Name: r.string(info['Name'], `${path}.EntityInfo.Name`),
      Type: r.string(info['Type'], `${path}.EntityInfo.Type`),
      Id: r.string(info['Id'], `${path}.EntityInfo.Id`),
    },
  };
  set(details.EntityInfo, 'Path', r.optString(info['Path'], `${path}.EntityInfo.Path`));
  set(details, 'LastAuthenticated', r.date(entry['LastAuthenticated'], `${path}.LastAuthenticated`));
  return details;
}

/** The keys of a `reports` entry in the order ARCHITECTURE.md shows them (Arn, CreateDate, Job…, services). */
function inDocumentedOrder(report: UsageReport, createDate: string | null): UsageReport {
  const created = createDate ?? report.CreateDate;
  const entry: UsageReport = {
    Arn: report.Arn,
    ...(created ? { CreateDate: created } : {}),
    JobStatus: report.JobStatus,
    ...(report.JobType ? { JobType: report.JobType } : {}),
    ...(report.JobCreationDate ? { JobCreationDate: report.JobCreationDate } : {}),
    ...(report.JobCompletionDate ? { JobCompletionDate: report.JobCompletionDate } : {}),
    ServicesLastAccessed: report.ServicesLastAccessed,
    ...(report.Error ? { Error: report.Error } : {}),
  };
  return entry;
}

/** What a collection knew, in the snapshot format; entities without a report are left out (their reason is not data). */
export function buildSnapshot(
  collection: {
    usage: Map<string, EntityUsage>;
    managedPolicyDocuments: Map<string, unknown>;
    stackResources?: SnapshotFile['resources'];
  },
  generatedAt: Date,
): SnapshotFile {
  const reports = new Map<string, UsageReport>();
  const keys = new Map<string, AccessKeyUsage>();
  const entityDetails: NonNullable<SnapshotFile['entityDetails']> = [];
  const policiesGranting: NonNullable<SnapshotFile['policiesGranting']> = [];
  const seenDetails = new Set<string>();
  for (const usage of collection.usage.values()) {
    if (usage.report && !reports.has(usage.report.Arn)) {
      reports.set(usage.report.Arn, inDocumentedOrder(usage.report, usage.createDate));
    }
    for (const key of usage.accessKeys) keys.set(key.AccessKeyId, key);
    if (usage.arn) {
      for (const [namespace, list] of Object.entries(usage.servicesWithEntities)) {
        const id = `${usage.arn}|${namespace}`;
        if (seenDetails.has(id)) continue;
        seenDetails.add(id);
        entityDetails.push({ Arn: usage.arn, ServiceNamespace: namespace, EntityDetailsList: list });
      }
      if (usage.policiesGranting && !policiesGranting.some((p) => p.Arn === usage.arn)) {
        policiesGranting.push({
          Arn: usage.arn,
          PoliciesGrantingServiceAccess: Object.entries(usage.policiesGranting).map(
            ([namespace, policies]) => ({
              ServiceNamespace: namespace,
              Policies: policies,
            }),
          ),
        });
      }
    }
  }
  const snapshot: SnapshotFile = {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    reports: [...reports.values()].sort((a, b) => a.Arn.localeCompare(b.Arn)),
    accessKeys: [...keys.values()].sort(
      (a, b) => a.UserName.localeCompare(b.UserName) || a.AccessKeyId.localeCompare(b.AccessKeyId),
    ),
    policies: [...collection.managedPolicyDocuments.entries()]
      .map(([Arn, Document]) => ({ Arn, Document }))
      .sort((a, b) => a.Arn.localeCompare(b.Arn)),
    resources: [...(collection.stackResources ?? [])],
  };
  if (entityDetails.length > 0) snapshot.entityDetails = entityDetails;
  if (policiesGranting.length > 0) snapshot.policiesGranting = policiesGranting;
  return snapshot;
}

/** When a report was made: its job's completion (or creation), else its snapshot's time. */
function reportTime(report: UsageReport, snapshot: SnapshotFile): number {
  return Date.parse(report.JobCompletionDate ?? report.JobCreationDate ?? snapshot.generatedAt);
}

/**
 * Several snapshots as one (one per account, or taken at different times): per ARN the newest report wins; access
 * keys, policy documents and the other per-ARN entries come from the newest snapshot that has them. Stack resources
 * are all kept: when two snapshots record one logical id under different physical ids (the same stack name in two
 * accounts), resolution says so instead of picking one. `generatedAt` is the oldest input's: the data is no newer.
 */
export function mergeSnapshots(snapshots: SnapshotFile[]): SnapshotFile {
  if (snapshots.length === 1) return snapshots[0]!;
  const ordered = [...snapshots].sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
  const reports = new Map<string, { report: UsageReport; at: number }>();
  const keys = new Map<string, AccessKeyUsage>();
  const policies = new Map<string, SnapshotFile['policies'][number]>();
  const resources = new Map<string, SnapshotFile['resources'][number]>();
  const details = new Map<string, NonNullable<SnapshotFile['entityDetails']>[number]>();
  const granting = new Map<string, NonNullable<SnapshotFile['policiesGranting']>[number]>();
  for (const snapshot of ordered) {
    for (const report of snapshot.reports) {
      const at = reportTime(report, snapshot);
      const held = reports.get(report.Arn);
      if (!held || at >= held.at) reports.set(report.Arn, { report, at });
    }
    for (const key of snapshot.accessKeys) keys.set(key.AccessKeyId, key);
    for (const policy of snapshot.policies) policies.set(policy.Arn, policy);
    for (const r of snapshot.resources) {
      resources.set(`${r.StackName}\n${r.LogicalResourceId}\n${r.PhysicalResourceId}`, r);
    }
    for (const d of snapshot.entityDetails ?? []) details.set(`${d.Arn}\n${d.ServiceNamespace}`, d);
    for (const g of snapshot.policiesGranting ?? []) granting.set(g.Arn, g);
  }
  const merged: SnapshotFile = {
    version: 1,
    generatedAt: ordered[0]!.generatedAt,
    reports: [...reports.values()].map((r) => r.report).sort((a, b) => a.Arn.localeCompare(b.Arn)),
    accessKeys: [...keys.values()],
    policies: [...policies.values()],
    resources: [...resources.values()],
  };
  if (details.size > 0) merged.entityDetails = [...details.values()];
  if (granting.size > 0) merged.policiesGranting = [...granting.values()];
  return merged;
}
