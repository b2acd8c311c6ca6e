// CloudFormation templates (and CDK stack templates) → IAM entities: roles, users, groups and managed policies, with
// every AWS::IAM::*Policy, attachment and SAM function role folded into the entities it targets.
import {
  type Diagnostic,
  type Entity,
  type EntityKind,
  type SourceFormat,
  type Suppression,
  scopedSuppressions,
} from '../policy/model.js';
import { intrinsicName, isKnownIntrinsic, isNoValue, isRecord, renderString } from './intrinsics.js';
import { fixedLines, joinPath, type LineIndex, offsetLines, type PathSegment } from './located.js';
import { expandSamPolicyTemplate, SAM_BASIC_EXECUTION_ARN } from './sam.js';
import {
  type DocumentScope,
  forEachBranch,
  locate,
  readPolicyDocument,
  reportUnknownIntrinsic,
  type StatementSink,
} from './statements.js';
import { parseStructured } from './text.js';

export interface TemplateScope extends DocumentScope {
  format: Extract<SourceFormat, 'cloudformation' | 'cdk'>;
  stackName: string | null;
  /** Prefix for entity ids of templates nested in another (StackSet TemplateBody). */
  idPrefix: string;
  /** CDK manifest metadata: logical id → construct path, used when a resource has no `aws:cdk:path`. */
  constructPaths?: ReadonlyMap<string, string>;
}

const ENTITY_TYPES: Readonly<Record<string, { kind: EntityKind; nameKey: string }>> = {
  'AWS::IAM::Role': { kind: 'role', nameKey: 'RoleName' },
  'AWS::IAM::User': { kind: 'user', nameKey: 'UserName' },
  'AWS::IAM::Group': { kind: 'group', nameKey: 'GroupName' },
  'AWS::IAM::ManagedPolicy': { kind: 'policy', nameKey: 'ManagedPolicyName' },
};

/** Policy resources that only add statements to entities they name. */
const TARGET_LISTS: ReadonlyArray<{ key: string; kind: EntityKind }> = [
  { key: 'Roles', kind: 'role' },
  { key: 'Users', kind: 'user' },
  { key: 'Groups', kind: 'group' },
];
const SINGLE_TARGET: Readonly<Record<string, { key: string; kind: EntityKind }>> = {
  'AWS::IAM::RolePolicy': { key: 'RoleName', kind: 'role' },
  'AWS::IAM::UserPolicy': { key: 'UserName', kind: 'user' },
  'AWS::IAM::GroupPolicy': { key: 'GroupName', kind: 'group' },
};

export const SUPPRESSION_KEY = 'iam-usage-guard';

/** True when a parsed document looks like a CloudFormation template. */
export function isTemplate(document: unknown): document is Record<string, unknown> {
  if (!isRecord(document)) return false;
  if (typeof document['AWSTemplateFormatVersion'] === 'string' && isRecord(document['Resources']))
    return true;
  const resources = document['Resources'];
  if (!isRecord(resources)) return false;
  for (const key in resources) {
    const resource = resources[key];
    if (isRecord(resource) && typeof resource['Type'] === 'string' && resource['Type'].includes('::'))
      return true;
  }
  return false;
}

interface PolicyResource {
  id: string;
  type: string;
  statements: Entity['statements'];
  unknowns: string[];
  suppressions: Suppression[];
  /** For managed policies: the entity itself. */
  entity: Entity | null;
}

