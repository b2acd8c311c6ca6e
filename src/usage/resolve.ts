// The one resolver from a code entity to the deployed entity's ARN, used by the live collector, the snapshot path
// and the cdk-nag pack. The first that applies: config `entities` (or the pack's `arns`) → the ARN a Terraform plan
// (or `--arn`) gives → the stack's resources → the physical name → (in a snapshot) the name among its reports.
// An ambiguous match is a reason naming the candidates, never a silent pick. Written once as a generator of
// questions, so the same steps run against AWS (asynchronously) and against a snapshot (synchronously, in synth).
import { minimatch } from 'minimatch';
import { type Entity, type EntityKind, entityKey } from '../policy/model.js';
import { parseIamArn } from './arn.js';
import type { SnapshotFile, UsageReport } from './model.js';

/** What the resolver needs of a code entity. */
export interface ResolveTarget {
  /** `file#id`, matched by the config's `entities` globs. */
  key: string;
  /** Matched by the config's `stacks` globs. */
  file: string;
  logicalId: string;
  kind: EntityKind;
  /** The physical name the code fixes, else null. */
  name: string | null;
  iamPath: string | null;
  /** Known without AWS: a Terraform plan's prior state, or `snapshot --arn`. */
  arn: string | null;
  stackName: string | null;
  /** CDK construct path, matched by the pack's `arns` map. */
  constructPath: string | null;
  /** The account the entity must be in when known (a CDK stack's environment, the config). */
  account: string | null;
}

/** The resolver's view of a code entity; `account` when the caller knows which account it must be in. */
export function targetOf(entity: Entity, account: string | null = null): ResolveTarget {
  return {
    key: entityKey(entity),
    file: entity.file,
    logicalId: entity.id,
    kind: entity.kind,
    name: entity.name,
    iamPath: entity.iamPath,
    arn: entity.arn,
    stackName: entity.stackName,
    constructPath: entity.constructPath,
    account,
  };
}

export interface ResolveRules {
  /** Config `entities`: the first whose glob matches `file#id` gives the ARN. */
  entityArns?: { match: string; arn: string }[];
  /** Config `stacks`: the first whose glob matches the entity's file gives the stack name. */
  stacks?: { template: string; stackName: string }[];
  /** The cdk-nag pack's `arns`: construct path (with or without `/Resource`) or logical id → ARN. */
  explicitArns?: Readonly<Record<string, string>>;
}

/** A deployed entity as a source knows it. */
export interface DeployedEntity {
  arn: string;
  createDate: string | null;
  /** Something the lookup could not say (e.g. the creation date, when `GetRole` is denied). */
  warning?: string;
}

/** Nothing found; `reason` is in words. */
export interface Absent {
  absent: string;
}

export type StackAnswer =
  | { known: true; physicalIds: string[] }
  /** The source knows nothing of this stack (a snapshot without it, or a stack that does not exist). */
  | { known: false; reason: string | null };

export type Question =
  | { ask: 'stack'; stackName: string; logicalId: string }
  | { ask: 'name'; kind: EntityKind; name: string; iamPath: string | null }
  | { ask: 'arn'; arn: string }
  /** The one account the source answers for (AWS: the caller's), or null when it may hold several. */
  | { ask: 'account' };

export type ResolvedBy = 'config' | 'map' | 'terraform' | 'stack' | 'name';

export type Resolution =
  | { status: 'resolved'; arn: string; createDate: string | null; by: ResolvedBy; warnings: string[] }
  /** Not deployed (yet): nothing can have used it. */
  | { status: 'not-deployed'; arn: string | null; reason: string; warnings: string[] }
  | { status: 'ambiguous'; candidates: string[]; reason: string; warnings: string[] }
  | { status: 'unresolved'; arn: string | null; reason: string; warnings: string[] };

/** Where answers come from. `authoritative`: AWS itself (an unknown entity is not deployed), not a snapshot. */
export interface DeployedSource {
  authoritative: boolean;
  /** Who the config would point at for a fix: `entities` in the config, or the pack's `arns`. */
  mappingHint: string;
}
export interface SyncSource extends DeployedSource {
  answer(question: Question): unknown;
}
export interface AsyncSource extends DeployedSource {
  answer(question: Question): Promise<unknown>;
}

