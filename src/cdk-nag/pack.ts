// The IamUsageGuard NagPack (cdk-nag v3): reports unused-service, unused-entity and new-service on the construct
// path of each IAM resource, judged by the same rules as the CLI against a last-accessed snapshot.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CfnResource, type IPolicyValidationContext, Stack, Token, Validations } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, type NagPackProps, NagRuleCompliance } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { errorMessage } from '../errors.js';
import { entitiesFromTemplate } from '../iac/cloudformation.js';
import { grantsOf } from '../policy/grants.js';
import { fixedLines } from '../policy/located.js';
import type { Diagnostic, Entity } from '../policy/model.js';
import { entityKey } from '../policy/model.js';
import { evaluateEntity, type RuleConfig } from '../rules/engine.js';
import { RULE_IDS, ruleById } from '../rules/index.js';
import type { Finding, RuleId, Severity, SeverityOrOff } from '../rules/model.js';
import type { EntityUsage, SnapshotFile } from '../usage/model.js';
import { readSnapshot } from '../usage/snapshot.js';
import { VERSION } from '../version.js';
import { assertCompatible } from './compat.js';
import { type Resolution, type ResourceIdentity, SnapshotIndex } from './resolve.js';

// Before the class exists: with cdk-nag 2 it would extend an Aspect and silently check nothing.
assertCompatible();

export const PACK_NAME = 'IamUsageGuard';

/** The rules this pack runs; everything else needs a base ref or access keys, which a synth does not have. */
export const PACK_RULES = ['unused-service', 'unused-entity', 'new-service'] as const;
export type PackRuleId = (typeof PACK_RULES)[number];

/** Raised instead of a finding when an acknowledgement gives no reason. */
export const ACK_WITHOUT_REASON = `${PACK_NAME}-acknowledgement-without-reason`;

export interface IamUsageGuardProps extends NagPackProps {
  /** A snapshot written by `iam-usage-guard snapshot`: its path (relative to the working directory) or its content. */
  readonly snapshot: string | SnapshotFile;
  /**
   * When the snapshot file does not exist yet (the first synth, before `iam-usage-guard snapshot cdk.out` could
   * run): `warn` (default) reports one warning that says how to write it and checks nothing; `fail` fails synth.
   */
  readonly onMissingSnapshot?: 'warn' | 'fail';
  /** A service not used within this many days is unused (default 90). */
  readonly unusedDays?: number;
  /** Severity per rule, or `off`; defaults: unused-service warning, unused-entity warning, new-service notice. */
  readonly rules?: Partial<Record<PackRuleId, SeverityOrOff>>;
  /**
   * Explicit ARNs, by construct path (`Stack/AppRole` or `Stack/AppRole/Resource`) or logical id; they win over
   * matching by physical name and over the stack resources recorded in the snapshot.
   */
  readonly arns?: Readonly<Record<string, string>>;
  /** The clock; only for tests. */
  readonly now?: Date | (() => Date);
}

const IAM_TYPES: ReadonlySet<string> = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::User',
  'AWS::IAM::Group',
]);

/** Resources parsed together so a role sees the `AWS::IAM::Policy` and managed policies that target it. */
const TEMPLATE_TYPES: ReadonlySet<string> = new Set([
  ...IAM_TYPES,
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::UserToGroupAddition',
]);

const LEVELS: Record<Severity, NagMessageLevel> = {
  error: NagMessageLevel.ERROR,
  warning: NagMessageLevel.WARN,
  notice: NagMessageLevel.INFO,
};

/**
 * How CDK's validation report shows each severity. cdk-nag files every non-error as `warning`, which would print a
 * notice as WARNING (and fail synth under CDK's strict mode): notices are CDK's `info`.
 */
const REPORT_SEVERITY: Record<Severity, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  notice: 'info',
};

/** Reported instead of findings while the snapshot file does not exist yet. */
export const NO_SNAPSHOT = `${PACK_NAME}-no-snapshot`;

interface StackEntities {
  byLogicalId: Map<string, Entity>;
  /** Construct path → logical id, so no token has to be resolved per resource. */
  logicalIds: Map<string, string>;
  /** Problems the IaC reader found in this stack's IAM resources. */
  diagnostics: string[];
}

interface Recorded {
  message: string;
  suggestion: string | null;
  severity: Severity;
}

