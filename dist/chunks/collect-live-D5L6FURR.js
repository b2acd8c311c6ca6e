import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_MAX_AGE_MS,
  ReportCache
} from "./chunk-37G5MGLB.js";
import {
  accessKeysOf
} from "./chunk-LJ57A626.js";
import {
  GetCallerIdentityCommand,
  _ep0,
  _mw0,
  command
} from "./chunk-UHSRDC52.js";
import {
  resolveAsync,
  targetOf
} from "./chunk-FJDSAFLX.js";
import {
  addWarning
} from "./chunk-34HYMZTT.js";
import {
  DescribeStackResources$,
  refreshCredentials
} from "./chunk-MFBHBNZX.js";
import {
  iamArn,
  parseIamArn,
  partitionOf
} from "./chunk-GAFWYLQA.js";
import "./chunk-I7PDZJUR.js";
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
} from "./chunk-7DYXPIMR.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-4OTJ2ZHJ.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
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
var GET = { role: "GetRole", user: "GetUser", group: "GetGroup", policy: "GetPolicy" };
var LIST = { role: "ListRoles", user: "ListUsers", group: "ListGroups", policy: "ListPolicies" };
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
      marker = await this.send(LIST[kind], CALL_PRIORITY.resolve, async (signal) => {
        const iam = this.clients.iam;
        const abort = abortOption(signal);
        if (kind === "role") {
          const page2 = await iam.send(new ListRolesCommand(paging), abort);
          for (const r of page2.Roles ?? []) add(r.RoleName, r.Arn, r.CreateDate);
          return page2.IsTruncated ? page2.Marker : void 0;
        }
        if (kind === "user") {
          const page2 = await iam.send(new ListUsersCommand(paging), abort);
          for (const u of page2.Users ?? []) add(u.UserName, u.Arn, u.CreateDate);
          return page2.IsTruncated ? page2.Marker : void 0;
        }
        if (kind === "group") {
          const page2 = await iam.send(new ListGroupsCommand(paging), abort);
          for (const g of page2.Groups ?? []) add(g.GroupName, g.Arn, g.CreateDate);
          return page2.IsTruncated ? page2.Marker : void 0;
        }
        const page = await iam.send(new ListPoliciesCommand({ ...paging, Scope: "Local" }), abort);
        for (const p of page.Policies ?? []) add(p.PolicyName, p.Arn, p.CreateDate);
        return page.IsTruncated ? page.Marker : void 0;
      });
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
        return { absent: this.absence(knownArn ?? `${kind} ${name}`, `not in ${LIST[kind]}`) };
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
    if (!got) return { absent: this.absence(knownArn ?? `${kind} ${name}`, `${GET[kind]}: NoSuchEntity`) };
    return single ? got : [got];
  }
  async get(kind, name) {
    return this.send(GET[kind], CALL_PRIORITY.resolve, async (signal) => {
      const abort = abortOption(signal);
      if (kind === "role") {
        const a2 = await this.clients.iam.send(new GetRoleCommand({ RoleName: name }), abort);
        return { arn: a2.Role?.Arn, createDate: a2.Role?.CreateDate };
      }
      if (kind === "user") {
        const a2 = await this.clients.iam.send(new GetUserCommand({ UserName: name }), abort);
        return { arn: a2.User?.Arn, createDate: a2.User?.CreateDate };
      }
      const a = await this.clients.iam.send(new GetGroupCommand({ GroupName: name, MaxItems: 1 }), abort);
      return { arn: a.Group?.Arn, createDate: a.Group?.CreateDate };
    });
  }
  async policy(arn) {
    const listed = parseIamArn(arn)?.account !== "aws" && this.listable("policy");
    if (listed) {
      const directory = await this.directory("policy");
      const found = directory?.byName.get(parseIamArn(arn).name.toLowerCase());
      if (found?.arn === arn) return found;
      if (directory?.complete && !found) return { absent: this.absence(arn, "not in ListPolicies") };
    }
    const got = await this.described(
      "policy",
      arn,
      () => this.send(
        "GetPolicy",
        CALL_PRIORITY.resolve,
        (signal) => this.clients.iam.send(new GetPolicyCommand({ PolicyArn: arn }), abortOption(signal)).then((a) => ({ arn: a.Policy?.Arn, createDate: a.Policy?.CreateDate }))
      )
    );
    return got ?? { absent: this.absence(arn, "GetPolicy: NoSuchEntity") };
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
      if (!arn) throw new Error(`${GET[kind]} returned no ARN`);
      return { arn, createDate: answer.createDate ? answer.createDate.toISOString() : null };
    } catch (error) {
      const kindOf = classifyAwsError(error);
      if (kindOf === "no-such-entity") return null;
      if (kindOf === "access-denied" && (knownArn || buildArn)) {
        return {
          arn: knownArn ?? await buildArn(),
          createDate: null,
          warning: `creation date unknown: AccessDenied on iam:${GET[kind]} (the tool needs the actions in ${POLICY_FILE})`
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
  constructor(entities, clients, options, usage, clock, started) {
    this.entities = entities;
    this.clients = clients;
    this.options = options;
    this.usage = usage;
    this.clock = clock;
    this.started = started;
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
  usage;
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
      const seen = /* @__PURE__ */ new Set();
      await Promise.all(
        this.entities.map((entity) => {
          const key = entityKey(entity);
          if (seen.has(key)) return Promise.resolve();
          seen.add(key);
          return slots.run(() => this.entity(entity, this.usage.get(key)));
        })
      );
      const { documents, errors } = await policies;
      const fatal = this.scheduler.failure;
      return {
        usage: this.usage,
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
          completed: [...this.usage.values()].filter((u) => u.report !== null).length,
          total: seen.size
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
      total: this.usage.size,
      throttled: this.scheduler.stats.throttled,
      elapsedMs: this.clock().getTime() - this.started
    });
  }
  async entity(entity, usage) {
    let stage = "resolving its ARN";
    try {
      const resolution = await resolveAsync(targetOf(entity), this.options, this.source);
      for (const warning of resolution.warnings) addWarning(usage, warning);
      if (resolution.status !== "resolved") {
        usage.arn = resolution.status === "ambiguous" ? null : resolution.arn;
        usage.reason = resolution.reason;
        if (resolution.status === "ambiguous") usage.candidates = resolution.candidates;
        return;
      }
      usage.arn = resolution.arn;
      usage.createDate = resolution.createDate;
      stage = "getting its report";
      await this.report(entity, usage, resolution.arn, (s) => {
        stage = s;
      });
      try {
        await this.extras(entity, usage);
      } catch (error) {
        addWarning(usage, this.reasonFor(error, "reading its access keys and granting policies"));
      }
    } catch (error) {
      usage.reason = this.reasonFor(error, stage);
    } finally {
      this.progress();
    }
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
  async report(entity, usage, arn, onStage) {
    const wanted = this.options.withEntitiesServices && (entity.kind === "group" || entity.kind === "policy") ? this.options.withEntitiesServices(entity) : [];
    const cached = this.cache?.get(arn, this.granularity) ?? null;
    if (cached && namespacesToAsk(cached.report, wanted).every((ns) => ns in cached.servicesWithEntities)) {
      this.cached++;
      usage.report = { ...cached.report, ...usage.createDate ? { CreateDate: usage.createDate } : {} };
      usage.servicesWithEntities = pick(
        cached.servicesWithEntities,
        namespacesToAsk(cached.report, wanted),
        wanted
      );
      return;
    }
    let job = this.jobs.get(arn);
    if (!job) {
      job = runReportJob(this.clients.iam, this.scheduler, arn, this.granularity, this.timing, onStage);
      this.jobs.set(arn, job);
    }
    const { jobId, report: shared } = await job;
    const report = { ...shared };
    if (usage.createDate) report.CreateDate = usage.createDate;
    usage.report = report;
    const ask = namespacesToAsk(report, wanted);
    if (ask.length > 0) onStage("reading which users and roles used its services");
    usage.servicesWithEntities = pick(await this.withEntities(usage, jobId, ask), ask, wanted);
    this.cache?.put(this.granularity, { report, servicesWithEntities: usage.servicesWithEntities });
  }
  async withEntities(usage, jobId, namespaces) {
    const out = {};
    for (const namespace of namespaces) {
      try {
        out[namespace] = await entitiesForService(this.clients.iam, this.scheduler, jobId, namespace);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) {
          addWarning(
            usage,
            `${this.reasonFor(error, `GetServiceLastAccessedDetailsWithEntities ${namespace}`)}`
          );
          break;
        }
        addWarning(usage, `GetServiceLastAccessedDetailsWithEntities ${namespace}: ${errorMessage(error)}`);
      }
    }
    return out;
  }
  async extras(entity, usage) {
    const arn = usage.arn;
    const parts = parseIamArn(arn);
    if (parts?.kind === "user") {
      try {
        usage.accessKeys = await accessKeysOf(this.clients.iam, this.scheduler, parts.name);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) throw error;
        addWarning(usage, `access keys unknown: ${errorMessage(error)}`);
      }
    }
    const granting = usage.report ? this.options.grantingPoliciesFor?.(entity, usage.report) ?? [] : [];
    if (granting.length > 0 && usage.report) {
      const namespaces = granting.includes("*") ? usage.report.ServicesLastAccessed.map((s) => s.ServiceNamespace) : [...new Set(granting)];
      try {
        usage.policiesGranting = await this.policiesGranting(arn, namespaces);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof CredentialsRejectedError) throw error;
        addWarning(usage, `ListPoliciesGrantingServiceAccess: ${errorMessage(error)}`);
      }
    }
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
//# sourceMappingURL=collect-live-D5L6FURR.js.map
