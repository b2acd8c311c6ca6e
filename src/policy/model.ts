// The IAM model every stage shares: entities found in IaC, their statements, and where each was written.

export type EntityKind = 'role' | 'user' | 'group' | 'policy';
export type SourceFormat = 'cloudformation' | 'cdk' | 'terraform' | 'policy';

/** Where something was written: repository-relative file, 1-based line, and its path inside the document. */
export interface SourceLocation {
  file: string;
  line: number;
  /** e.g. `Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[1].Action[2]` */
  path: string;
}

/** One string of an `Action` or `NotAction` element, as written (`s3:Get*`), with its location. */
export interface ActionPattern {
  pattern: string;
  location: SourceLocation;
  /**
   * Written in one branch of an `Fn::If`: it counts where it widens (an Allow's `Action`, a Deny's `NotAction`) and
   * not where it narrows (a Deny's `Action`, an Allow's `NotAction`), since the other branch may be deployed.
   */
  conditional?: true;
}

export interface Statement {
  effect: 'Allow' | 'Deny';
  /** `Action` element; null when the statement uses `NotAction`. */
  actions: ActionPattern[] | null;
  /** `NotAction` element; null when the statement uses `Action`. */
  notActions: ActionPattern[] | null;
  /** Whether `Resource` is exactly `"*"` (or `NotResource` is absent and `Resource` contains `"*"`). */
  allResources: boolean;
  hasCondition: boolean;
  /**
   * The statement applies only in some deployments or to some principals: written in an `Fn::If` branch, in a
   * policy resource with a `Condition`, attached to the entity conditionally, or naming a `Principal`. A Deny that
   * is conditional never subtracts.
   */
  conditional?: true;
  /** Name of the policy that holds it: inline policy name, managed policy id, or attached policy resource id. */
  policyName: string | null;
  location: SourceLocation;
}

/** A suppression written in code (CloudFormation/CDK `Metadata`, Terraform tag or config entry). */
export interface Suppression {
  rule: string;
  reason: string | null;
  services: string[] | null;
  location: SourceLocation;
  /**
   * Null: written on the entity itself, it covers the entity's findings. Otherwise it was written on a policy
   * resource that adds statements to this entity, and covers only what those statements grant.
   */
  scope: SuppressionScope | null;
}

/** The resource a folded-in suppression was written on, and the statements that resource adds. */
export interface SuppressionScope {
  /** Logical id or address of the policy resource (or attachment) that carries the suppression. */
  resource: string;
  /** `statementKey` of each statement it adds to the entity. */
  statements: string[];
}

/** Names one statement across copies of an entity: its file and document path. */
export function statementKey(statement: Pick<Statement, 'location'>): string {
  return `${statement.location.file}#${statement.location.path}`;
}

/** The suppressions of a policy resource as they apply to an entity the resource adds `statements` to. */
export function scopedSuppressions(
  suppressions: readonly Suppression[],
  resource: string,
  statements: readonly Statement[],
): Suppression[] {
  if (suppressions.length === 0) return [];
  const scope: SuppressionScope = { resource, statements: statements.map(statementKey) };
  return suppressions.map((suppression) => ({ ...suppression, scope }));
}

export interface Entity {
  /** CFN/CDK logical id or Terraform address. */
  id: string;
  kind: EntityKind;
  format: SourceFormat;
  /** Repository-relative path, forward slashes. */
  file: string;
  line: number;
  path: string;
  /** Physical name when the code fixes it (RoleName, UserName, GroupName, ManagedPolicyName, Terraform name). */
  name: string | null;
  /** IAM path (`/service-role/`) when known. */
  iamPath: string | null;
  /** Known without AWS (Terraform prior state), else null. */
  arn: string | null;
  /** Every statement this entity grants, inline and folded in from policies that target it in the same file. */
  statements: Statement[];
  /** Managed policy ARNs attached but not defined in the same file (AWS-managed or external). */
  managedPolicyArns: string[];
  /** A user's groups (entity ids; `group/<name>` for a group known by name only), whose grants count as its own. */
  groups: string[];
  /** The permissions boundary of a role or user: its grants are at most what the boundary allows. */
  permissionsBoundary: PermissionsBoundary | null;
  /** Stack this entity deploys in (CDK manifest, or set later from config `stacks`). */
  stackName: string | null;
  /** CDK construct path (`aws:cdk:path`). */
  constructPath: string | null;
  suppressions: Suppression[];
  /** What the code cannot say yet (Terraform `after_unknown`, an action built from a parameter). */
  unknowns: Unknown[];
}

/** Something the code does not let the tool know, and where it is written. */
export interface Unknown {
  message: string;
  location: SourceLocation;
}

/**
 * A permissions boundary: a managed policy defined in the same file (its statements are known) or an ARN whose
 * document comes from AWS, a snapshot or the bundled AWS-managed policies.
 */
export interface PermissionsBoundary {
  /** The ARN as written (pseudo parameters resolved), or null for a policy of the same file. */
  arn: string | null;
  /** Statements of a boundary defined in the same file; null when only the ARN is known. */
  statements: Statement[] | null;
  location: SourceLocation;
}

/** What every entity must say; the rest starts empty. */
export type EntityInit = Pick<Entity, 'id' | 'kind' | 'format' | 'file' | 'line' | 'path'> & Partial<Entity>;

/** The one constructor of an Entity: fields not given are empty (no name, no statements, nothing unknown). */
export function newEntity(init: EntityInit): Entity {
  return {
    name: null,
    iamPath: null,
    arn: null,
    statements: [],
    managedPolicyArns: [],
    groups: [],
    permissionsBoundary: null,
    stackName: null,
    constructPath: null,
    suppressions: [],
    unknowns: [],
    ...init,
  };
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based; null when the problem concerns the whole file. */
  line: number | null;
  message: string;
  /** Entity id when the problem belongs to one entity. */
  entity?: string;
}

/** Something the reader passed over on purpose, for debugging (a resource-based policy is not an identity). */
export interface ParseNote {
  file: string;
  line: number;
  message: string;
}

export interface ParseResult {
  entities: Entity[];
  diagnostics: Diagnostic[];
  /** Documents read and left out on purpose (present only when there are some). */
  notes?: ParseNote[];
  /** Files read (repository-relative). */
  files: string[];
  /**
   * Entities as they were before the change, when an input carries its own base (a Terraform plan's
   * `change.before`); an entity the plan creates has none here.
   */
  priorEntities?: Entity[];
}

/** The key that names an entity across stages and between base and head: `file#id`. */
export function entityKey(entity: Pick<Entity, 'file' | 'id'>): string {
  return `${entity.file}#${entity.id}`;
}