type Steps = Generator<Question, Resolution, unknown>;

function* ask<T>(question: Question): Generator<Question, T, unknown> {
  return (yield question) as T;
}

export function stackNameFor(target: Pick<ResolveTarget, 'stackName' | 'file'>, rules: ResolveRules) {
  if (target.stackName) return target.stackName;
  return rules.stacks?.find((s) => minimatch(target.file, s.template, { dot: true }))?.stackName ?? null;
}

function mappedArn(target: ResolveTarget, rules: ResolveRules): { arn: string; by: ResolvedBy } | null {
  const explicit = rules.explicitArns ?? {};
  if (Object.keys(explicit).length > 0) {
    const path = (target.constructPath ?? '').replace(/^\/+/, '');
    const keys = path
      ? [path, path.replace(/\/(Resource|Default)$/, ''), target.logicalId]
      : [target.logicalId];
    for (const key of keys) {
      const arn = explicit[key] ?? explicit[`/${key}`];
      if (arn) return { arn, by: 'map' };
    }
  }
  const arn = rules.entityArns?.find((m) => minimatch(target.key, m.match, { dot: true }))?.arn;
  if (arn) return { arn, by: 'config' };
  return target.arn ? { arn: target.arn, by: 'terraform' } : null;
}

function isAbsent(value: unknown): value is Absent {
  return typeof value === 'object' && value !== null && 'absent' in value;
}

/** The steps, as questions to a source. */
function* steps(target: ResolveTarget, rules: ResolveRules, source: DeployedSource): Steps {
  const warnings: string[] = [];
  const mapped = mappedArn(target, rules);
  if (mapped) return yield* byArn(mapped.arn, mapped.by, source, warnings);
  const stackName = stackNameFor(target, rules);
  if (stackName) {
    let stack: StackAnswer;
    try {
      stack = yield* ask<StackAnswer>({ ask: 'stack', stackName, logicalId: target.logicalId });
    } catch (error) {
      // Denied or throttled: a fixed name still answers; without one, the error is the reason.
      if (!target.name) throw error;
      warnings.push(`DescribeStackResources ${stackName} failed: ${(error as Error).message}`);
      stack = { known: false, reason: null };
    }
    if (stack.known && stack.physicalIds.length > 0) {
      return yield* byPhysicalIds(target, stack.physicalIds, stackName, source, warnings);
    }
    if (stack.known) {
      const notInStack = source.authoritative
        ? `${target.logicalId} is not (yet) a resource of stack ${stackName}: not deployed, so there is no usage`
        : `stack ${stackName} in the snapshot has no resource ${target.logicalId}: not deployed yet when the snapshot was taken (or deployed under another stack name)`;
      if (!target.name) return { status: 'not-deployed', arn: null, reason: notInStack, warnings };
      // A fixed name may be deployed by another stack; if the name is unknown too, both say "not deployed".
      const named = yield* byName(target, target.name, 'name', source, warnings);
      return named.status === 'unresolved'
        ? { status: 'not-deployed', arn: null, reason: notInStack, warnings }
        : named;
    }
    if (!target.name) {
      const reason =
        stack.reason ??
        `${target.logicalId} has no fixed name, no \`${source.mappingHint}\` entry, and the snapshot records no deployed resources for stack ${stackName}`;
      return { status: 'unresolved', arn: null, reason, warnings };
    }
  }
  if (target.name) return yield* byName(target, target.name, 'name', source, warnings);
  return {
    status: 'unresolved',
    arn: null,
    reason: `cannot tell which deployed ${target.kind} ${target.logicalId} is: the code fixes no name, no stack name is known (set \`stacks\` in the config) and no \`${source.mappingHint}\` mapping matches ${target.key}`,
    warnings,
  };
}

