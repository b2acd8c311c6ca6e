// AWS as the resolver's source: stack resources (DescribeStackResources), entities by name (one listing per kind
// from 10 entities on, else GetRole/GetUser/GetGroup/GetPolicy), and the caller's account (STS).
import { DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import {
  GetGroupCommand,
  GetPolicyCommand,
  GetRoleCommand,
  GetUserCommand,
  type IAMClient,
  ListGroupsCommand,
  ListPoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { errorMessage } from '../errors.js';
import type { EntityKind } from '../policy/model.js';
import { iamArn, parseIamArn, partitionOf } from './arn.js';
import { CredentialsRejectedError, classifyAwsError, POLICY_FILE } from './aws-errors.js';
import type { AwsClients } from './clients.js';
import { abortOption } from './jobs.js';
import type { SnapshotFile } from './model.js';
import type { Absent, AsyncSource, DeployedEntity, Question, StackAnswer } from './resolve.js';
import { CALL_PRIORITY, DeadlineError, type Scheduler } from './scheduler.js';

type Abort = ReturnType<typeof abortOption>;

interface Listed {
  entries: { name: string | undefined; arn: string | undefined; created: Date | undefined }[];
  /** The next page's marker; undefined on the last page. */
  marker: string | undefined;
}

/**
 * The IAM calls for each kind of entity, in one place: the Get that describes one (by name; a policy by ARN) and the
 * List of them all, each with its operation name (the scheduler's, and the one messages and permissions name).
 */
const CALLS: Record<
  EntityKind,
  {
    get: string;
    list: string;
    describe(iam: IAMClient, nameOrArn: string, abort: Abort): Promise<Described>;
    listPage(iam: IAMClient, paging: { MaxItems: number; Marker?: string }, abort: Abort): Promise<Listed>;
  }
> = {
  role: {
    get: 'GetRole',
    list: 'ListRoles',
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetRoleCommand({ RoleName: name }), abort);
      return { arn: a.Role?.Arn, createDate: a.Role?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListRolesCommand(paging), abort);
      return {
        entries: (page.Roles ?? []).map((r) => ({ name: r.RoleName, arn: r.Arn, created: r.CreateDate })),
        marker: page.IsTruncated ? page.Marker : undefined,
      };
    },
  },
  user: {
    get: 'GetUser',
    list: 'ListUsers',
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetUserCommand({ UserName: name }), abort);
      return { arn: a.User?.Arn, createDate: a.User?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListUsersCommand(paging), abort);
      return {
        entries: (page.Users ?? []).map((u) => ({ name: u.UserName, arn: u.Arn, created: u.CreateDate })),
        marker: page.IsTruncated ? page.Marker : undefined,
      };
    },
  },
  group: {
    get: 'GetGroup',
    list: 'ListGroups',
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetGroupCommand({ GroupName: name, MaxItems: 1 }), abort);
      return { arn: a.Group?.Arn, createDate: a.Group?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListGroupsCommand(paging), abort);
      return {
        entries: (page.Groups ?? []).map((g) => ({ name: g.GroupName, arn: g.Arn, created: g.CreateDate })),
        marker: page.IsTruncated ? page.Marker : undefined,
      };
    },
  },
  policy: {
    get: 'GetPolicy',
    list: 'ListPolicies',
    describe: async (iam, arn, abort) => {
      const a = await iam.send(new GetPolicyCommand({ PolicyArn: arn }), abort);
      return { arn: a.Policy?.Arn, createDate: a.Policy?.CreateDate };
    },
    // Customer-managed policies only: AWS-managed ones are looked up one by one.
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListPoliciesCommand({ ...paging, Scope: 'Local' }), abort);
      return {
        entries: (page.Policies ?? []).map((p) => ({
          name: p.PolicyName,
          arn: p.Arn,
          created: p.CreateDate,
        })),
        marker: page.IsTruncated ? page.Marker : undefined,
      };
    },
  },
};

/** Entities of one kind by lower-case name, from a listing; `complete` false when it stopped before the last page. */
interface Directory {
  byName: Map<string, DeployedEntity>;
  complete: boolean;
}

interface Described {
  arn: string | undefined;
  createDate: Date | undefined;
}

export interface LiveSourceOptions {
  /** Else STS GetCallerIdentity (asked once, only when an ARN has to be built or checked). */
  accountId?: string;
  /** From this many entities of one kind on, one listing replaces one Get per entity; default 10. */
  listThreshold?: number;
  /** How many entities of each kind the collection resolves (decides whether listing pays). */
  kindCounts: Map<EntityKind, number>;
}

