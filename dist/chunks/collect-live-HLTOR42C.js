import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_MAX_AGE_MS,
  ReportCache
} from "./chunk-37G5MGLB.js";
import {
  GetCallerIdentityCommand,
  _ep0,
  _mw0,
  command
} from "./chunk-VI253VOQ.js";
import {
  accessKeysOf
} from "./chunk-LJ57A626.js";
import {
  JobFailedError,
  PollTiming,
  _ep0 as _ep02,
  _mw0 as _mw02,
  abortOption,
  command as command2,
  entitiesForService,
  runReportJob,
  toPlain
} from "./chunk-U7HWZH6S.js";
import {
  CALL_PRIORITY,
  DeadlineError,
  RetryBudgetError,
  Scheduler,
  Semaphore,
  realSleep
} from "./chunk-GFKYLCAV.js";
import {
  resolveAsync,
  targetOf
} from "./chunk-3JWLYGGJ.js";
import {
  emptyUsage
} from "./chunk-ATOTXTKG.js";
import {
  DescribeStackResources$,
  refreshCredentials
} from "./chunk-6K3JKW4T.js";
import "./chunk-NDXWQF3A.js";
import {
  iamArn,
  parseIamArn,
  partitionOf
} from "./chunk-R5BDUPL3.js";
import {
  GetGroup$,
  GetPolicy$,
  GetPolicyVersion$,
  GetRole$,
  GetUser$,
  ListGroups$,
  ListPolicies$,
  ListPoliciesGrantingServiceAccess$,
  ListRoles$,
  ListUsers$
} from "./chunk-KCBKFKFM.js";
import {
  CredentialsRejectedError,
  POLICY_FILE,
  awsErrorCode,
  classifyAwsError
} from "./chunk-CXI7UASZ.js";
import "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-4OTJ2ZHJ.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-CJ7DZS37.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-HN5S7QPZ.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-EUHIGNXF.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";

