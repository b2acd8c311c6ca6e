// Terraform plan JSON (`terraform show -json`, format 0.1–1.2) → IAM entities after the plan, and before it.
import {
  type Diagnostic,
  type Entity,
  type EntityKind,
  type Suppression,
  scopedSuppressions,
} from '../policy/model.js';
import { addManagedPolicyArn } from './cloudformation.js';
import { isRecord } from './intrinsics.js';
import { joinPath, type LineIndex, type PathSegment } from './located.js';
import { type DocumentScope, locate, readPolicyDocument, type StatementSink } from './statements.js';

export const TERRAFORM_SUPPRESSION_TAG = 'iam-usage-guard:ignore:';

export function isTerraformPlan(document: unknown): document is Record<string, unknown> {
  return (
    isRecord(document) &&
    typeof document['format_version'] === 'string' &&
    (isRecord(document['planned_values']) ||
      Array.isArray(document['resource_changes']) ||
      typeof document['terraform_version'] === 'string')
  );
}

/** One resource instance as the plan states it at one point in time. */
interface PlanResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
  /** `after_unknown` of the resource: true (or a nested true) where the value is known only after apply. */
  unknown: Record<string, unknown>;
  /** The resource (its line is the entity's line). */
  path: PathSegment[];
  /** Its attribute values. */
  valuesPath: PathSegment[];
}

const ENTITY_TYPES: Readonly<Record<string, EntityKind>> = {
  aws_iam_role: 'role',
  aws_iam_user: 'user',
  aws_iam_group: 'group',
  aws_iam_policy: 'policy',
};
const INLINE_POLICY: Readonly<Record<string, { key: string; kind: EntityKind }>> = {
  aws_iam_role_policy: { key: 'role', kind: 'role' },
  aws_iam_user_policy: { key: 'user', kind: 'user' },
  aws_iam_group_policy: { key: 'group', kind: 'group' },
};
const ATTACHMENT: Readonly<Record<string, { key: string; kind: EntityKind }>> = {
  aws_iam_role_policy_attachment: { key: 'role', kind: 'role' },
  aws_iam_user_policy_attachment: { key: 'user', kind: 'user' },
  aws_iam_group_policy_attachment: { key: 'group', kind: 'group' },
};
const SHARED_ATTACHMENT_KEYS: ReadonlyArray<{ key: string; kind: EntityKind }> = [
  { key: 'roles', kind: 'role' },
  { key: 'users', kind: 'user' },
  { key: 'groups', kind: 'group' },
];

export interface PlanEntities {
  entities: Entity[];
  priorEntities: Entity[];
}

export function entitiesFromPlan(
  plan: Record<string, unknown>,
  file: string,
  lines: LineIndex,
  diagnostics: Diagnostic[],
): PlanEntities {
  const scope: DocumentScope = { file, lines, pathPrefix: '', diagnostics };
  const changes = Array.isArray(plan['resource_changes']) ? plan['resource_changes'] : [];
  const changeByAddress = new Map<string, { change: Record<string, unknown>; index: number }>();
  changes.forEach((item, index) => {
    if (isRecord(item) && typeof item['address'] === 'string' && isRecord(item['change'])) {
      changeByAddress.set(item['address'], { change: item['change'], index });
    }
  });
  const priorState =
    isRecord(plan['prior_state']) && isRecord(plan['prior_state']['values'])
      ? plan['prior_state']['values']
      : null;
  const priorArn = new Map<string, string>();
  if (priorState && isRecord(priorState['root_module'])) {
    for (const resource of moduleResources(priorState['root_module'], [
      'prior_state',
      'values',
      'root_module',
    ])) {
      const arn = resource.values['arn'];
      if (typeof arn === 'string') priorArn.set(resource.address, arn);
    }
  }
  const references = configurationReferences(plan['configuration']);

  // After the plan: planned_values (or, without them, each change's `after`).
  let after: PlanResource[];
  if (isRecord(plan['planned_values']) && isRecord(plan['planned_values']['root_module'])) {
    after = moduleResources(plan['planned_values']['root_module'], ['planned_values', 'root_module']).map(
      (r) => {
        const unknown = changeByAddress.get(r.address)?.change['after_unknown'];
        return { ...r, unknown: isRecord(unknown) ? unknown : {} };
      },
    );
  } else {
    after = changes.flatMap((item, index) => {
      const resource = changeResource(item, index, 'after');
      if (!resource) return [];
      const unknown = (item as Record<string, unknown>)['change'] as Record<string, unknown>;
      return [{ ...resource, unknown: isRecord(unknown['after_unknown']) ? unknown['after_unknown'] : {} }];
    });
  }
  // Before the plan: each change's `before` (null for resources the plan creates).
  const before = changes.flatMap((item, index) => {
    const resource = changeResource(item, index, 'before');
    return resource ? [resource] : [];
  });

  return {
    entities: buildEntities(scope, after, priorArn, references, true),
    priorEntities: buildEntities(scope, before, priorArn, references, false),
  };
}