export class LiveSource implements AsyncSource {
  readonly authoritative = true;
  readonly mappingHint = 'entities';
  private account: Promise<{ account: string; partition: string }> | null = null;
  private readonly stacks = new Map<string, Promise<SnapshotFile['resources']>>();
  private readonly directories = new Map<EntityKind, Promise<Directory | null>>();
  /** The IAM resources of every stack asked about, for the snapshot's `resources`. */
  readonly stackResources: SnapshotFile['resources'] = [];

  constructor(
    private readonly clients: AwsClients,
    private readonly scheduler: Scheduler,
    private readonly options: LiveSourceOptions,
  ) {}

  async answer(question: Question): Promise<unknown> {
    switch (question.ask) {
      case 'account':
        return this.callerAccount();
      case 'stack':
        return this.stack(question.stackName, question.logicalId);
      case 'arn': {
        const parts = parseIamArn(question.arn)!;
        if (parts.kind === 'policy') return this.policy(question.arn);
        return this.byName(parts.kind, parts.name, question.arn);
      }
      case 'name': {
        if (question.kind !== 'policy')
          return this.byName(question.kind, question.name, null, question.iamPath);
        const { account, partition } = await this.accountOf();
        const arn = iamArn({
          partition,
          account,
          kind: 'policy',
          path: question.iamPath,
          name: question.name,
        });
        const found = await this.policy(arn);
        return 'absent' in found ? found : [found];
      }
    }
  }

  private send<T>(
    operation: string,
    priority: number,
    run: (signal?: AbortSignal) => Promise<T>,
  ): Promise<T> {
    return this.scheduler.call(operation, priority, run);
  }

  private accountOf(): Promise<{ account: string; partition: string }> {
    if (!this.account) {
      const configured = this.options.accountId;
      this.account = configured
        ? Promise.resolve({ account: configured, partition: 'aws' })
        : this.send('GetCallerIdentity', CALL_PRIORITY.resolve, (signal) =>
            this.clients.sts.send(new GetCallerIdentityCommand({}), abortOption(signal)),
          ).then((identity) => {
            if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account');
            return { account: identity.Account, partition: partitionOf(identity.Arn) };
          });
      // A failure here is reported per entity; keep it from being an unhandled rejection.
      this.account.catch(() => {});
    }
    return this.account;
  }

  /** The caller's account, to tell an ARN of another account; null when it cannot be had (then no check). */
  private async callerAccount(): Promise<string | null> {
    try {
      return (await this.accountOf()).account;
    } catch (error) {
      if (error instanceof CredentialsRejectedError || error instanceof DeadlineError) throw error;
      return null;
    }
  }

  private resourcesOf(stackName: string): Promise<SnapshotFile['resources']> {
    let pending = this.stacks.get(stackName);
    if (!pending) {
      pending = this.send('DescribeStackResources', CALL_PRIORITY.resolve, (signal) =>
        this.clients.cloudformation.send(
          new DescribeStackResourcesCommand({ StackName: stackName }),
          abortOption(signal),
        ),
      ).then((answer) => {
        const resources = (answer.StackResources ?? []).flatMap((r) =>
          r.LogicalResourceId && r.PhysicalResourceId
            ? [
                {
                  StackName: stackName,
                  LogicalResourceId: r.LogicalResourceId,
                  PhysicalResourceId: r.PhysicalResourceId,
                  ...(r.ResourceType ? { ResourceType: r.ResourceType } : {}),
                },
              ]
            : [],
        );
        this.stackResources.push(
          ...resources.filter((r) => r.ResourceType?.startsWith('AWS::IAM::') ?? true),
        );
        return resources;
      });
      pending.catch(() => {});
      this.stacks.set(stackName, pending);
    }
    return pending;
  }

  private async stack(stackName: string, logicalId: string): Promise<StackAnswer> {
    try {
      const resources = await this.resourcesOf(stackName);
      return {
        known: true,
        physicalIds: resources
          .filter((r) => r.LogicalResourceId === logicalId)
          .map((r) => r.PhysicalResourceId),
      };
    } catch (error) {
      if (classifyAwsError(error) !== 'invalid') throw error;
      return {
        known: false,
        reason: `stack ${stackName} does not exist (DescribeStackResources: ${errorMessage(error)}); deployed under another name? Set \`stacks\` in the config`,
      };
    }
  }

  /** Whether entities of `kind` are many enough that listing them all beats one Get each. */
  private listable(kind: EntityKind): boolean {
    return (this.options.kindCounts.get(kind) ?? 0) >= (this.options.listThreshold ?? 10);
  }

