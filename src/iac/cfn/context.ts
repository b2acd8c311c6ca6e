// What the readers of one CloudFormation template share: the resources, the entities found so far, and the policy
// resources, attachments, memberships and boundaries that later passes fold into the entities they name.
import type { PathSegment } from '../../policy/located.js';
import { joinPath, type LineIndex } from '../../policy/located.js';
import {
  type Diagnostic,
  type Entity,
  type EntityKind,
  newEntity,
  type SourceFormat,
  type Statement,
  type Suppression,
  type Unknown,
} from '../../policy/model.js';
import type { DocumentScope, StatementSink } from '../../policy/statements.js';
import { CLOUDFORMATION_DIALECT, isRecord, renderString } from '../intrinsics.js';
import { readSuppressions, SUPPRESSION_KEY } from './suppressions.js';
import { resolveResources, templateValues } from './values.js';

export interface TemplateScope extends DocumentScope {
  format: Extract<SourceFormat, 'cloudformation' | 'cdk'>;
  stackName: string | null;
  /** Prefix for entity ids of templates nested in another (StackSet TemplateBody). */
  idPrefix: string;
  /** CDK manifest metadata: logical id → construct path, used when a resource has no `aws:cdk:path`. */
  constructPaths?: ReadonlyMap<string, string>;
  /** Parameter values the deployment gives (configuration `parameters`), over the template's Defaults. */
  parameterValues?: Readonly<Record<string, string | string[]>>;
}

/** One resource as its reader sees it. */
export interface ResourceView {
  id: string;
  type: string;
  resource: Record<string, unknown>;
  properties: Record<string, unknown>;
  path: PathSegment[];
  propertiesPath: PathSegment[];
  metadata: Record<string, unknown>;
  /** The resource has a `Condition`: it exists only in some deployments. */
  conditional: boolean;
}

/** A resource that adds statements to the entities it names (a policy, or a managed policy attached by them). */
export interface PolicyResource {
  id: string;
  type: string;
  statements: Statement[];
  unknowns: Unknown[];
  suppressions: Suppression[];
  /** For managed policies: the entity itself. */
  entity: Entity | null;
  conditional: boolean;
  /** Where its targets are named: `[key, kind]` pairs of its properties. */
  targets: ReadonlyArray<{ key: string; kind: EntityKind }>;
  properties: Record<string, unknown>;
}

/** A value on an entity that later passes resolve against the whole template. */
export interface Reference {
  entity: Entity;
  value: unknown;
  path: PathSegment[];
  conditional: boolean;
}

export interface TemplateContext {
  scope: TemplateScope;
  resources: Record<string, unknown>;
  types: ReadonlyMap<string, string>;
  parameters: Record<string, unknown>;
  entities: Entity[];
  /** Entities by logical id (SAM roles by `<Function>Role`). */
  byId: Map<string, Entity>;
  /** Entities known by name only (`role/<name>`), by `kind/name` in lower case. */
  external: Map<string, Entity>;
  policies: PolicyResource[];
  managedPolicies: Map<string, PolicyResource>;
  /** ManagedPolicyArns items. */
  attachments: Reference[];
  /** Groups a user joins (`Groups`, `AWS::IAM::UserToGroupAddition`). */
  memberships: Reference[];
  /** PermissionsBoundary values. */
  boundaries: Reference[];
  /** `policy id \0 entity id` already folded. */
  folded: Set<string>;
  /** Each entity's physical name as written, rendered in lower case (`${aws::stackname}-app`), for matching. */
  nameExpressions: Map<Entity, string>;
  /** Work that needs every entity of the template (targets named before they are declared). */
  deferred: Array<() => void>;
}

export function createContext(template: Record<string, unknown>, scope: TemplateScope): TemplateContext {
  const written = isRecord(template['Resources']) ? template['Resources'] : {};
  const { resources, origins } = resolveResources(written, templateValues(template, scope.parameterValues));
  const types = new Map<string, string>();
  for (const id of Object.keys(resources)) {
    const resource = resources[id];
    if (isRecord(resource) && typeof resource['Type'] === 'string') types.set(id, resource['Type']);
  }
  const lines = origins.size > 0 ? loopLines(scope.lines, origins) : scope.lines;
  return {
    scope: { ...scope, lines, dialect: scope.dialect ?? CLOUDFORMATION_DIALECT },
    resources,
    types,
    parameters: isRecord(template['Parameters']) ? template['Parameters'] : {},
    entities: [],
    byId: new Map(),
    external: new Map(),
    policies: [],
    managedPolicies: new Map(),
    attachments: [],
    memberships: [],
    boundaries: [],
    folded: new Set(),
    deferred: [],
    nameExpressions: new Map(),
  };
}

/** Lines of resources a `Fn::ForEach` made: those of the loop output they came from. */
function loopLines(lines: LineIndex, origins: ReadonlyMap<string, PathSegment[]>): LineIndex {
  const map = (path: readonly PathSegment[]): readonly PathSegment[] => {
    const origin = path[0] === 'Resources' && typeof path[1] === 'string' ? origins.get(path[1]) : undefined;
    return origin ? ['Resources', ...origin, ...path.slice(2)] : path;
  };
  return {
    lineAt: (path) => lines.lineAt(map(path)),
    textStartLine: (path) => lines.textStartLine(map(path)),
  };
}

export function viewOf(ctx: TemplateContext, id: string): ResourceView {
  const resource = ctx.resources[id] as Record<string, unknown>;
  const path: PathSegment[] = ['Resources', id];
  return {
    id,
    type: ctx.types.get(id) ?? '',
    resource,
    properties: isRecord(resource['Properties']) ? resource['Properties'] : {},
    path,
    propertiesPath: [...path, 'Properties'],
    metadata: isRecord(resource['Metadata']) ? resource['Metadata'] : {},
    conditional: typeof resource['Condition'] === 'string',
  };
}

/** A new entity for a resource of this template (`id` defaults to the resource's), registered by logical id. */
export function addEntity(ctx: TemplateContext, view: ResourceView, kind: EntityKind, id = view.id): Entity {
  const { scope } = ctx;
  const cdkPath = view.metadata['aws:cdk:path'];
  const entity = newEntity({
    id: scope.idPrefix + id,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(view.path),
    path: joinPath(scope.pathPrefix, view.path),
    stackName: scope.stackName,
    constructPath: typeof cdkPath === 'string' ? cdkPath : (scope.constructPaths?.get(view.id) ?? null),
    suppressions: readSuppressions(scope, view.metadata, [...view.path, 'Metadata', SUPPRESSION_KEY]),
  });
  ctx.entities.push(entity);
  ctx.byId.set(id, entity);
  return entity;
}

export function sinkOf(entity: Entity): StatementSink {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}

/** The physical name when the code fixes it, else null. */
export function physicalName(value: unknown): string | null {
  const rendered = renderString(value);
  return rendered && rendered.unresolved.length === 0 ? rendered.text : null;
}

export function diagnoseAt(
  ctx: TemplateContext,
  path: readonly PathSegment[],
  message: string,
  entityId: string,
  severity: Diagnostic['severity'] = 'error',
): void {
  ctx.scope.diagnostics.push({
    severity,
    file: ctx.scope.file,
    line: ctx.scope.lines.lineAt(path),
    message,
    entity: entityId,
  });
}

/** Pass 1 over one resource: the entities it declares and the statements it writes itself (readers.ts). */
export type ResourceReader = (ctx: TemplateContext, view: ResourceView) => void;