export function entitiesFromTemplate(template: Record<string, unknown>, scope: TemplateScope): Entity[] {
  const resources = template['Resources'];
  if (!isRecord(resources)) return [];
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const resourceTypes = new Map<string, string>();
  const policies: Array<{ resource: Record<string, unknown>; policy: PolicyResource }> = [];
  const managedPolicies = new Map<string, PolicyResource>();
  const parameters = isRecord(template['Parameters']) ? template['Parameters'] : {};
  const external = new Map<string, Entity>();
  /** Entities declared by IAM resources, by logical id (not SAM roles, not entities known by name only). */
  const declared = new Map<string, Entity>();

  for (const id of Object.keys(resources)) {
    const resource = resources[id];
    if (isRecord(resource) && typeof resource['Type'] === 'string') resourceTypes.set(id, resource['Type']);
  }

  const newEntity = (
    id: string,
    kind: EntityKind,
    path: PathSegment[],
    resource: Record<string, unknown>,
  ): Entity => {
    const metadata = isRecord(resource['Metadata']) ? resource['Metadata'] : {};
    const cdkPath = metadata['aws:cdk:path'];
    return {
      id: scope.idPrefix + id,
      kind,
      format: scope.format,
      file: scope.file,
      line: scope.lines.lineAt(path),
      path: joinPath(scope.pathPrefix, path),
      name: null,
      iamPath: null,
      arn: null,
      statements: [],
      managedPolicyArns: [],
      stackName: scope.stackName,
      constructPath: typeof cdkPath === 'string' ? cdkPath : (scope.constructPaths?.get(id) ?? null),
      suppressions: readSuppressions(scope, metadata, [...path, 'Metadata', SUPPRESSION_KEY]),
      unknowns: [],
    };
  };

  // Pass 1: entities, and the statements each resource writes itself.
  for (const [id, type] of resourceTypes) {
    const resource = resources[id] as Record<string, unknown>;
    const path: PathSegment[] = ['Resources', id];
    const properties = isRecord(resource['Properties']) ? resource['Properties'] : {};
    const propertiesPath = [...path, 'Properties'];
    const entityType = ENTITY_TYPES[type];
    if (entityType) {
      const entity = newEntity(id, entityType.kind, path, resource);
      const sink = sinkOf(entity);
      checkIntrinsics(scope, sink, properties, [...propertiesPath], 0);
      entity.name = physicalName(properties[entityType.nameKey]);
      entity.iamPath = typeof properties['Path'] === 'string' ? properties['Path'] : null;
      if (entityType.kind === 'policy') {
        const name = entity.name ?? id;
        readPolicyDocument(
          scope,
          sink,
          properties['PolicyDocument'],
          [...propertiesPath, 'PolicyDocument'],
          name,
        );
        const policy: PolicyResource = {
          id,
          type,
          statements: entity.statements,
          unknowns: entity.unknowns,
          // Its own suppressions cover the policy entity, and what it grants to the entities it is attached to.
          suppressions: entity.suppressions,
          entity,
        };
        managedPolicies.set(id, policy);
        policies.push({ resource: properties, policy });
      } else {
        readInlinePolicies(scope, sink, properties['Policies'], [...propertiesPath, 'Policies']);
      }
      entities.push(entity);
      byId.set(id, entity);
      declared.set(id, entity);
      continue;
    }
    if (type === 'AWS::IAM::Policy' || SINGLE_TARGET[type]) {
      const sink: StatementSink = { statements: [], unknowns: [], entityId: scope.idPrefix + id };
      checkIntrinsics(scope, sink, properties, [...propertiesPath], 0);
      const policyName = physicalName(properties['PolicyName']) ?? id;
      readPolicyDocument(
        scope,
        sink,
        properties['PolicyDocument'],
        [...propertiesPath, 'PolicyDocument'],
        policyName,
      );
      const metadata = isRecord(resource['Metadata']) ? resource['Metadata'] : {};
      policies.push({
        resource: properties,
        policy: {
          id,
          type,
          statements: sink.statements,
          unknowns: sink.unknowns,
          suppressions: readSuppressions(scope, metadata, [...path, 'Metadata', SUPPRESSION_KEY]),
          entity: null,
        },
      });
      continue;
    }
    if (type === 'AWS::Serverless::Function' || type === 'AWS::Serverless::StateMachine') {
      if (properties['Role'] !== undefined) continue;
      // SAM creates `<Function>Role` with the function's Policies (and, for functions, basic execution).
      const entity = newEntity(`${id}Role`, 'role', path, resource);
      const sink = sinkOf(entity);
      checkIntrinsics(scope, sink, properties, [...propertiesPath], 0);
      if (type === 'AWS::Serverless::Function') entity.managedPolicyArns.push(SAM_BASIC_EXECUTION_ARN);
      readSamPolicies(scope, entity, properties['Policies'], [...propertiesPath, 'Policies']);
      entities.push(entity);
      byId.set(`${id}Role`, entity);
      continue;
    }
    if (type === 'AWS::CloudFormation::StackSet' && typeof properties['TemplateBody'] === 'string') {
      entities.push(
        ...stackSetEntities(scope, id, properties['TemplateBody'], [...propertiesPath, 'TemplateBody']),
      );
    }
  }

  const entityByName = (kind: EntityKind, name: string): Entity | undefined =>
    entities.find((e) => e.kind === kind && e.name === name) ?? external.get(`${kind}/${name}`);

  // Resolves one `Roles`/`Users`/`Groups` item (or `RoleName` of RolePolicy) to entities in this template.
  const resolveTargets = (
    value: unknown,
    kind: EntityKind,
    path: PathSegment[],
    sourceId: string,
    visit: (entity: Entity) => void,
  ): void => {
    if (value === null || value === undefined || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        resolveTargets(item, kind, [...path, i], sourceId, visit);
      });
      return;
    }
    const fn = intrinsicName(value);
    if (fn === 'Fn::If') {
      forEachBranch(value, path, (branch, branchPath) =>
        resolveTargets(branch, kind, branchPath, sourceId, visit),
      );
      return;
    }
    const diagnostic = (message: string, severity: Diagnostic['severity'] = 'error'): void => {
      scope.diagnostics.push({
        severity,
        file: scope.file,
        line: scope.lines.lineAt(path),
        message,
        entity: scope.idPrefix + sourceId,
      });
    };
    if (fn === 'Ref' || fn === 'Fn::GetAtt') {
      const argument = (value as Record<string, unknown>)[fn];
      const target = fn === 'Ref' ? argument : Array.isArray(argument) ? argument[0] : undefined;
      if (typeof target !== 'string') return;
      const entity = byId.get(target);
      if (entity && entity.kind === kind) {
        visit(entity);
        return;
      }
      const where = joinPath(scope.pathPrefix, path);
      if (entity) diagnostic(`${where} refers to ${target}, which is a ${entity.kind}, not a ${kind}`);
      else if (resourceTypes.has(target))
        diagnostic(`${where} refers to ${target} (${resourceTypes.get(target)}), not a ${kind}`);
      else if (Object.hasOwn(parameters, target)) {
        diagnostic(
          `${where} names the ${kind} through parameter ${target}; that ${kind} is not defined in this template`,
          'warning',
        );
      } else diagnostic(`${where} refers to ${target}, which is not a resource in this template`);
      return;
    }
    const rendered = renderString(value);
    if (rendered && rendered.unresolved.length === 0) {
      const name = rendered.text;
      const known = entityByName(kind, name);
      if (known) {
        visit(known);
        return;
      }
      // A literal name of an entity defined elsewhere: the entity is known by name only.
      const entity: Entity = {
        id: `${scope.idPrefix}${kind}/${name}`,
        kind,
        format: scope.format,
        file: scope.file,
        line: scope.lines.lineAt(path),
        path: joinPath(scope.pathPrefix, path),
        name,
        iamPath: null,
        arn: null,
        statements: [],
        managedPolicyArns: [],
        stackName: scope.stackName,
        constructPath: null,
        suppressions: [],
        unknowns: [
          `${kind} ${name} is not defined in this template; only the policies here that name it are known`,
        ],
      };
      external.set(`${kind}/${name}`, entity);
      entities.push(entity);
      visit(entity);
      return;
    }
    if (fn !== null && !isKnownIntrinsic(fn)) return;
    diagnostic(
      `${joinPath(scope.pathPrefix, path)}: the ${kind} is named by ${rendered ? rendered.text : (fn ?? 'a value')} and cannot be matched from code`,
      'warning',
    );
  };

  const folded = new Set<string>();
  const fold = (entity: Entity, policy: PolicyResource): void => {
    // Named twice (by Ref and by name, or in two lists) still counts once.
    const key = `${policy.id}\u0000${entity.id}`;
    if (entity === policy.entity || folded.has(key)) return;
    folded.add(key);
    entity.statements.push(...policy.statements);
    entity.unknowns.push(...policy.unknowns);
    // A suppression written on the policy covers what the policy grants, never the rest of the entity.
    entity.suppressions.push(
      ...scopedSuppressions(policy.suppressions, scope.idPrefix + policy.id, policy.statements),
    );
  };

  // Pass 2: policy resources into the entities they name.
  for (const { resource, policy } of policies) {
    const propertiesPath: PathSegment[] = ['Resources', policy.id, 'Properties'];
    const single = SINGLE_TARGET[policy.type];
    if (single) {
      resolveTargets(resource[single.key], single.kind, [...propertiesPath, single.key], policy.id, (e) =>
        fold(e, policy),
      );
      continue;
    }
    for (const { key, kind } of TARGET_LISTS) {
      resolveTargets(resource[key], kind, [...propertiesPath, key], policy.id, (e) => {
        fold(e, policy);
      });
    }
  }

  // Pass 3: ManagedPolicyArns — managed policies of this template fold in, the rest stay ARNs.
  for (const [id, entity] of declared) {
    if (entity.kind === 'policy') continue;
    const resource = resources[id];
    if (!isRecord(resource) || !isRecord(resource['Properties'])) continue;
    const path: PathSegment[] = ['Resources', id, 'Properties', 'ManagedPolicyArns'];
    readManagedPolicyArns(resource['Properties']['ManagedPolicyArns'], path, entity, managedPolicies, fold);
  }
  return entities;

  function readManagedPolicyArns(
    value: unknown,
    path: PathSegment[],
    entity: Entity,
    managed: Map<string, PolicyResource>,
    foldInto: (entity: Entity, policy: PolicyResource) => void,
  ): void {
    if (value === null || value === undefined || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        readManagedPolicyArns(item, [...path, i], entity, managed, foldInto);
      });
      return;
    }
    const fn = intrinsicName(value);
    if (fn === 'Fn::If') {
      forEachBranch(value, path, (branch, branchPath) =>
        readManagedPolicyArns(branch, branchPath, entity, managed, foldInto),
      );
      return;
    }
    if (fn === 'Ref' || fn === 'Fn::GetAtt') {
      const argument = (value as Record<string, unknown>)[fn];
      const target = fn === 'Ref' ? argument : Array.isArray(argument) ? argument[0] : undefined;
      const policy = typeof target === 'string' ? managed.get(target) : undefined;
      if (policy) {
        foldInto(entity, policy);
        return;
      }
      if (typeof target === 'string' && resourceTypes.has(target)) {
        scope.diagnostics.push({
          severity: 'error',
          file: scope.file,
          line: scope.lines.lineAt(path),
          message: `${joinPath(scope.pathPrefix, path)} refers to ${target} (${resourceTypes.get(target)}), not a managed policy`,
          entity: entity.id,
        });
        return;
      }
    }
    addManagedPolicyArn(entity, value, joinPath(scope.pathPrefix, path));
  }
}