function changeResource(item: unknown, index: number, side: 'before' | 'after'): PlanResource | null {
  if (!isRecord(item) || item['mode'] === 'data' || typeof item['address'] !== 'string') return null;
  if (typeof item['type'] !== 'string' || !isRecord(item['change'])) return null;
  const values = item['change'][side];
  if (!isRecord(values)) return null;
  return {
    address: item['address'],
    type: item['type'],
    values,
    unknown: {},
    path: ['resource_changes', index],
    valuesPath: ['resource_changes', index, 'change', side],
  };
}

/** Managed resources of a module and its child modules, depth first. */
function moduleResources(module: Record<string, unknown>, path: PathSegment[], depth = 0): PlanResource[] {
  const out: PlanResource[] = [];
  const resources = Array.isArray(module['resources']) ? module['resources'] : [];
  resources.forEach((resource, i) => {
    if (!isRecord(resource) || resource['mode'] === 'data') return;
    if (typeof resource['address'] !== 'string' || typeof resource['type'] !== 'string') return;
    out.push({
      address: resource['address'],
      type: resource['type'],
      values: isRecord(resource['values']) ? resource['values'] : {},
      unknown: {},
      path: [...path, 'resources', i],
      valuesPath: [...path, 'resources', i, 'values'],
    });
  });
  const children = Array.isArray(module['child_modules']) ? module['child_modules'] : [];
  if (depth < 64) {
    children.forEach((child, j) => {
      if (isRecord(child)) out.push(...moduleResources(child, [...path, 'child_modules', j], depth + 1));
    });
  }
  return out;
}

/** `configuration` expressions: resource address (without instance keys) → attribute → referenced addresses. */
function configurationReferences(configuration: unknown): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const visit = (module: unknown, prefix: string, depth: number): void => {
    if (!isRecord(module) || depth > 32) return;
    const resources = Array.isArray(module['resources']) ? module['resources'] : [];
    for (const resource of resources) {
      if (
        !isRecord(resource) ||
        typeof resource['address'] !== 'string' ||
        !isRecord(resource['expressions'])
      )
        continue;
      const attributes = new Map<string, string[]>();
      for (const [attribute, expression] of Object.entries(resource['expressions'])) {
        const found: string[] = [];
        collectReferences(expression, prefix, found, 0);
        if (found.length > 0) attributes.set(attribute, found);
      }
      out.set(prefix + resource['address'], attributes);
    }
    const calls = isRecord(module['module_calls']) ? module['module_calls'] : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isRecord(call)) visit(call['module'], `${prefix}module.${name}.`, depth + 1);
    }
  };
  if (isRecord(configuration)) visit(configuration['root_module'], '', 0);
  return out;
}

function collectReferences(expression: unknown, prefix: string, out: string[], depth: number): void {
  if (depth > 16) return;
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences(item, prefix, out, depth + 1);
    return;
  }
  if (!isRecord(expression)) return;
  const references = expression['references'];
  if (Array.isArray(references)) {
    for (const reference of references) if (typeof reference === 'string') out.push(prefix + reference);
  }
  for (const [key, value] of Object.entries(expression)) {
    if (key !== 'references' && typeof value === 'object') collectReferences(value, prefix, out, depth + 1);
  }
}

/** `module.a.aws_iam_role.x["k"]` → `module.a.aws_iam_role.x` (instance keys of the last step removed). */
function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '').replace(/\[[^\]]*\]\./g, '.');
}

function isUnknown(unknown: Record<string, unknown>, key: string): boolean {
  const value = unknown[key];
  return (
    value === true || (typeof value === 'object' && value !== null && JSON.stringify(value).includes('true'))
  );
}