// src/usage/collect-live.ts
import { setMaxListeners } from "node:events";

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetGroupCommand.js
var GetGroupCommand = class extends command2(_ep02, _mw02, "GetGroup", GetGroup$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyCommand.js
var GetPolicyCommand = class extends command2(_ep02, _mw02, "GetPolicy", GetPolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyVersionCommand.js
var GetPolicyVersionCommand = class extends command2(_ep02, _mw02, "GetPolicyVersion", GetPolicyVersion$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js
var GetRoleCommand = class extends command2(_ep02, _mw02, "GetRole", GetRole$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetUserCommand.js
var GetUserCommand = class extends command2(_ep02, _mw02, "GetUser", GetUser$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListGroupsCommand.js
var ListGroupsCommand = class extends command2(_ep02, _mw02, "ListGroups", ListGroups$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListPoliciesCommand.js
var ListPoliciesCommand = class extends command2(_ep02, _mw02, "ListPolicies", ListPolicies$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListPoliciesGrantingServiceAccessCommand.js
var ListPoliciesGrantingServiceAccessCommand = class extends command2(_ep02, _mw02, "ListPoliciesGrantingServiceAccess", ListPoliciesGrantingServiceAccess$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListRolesCommand.js
var ListRolesCommand = class extends command2(_ep02, _mw02, "ListRoles", ListRoles$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListUsersCommand.js
var ListUsersCommand = class extends command2(_ep02, _mw02, "ListUsers", ListUsers$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackResourcesCommand.js
var DescribeStackResourcesCommand = class extends command(_ep0, _mw0, "DescribeStackResources", DescribeStackResources$) {
};

// src/usage/deployed-live.ts
var CALLS = {
  role: {
    get: "GetRole",
    list: "ListRoles",
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetRoleCommand({ RoleName: name }), abort);
      return { arn: a.Role?.Arn, createDate: a.Role?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListRolesCommand(paging), abort);
      return {
        entries: (page.Roles ?? []).map((r) => ({ name: r.RoleName, arn: r.Arn, created: r.CreateDate })),
        marker: page.IsTruncated ? page.Marker : void 0
      };
    }
  },
  user: {
    get: "GetUser",
    list: "ListUsers",
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetUserCommand({ UserName: name }), abort);
      return { arn: a.User?.Arn, createDate: a.User?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListUsersCommand(paging), abort);
      return {
        entries: (page.Users ?? []).map((u) => ({ name: u.UserName, arn: u.Arn, created: u.CreateDate })),
        marker: page.IsTruncated ? page.Marker : void 0
      };
    }
  },
  group: {
    get: "GetGroup",
    list: "ListGroups",
    describe: async (iam, name, abort) => {
      const a = await iam.send(new GetGroupCommand({ GroupName: name, MaxItems: 1 }), abort);
      return { arn: a.Group?.Arn, createDate: a.Group?.CreateDate };
    },
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListGroupsCommand(paging), abort);
      return {
        entries: (page.Groups ?? []).map((g) => ({ name: g.GroupName, arn: g.Arn, created: g.CreateDate })),
        marker: page.IsTruncated ? page.Marker : void 0
      };
    }
  },
  policy: {
    get: "GetPolicy",
    list: "ListPolicies",
    describe: async (iam, arn, abort) => {
      const a = await iam.send(new GetPolicyCommand({ PolicyArn: arn }), abort);
      return { arn: a.Policy?.Arn, createDate: a.Policy?.CreateDate };
    },
    // Customer-managed policies only: AWS-managed ones are looked up one by one.
    listPage: async (iam, paging, abort) => {
      const page = await iam.send(new ListPoliciesCommand({ ...paging, Scope: "Local" }), abort);
      return {
        entries: (page.Policies ?? []).map((p) => ({
          name: p.PolicyName,
          arn: p.Arn,
          created: p.CreateDate
        })),
        marker: page.IsTruncated ? page.Marker : void 0
      };
    }
  }
};
var LiveSource = class {
  constructor(clients, scheduler, options) {
    this.clients = clients;
    this.scheduler = scheduler;
    this.options = options;
  }
  clients;
  scheduler;
  options;
  authoritative = true;
  mappingHint = "entities";
  account = null;
  stacks = /* @__PURE__ */ new Map();
  directories = /* @__PURE__ */ new Map();
  /** The IAM resources of every stack asked about, for the snapshot's `resources`. */
  stackResources = [];
  async answer(question) {
    switch (question.ask) {
      case "account":
        return this.callerAccount();
      case "stack":
        return this.stack(question.stackName, question.logicalId);
      case "arn": {
        const parts = parseIamArn(question.arn);
        if (parts.kind === "policy") return this.policy(question.arn);
        return this.byName(parts.kind, parts.name, question.arn);
      }
      case "name": {
        if (question.kind !== "policy")
          return this.byName(question.kind, question.name, null, question.iamPath);
        const { account, partition } = await this.accountOf();
        const arn = iamArn({
          partition,
          account,
          kind: "policy",
          path: question.iamPath,
          name: question.name
        });
        const found = await this.policy(arn);
        return "absent" in found ? found : [found];
      }
    }
  }
  send(operation, priority, run) {
    return this.scheduler.call(operation, priority, run);
  }
  accountOf() {
    if (!this.account) {
      const configured = this.options.accountId;
      this.account = configured ? Promise.resolve({ account: configured, partition: "aws" }) : this.send(
        "GetCallerIdentity",
        CALL_PRIORITY.resolve,
        (signal) => this.clients.sts.send(new GetCallerIdentityCommand({}), abortOption(signal))
      ).then((identity) => {
        if (!identity.Account) throw new Error("STS GetCallerIdentity returned no account");
        return { account: identity.Account, partition: partitionOf(identity.Arn) };
      });
      this.account.catch(() => {
      });
    }
    return this.account;
  }
  /** The caller's account, to tell an ARN of another account; null when it cannot be had (then no check). */
  async callerAccount() {
    try {
      return (await this.accountOf()).account;
    } catch (error) {
      if (error instanceof CredentialsRejectedError || error instanceof DeadlineError) throw error;
      return null;
    }
  }
  resourcesOf(stackName) {
    let pending = this.stacks.get(stackName);
    if (!pending) {
      pending = this.send(
        "DescribeStackResources",
        CALL_PRIORITY.resolve,
        (signal) => this.clients.cloudformation.send(
          new DescribeStackResourcesCommand({ StackName: stackName }),
          abortOption(signal)
        )
      ).then((answer) => {
        const resources = (answer.StackResources ?? []).flatMap(
          (r) => r.LogicalResourceId && r.PhysicalResourceId ? [
            {
              StackName: stackName,
              LogicalResourceId: r.LogicalResourceId,
              PhysicalResourceId: r.PhysicalResourceId,
              ...r.ResourceType ? { ResourceType: r.ResourceType } : {}
            }
          ] : []
        );
        this.stackResources.push(
          ...resources.filter((r) => r.ResourceType?.startsWith("AWS::IAM::") ?? true)
        );
        return resources;
      });
      pending.catch(() => {
      });
      this.stacks.set(stackName, pending);
    }
    return pending;
  }
  async stack(stackName, logicalId) {
    try {
      const resources = await this.resourcesOf(stackName);
      return {
        known: true,
        physicalIds: resources.filter((r) => r.LogicalResourceId === logicalId).map((r) => r.PhysicalResourceId)
      };
    } catch (error) {
      if (classifyAwsError(error) !== "invalid") throw error;
      return {
        known: false,
        reason: `stack ${stackName} does not exist (DescribeStackResources: ${errorMessage(error)}); deployed under another name? Set \`stacks\` in the config`
      };
    }
  }
  /** Whether entities of `kind` are many enough that listing them all beats one Get each. */
  listable(kind) {
    return (this.options.kindCounts.get(kind) ?? 0) >= (this.options.listThreshold ?? 10);
  }
  directory(kind) {
    let pending = this.directories.get(kind);
    if (!pending) {
      pending = this.listAll(kind).catch((error) => {
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
  async listAll(kind) {
    const out = /* @__PURE__ */ new Map();
    const maxPages = Math.max(1, Math.floor((this.options.kindCounts.get(kind) ?? 0) / 2));
    const add = (name, arn, created) => {
      if (name && arn)
        out.set(name.toLowerCase(), { arn, createDate: created ? created.toISOString() : null });
    };
    let pages = 0;
    let marker;
    do {
      const paging = { MaxItems: 1e3, ...marker ? { Marker: marker } : {} };
      const page = await this.send(
        CALLS[kind].list,
        CALL_PRIORITY.resolve,
        (signal) => CALLS[kind].listPage(this.clients.iam, paging, abortOption(signal))
      );
      for (const entry of page.entries) add(entry.name, entry.arn, entry.created);
      marker = page.marker;
      pages++;
    } while (marker && pages < maxPages);
    return { byName: out, complete: !marker };
  }
  /** A role, user or group by name: from the listing when there is one, else its Get. */
  async byName(kind, name, knownArn, iamPath = null) {
    const single = knownArn !== null;
    if (this.listable(kind)) {
      const directory = await this.directory(kind);
      const found = directory?.byName.get(name.toLowerCase());
      if (found && (!knownArn || found.arn === knownArn)) return single ? found : [found];
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
      }
    );
    if (!got)
      return { absent: this.absence(knownArn ?? `${kind} ${name}`, `${CALLS[kind].get}: NoSuchEntity`) };
    return single ? got : [got];
  }
  async get(kind, nameOrArn) {
    return this.send(
      CALLS[kind].get,
      CALL_PRIORITY.resolve,
      (signal) => CALLS[kind].describe(this.clients.iam, nameOrArn, abortOption(signal))
    );
  }
  async policy(arn) {
    const listed = parseIamArn(arn)?.account !== "aws" && this.listable("policy");
    if (listed) {
      const directory = await this.directory("policy");
      const found = directory?.byName.get(parseIamArn(arn).name.toLowerCase());
      if (found?.arn === arn) return found;
      if (directory?.complete && !found) return { absent: this.absence(arn, `not in ${CALLS.policy.list}`) };
    }
    const got = await this.described("policy", arn, () => this.get("policy", arn));
    return got ?? { absent: this.absence(arn, `${CALLS.policy.get}: NoSuchEntity`) };
  }
  absence(what, how) {
    return `${what} does not exist in the account (${how}): not deployed yet, so there is no usage`;
  }
  /**
   * Runs a Get for the ARN and CreateDate; null on NoSuchEntity. AccessDenied only costs the date when the ARN is
   * known or can be built.
   */
  async described(kind, knownArn, get, buildArn) {
    try {
      const answer = await get();
      const arn = answer.arn ?? knownArn;
      if (!arn) throw new Error(`${CALLS[kind].get} returned no ARN`);
      return { arn, createDate: answer.createDate ? answer.createDate.toISOString() : null };
    } catch (error) {
      const kindOf = classifyAwsError(error);
      if (kindOf === "no-such-entity") return null;
      if (kindOf === "access-denied" && (knownArn || buildArn)) {
        return {
          arn: knownArn ?? await buildArn(),
          createDate: null,
          warning: `creation date unknown: AccessDenied on iam:${CALLS[kind].get} (the tool needs the actions in ${POLICY_FILE})`
        };
      }
      throw error;
    }
  }
};

// src/usage/collect-live.ts
var ENTITIES_PER_RATE = 3;
var MIN_ENTITY_SLOTS = 4;
var LiveCollection = class {
  constructor(entities, clients, options, clock, started) {
    this.entities = entities;
    this.clients = clients;
    this.options = options;
    this.clock = clock;
    this.started = started;
    this.unique = /* @__PURE__ */ new Map();
    for (const entity of entities) {
      const key = entityKey(entity);
      if (!this.unique.has(key)) this.unique.set(key, entity);
    }
    setMaxListeners(0, this.abort.signal);
    this.deadlineMs = options.deadlineMs ?? 3e5;
    const random = options.random ?? Math.random;
    const sleep = options.sleep;
    this.scheduler = new Scheduler({
      ...options.requestsPerSecond ? { requestsPerSecond: options.requestsPerSecond } : {},
      maxInFlight: options.maxInFlight ?? 16,
      maxRetries: options.maxRetries ?? 8,
      baseBackoffMs: 250,
      maxBackoffMs: 1e4,
      deadlineAt: started + this.deadlineMs,
      clock,
      sleep: sleep ? (ms) => sleep(ms) : realSleep,
      random,
      signal: this.abort.signal,
      refreshCredentials: () => refreshCredentials(clients)
    });
    const kindCounts = /* @__PURE__ */ new Map();
    for (const e of entities) kindCounts.set(e.kind, (kindCounts.get(e.kind) ?? 0) + 1);
    this.source = new LiveSource(clients, this.scheduler, {
      kindCounts,
      ...options.accountId ? { accountId: options.accountId } : {},
      ...options.listThreshold !== void 0 ? { listThreshold: options.listThreshold } : {}
    });
    this.timing = new PollTiming(options.firstPollMs ?? 1e3, 1e4, random);
    this.granularity = options.granularity ?? "ACTION_LEVEL";
  }
  entities;
  clients;
  options;
  clock;
  started;
  scheduler;
  source;
  timing;
  granularity;
  cache = null;
  deadlineMs;
  abort = new AbortController();
  jobs = /* @__PURE__ */ new Map();
  done = 0;
  cached = 0;
  /** Entities by key, first of each: the same file#id twice answers once. */
  unique;
  async run() {
    await this.openCache();
    const requestsBefore = this.clients.requests?.sent ?? 0;
    const timer = setTimeout(() => this.abort.abort(), this.deadlineMs);
    timer.unref?.();
    try {
      const fixed = this.options.concurrency;
      const slots = new Semaphore(
        fixed ? Math.max(1, fixed) : () => Math.max(MIN_ENTITY_SLOTS, Math.ceil(this.scheduler.rate * ENTITIES_PER_RATE))
      );
      const policies = this.managedPolicies();
      const answers = await Promise.all(
        [...this.unique].map(
          async ([key, entity]) => [key, await slots.run(() => this.entity(entity))]
        )
      );
      const usage = new Map(answers);
      const { documents, errors } = await policies;
      const fatal = this.scheduler.failure;
      return {
        usage,
        managedPolicyDocuments: documents,
        managedPolicyErrors: errors,
        stackResources: this.source.stackResources,
        stats: {
          ...this.scheduler.stats,
          requests: this.clients.requests ? this.clients.requests.sent - requestsBefore : this.scheduler.stats.calls,
          cached: this.cached,
          elapsedMs: this.clock().getTime() - this.started
        },
        failure: fatal ? {
          kind: "credentials-rejected",
          code: fatal.code,
          completed: answers.filter(([, u]) => u.report !== null).length,
          total: this.unique.size
        } : null
      };
    } finally {
      clearTimeout(timer);
    }
  }
  async openCache() {
    if (!this.options.cacheDir) return;
    const endpoint = await this.clients.iam.config.endpoint?.().catch(() => void 0);
    const scope = endpoint ? `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port ?? ""}${endpoint.path}` : "aws";
    this.cache = new ReportCache(
      this.options.cacheDir,
      this.options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS,
      () => this.clock().getTime(),
      scope
    );
  }
  progress() {
    this.done++;
    this.options.onProgress?.({
      done: this.done,
      total: this.unique.size,
      throttled: this.scheduler.stats.throttled,
      elapsedMs: this.clock().getTime() - this.started
    });
  }
  /** One entity's answer, from the steps' answers: resolution, then its report, then its extras. */
  async entity(entity) {
    let answer = emptyUsage(entity);
    const warnings = [];
    let stage = "resolving its ARN";
    try {
      const resolution = await resolveAsync(targetOf(entity), this.options, this.source);
      warnings.push(...resolution.warnings);
      if (resolution.status !== "resolved") {
        answer = {
          ...answer,
          arn: resolution.status === "ambiguous" ? null : resolution.arn,
          reason: resolution.reason,
          ...resolution.status === "ambiguous" ? { candidates: resolution.candidates } : {}
        };
      } else {
        answer = { ...answer, arn: resolution.arn, createDate: resolution.createDate };
        stage = "getting its report";
        const reported = await this.report(entity, resolution.arn, resolution.createDate, (s) => {
          stage = s;
        });
        warnings.push(...reported.warnings);
        answer = { ...answer, report: reported.report, servicesWithEntities: reported.servicesWithEntities };
        const extras = await this.extras(entity, resolution.arn, reported.report);
        warnings.push(...extras.warnings);
        answer = { ...answer, ...extras.found };
      }
    } catch (error) {
      answer = { ...answer, reason: this.reasonFor(error, stage) };
    } finally {
      this.progress();
    }
    return warnings.length > 0 ? { ...answer, warnings } : answer;
  }
  reasonFor(error, stage) {
    if (error instanceof CredentialsRejectedError) return `not judged: ${error.message}`;
    if (error instanceof DeadlineError) {
      return `the ${Math.round(this.deadlineMs / 1e3)} s deadline passed while ${stage}`;
    }
    if (error instanceof RetryBudgetError) {
      return error.throttled ? `throttled by AWS: ${error.message}` : `AWS kept failing: ${error.message}`;
    }
    if (error instanceof JobFailedError) return error.message;
    const message = error instanceof Error ? error.message : String(error);
    switch (classifyAwsError(error)) {
      case "access-denied":
        return `${awsErrorCode(error)} while ${stage}: ${message} (the tool needs the actions in ${POLICY_FILE})`;
      case "no-such-entity":
        return `NoSuchEntity while ${stage}: ${errorMessage(error)}`;
      case "not-aws":
        return `${message} while ${stage}`;
      default:
        return `${stage} failed: ${errorMessage(error)}`;
    }
  }
  async report(entity, arn, createDate, onStage) {
    const wanted = this.options.withEntitiesServices && (entity.kind === "group" || entity.kind === "policy") ? this.options.withEntitiesServices(entity) : [];
    const created = createDate ? { CreateDate: createDate } : {};
    const cached = this.cache?.get(arn, this.granularity) ?? null;
    if (cached && namespacesToAsk(cached.report, wanted).every((ns) => ns in cached.servicesWithEntities)) {
      this.cached++;
      return {
        report: { ...cached.report, ...created },
        servicesWithEntities: pick(
          cached.servicesWithEntities,
          namespacesToAsk(cached.report, wanted),
          wanted
        ),
        warnings: []
      };
    }
    let job = this.jobs.get(arn);
    if (!job) {
      job = runReportJob(this.clients.iam, this.scheduler, arn, this.granularity, this.timing, onStage);
      this.jobs.set(arn, job);
    }
    const { jobId, report: shared } = await job;
    const report = { ...shared, ...created };
    const ask = namespacesToAsk(report, wanted);
    if (ask.length > 0) onStage("reading which users and roles used its services");
    const asked = await this.withEntities(jobId, ask);
    const servicesWithEntities = pick(asked.answers, ask, wanted);
    this.cache?.put(this.granularity, { report, servicesWithEntities });
    return { report, servicesWithEntities, warnings: asked.warnings };
  }
  async withEntities(jobId, namespaces) {
    const answers = {};
    const warnings = [];
    for (const namespace of namespaces) {
      try {
        answers[namespace] = await entitiesForService(this.clients.iam, this.scheduler, jobId, namespace);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) {
          warnings.push(this.reasonFor(error, `GetServiceLastAccessedDetailsWithEntities ${namespace}`));
          break;
        }
        warnings.push(`GetServiceLastAccessedDetailsWithEntities ${namespace}: ${errorMessage(error)}`);
      }
    }
    return { answers, warnings };
  }
  /**
   * A user's access keys and the policies granting what the report shows, as far as they can be had: what cannot
   * is a warning (the report stands). Past the deadline, or with the credentials refused, the rest is not asked.
   */
  async extras(entity, arn, report) {
    const found = { accessKeys: [] };
    const warnings = [];
    const fatal = (error) => error instanceof DeadlineError || error instanceof CredentialsRejectedError;
    try {
      const parts = parseIamArn(arn);
      if (parts?.kind === "user") {
        try {
          found.accessKeys = await accessKeysOf(this.clients.iam, this.scheduler, parts.name);
        } catch (error) {
          if (fatal(error)) throw error;
          warnings.push(`access keys unknown: ${errorMessage(error)}`);
        }
      }
      const granting = this.options.grantingPoliciesFor?.(entity, report) ?? [];
      if (granting.length > 0) {
        const namespaces = granting.includes("*") ? report.ServicesLastAccessed.map((s) => s.ServiceNamespace) : [...new Set(granting)];
        try {
          found.policiesGranting = await this.policiesGranting(arn, namespaces);
        } catch (error) {
          if (fatal(error)) throw error;
          warnings.push(`ListPoliciesGrantingServiceAccess: ${errorMessage(error)}`);
        }
      }
    } catch (error) {
      warnings.push(this.reasonFor(error, "reading its access keys and granting policies"));
    }
    return { found, warnings };
  }
  async policiesGranting(arn, namespaces) {
    const out = {};
    for (let i = 0; i < namespaces.length; i += 200) {
      const chunk = namespaces.slice(i, i + 200);
      let marker;
      do {
        const pageMarker = marker;
        const page = await this.scheduler.call(
          "ListPoliciesGrantingServiceAccess",
          CALL_PRIORITY.extra,
          (signal) => this.clients.iam.send(
            new ListPoliciesGrantingServiceAccessCommand({
              Arn: arn,
              ServiceNamespaces: chunk,
              ...pageMarker ? { Marker: pageMarker } : {}
            }),
            abortOption(signal)
          )
        );
        for (const entry of page.PoliciesGrantingServiceAccess ?? []) {
          if (!entry.ServiceNamespace) continue;
          const list = out[entry.ServiceNamespace] ?? [];
          list.push(...toPlain(entry.Policies ?? []));
          out[entry.ServiceNamespace] = list;
        }
        marker = page.IsTruncated ? page.Marker : void 0;
      } while (marker);
    }
    return out;
  }
  async managedPolicies() {
    const documents = /* @__PURE__ */ new Map();
    const errors = /* @__PURE__ */ new Map();
    const arns = [...new Set(this.entities.flatMap((e) => e.managedPolicyArns))].sort();
    await Promise.all(
      arns.map(async (arn) => {
        try {
          documents.set(arn, await this.policyDocument(arn));
        } catch (error) {
          errors.set(arn, error instanceof DeadlineError ? "the deadline passed" : errorMessage(error));
        }
      })
    );
    return { documents, errors };
  }
  async policyDocument(arn) {
    const policy = await this.scheduler.call(
      "GetPolicy",
      CALL_PRIORITY.extra,
      (signal) => this.clients.iam.send(new GetPolicyCommand({ PolicyArn: arn }), abortOption(signal))
    );
    const versionId = policy.Policy?.DefaultVersionId;
    if (!versionId) throw new Error("GetPolicy returned no DefaultVersionId");
    const version = await this.scheduler.call(
      "GetPolicyVersion",
      CALL_PRIORITY.extra,
      (signal) => this.clients.iam.send(
        new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }),
        abortOption(signal)
      )
    );
    const text = version.PolicyVersion?.Document;
    if (!text) throw new Error("GetPolicyVersion returned no Document");
    return JSON.parse(decodeURIComponent(text));
  }
};
function namespacesToAsk(report, wanted) {
  if (wanted.length === 0) return [];
  const used = report.ServicesLastAccessed.filter((s) => s.LastAuthenticated).map((s) => s.ServiceNamespace);
  return wanted.includes("*") ? used : used.filter((ns) => wanted.includes(ns));
}
function pick(all, asked, wanted) {
  const out = {};
  for (const ns of wanted) if (ns !== "*") out[ns] = all[ns] ?? [];
  for (const ns of asked) if (all[ns]) out[ns] = all[ns];
  return out;
}
export {
  LiveCollection
};
//# sourceMappingURL=collect-live-HLTOR42C.js.map