interface ForcedViolation {
  ruleName: string;
  description: string;
  severity: Severity;
  constructPath: string;
}

/**
 * Use as `Validations.of(app).addPlugins(new IamUsageGuard(app, { snapshot: 'iam-usage.json' }))`.
 * Acknowledge a finding with `Validations.of(construct).acknowledge({ id: 'IamUsageGuard-unused-service[s3]',
 * reason: '…' })`; an acknowledgement without a reason is not applied and is itself reported as an error.
 */
export class IamUsageGuard extends NagPack {
  public readonly name = PACK_NAME;
  public override readonly version = VERSION;
  public override readonly ruleIds = PACK_RULES.map((id) => `${PACK_NAME}-${id}`);

  /** Null while the snapshot file does not exist yet. */
  private readonly index: SnapshotIndex | null;
  private readonly snapshotProblem: { path: string; fail: boolean } | null;
  private readonly explicitArns: Readonly<Record<string, string>>;
  private readonly unusedDays: number;
  private readonly severities: Record<RuleId, RuleConfig>;
  private readonly clock: () => Date;
  private readonly stacks = new Map<Stack, StackEntities>();
  /** Stack construct path → the template CDK synthesized, while `validate` runs. */
  private templatePaths = new Map<string, string>();
  private recorded = new Map<string, Recorded>();
  private forced: ForcedViolation[] = [];
  /** Why an IAM resource had no report (unresolved, or not deployed yet): construct path → reason. For debugging. */
  public readonly unresolved = new Map<string, string>();

  constructor(scope: IConstruct | undefined, props: IamUsageGuardProps) {
    super(scope, props);
    this.packName = PACK_NAME;
    const onMissing = props.onMissingSnapshot ?? 'warn';
    if (onMissing !== 'warn' && onMissing !== 'fail') {
      throw new Error(`${PACK_NAME}: onMissingSnapshot must be warn or fail, not '${onMissing}'`);
    }
    const snapshot = loadSnapshot(props.snapshot);
    this.index = snapshot ? new SnapshotIndex(snapshot) : null;
    this.snapshotProblem =
      snapshot === null && typeof props.snapshot === 'string'
        ? { path: props.snapshot, fail: onMissing === 'fail' }
        : null;
    this.explicitArns = props.arns ?? {};
    this.unusedDays = props.unusedDays ?? 90;
    if (!Number.isInteger(this.unusedDays) || this.unusedDays < 1) {
      throw new Error(`${PACK_NAME}: unusedDays must be a whole number of days ≥ 1, not ${props.unusedDays}`);
    }
    this.severities = severityConfig(props.rules ?? {});
    const now = props.now;
    this.clock = now === undefined ? () => new Date() : typeof now === 'function' ? now : () => now;
  }

  public override validate(context: IPolicyValidationContext) {
    this.templatePaths = new Map(
      (context.stackTemplates ?? []).map((s) => [s.stackConstructPath, s.templatePath]),
    );
    try {
      return super.validate(context);
    } finally {
      this.templatePaths = new Map();
    }
  }

  public override validateScope(scope: IConstruct) {
    if (this.snapshotProblem) return this.noSnapshotReport(scope, this.snapshotProblem);
    this.recorded = new Map();
    this.forced = [];
    this.unresolved.clear();
    this.stacks.clear();
    const report = super.validateScope(scope);
    const violations = [...splitByMessage(report.violations, this.recorded)];
    for (const forced of [...this.forced, ...acknowledgementsWithoutReason(scope)]) {
      violations.push({
        ruleName: forced.ruleName,
        description: forced.description,
        severity: REPORT_SEVERITY[forced.severity],
        violatingResources: [{ constructPath: forced.constructPath, locations: ['Properties'] }],
      });
    }
    // cdk-nag's base class fails on any violation, which makes CDK fail synth even for a notice. This pack fails
    // only on errors, like the CLI's default --fail-on: warnings and notices are printed, synth goes on.
    return { success: violations.every((violation) => violation.severity !== 'error'), violations };
  }