function buildEntities(
  scope: DocumentScope,
  resources: PlanResource[],
  priorArn: ReadonlyMap<string, string>,
  references: ReadonlyMap<string, ReadonlyMap<string, string[]>>,
  withUnknowns: boolean,
): Entity[] {
  const entities: Entity[] = [];
  const byAddress = new Map<string, Entity>();
  const external = new Map<string, Entity>();

  const sinkOf = (entity: Entity): StatementSink => ({
    statements: entity.statements,
    unknowns: entity.unknowns,
    entityId: entity.id,
  });
  const note = (entity: Entity, resource: PlanResource, key: string, what: string): boolean => {
    if (!withUnknowns || !isUnknown(resource.unknown, key)) return false;
    entity.unknowns.push(`${resource.address}: ${what} (${key}) is known only after apply`);
    return true;
  };

  for (const resource of resources) {
    const kind = ENTITY_TYPES[resource.type];
    if (!kind) continue;
    const { values } = resource;
    const entity = newEntity(scope, resource, kind);
    entity.name = typeof values['name'] === 'string' ? values['name'] : null;
    entity.iamPath = typeof values['path'] === 'string' ? values['path'] : null;
    const known = priorArn.get(resource.address);
    entity.arn = known ?? (typeof values['arn'] === 'string' ? values['arn'] : null);
    note(entity, resource, 'name', 'the name');
    const sink = sinkOf(entity);
    if (kind === 'policy') {
      if (!note(entity, resource, 'policy', 'the policy document')) {
        readPolicyDocument(
          scope,
          sink,
          values['policy'],
          [...resource.valuesPath, 'policy'],
          entity.name ?? resource.address,
        );
      }
    } else if (kind === 'role') {
      if (!note(entity, resource, 'inline_policy', 'an inline policy')) {
        const inline = Array.isArray(values['inline_policy']) ? values['inline_policy'] : [];
        inline.forEach((policy, i) => {
          if (!isRecord(policy) || policy['policy'] === undefined || policy['policy'] === '') return;
          const name = typeof policy['name'] === 'string' ? policy['name'] : null;
          readPolicyDocument(
            scope,
            sink,
            policy['policy'],
            [...resource.valuesPath, 'inline_policy', i, 'policy'],
            name,
          );
        });
      }
      if (!note(entity, resource, 'managed_policy_arns', 'the managed policy ARNs')) {
        const arns = Array.isArray(values['managed_policy_arns']) ? values['managed_policy_arns'] : [];
        arns.forEach((arn, i) => {
          addManagedPolicyArn(entity, arn, joinPath('', [...resource.valuesPath, 'managed_policy_arns', i]));
        });
      }
    }
    entities.push(entity);
    byAddress.set(resource.address, entity);
  }

  const byArn = new Map<string, Entity>();
  for (const entity of entities) if (entity.kind === 'policy' && entity.arn) byArn.set(entity.arn, entity);

  /** Entities a policy resource targets through `key`: by configuration reference, else by name. */
  const targets = (resource: PlanResource, key: string, kind: EntityKind): Entity[] => {
    const found: Entity[] = [];
    const names = resource.values[key];
    const list = Array.isArray(names) ? names : names === undefined || names === null ? [] : [names];
    for (const name of list) {
      if (typeof name !== 'string') continue;
      const entity =
        entities.find((e) => e.kind === kind && (e.name === name || e.arn === name)) ??
        externalEntity(resource, kind, name);
      if (!found.includes(entity)) found.push(entity);
    }
    if (list.length === 0 || (withUnknowns && isUnknown(resource.unknown, key))) {
      for (const address of referenced(resource, key)) {
        const entity = byAddress.get(address);
        if (entity && entity.kind === kind && !found.includes(entity)) found.push(entity);
      }
    }
    return found;
  };
  const referenced = (resource: PlanResource, key: string): Entity['id'][] => {
    const refs = references.get(baseAddress(resource.address))?.get(key) ?? [];
    const index = /(\[[^\]]*\])$/.exec(resource.address)?.[1] ?? '';
    const out: string[] = [];
    for (const ref of refs) {
      for (const entity of entities) {
        const base = baseAddress(entity.id);
        if (ref === base || ref.startsWith(`${base}.`)) {
          // Same instance key when both are counted/for_each; otherwise every instance.
          if (index && entity.id !== base + index && entities.some((e) => e.id === base + index)) continue;
          if (!out.includes(entity.id)) out.push(entity.id);
        }
      }
    }
    return out;
  };
  const externalEntity = (resource: PlanResource, kind: EntityKind, name: string): Entity => {
    const id = `${kind}/${name}`;
    let entity = external.get(id);
    if (!entity) {
      entity = newEntity(scope, resource, kind);
      entity.id = id;
      entity.name = name;
      entity.suppressions = [];
      entity.unknowns.push(
        `${kind} ${name} is not managed in this plan; only the policies here that name it are known`,
      );
      external.set(id, entity);
      entities.push(entity);
    }
    return entity;
  };
  /** `carrier` wrote `suppressions`: they cover the statements it adds to `target`, never the rest of it. */
  const fold = (
    target: Entity,
    statements: Entity['statements'],
    unknowns: string[],
    suppressions: Suppression[],
    carrier: string,
  ): void => {
    target.statements.push(...statements);
    target.unknowns.push(...unknowns);
    target.suppressions.push(...scopedSuppressions(suppressions, carrier, statements));
  };

  for (const resource of resources) {
    const inline = INLINE_POLICY[resource.type];
    const attachment = ATTACHMENT[resource.type];
    const shared = resource.type === 'aws_iam_policy_attachment';
    if (!inline && !attachment && !shared) continue;
    const sink: StatementSink = { statements: [], unknowns: [], entityId: resource.address };
    const suppressions = readTags(scope, resource);
    if (inline) {
      if (withUnknowns && isUnknown(resource.unknown, 'policy')) {
        sink.unknowns.push(`${resource.address}: the policy document (policy) is known only after apply`);
      } else {
        const name = typeof resource.values['name'] === 'string' ? resource.values['name'] : resource.address;
        readPolicyDocument(scope, sink, resource.values['policy'], [...resource.valuesPath, 'policy'], name);
      }
      const found = targets(resource, inline.key, inline.kind);
      if (found.length === 0) missingTarget(scope, resource, inline.key);
      for (const target of found)
        fold(target, sink.statements, sink.unknowns, suppressions, resource.address);
      continue;
    }
    // An attachment: the policy is one of this plan's aws_iam_policy resources, or an ARN attached as is.
    const arn = resource.values['policy_arn'];
    let policies =
      typeof arn === 'string' ? [byArn.get(arn)].filter((p): p is Entity => p !== undefined) : [];
    if (policies.length === 0) {
      policies = referenced(resource, 'policy_arn')
        .map((address) => byAddress.get(address))
        .filter((p): p is Entity => p?.kind === 'policy');
    }
    const keys = shared ? SHARED_ATTACHMENT_KEYS : [attachment!];
    const found = keys.flatMap(({ key, kind }) => targets(resource, key, kind));
    if (found.length === 0) missingTarget(scope, resource, keys.map((k) => k.key).join('/'));
    for (const target of found) {
      for (const policy of policies) {
        // The attachment's tags and the policy's own both cover what the policy grants through it.
        fold(target, policy.statements, policy.unknowns, suppressions, resource.address);
        target.suppressions.push(...scopedSuppressions(policy.suppressions, policy.id, policy.statements));
      }
      if (policies.length > 0) continue;
      if (typeof arn === 'string') {
        if (!target.managedPolicyArns.includes(arn)) target.managedPolicyArns.push(arn);
      } else {
        target.unknowns.push(
          `${resource.address}: the attached policy ARN (policy_arn) is known only after apply`,
        );
      }
    }
  }
  return entities;
}

