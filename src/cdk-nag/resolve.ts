// Which snapshot report answers for a CDK IAM resource: by explicit map, by physical name, or by the stack's
// deployed resources recorded in the snapshot.
import type { EntityKind } from '../policy/model.js';
import type { SnapshotFile, UsageReport } from '../usage/model.js';

/** What the pack knows about one IAM resource of the app, as plain data. */
export interface ResourceIdentity {
  /** `Stack/AppRole/Resource` */
  constructPath: string;
  logicalId: string;
  stackName: string;
  /** The stack's account when the app fixes it; null for an environment-agnostic stack. */
  account: string | null;
  kind: EntityKind;
  /** CloudFormation type, e.g. `AWS::IAM::Role`. */
  type: string;
  /** RoleName/UserName/GroupName/ManagedPolicyName when the code fixes it. */
  physicalName: string | null;
}

export type ResolvedBy = 'map' | 'name' | 'stack-resources';

export type Resolution =
  | { status: 'found'; arn: string; report: UsageReport; by: ResolvedBy }
  /** Not deployed yet: the snapshot records the stack's resources and this one is not among them. */
  | { status: 'new'; reason: string }
  | { status: 'unresolved'; reason: string };

/** Resource types that have a last-accessed report of their own (an inline `AWS::IAM::Policy` does not). */
const REPORT_TYPES: Record<string, string> = {
  'AWS::IAM::Role': 'role',
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
  'AWS::IAM::ManagedPolicy': 'policy',
};

interface ParsedArn {
  account: string;
  /** `role`, `user`, `group` or `policy`. */
  type: string;
  name: string;
}

/** `arn:aws:iam::123456789012:role/service-role/app-role` → account, type and the name after the path. */
export function parseIamArn(arn: string): ParsedArn | null {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}|aws):(role|user|group|policy)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match) return null;
  return { account: match[1]!, type: match[2]!, name: match[3]! };
}

export class SnapshotIndex {
  private readonly byArn = new Map<string, UsageReport>();
  /** `type/name` (lower case) → reports with their account, any account. */
  private readonly byName = new Map<string, { report: UsageReport; account: string }[]>();
  /** stack name → logical id → physical id. */
  private readonly deployed = new Map<string, Map<string, string>>();

  constructor(snapshot: Pick<SnapshotFile, 'reports' | 'resources'>) {
    for (const report of snapshot.reports) {
      this.byArn.set(report.Arn, report);
      const parsed = parseIamArn(report.Arn);
      if (!parsed) continue;
      const key = `${parsed.type}/${parsed.name}`.toLowerCase();
      const list = this.byName.get(key) ?? [];
      list.push({ report, account: parsed.account });
      this.byName.set(key, list);
    }
    for (const resource of snapshot.resources) {
      let stack = this.deployed.get(resource.StackName);
      if (!stack) {
        stack = new Map();
        this.deployed.set(resource.StackName, stack);
      }
      stack.set(resource.LogicalResourceId, resource.PhysicalResourceId);
    }
  }

  /**
   * The report for one resource. `explicit` maps a construct path (with or without the trailing `/Resource`) or a
   * logical id to an ARN; it wins over everything else.
   */
  resolve(identity: ResourceIdentity, explicit: Readonly<Record<string, string>> = {}): Resolution {
    const mapped = explicitArn(identity, explicit);
    if (mapped) {
      const report = this.byArn.get(mapped);
      return report
        ? { status: 'found', arn: mapped, report, by: 'map' }
        : {
            status: 'unresolved',
            reason: `the snapshot has no report for ${mapped} (from the explicit map)`,
          };
    }
    const type = REPORT_TYPES[identity.type];
    if (!type) {
      return { status: 'unresolved', reason: `${identity.type} has no last-accessed report of its own` };
    }
    if (identity.physicalName) {
      const found = this.byPhysicalId(type, identity.physicalName, identity.account, 'name');
      if (found.status === 'found' || found.ambiguous) return found;
    }
    const stack = this.deployed.get(identity.stackName);
    const physicalId = stack?.get(identity.logicalId);
    if (physicalId) {
      const found = this.byPhysicalId(type, physicalId, identity.account, 'stack-resources');
      if (found.status === 'found') return found;
      return { status: 'unresolved', reason: `deployed as ${physicalId}, but ${found.reason}` };
    }
    if (stack) {
      return {
        status: 'new',
        reason: `stack ${identity.stackName} in the snapshot has no resource ${identity.logicalId}: not deployed yet`,
      };
    }
    const name = identity.physicalName ? `${type} ${identity.physicalName}` : `${identity.logicalId}`;
    return {
      status: 'unresolved',
      reason: identity.physicalName
        ? `the snapshot has no report for ${name}${identity.account ? ` in account ${identity.account}` : ''}`
        : `${name} has no fixed name, no entry in the explicit map, and the snapshot records no deployed resources for stack ${identity.stackName}`,
    };
  }

  private byPhysicalId(
    type: string,
    physicalId: string,
    account: string | null,
    by: ResolvedBy,
  ): Resolution & { ambiguous?: true } {
    // A managed policy's physical id is its ARN.
    if (physicalId.startsWith('arn:')) {
      const report = this.byArn.get(physicalId);
      return report
        ? { status: 'found', arn: physicalId, report, by }
        : { status: 'unresolved', reason: `the snapshot has no report for ${physicalId}` };
    }
    const candidates = (this.byName.get(`${type}/${physicalId}`.toLowerCase()) ?? []).filter(
      (candidate) => account === null || candidate.account === account,
    );
    if (candidates.length === 1) {
      const { report } = candidates[0]!;
      return { status: 'found', arn: report.Arn, report, by };
    }
    if (candidates.length > 1) {
      return {
        status: 'unresolved',
        ambiguous: true,
        reason: `${type} ${physicalId} has reports in several accounts (${candidates.map((c) => c.account).join(', ')}); set the stack's account or map it explicitly`,
      };
    }
    return {
      status: 'unresolved',
      reason: `the snapshot has no report for ${type} ${physicalId}${account ? ` in account ${account}` : ''}`,
    };
  }
}

function explicitArn(identity: ResourceIdentity, explicit: Readonly<Record<string, string>>): string | null {
  if (Object.keys(explicit).length === 0) return null; // the common case: no map, no path arithmetic per resource
  const path = identity.constructPath.replace(/^\/+/, '');
  const keys = [path, path.replace(/\/(Resource|Default)$/, ''), identity.logicalId];
  for (const key of keys) {
    const arn = explicit[key] ?? explicit[`/${key}`];
    if (arn) return arn;
  }
  return null;
}
