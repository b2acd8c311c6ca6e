// The scenario file that drives the local IAM endpoint: entities and their usage, keys, stacks and injected faults.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';

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
  faults?: ScenarioFaults;
  /** A policy document (or, in the file, a path relative to it): every call it does not allow is AccessDenied. */
  callerPolicy?: unknown;
}

const ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):(role|user|group|policy)(\/.*)?\/([^/]+)$/;

/** Parses and checks a scenario; relative dates (`now-30d`, `now-4h`, `now`) become timestamps against `now`. */
export function loadScenario(text: string, file: string, now: Date = new Date()): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const fail = (path: string, message: string): never => {
    throw new UserError(`${file}: ${path} ${message}`);
  };
  if (!isObject(raw)) return fail('(top level)', 'must be an object');
  const date = (value: unknown, path: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return fail(path, 'must be a date string (RFC 3339 or now-30d)');
    const relative = /^now(?:-(\d+)([dhm]))?$/.exec(value);
    if (relative) {
      const amount = Number(relative[1] ?? 0);
      const unit = relative[2] === 'd' ? 86_400_000 : relative[2] === 'h' ? 3_600_000 : 60_000;
      return new Date(now.getTime() - amount * unit).toISOString();
    }
    if (Number.isNaN(Date.parse(value))) return fail(path, `is not a date: ${JSON.stringify(value)}`);
    return new Date(value).toISOString();
  };
  const str = (value: unknown, path: string): string =>
    typeof value === 'string' && value.length > 0 ? value : fail(path, 'must be a non-empty string');
  const optStr = (value: unknown, path: string): string | undefined =>
    value === undefined ? undefined : str(value, path);
  const arr = (value: unknown, path: string): unknown[] =>
    value === undefined ? [] : Array.isArray(value) ? value : fail(path, 'must be an array');
  const range = (value: unknown, path: string): number | [number, number] | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && value >= 0) return value;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'number' && v >= 0) &&
      value[0] <= value[1]
    ) {
      return [value[0], value[1]];
    }
    return fail(path, 'must be a number of milliseconds or [min, max]');
  };

  const account = str(raw['account'], 'account');
  if (!/^\d{12}$/.test(account)) fail('account', 'must be a 12-digit account id');
  const callerArn = optStr(raw['callerArn'], 'callerArn');

  const entities = arr(raw['entities'], 'entities').map((value, i): ScenarioEntity => {
    const path = `entities[${i}]`;
    if (!isObject(value)) return fail(path, 'must be an object');
    const arn = str(value['arn'], `${path}.arn`);
    if (!ARN.test(arn)) fail(`${path}.arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
    const services = arr(value['services'], `${path}.services`).map((s, j): ScenarioService => {
      const sp = `${path}.services[${j}]`;
      if (!isObject(s)) return fail(sp, 'must be an object');
      const service: ScenarioService = { namespace: str(s['namespace'], `${sp}.namespace`) };
      assign(service, 'name', optStr(s['name'], `${sp}.name`));
      assign(service, 'lastAuthenticated', date(s['lastAuthenticated'], `${sp}.lastAuthenticated`));
      assign(service, 'region', optStr(s['region'], `${sp}.region`));
      assign(service, 'entity', optStr(s['entity'], `${sp}.entity`));
      if (s['totalAuthenticatedEntities'] !== undefined) {
        if (typeof s['totalAuthenticatedEntities'] !== 'number') {
          fail(`${sp}.totalAuthenticatedEntities`, 'must be a number');
        }
        service.totalAuthenticatedEntities = s['totalAuthenticatedEntities'] as number;
      }
      if (s['actions'] !== undefined) {
        service.actions = arr(s['actions'], `${sp}.actions`).map((a, k) => {
          const ap = `${sp}.actions[${k}]`;
          if (!isObject(a)) return fail(ap, 'must be an object');
          const action: ScenarioTrackedAction = { name: str(a['name'], `${ap}.name`) };
          assign(action, 'lastAccessed', date(a['lastAccessed'], `${ap}.lastAccessed`));
          assign(action, 'region', optStr(a['region'], `${ap}.region`));
          assign(action, 'entity', optStr(a['entity'], `${ap}.entity`));
          return action;
        });
      }
      if (s['entities'] !== undefined) {
        service.entities = arr(s['entities'], `${sp}.entities`).map((e, k) => {
          const ep = `${sp}.entities[${k}]`;
          if (!isObject(e)) return fail(ep, 'must be an object');
          const used: { arn: string; lastAuthenticated?: string } = { arn: str(e['arn'], `${ep}.arn`) };
          assign(used, 'lastAuthenticated', date(e['lastAuthenticated'], `${ep}.lastAuthenticated`));
          return used;
        });
      }
      if (s['grantedBy'] !== undefined) {
        service.grantedBy = arr(s['grantedBy'], `${sp}.grantedBy`).map((g, k) => {
          const gp = `${sp}.grantedBy[${k}]`;
          if (!isObject(g)) return fail(gp, 'must be an object');
          const policyType = g['policyType'];
          if (policyType !== 'INLINE' && policyType !== 'MANAGED') {
            return fail(`${gp}.policyType`, 'must be INLINE or MANAGED');
          }
          const grant: ScenarioPolicyGrant = {
            policyName: str(g['policyName'], `${gp}.policyName`),
            policyType,
          };
          assign(grant, 'policyArn', optStr(g['policyArn'], `${gp}.policyArn`));
          const entityType = g['entityType'];
          if (entityType !== undefined) {
            if (entityType !== 'USER' && entityType !== 'ROLE' && entityType !== 'GROUP') {
              fail(`${gp}.entityType`, 'must be USER, ROLE or GROUP');
            }
            grant.entityType = entityType as 'USER' | 'ROLE' | 'GROUP';
          }
          assign(grant, 'entityName', optStr(g['entityName'], `${gp}.entityName`));
          return grant;
        });
      }
      return service;
    });
    const accessKeys = arr(value['accessKeys'], `${path}.accessKeys`).map((k, j): ScenarioAccessKey => {
      const kp = `${path}.accessKeys[${j}]`;
      if (!isObject(k)) return fail(kp, 'must be an object');
      const key: ScenarioAccessKey = { id: str(k['id'], `${kp}.id`) };
      const status = k['status'];
      if (status !== undefined) {
        if (status !== 'Active' && status !== 'Inactive' && status !== 'Expired') {
          fail(`${kp}.status`, 'must be Active, Inactive or Expired');
        }
        key.status = status as 'Active' | 'Inactive' | 'Expired';
      }
      assign(key, 'createDate', date(k['createDate'], `${kp}.createDate`));
      if (k['lastUsed'] !== undefined) {
        const lu = k['lastUsed'];
        if (!isObject(lu)) return fail(`${kp}.lastUsed`, 'must be an object');
        const lastUsed: NonNullable<ScenarioAccessKey['lastUsed']> = {};
        assign(lastUsed, 'date', date(lu['date'], `${kp}.lastUsed.date`));
        assign(lastUsed, 'service', optStr(lu['service'], `${kp}.lastUsed.service`));
        assign(lastUsed, 'region', optStr(lu['region'], `${kp}.lastUsed.region`));
        key.lastUsed = lastUsed;
      }
      return key;
    });
    const entity: ScenarioEntity = { arn, services, accessKeys };
    assign(entity, 'createDate', date(value['createDate'], `${path}.createDate`));
    if (value['document'] !== undefined) entity.document = value['document'];
    return entity;
  });

  const policies = arr(raw['policies'], 'policies').map((value, i): ScenarioPolicy => {
    const path = `policies[${i}]`;
    if (!isObject(value)) return fail(path, 'must be an object');
    if (!isObject(value['document'])) return fail(`${path}.document`, 'must be a policy document object');
    const policy: ScenarioPolicy = { arn: str(value['arn'], `${path}.arn`), document: value['document'] };
    assign(policy, 'createDate', date(value['createDate'], `${path}.createDate`));
    return policy;
  });

  const scenario: Scenario = { account, entities, policies };
  assign(scenario, 'callerArn', callerArn);

  if (raw['stacks'] !== undefined) {
    const stacks = raw['stacks'];
    if (!isObject(stacks))
      return fail('stacks', 'must be an object: stack name → { logical id → physical id }');
    scenario.stacks = {};
    for (const [name, resources] of Object.entries(stacks)) {
      if (!isObject(resources)) return fail(`stacks.${name}`, 'must be an object: logical id → physical id');
      const mapped: Record<string, string | { physicalId: string; type?: string }> = {};
      for (const [logicalId, physical] of Object.entries(resources)) {
        const rp = `stacks.${name}.${logicalId}`;
        if (typeof physical === 'string') mapped[logicalId] = physical;
        else if (isObject(physical)) {
          const entry: { physicalId: string; type?: string } = {
            physicalId: str(physical['physicalId'], `${rp}.physicalId`),
          };
          assign(entry, 'type', optStr(physical['type'], `${rp}.type`));
          mapped[logicalId] = entry;
        } else fail(rp, 'must be a physical id string or { physicalId, type }');
      }
      scenario.stacks[name] = mapped;
    }
  }

  if (raw['faults'] !== undefined) {
    const f = raw['faults'];
    if (!isObject(f)) return fail('faults', 'must be an object');
    const known = [
      'jobLatencyMs',
      'requestLatencyMs',
      'throttleAboveRps',
      'failedJobs',
      'stuckJobs',
      'deniedCalls',
      'bursts',
    ];
    for (const key of Object.keys(f)) {
      if (!known.includes(key)) fail(`faults.${key}`, `is not a known fault (known: ${known.join(', ')})`);
    }
    const faults: ScenarioFaults = {};
    assign(faults, 'jobLatencyMs', range(f['jobLatencyMs'], 'faults.jobLatencyMs'));
    assign(faults, 'requestLatencyMs', range(f['requestLatencyMs'], 'faults.requestLatencyMs'));
    if (f['throttleAboveRps'] !== undefined) {
      if (typeof f['throttleAboveRps'] !== 'number' || f['throttleAboveRps'] <= 0) {
        fail('faults.throttleAboveRps', 'must be a positive number');
      }
      faults.throttleAboveRps = f['throttleAboveRps'] as number;
    }
    faults.failedJobs = arr(f['failedJobs'], 'faults.failedJobs').map((v, i) => {
      if (typeof v === 'string') return { arn: v };
      if (!isObject(v)) return fail(`faults.failedJobs[${i}]`, 'must be an ARN or { arn, code, message }');
      const job: ScenarioFailedJob = { arn: str(v['arn'], `faults.failedJobs[${i}].arn`) };
      assign(job, 'code', optStr(v['code'], `faults.failedJobs[${i}].code`));
      assign(job, 'message', optStr(v['message'], `faults.failedJobs[${i}].message`));
      return job;
    });
    faults.stuckJobs = arr(f['stuckJobs'], 'faults.stuckJobs').map((v, i) =>
      str(v, `faults.stuckJobs[${i}]`),
    );
    faults.deniedCalls = arr(f['deniedCalls'], 'faults.deniedCalls').map((v, i) => {
      if (!isObject(v)) return fail(`faults.deniedCalls[${i}]`, 'must be an object { operation?, arn? }');
      const denied: ScenarioDeniedCall = {};
      assign(denied, 'operation', optStr(v['operation'], `faults.deniedCalls[${i}].operation`));
      assign(denied, 'arn', optStr(v['arn'], `faults.deniedCalls[${i}].arn`));
      return denied;
    });
    faults.bursts = arr(f['bursts'], 'faults.bursts').map((v, i) => {
      const bp = `faults.bursts[${i}]`;
      if (!isObject(v))
        return fail(bp, 'must be an object { kind, operation?, after?, count?, status?, delayMs? }');
      const kind = v['kind'];
      const kinds = ['server-error', 'reset', 'expired-token', 'credentials-rejected', 'html-error', 'slow'];
      if (typeof kind !== 'string' || !kinds.includes(kind)) {
        return fail(`${bp}.kind`, `must be ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`);
      }
      const burst: ScenarioBurst = { kind: kind as ScenarioBurst['kind'] };
      assign(burst, 'operation', optStr(v['operation'], `${bp}.operation`));
      assign(burst, 'code', optStr(v['code'], `${bp}.code`));
      assign(burst, 'accessKeyId', optStr(v['accessKeyId'], `${bp}.accessKeyId`));
      for (const key of ['after', 'count', 'status', 'delayMs'] as const) {
        const value = v[key];
        if (value === undefined) continue;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          fail(`${bp}.${key}`, 'must be a whole number >= 0');
        }
        burst[key] = value as number;
      }
      if (burst.status !== undefined && (burst.status < 500 || burst.status > 599)) {
        fail(`${bp}.status`, 'must be a 5xx status');
      }
      return burst;
    });
    scenario.faults = faults;
  }

  const callerPolicy = raw['callerPolicy'];
  if (typeof callerPolicy === 'string') {
    const policyFile = resolve(dirname(file), callerPolicy);
    let text: string;
    try {
      text = readFileSync(policyFile, 'utf8');
    } catch {
      return fail('callerPolicy', `names a file that cannot be read: ${policyFile}`);
    }
    try {
      scenario.callerPolicy = JSON.parse(text);
    } catch {
      return fail('callerPolicy', `names a file that is not valid JSON: ${policyFile}`);
    }
  } else if (callerPolicy !== undefined) {
    if (!isObject(callerPolicy)) return fail('callerPolicy', 'must be a policy document or a path to one');
    scenario.callerPolicy = callerPolicy;
  }
  return scenario;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an optional property only when there is a value (exactOptionalPropertyTypes). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