/** Adds an attached managed policy ARN as written, or says why it cannot be known. */
export function addManagedPolicyArn(entity: Entity, value: unknown, where: string): void {
  const rendered = renderString(value);
  // Only pseudo parameters left (`arn:aws:iam::${AWS::AccountId}:policy/x`): the ARN is known once the account is.
  if (rendered?.unresolved.every((name) => name.startsWith('AWS::'))) {
    if (!entity.managedPolicyArns.includes(rendered.text)) entity.managedPolicyArns.push(rendered.text);
    return;
  }
  const what = rendered
    ? `"${rendered.text}" is built from ${rendered.unresolved.join(', ')}`
    : 'cannot be rendered';
  entity.unknowns.push(`${where}: managed policy ARN ${what}; its permissions cannot be known from code`);
}

function sinkOf(entity: Entity): StatementSink {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}

function physicalName(value: unknown): string | null {
  const rendered = renderString(value);
  return rendered && rendered.unresolved.length === 0 ? rendered.text : null;
}

function readInlinePolicies(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
): void {
  if (value === null || value === undefined || isNoValue(value)) return;
  if (intrinsicName(value) === 'Fn::If') {
    forEachBranch(value, path, (branch, branchPath) => readInlinePolicies(scope, sink, branch, branchPath));
    return;
  }
  if (!Array.isArray(value)) {
    if (!reportUnknownIntrinsic(scope, sink, value, path)) {
      sink.unknowns.push(
        `${joinPath(scope.pathPrefix, path)}: Policies is not a list and cannot be read from code`,
      );
    }
    return;
  }
  value.forEach((policy, i) => {
    readInlinePolicy(scope, sink, policy, [...path, i]);
  });
}