  protected checkResource(node: CfnResource): void {
    if (!IAM_TYPES.has(node.cfnResourceType)) return;
    const stack = Stack.of(node);
    const constructPath = node.node.path;
    let findings: Finding[];
    try {
      const entities = this.entitiesOf(stack);
      // Without path metadata (apps not run by the CDK CLI), resolve the token: it honours overrideLogicalId.
      const logicalId = entities.logicalIds.get(constructPath) ?? (stack.resolve(node.logicalId) as string);
      const entity = entities.byLogicalId.get(logicalId);
      if (!entity) return; // folded into the entity it targets (an inline AWS::IAM::Policy), reported there
      findings = this.evaluate(entity, this.identityOf(node, stack, logicalId, entity));
    } catch (error) {
      // A failure on one resource becomes its violation (the v3 way), never a failed synth.
      this.applyRule({
        ruleSuffixOverride: 'evaluation',
        info: `${PACK_NAME} could not evaluate ${constructPath}: ${errorMessage(error)}`,
        explanation: 'The resource could not be read as an IAM entity; please report this.',
        level: NagMessageLevel.WARN,
        node,
        rule: () => NagRuleCompliance.NON_COMPLIANT,
      });
      return;
    }
    for (const finding of findings) {
      const suffix = finding.service ? `${finding.rule}[${finding.service}]` : finding.rule;
      const ruleName = `${PACK_NAME}-${suffix}`;
      const acknowledgement = acknowledgementOf(node, ruleName);
      if (acknowledgement && !hasReason(acknowledgement.reason)) {
        // cdk-nag would drop it for the mere presence of the id; without a reason we keep it.
        this.forced.push({
          ruleName,
          description: finding.message,
          severity: finding.severity,
          constructPath,
        });
        continue;
      }
      this.recorded.set(`${ruleName}\u0000${constructPath}`, {
        message: finding.message,
        suggestion: finding.suggestion,
        severity: finding.severity,
      });
      const rule = ruleById(finding.rule);
      this.applyRule({
        ruleSuffixOverride: suffix,
        info: finding.message,
        explanation: `${rule.description}${finding.suggestion ? ` ${finding.suggestion}` : ''}`,
        level: LEVELS[finding.severity],
        node,
        rule: () => NagRuleCompliance.NON_COMPLIANT,
      });
    }
  }

  /**
   * The first synth of an app that already has the pack: no snapshot can exist yet (it is written from the synthesized
   * cdk.out). One violation says how to write it; nothing else is judged.
   */
  private noSnapshotReport(scope: IConstruct, problem: { path: string; fail: boolean }) {
    const outdir = [...this.templatePaths.values()][0];
    const assembly = outdir ? path.relative(process.cwd(), path.dirname(outdir)) || '.' : 'cdk.out';
    const description = `No snapshot at ${problem.path} yet, so ${PACK_NAME} checked nothing: write it after this synth with \`npx iam-usage-guard snapshot ${assembly} --out ${problem.path}\` (credentials for the deployed account needed).`;
    return {
      success: !problem.fail,
      violations: [
        {
          ruleName: NO_SNAPSHOT,
          description,
          severity: problem.fail ? 'error' : 'warning',
          violatingResources: [{ constructPath: scope.node.path || scope.node.id, locations: [] }],
        },
      ],
    };
  }

  private evaluate(entity: Entity, identity: ResourceIdentity): Finding[] {
    const resolution = this.index!.resolve(identity, this.explicitArns);
    if (resolution.status !== 'found') this.unresolved.set(identity.constructPath, resolution.reason);
    const isNew = resolution.status === 'new';
    const result = evaluateEntity(
      {
        granted: { entity, grants: grantsOf(entity), base: null },
        usage: usageOf(entity, resolution),
        touched: true,
      },
      {
        rules: this.severities,
        settings: { unusedDays: this.unusedDays, accessKeyMaxIdleDays: 90 },
        ignore: { entities: [], services: [], actions: [] },
        onMissingData: 'warn',
        // A resource not deployed yet is what a PR adding it would be: every service it grants is new.
        hasBase: isNew,
        usageUnavailable: null,
        now: this.clock(),
      },
    );
    return result.findings;
  }

  private identityOf(node: CfnResource, stack: Stack, logicalId: string, entity: Entity): ResourceIdentity {
    return {
      constructPath: node.node.path,
      logicalId,
      stackName: stack.stackName,
      account: Token.isUnresolved(stack.account) ? null : stack.account,
      kind: entity.kind,
      type: node.cfnResourceType,
      physicalName: entity.name,
    };
  }