function* byArn(arn: string, by: ResolvedBy, source: DeployedSource, warnings: string[]): Steps {
  const parts = parseIamArn(arn);
  if (!parts) {
    return {
      status: 'unresolved',
      arn,
      reason: `${arn} is not an IAM role, user, group or policy ARN`,
      warnings,
    };
  }
  if (parts.account !== 'aws') {
    const account = yield* ask<string | null>({ ask: 'account' });
    if (account && account !== parts.account) {
      return {
        status: 'unresolved',
        arn,
        reason: `${arn} is in account ${parts.account}, but the credentials are for account ${account}: collect a snapshot there (iam-usage-guard snapshot with that account's credentials) and pass it with --snapshot`,
        warnings,
      };
    }
  }
  const found = yield* ask<DeployedEntity | Absent>({ ask: 'arn', arn });
  if (isAbsent(found) && (by === 'map' || by === 'config')) {
    return outcome({ absent: `${found.absent} (from \`${source.mappingHint}\`)` }, arn, by, source, warnings);
  }
  return outcome(found, arn, by, source, warnings);
}

function* byPhysicalIds(
  target: ResolveTarget,
  physicalIds: string[],
  stackName: string,
  source: DeployedSource,
  warnings: string[],
): Steps {
  const unique = [...new Set(physicalIds)];
  if (unique.length === 1) {
    const physical = unique[0]!;
    // A managed policy's physical id is its ARN.
    const found = parseIamArn(physical)
      ? yield* byArn(physical, 'stack', source, warnings)
      : yield* byName(target, physical, 'stack', source, warnings);
    return found.status === 'unresolved'
      ? { ...found, reason: `deployed as ${physical}, but ${found.reason}` }
      : found;
  }
  // Several snapshots record the stack with different physical ids (two accounts, or two deployments).
  const candidates: string[] = [];
  for (const physical of unique) {
    const found = parseIamArn(physical)
      ? yield* ask<DeployedEntity | Absent>({ ask: 'arn', arn: physical })
      : yield* ask<DeployedEntity[] | Absent>({
          ask: 'name',
          kind: target.kind,
          name: physical,
          iamPath: target.iamPath,
        });
    if (isAbsent(found)) continue;
    for (const entity of Array.isArray(found) ? found : [found]) candidates.push(entity.arn);
  }
  return ambiguity(
    `stack ${stackName} records ${target.logicalId} as ${unique.join(', ')} in different snapshots`,
    candidates,
    source,
    warnings,
  );
}

function* byName(
  target: ResolveTarget,
  name: string,
  by: ResolvedBy,
  source: DeployedSource,
  warnings: string[],
): Steps {
  const found = yield* ask<DeployedEntity[] | Absent>({
    ask: 'name',
    kind: target.kind,
    name,
    iamPath: target.iamPath,
  });
  if (isAbsent(found)) return outcome(found, null, by, source, warnings);
  // The account the entity must be in, when known, narrows the match. Nothing else does: a path (or any other
  // detail the code fixes) would let a change pick which account's report judges it.
  const candidates = target.account
    ? found.filter((e) => parseIamArn(e.arn)?.account === target.account)
    : found;
  if (candidates.length === 1) return outcome(candidates[0]!, null, by, source, warnings);
  if (candidates.length === 0) {
    const others = found.map((e) => e.arn).join(', ');
    return outcome(
      { absent: `no ${target.kind} ${name} in account ${target.account} (only ${others})` },
      null,
      by,
      source,
      warnings,
    );
  }
  return ambiguity(
    `${target.kind} ${name} matches reports in several accounts`,
    candidates.map((e) => e.arn),
    source,
    warnings,
  );
}

function ambiguity(
  what: string,
  candidates: string[],
  source: DeployedSource,
  warnings: string[],
): Resolution {
  const sorted = [...new Set(candidates)].sort();
  return {
    status: 'ambiguous',
    candidates: sorted,
    reason: `${what} (${sorted.join(', ') || 'none of them has a report'}); map it to one ARN with \`${source.mappingHint}\``,
    warnings,
  };
}