function readInlinePolicy(
  scope: DocumentScope,
  sink: StatementSink,
  policy: unknown,
  path: PathSegment[],
): void {
  if (policy === null || policy === undefined || isNoValue(policy)) return;
  if (intrinsicName(policy) === 'Fn::If') {
    forEachBranch(policy, path, (branch, branchPath) => readInlinePolicy(scope, sink, branch, branchPath));
    return;
  }
  if (!isRecord(policy)) {
    if (!reportUnknownIntrinsic(scope, sink, policy, path)) {
      sink.unknowns.push(`${joinPath(scope.pathPrefix, path)}: inline policy cannot be read from code`);
    }
    return;
  }
  const name = physicalName(policy['PolicyName']);
  readPolicyDocument(scope, sink, policy['PolicyDocument'], [...path, 'PolicyDocument'], name);
}

function readSamPolicies(scope: DocumentScope, entity: Entity, value: unknown, path: PathSegment[]): void {
  if (value === null || value === undefined || isNoValue(value)) return;
  const sink = sinkOf(entity);
  if (!Array.isArray(value)) {
    readSamPolicy(scope, sink, entity, value, path);
    return;
  }
  value.forEach((item, i) => {
    readSamPolicy(scope, sink, entity, item, [...path, i]);
  });
}