  /**
   * Parses the IAM resources of one stack as one template, once, with the same reader as the CLI. During `cdk synth`
   * the template CDK just wrote is read back (already resolved); on direct `validateScope` calls, and for nested
   * stacks, which have no template of their own in the context, each resource is rendered and resolved here.
   */
  private entitiesOf(stack: Stack): StackEntities {
    const cached = this.stacks.get(stack);
    if (cached) return cached;
    const synthesized = this.templatePaths.get(stack.node.path);
    const { resources, constructPaths } = synthesized
      ? iamResourcesOfTemplate(synthesized)
      : iamResourcesOfConstructs(stack);
    // The IaC reader's CloudFormation reader, on the parsed resources: the pack reports construct paths, not lines,
    // so the text round trip and line index that `parseDocument` adds for files would be pure cost here.
    const diagnostics: Diagnostic[] = [];
    const parsed = entitiesFromTemplate(
      { Resources: resources },
      {
        file: stack.templateFile,
        lines: fixedLines(1),
        pathPrefix: '',
        diagnostics,
        format: 'cdk',
        stackName: stack.stackName,
        idPrefix: '',
        constructPaths,
      },
    );
    const entities: StackEntities = {
      byLogicalId: new Map(parsed.map((entity) => [entity.id, entity])),
      logicalIds: new Map([...constructPaths].map(([logicalId, path]) => [path, logicalId])),
      diagnostics: diagnostics.map((d) => d.message),
    };
    this.stacks.set(stack, entities);
    return entities;
  }
}

interface IamResources {
  resources: Record<string, unknown>;
  /** logical id → construct path */
  constructPaths: Map<string, string>;
}

function iamResourcesOfTemplate(templatePath: string): IamResources {
  const template = JSON.parse(readFileSync(templatePath, 'utf8')) as { Resources?: Record<string, unknown> };
  const resources: Record<string, unknown> = {};
  const constructPaths = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const { Type, Metadata } = (resource ?? {}) as { Type?: unknown; Metadata?: Record<string, unknown> };
    if (typeof Type !== 'string' || !TEMPLATE_TYPES.has(Type)) continue;
    resources[logicalId] = resource;
    const path = Metadata?.['aws:cdk:path'];
    if (typeof path === 'string') constructPaths.set(logicalId, path);
  }
  return { resources, constructPaths };
}

function iamResourcesOfConstructs(stack: Stack): IamResources {
  const resources: Record<string, unknown> = {};
  const constructPaths = new Map<string, string>();
  for (const child of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(child) || !TEMPLATE_TYPES.has(child.cfnResourceType)) continue;
    if (Stack.of(child) !== stack) continue;
    const fragment = stack.resolve((child as unknown as CfnResourceInternals)._toCloudFormation()) as {
      Resources?: Record<string, unknown>;
    };
    for (const [logicalId, resource] of Object.entries(fragment.Resources ?? {})) {
      resources[logicalId] = resource;
      constructPaths.set(logicalId, child.node.path);
    }
  }
  return { resources, constructPaths };
}

/** `_toCloudFormation()` is internal to aws-cdk-lib but stable since v1; it is how CDK renders one resource. */
interface CfnResourceInternals {
  _toCloudFormation(): object;
}

