// AWS::Serverless::Connector (and a SAM resource's embedded `Connectors`): SAM turns Source → Destination with Read
// and Write permissions into a policy on the source's role (or, for event source mappings, the destination's), as
// its connector profiles say (../sam-connectors.ts). Profiles that write a resource policy grant no identity.
import type { PathSegment } from '../../policy/located.js';
import { joinPath } from '../../policy/located.js';
import type { Entity, Statement } from '../../policy/model.js';
import { isRecord, locate } from '../../policy/statements.js';
import { refTarget } from '../intrinsics.js';
import {
  CONNECTOR_PROFILES,
  type ConnectorProfile,
  RESOURCE_POLICY_CONNECTORS,
  SAM_TYPE_OF,
} from '../sam-connectors.js';
import { diagnoseAt, type PolicyResource, type ResourceView, type TemplateContext } from './context.js';
import { fold, resolveTargets } from './targets.js';

/** Where each source type keeps its role, when it is not a SAM resource with an implicit one. */
const ROLE_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::Lambda::Function': 'Role',
  'AWS::Serverless::Function': 'Role',
  'AWS::StepFunctions::StateMachine': 'RoleArn',
  'AWS::Serverless::StateMachine': 'Role',
  'AWS::Events::Rule': 'RoleArn',
  'AWS::AppSync::DataSource': 'ServiceRoleArn',
};

export function readConnector(ctx: TemplateContext, view: ResourceView): void {
  ctx.deferred.push(() =>
    connect(ctx, view.id, view.properties, view.propertiesPath, view.properties['Source']),
  );
}

/** `Connectors: { Name: { Properties: { Destination, Permissions } } }` on a SAM resource: it is the source. */
export function readEmbeddedConnectors(ctx: TemplateContext, view: ResourceView): void {
  const connectors = view.resource['Connectors'];
  if (!isRecord(connectors)) return;
  for (const [name, connector] of Object.entries(connectors)) {
    if (!isRecord(connector) || !isRecord(connector['Properties'])) continue;
    const path: PathSegment[] = [...view.path, 'Connectors', name, 'Properties'];
    const properties = connector['Properties'];
    ctx.deferred.push(() => connect(ctx, `${view.id}${name}`, properties, path, { Id: view.id }));
  }
}

function connect(
  ctx: TemplateContext,
  id: string,
  properties: Record<string, unknown>,
  path: PathSegment[],
  source: unknown,
): void {
  const written = properties['Destination'];
  const destinations = Array.isArray(written) ? written : [written];
  const permissions = properties['Permissions'];
  const categories = Array.isArray(permissions)
    ? permissions.filter((p): p is 'Read' | 'Write' => p === 'Read' || p === 'Write')
    : [];
  if (!Array.isArray(permissions) || categories.length !== permissions.length || categories.length === 0) {
    diagnoseAt(
      ctx,
      [...path, 'Permissions'],
      `${joinPath(ctx.scope.pathPrefix, [...path, 'Permissions'])}: a connector needs Permissions of Read and/or Write`,
      id,
    );
    return;
  }
  destinations.forEach((destination, i) => {
    const where: PathSegment[] = Array.isArray(written)
      ? [...path, 'Destination', i]
      : [...path, 'Destination'];
    const from = endpointType(ctx, source);
    const to = endpointType(ctx, destination);
    if (!from || !to) {
      diagnoseAt(
        ctx,
        where,
        `${joinPath(ctx.scope.pathPrefix, where)}: the connector's Source or Destination type cannot be known from code`,
        id,
      );
      return;
    }
    const profile = CONNECTOR_PROFILES[from]?.[to];
    if (!profile) {
      if (!RESOURCE_POLICY_CONNECTORS.has(`${from}>${to}`))
        diagnoseAt(
          ctx,
          where,
          `${joinPath(ctx.scope.pathPrefix, where)}: SAM has no connector from ${from} to ${to}`,
          id,
        );
      return;
    }
    const statements = statementsOf(ctx, profile, categories, [...path, 'Permissions']);
    const policy: PolicyResource = {
      id: `${id}[${i}]`,
      type: 'AWS::Serverless::Connector',
      statements,
      unknowns: [],
      suppressions: [],
      entity: null,
      conditional: false,
      targets: [],
      properties: {},
    };
    const endpoint = profile.sourcePolicy ? source : destination;
    const endpointPath: PathSegment[] = profile.sourcePolicy ? [...path, 'Source'] : where;
    roleOf(ctx, endpoint, endpointPath, id, (role, conditional) => fold(ctx, role, policy, conditional));
  });
}

function endpointType(ctx: TemplateContext, endpoint: unknown): string | null {
  if (!isRecord(endpoint)) return null;
  const type = typeof endpoint['Id'] === 'string' ? ctx.types.get(endpoint['Id']) : endpoint['Type'];
  return typeof type === 'string' ? (SAM_TYPE_OF[type] ?? type) : null;
}

function statementsOf(
  ctx: TemplateContext,
  profile: ConnectorProfile,
  categories: readonly ('Read' | 'Write')[],
  path: PathSegment[],
): Statement[] {
  const location = locate(ctx.scope, path);
  return categories.flatMap((category) =>
    (profile[category] ?? []).map(
      (actions): Statement => ({
        effect: 'Allow',
        actions: actions.map((pattern) => ({ pattern, location })),
        notActions: null,
        allResources: false,
        hasCondition: false,
        policyName: `connector ${category}`,
        location,
      }),
    ),
  );
}

/** The role of a connector endpoint: a SAM resource's implicit role, its role property, or `RoleName`. */
function roleOf(
  ctx: TemplateContext,
  endpoint: unknown,
  path: PathSegment[],
  sourceId: string,
  visit: (role: Entity, conditional: boolean) => void,
): void {
  if (!isRecord(endpoint)) return;
  if (endpoint['RoleName'] !== undefined) {
    resolveTargets(ctx, endpoint['RoleName'], 'role', [...path, 'RoleName'], sourceId, visit);
    return;
  }
  const id = typeof endpoint['Id'] === 'string' ? endpoint['Id'] : null;
  const implicit = id !== null ? ctx.byId.get(`${id}Role`) : undefined;
  if (implicit) {
    visit(implicit, false);
    return;
  }
  const type = id !== null ? ctx.types.get(id) : undefined;
  const resource = id !== null ? ctx.resources[id] : undefined;
  const key = type ? ROLE_PROPERTY[type] : undefined;
  const properties = isRecord(resource) && isRecord(resource['Properties']) ? resource['Properties'] : {};
  if (id !== null && key && properties[key] !== undefined) {
    const value = properties[key];
    // `Role: !GetAtt AppRole.Arn` is the role; an ARN literal names it by its last path segment.
    const named = typeof value === 'string' ? (/:role\/(?:.*\/)?([^/]+)$/.exec(value)?.[1] ?? value) : value;
    const target = refTarget(value);
    resolveTargets(
      ctx,
      target !== null ? { Ref: target } : named,
      'role',
      ['Resources', id, 'Properties', key],
      sourceId,
      visit,
    );
    return;
  }
  resolveTargets(ctx, { 'Fn::Sub': `\${${id ?? 'role'}.Role}` }, 'role', path, sourceId, visit);
}
