// The `entities` section: roles, users, groups and policies with their usage, tracked actions and access keys.

import { parseIamArn } from '../../policy/arn.js';
import { assign, type ScenarioReader } from './reader.js';
import type {
  ScenarioAccessKey,
  ScenarioEntity,
  ScenarioPolicyGrant,
  ScenarioService,
  ScenarioTrackedAction,
} from './types.js';

function trackedAction(r: ScenarioReader, value: unknown, path: string): ScenarioTrackedAction {
  const a = r.object(value, path);
  const action: ScenarioTrackedAction = { name: r.str(a['name'], `${path}.name`) };
  assign(action, 'lastAccessed', r.date(a['lastAccessed'], `${path}.lastAccessed`));
  assign(action, 'region', r.optStr(a['region'], `${path}.region`));
  assign(action, 'entity', r.optStr(a['entity'], `${path}.entity`));
  return action;
}

function policyGrant(r: ScenarioReader, value: unknown, path: string): ScenarioPolicyGrant {
  const g = r.object(value, path);
  const policyType = r.oneOf(g['policyType'], `${path}.policyType`, ['INLINE', 'MANAGED'] as const);
  if (!policyType) return r.fail(`${path}.policyType`, 'must be INLINE or MANAGED');
  const grant: ScenarioPolicyGrant = { policyName: r.str(g['policyName'], `${path}.policyName`), policyType };
  assign(grant, 'policyArn', r.optStr(g['policyArn'], `${path}.policyArn`));
  assign(
    grant,
    'entityType',
    r.oneOf(g['entityType'], `${path}.entityType`, ['USER', 'ROLE', 'GROUP'] as const),
  );
  assign(grant, 'entityName', r.optStr(g['entityName'], `${path}.entityName`));
  return grant;
}

function service(r: ScenarioReader, value: unknown, path: string): ScenarioService {
  const s = r.object(value, path);
  const out: ScenarioService = { namespace: r.str(s['namespace'], `${path}.namespace`) };
  assign(out, 'name', r.optStr(s['name'], `${path}.name`));
  assign(out, 'lastAuthenticated', r.date(s['lastAuthenticated'], `${path}.lastAuthenticated`));
  assign(out, 'region', r.optStr(s['region'], `${path}.region`));
  assign(out, 'entity', r.optStr(s['entity'], `${path}.entity`));
  if (s['totalAuthenticatedEntities'] !== undefined) {
    if (typeof s['totalAuthenticatedEntities'] !== 'number') {
      r.fail(`${path}.totalAuthenticatedEntities`, 'must be a number');
    }
    out.totalAuthenticatedEntities = s['totalAuthenticatedEntities'] as number;
  }
  if (s['actions'] !== undefined) {
    out.actions = r
      .arr(s['actions'], `${path}.actions`)
      .map((a, k) => trackedAction(r, a, `${path}.actions[${k}]`));
  }
  if (s['entities'] !== undefined) {
    out.entities = r.arr(s['entities'], `${path}.entities`).map((e, k) => {
      const ep = `${path}.entities[${k}]`;
      const entry = r.object(e, ep);
      const used: { arn: string; lastAuthenticated?: string } = { arn: r.str(entry['arn'], `${ep}.arn`) };
      assign(used, 'lastAuthenticated', r.date(entry['lastAuthenticated'], `${ep}.lastAuthenticated`));
      return used;
    });
  }
  if (s['grantedBy'] !== undefined) {
    out.grantedBy = r
      .arr(s['grantedBy'], `${path}.grantedBy`)
      .map((g, k) => policyGrant(r, g, `${path}.grantedBy[${k}]`));
  }
  return out;
}

function accessKey(r: ScenarioReader, value: unknown, path: string): ScenarioAccessKey {
  const k = r.object(value, path);
  const key: ScenarioAccessKey = { id: r.str(k['id'], `${path}.id`) };
  assign(key, 'status', r.oneOf(k['status'], `${path}.status`, ['Active', 'Inactive', 'Expired'] as const));
  assign(key, 'createDate', r.date(k['createDate'], `${path}.createDate`));
  if (k['lastUsed'] !== undefined) {
    const lu = r.object(k['lastUsed'], `${path}.lastUsed`);
    const lastUsed: NonNullable<ScenarioAccessKey['lastUsed']> = {};
    assign(lastUsed, 'date', r.date(lu['date'], `${path}.lastUsed.date`));
    assign(lastUsed, 'service', r.optStr(lu['service'], `${path}.lastUsed.service`));
    assign(lastUsed, 'region', r.optStr(lu['region'], `${path}.lastUsed.region`));
    key.lastUsed = lastUsed;
  }
  return key;
}

export function loadEntities(r: ScenarioReader, value: unknown): ScenarioEntity[] {
  return r.arr(value, 'entities').map((item, i): ScenarioEntity => {
    const path = `entities[${i}]`;
    const e = r.object(item, path);
    const arn = r.str(e['arn'], `${path}.arn`);
    if (!parseIamArn(arn)) r.fail(`${path}.arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
    const services = r
      .arr(e['services'], `${path}.services`)
      .map((s, j) => service(r, s, `${path}.services[${j}]`));
    const accessKeys = r
      .arr(e['accessKeys'], `${path}.accessKeys`)
      .map((k, j) => accessKey(r, k, `${path}.accessKeys[${j}]`));
    const entity: ScenarioEntity = { arn, services, accessKeys };
    assign(entity, 'createDate', r.date(e['createDate'], `${path}.createDate`));
    if (e['document'] !== undefined) entity.document = e['document'];
    return entity;
  });
}