function missingTarget(scope: DocumentScope, resource: PlanResource, key: string): void {
  scope.diagnostics.push({
    severity: 'warning',
    file: scope.file,
    line: scope.lines.lineAt(resource.path),
    message: `${resource.address}: cannot tell which ${key} it applies to; its statements are not counted`,
    entity: resource.address,
  });
}

function newEntity(scope: DocumentScope, resource: PlanResource, kind: EntityKind): Entity {
  return {
    id: resource.address,
    kind,
    format: 'terraform',
    file: scope.file,
    line: scope.lines.lineAt(resource.path),
    path: joinPath('', resource.path),
    name: null,
    iamPath: null,
    arn: null,
    statements: [],
    managedPolicyArns: [],
    stackName: null,
    constructPath: null,
    suppressions: readTags(scope, resource),
    unknowns: [],
  };
}

/** Suppressions written as tags: `iam-usage-guard:ignore:<rule-id>` = reason. */
function readTags(scope: DocumentScope, resource: PlanResource): Suppression[] {
  const tags = resource.values['tags'];
  if (!isRecord(tags)) return [];
  const out: Suppression[] = [];
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith(TERRAFORM_SUPPRESSION_TAG)) continue;
    out.push({
      rule: key.slice(TERRAFORM_SUPPRESSION_TAG.length),
      reason: typeof value === 'string' && value.trim() !== '' ? value : null,
      services: null,
      location: locate(scope, [...resource.valuesPath, 'tags', key]),
      scope: null,
    });
  }
  return out;
}
