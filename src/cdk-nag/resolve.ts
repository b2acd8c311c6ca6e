// Which snapshot report answers for a CDK IAM resource: the one resolver (usage/resolve.ts) against the snapshot,
// with the pack's `arns` map first and the stack's account as the account the resource must be in.
import type { EntityKind } from '../policy/model.js';
import type { SnapshotFile, UsageReport } from '../usage/model.js';
import { resolveSync, SnapshotSource, type ResolvedBy as UsageResolvedBy } from '../usage/resolve.js';

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
const REPORT_TYPES = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
  'AWS::IAM::ManagedPolicy',
]);

const BY: Record<UsageResolvedBy, ResolvedBy> = {
  map: 'map',
  config: 'map',
  terraform: 'map',
  name: 'name',
  stack: 'stack-resources',
};

export class SnapshotIndex {
  private readonly source: SnapshotSource;

  constructor(snapshot: Pick<SnapshotFile, 'reports' | 'resources'>) {
    this.source = new SnapshotSource(snapshot, 'arns');
  }

  /**
   * The report for one resource. `explicit` maps a construct path (with or without the trailing `/Resource`) or a
   * logical id to an ARN; it wins over everything else.
   */
  resolve(identity: ResourceIdentity, explicit: Readonly<Record<string, string>> = {}): Resolution {
    if (!REPORT_TYPES.has(identity.type)) {
      return { status: 'unresolved', reason: `${identity.type} has no last-accessed report of its own` };
    }
    const resolution = resolveSync(
      {
        key: identity.constructPath,
        file: '',
        logicalId: identity.logicalId,
        kind: identity.kind,
        name: identity.physicalName,
        iamPath: null,
        arn: null,
        stackName: identity.stackName,
        constructPath: identity.constructPath,
        account: identity.account,
      },
      { explicitArns: explicit },
      this.source,
    );
    switch (resolution.status) {
      case 'resolved':
        return {
          status: 'found',
          arn: resolution.arn,
          report: this.source.report(resolution.arn)!,
          by: BY[resolution.by],
        };
      case 'not-deployed':
        return { status: 'new', reason: resolution.reason };
      default:
        return { status: 'unresolved', reason: resolution.reason };
    }
  }
}