  private directory(kind: EntityKind): Promise<Directory | null> {
    let pending = this.directories.get(kind);
    if (!pending) {
      // Any failure (denied, throttled past the budget) falls back to one Get per entity, which retries on its own.
      pending = this.listAll(kind).catch((error: unknown) => {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) throw error;
        return null;
      });
      this.directories.set(kind, pending);
    }
    return pending;
  }

  /**
   * Lists the account's entities of `kind`, but never more pages than half the Gets it replaces: in an account
   * with far more entities than the input names, the rest are got one by one.
   */
  private async listAll(kind: EntityKind): Promise<Directory> {
    const out = new Map<string, DeployedEntity>();
    const maxPages = Math.max(1, Math.floor((this.options.kindCounts.get(kind) ?? 0) / 2));
    const add = (name: string | undefined, arn: string | undefined, created: Date | undefined) => {
      if (name && arn)
        out.set(name.toLowerCase(), { arn, createDate: created ? created.toISOString() : null });
    };
    let pages = 0;
    let marker: string | undefined;
    do {
      const paging = { MaxItems: 1000, ...(marker ? { Marker: marker } : {}) };
      const page = await this.send(CALLS[kind].list, CALL_PRIORITY.resolve, (signal) =>
        CALLS[kind].listPage(this.clients.iam, paging, abortOption(signal)),
      );
      for (const entry of page.entries) add(entry.name, entry.arn, entry.created);
      marker = page.marker;
      pages++;
    } while (marker && pages < maxPages);
    return { byName: out, complete: !marker };
  }

  /** A role, user or group by name: from the listing when there is one, else its Get. */
  private async byName(
    kind: Exclude<EntityKind, 'policy'>,
    name: string,
    knownArn: string | null,
    iamPath: string | null = null,
  ): Promise<DeployedEntity[] | DeployedEntity | Absent> {
    const single = knownArn !== null;
    if (this.listable(kind)) {
      const directory = await this.directory(kind);
      const found = directory?.byName.get(name.toLowerCase());
      if (found && (!knownArn || found.arn === knownArn)) return single ? found : [found];
      // Past the pages read, or another path than the known ARN's: ask for it directly.
      if (directory?.complete && !found) {
        return { absent: this.absence(knownArn ?? `${kind} ${name}`, `not in ${CALLS[kind].list}`) };
      }
    }
    const got = await this.described(
      kind,
      knownArn,
      () => this.get(kind, name),
      async () => {
        const { account, partition } = await this.accountOf();
        return iamArn({ partition, account, kind, path: iamPath, name });
      },
    );
    if (!got)
      return { absent: this.absence(knownArn ?? `${kind} ${name}`, `${CALLS[kind].get}: NoSuchEntity`) };
    return single ? got : [got];
  }

  private async get(kind: EntityKind, nameOrArn: string): Promise<Described> {
    return this.send(CALLS[kind].get, CALL_PRIORITY.resolve, (signal) =>
      CALLS[kind].describe(this.clients.iam, nameOrArn, abortOption(signal)),
    );
  }

  private async policy(arn: string): Promise<DeployedEntity | Absent> {
    const listed = parseIamArn(arn)?.account !== 'aws' && this.listable('policy');
    if (listed) {
      const directory = await this.directory('policy');
      const found = directory?.byName.get(parseIamArn(arn)!.name.toLowerCase());
      if (found?.arn === arn) return found;
      if (directory?.complete && !found) return { absent: this.absence(arn, `not in ${CALLS.policy.list}`) };
    }
    const got = await this.described('policy', arn, () => this.get('policy', arn));
    return got ?? { absent: this.absence(arn, `${CALLS.policy.get}: NoSuchEntity`) };
  }

  private absence(what: string, how: string): string {
    return `${what} does not exist in the account (${how}): not deployed yet, so there is no usage`;
  }

  /**
   * Runs a Get for the ARN and CreateDate; null on NoSuchEntity. AccessDenied only costs the date when the ARN is
   * known or can be built.
   */
  private async described(
    kind: EntityKind,
    knownArn: string | null,
    get: () => Promise<Described>,
    buildArn?: () => Promise<string>,
  ): Promise<DeployedEntity | null> {
    try {
      const answer = await get();
      const arn = answer.arn ?? knownArn;
      if (!arn) throw new Error(`${CALLS[kind].get} returned no ARN`);
      return { arn, createDate: answer.createDate ? answer.createDate.toISOString() : null };
    } catch (error) {
      const kindOf = classifyAwsError(error);
      if (kindOf === 'no-such-entity') return null;
      if (kindOf === 'access-denied' && (knownArn || buildArn)) {
        return {
          arn: knownArn ?? (await buildArn!()),
          createDate: null,
          warning: `creation date unknown: AccessDenied on iam:${CALLS[kind].get} (the tool needs the actions in ${POLICY_FILE})`,
        };
      }
      throw error;
    }
  }
}