/** The snapshot, or null when its file does not exist (yet). Any other problem is one sentence, thrown. */
function loadSnapshot(snapshot: string | SnapshotFile): SnapshotFile | null {
  let text: string;
  let name: string;
  if (typeof snapshot === 'string') {
    name = snapshot;
    try {
      text = readFileSync(snapshot, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new Error(
        `${PACK_NAME}: cannot read the snapshot ${snapshot} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
      );
    }
  } else {
    name = '(snapshot object)';
    text = JSON.stringify(snapshot);
  }
  try {
    return readSnapshot(text, name);
  } catch (error) {
    // The same checks as `check --snapshot`; said once, as the pack's problem, not as a crash inside it.
    throw new Error(`${PACK_NAME}: ${error instanceof Error ? error.message : errorMessage(error)}`);
  }
}

function severityConfig(rules: Partial<Record<PackRuleId, SeverityOrOff>>): Record<RuleId, RuleConfig> {
  const config = {} as Record<RuleId, RuleConfig>;
  for (const id of RULE_IDS) config[id] = { severity: 'off', options: {} };
  for (const id of PACK_RULES) config[id] = { severity: ruleById(id).defaultSeverity, options: {} };
  for (const [id, severity] of Object.entries(rules)) {
    if (!(PACK_RULES as readonly string[]).includes(id)) {
      throw new Error(
        `${PACK_NAME}: unknown rule '${id}' in rules (this pack runs ${PACK_RULES.join(', ')})`,
      );
    }
    if (!['error', 'warning', 'notice', 'off'].includes(severity as string)) {
      throw new Error(`${PACK_NAME}: rules.${id} must be error, warning, notice or off, not '${severity}'`);
    }
    config[id as RuleId] = { severity: severity as SeverityOrOff, options: {} };
  }
  return config;
}

function usageOf(entity: Entity, resolution: Resolution): EntityUsage | null {
  if (resolution.status !== 'found') return null;
  return {
    entityKey: entityKey(entity),
    arn: resolution.arn,
    createDate: resolution.report.CreateDate ?? null,
    report: resolution.report,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null,
  };
}

interface Acknowledgement {
  id: string;
  reason: unknown;
  /** Path of the construct the acknowledgement is recorded on. */
  at: string;
}

/** Rule ids as acknowledged: plain (`IamUsageGuard-…`, stored as `Annotation::IamUsageGuard-…`) or plugin-qualified. */
function bareId(key: string): string {
  return key.replace(/^annotation::/i, '').replace(new RegExp(`^${PACK_NAME}::`), '');
}

function acknowledgementsAt(construct: IConstruct): Acknowledgement[] {
  const found: Acknowledgement[] = [];
  for (const entry of construct.node.metadata) {
    if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data) continue;
    for (const [key, reason] of Object.entries(entry.data as Record<string, unknown>)) {
      found.push({ id: bareId(key), reason, at: construct.node.path });
    }
  }
  return found;
}

/** The acknowledgement of `ruleName` nearest to `node` (on it or an ancestor), with a reason if any has one. */
function acknowledgementOf(node: IConstruct, ruleName: string): Acknowledgement | null {
  let first: Acknowledgement | null = null;
  for (let current: IConstruct | undefined = node; current; current = current.node.scope) {
    for (const acknowledgement of acknowledgementsAt(current)) {
      if (acknowledgement.id !== ruleName) continue;
      if (hasReason(acknowledgement.reason)) return acknowledgement;
      first ??= acknowledgement;
    }
  }
  return first;
}

function hasReason(reason: unknown): boolean {
  return typeof reason === 'string' && reason.trim() !== '';
}

/** Every acknowledgement of one of this pack's rules that gives no reason: each is an error where it is written. */
function acknowledgementsWithoutReason(scope: IConstruct): ForcedViolation[] {
  const violations: ForcedViolation[] = [];
  for (const construct of scope.node.findAll()) {
    for (const acknowledgement of acknowledgementsAt(construct)) {
      if (!acknowledgement.id.startsWith(`${PACK_NAME}-`) || hasReason(acknowledgement.reason)) continue;
      violations.push({
        ruleName: ACK_WITHOUT_REASON,
        description: `The acknowledgement of ${acknowledgement.id} on ${acknowledgement.at} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        severity: 'error',
        constructPath: acknowledgement.at,
      });
    }
  }
  return violations;
}

type Violations = ReturnType<NagPack['validateScope']>['violations'];

/**
 * cdk-nag groups violations by rule name and keeps the first description; our messages name the entity, so each
 * distinct message gets its own violation, with the finding's suggestion as the `fix`.
 */
function* splitByMessage(
  violations: Violations,
  recorded: Map<string, Recorded>,
): Generator<Violations[number]> {
  for (const violation of violations) {
    const groups = new Map<
      string,
      {
        fix: string | null;
        severity: string | undefined;
        resources: (typeof violation.violatingResources)[number][];
      }
    >();
    for (const resource of violation.violatingResources) {
      const own = recorded.get(`${violation.ruleName}\u0000${resource.constructPath ?? ''}`);
      const description = own?.message ?? violation.description;
      const group = groups.get(description) ?? {
        fix: own?.suggestion ?? null,
        severity: own ? REPORT_SEVERITY[own.severity] : violation.severity,
        resources: [],
      };
      group.resources.push(resource);
      groups.set(description, group);
    }
    for (const [description, group] of groups) {
      yield {
        ...violation,
        description,
        ...(group.severity ? { severity: group.severity } : {}),
        violatingResources: group.resources,
        ...(group.fix ? { fix: group.fix } : {}),
      };
    }
  }
}