function readSamPolicy(
  scope: DocumentScope,
  sink: StatementSink,
  entity: Entity,
  item: unknown,
  path: PathSegment[],
): void {
  const where = joinPath(scope.pathPrefix, path);
  if (typeof item === 'string') {
    // A managed policy: a full ARN, or the name of an AWS managed policy.
    entity.managedPolicyArns.push(item.startsWith('arn:') ? item : `arn:aws:iam::aws:policy/${item}`);
    return;
  }
  const fn = intrinsicName(item);
  if (fn === 'Fn::If') {
    forEachBranch(item, path, (branch, branchPath) => readSamPolicy(scope, sink, entity, branch, branchPath));
    return;
  }
  if (fn !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path)) addManagedPolicyArn(entity, item, where);
    return;
  }
  if (!isRecord(item)) {
    entity.unknowns.push(`${where}: SAM policy cannot be read from code`);
    return;
  }
  if (Object.hasOwn(item, 'Statement')) {
    readPolicyDocument(scope, sink, item, path, `${entity.id}Policy`);
    return;
  }
  const names = Object.keys(item);
  const templateName = names[0];
  if (names.length !== 1 || templateName === undefined) {
    entity.unknowns.push(`${where}: SAM policy cannot be read from code`);
    return;
  }
  const document = expandSamPolicyTemplate(templateName);
  if (!document) {
    entity.unknowns.push(
      `${where}: SAM policy template ${templateName} is not known to this tool; its actions are not counted`,
    );
    return;
  }
  for (const actions of document) {
    entity.statements.push({
      effect: 'Allow',
      actions: actions.map((pattern: string) => ({
        pattern,
        location: locate(scope, [...path, templateName]),
      })),
      notActions: null,
      allResources: false,
      hasCondition: false,
      policyName: templateName,
      location: locate(scope, [...path, templateName]),
    });
  }
}

function readSuppressions(
  scope: DocumentScope,
  metadata: Record<string, unknown>,
  path: PathSegment[],
): Suppression[] {
  const own = metadata[SUPPRESSION_KEY];
  if (!isRecord(own)) return [];
  const ignore = own['ignore'];
  const list = Array.isArray(ignore) ? ignore : [];
  const out: Suppression[] = [];
  list.forEach((item, i) => {
    const itemPath = [...path, 'ignore', i];
    if (!isRecord(item) || typeof item['rule'] !== 'string') {
      scope.diagnostics.push({
        severity: 'error',
        file: scope.file,
        line: scope.lines.lineAt(itemPath),
        message: `${joinPath(scope.pathPrefix, itemPath)}: a suppression needs a "rule" (and a "reason")`,
      });
      return;
    }
    const services = item['services'];
    out.push({
      rule: item['rule'],
      reason: typeof item['reason'] === 'string' && item['reason'].trim() !== '' ? item['reason'] : null,
      services: Array.isArray(services) ? services.filter((s): s is string => typeof s === 'string') : null,
      location: locate(scope, itemPath),
      scope: null,
    });
  });
  return out;
}

/** Reports unknown intrinsic functions anywhere under an IAM resource's properties. `path` is a stack: restored on return. */
function checkIntrinsics(
  scope: DocumentScope,
  sink: StatementSink,
  value: unknown,
  path: PathSegment[],
  depth: number,
): void {
  if (depth > 64 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      checkIntrinsics(scope, sink, item, path, depth + 1);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if ((key.startsWith('Fn::') || key === 'Ref') && !isKnownIntrinsic(key)) {
      reportUnknownIntrinsic(scope, sink, value, [...path], key);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    path.push(key);
    checkIntrinsics(scope, sink, item, path, depth + 1);
    path.pop();
  }
}

/** IAM resources in a StackSet's TemplateBody: same file, lines offset by where the body starts when exact. */
function stackSetEntities(scope: TemplateScope, id: string, body: string, path: PathSegment[]): Entity[] {
  const parsed = parseStructured(body);
  if (!parsed.ok) {
    scope.diagnostics.push({
      severity: 'error',
      file: scope.file,
      line: scope.lines.lineAt(path),
      message: `${joinPath(scope.pathPrefix, path)}: ${parsed.message}`,
    });
    return [];
  }
  if (!isTemplate(parsed.value)) return [];
  const start = scope.lines.textStartLine(path);
  let lines: LineIndex;
  try {
    lines = start !== null ? offsetLines(parsed.lines(), start) : fixedLines(scope.lines.lineAt(path));
  } catch {
    lines = fixedLines(scope.lines.lineAt(path));
  }
  return entitiesFromTemplate(parsed.value, {
    ...scope,
    lines,
    pathPrefix: joinPath(scope.pathPrefix, path),
    idPrefix: `${scope.idPrefix}${id}/`,
  });
}