function outcome(
  found: DeployedEntity | Absent,
  knownArn: string | null,
  by: ResolvedBy,
  source: DeployedSource,
  warnings: string[],
): Resolution {
  if (isAbsent(found)) {
    return source.authoritative
      ? { status: 'not-deployed', arn: knownArn, reason: found.absent, warnings }
      : { status: 'unresolved', arn: knownArn, reason: found.absent, warnings };
  }
  if (found.warning) warnings.push(found.warning);
  return { status: 'resolved', arn: found.arn, createDate: found.createDate, by, warnings };
}

/** Resolves against a source that answers at once (a snapshot): the cdk-nag pack during synth. */
export function resolveSync(target: ResolveTarget, rules: ResolveRules, source: SyncSource): Resolution {
  const run = steps(target, rules, source);
  let step = run.next();
  while (!step.done) {
    let answer: unknown;
    try {
      answer = source.answer(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(answer);
  }
  return step.value;
}

/** Resolves against AWS (or anything that answers later). A source's error becomes the resolver's unless it copes. */
export async function resolveAsync(
  target: ResolveTarget,
  rules: ResolveRules,
  source: AsyncSource,
): Promise<Resolution> {
  const run = steps(target, rules, source);
  let step = run.next();
  while (!step.done) {
    let answer: unknown;
    try {
      answer = await source.answer(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(answer);
  }
  return step.value;
}

/** A snapshot as a source: its reports by ARN and by name (any account), and the stack resources it recorded. */
export class SnapshotSource implements SyncSource {
  readonly authoritative = false;
  private readonly byArn = new Map<string, UsageReport>();
  /** `kind/name`, lower case (IAM names are case-insensitive) → reports, any account. */
  private readonly byName = new Map<string, UsageReport[]>();
  /** stack name → logical id → physical ids (several when merged snapshots disagree). */
  private readonly stacks = new Map<string, Map<string, string[]>>();
  private readonly accounts = new Set<string>();

  constructor(
    snapshot: Pick<SnapshotFile, 'reports' | 'resources'>,
    readonly mappingHint = 'entities',
  ) {
    for (const report of snapshot.reports) {
      this.byArn.set(report.Arn, report);
      const parts = parseIamArn(report.Arn);
      if (!parts) continue;
      if (parts.account !== 'aws') this.accounts.add(parts.account);
      const key = `${parts.kind}/${parts.name}`.toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), report]);
    }
    for (const resource of snapshot.resources) {
      let stack = this.stacks.get(resource.StackName);
      if (!stack) {
        stack = new Map();
        this.stacks.set(resource.StackName, stack);
      }
      stack.set(resource.LogicalResourceId, [
        ...(stack.get(resource.LogicalResourceId) ?? []),
        resource.PhysicalResourceId,
      ]);
    }
  }

  report(arn: string): UsageReport | undefined {
    return this.byArn.get(arn);
  }

  answer(question: Question): unknown {
    switch (question.ask) {
      case 'account':
        return null;
      case 'stack': {
        const stack = this.stacks.get(question.stackName);
        return stack
          ? { known: true, physicalIds: stack.get(question.logicalId) ?? [] }
          : { known: false, reason: null };
      }
      case 'arn': {
        const report = this.byArn.get(question.arn);
        if (report) return { arn: report.Arn, createDate: report.CreateDate ?? null };
        const account = parseIamArn(question.arn)?.account;
        const held = [...this.accounts].sort();
        const note =
          account && account !== 'aws' && held.length > 0 && !held.includes(account)
            ? ` (it holds reports of account${held.length === 1 ? '' : 's'} ${held.join(', ')} only: pass a snapshot of account ${account} too)`
            : '';
        return { absent: `the snapshot has no report for ${question.arn}${note}` };
      }
      case 'name': {
        const reports = this.byName.get(`${question.kind}/${question.name}`.toLowerCase()) ?? [];
        if (reports.length === 0) {
          return { absent: `the snapshot has no report for ${question.kind} ${question.name}` };
        }
        return reports.map((r) => ({ arn: r.Arn, createDate: r.CreateDate ?? null }));
      }
    }
  }
}
