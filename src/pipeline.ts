// The one pipeline all front doors call: change → iac (inside the change stage) → policy → usage → rules → summary.
// Returns data; the front door decides what to print.

import { Minimatch } from 'minimatch';
import type { Revisions } from './change/index.js';
import { resolveChange } from './change/index.js';
import type {
  Artifact,
  BaseSource,
  Change,
  ChangeSpec,
  EntityNote,
  FileBase,
  ReadScope,
} from './change/model.js';
import { touchedEntities } from './change/touched.js';
import { newProblems } from './change/unreadable.js';
import type { Config } from './config/index.js';
import { errorMessage, UserError } from './errors.js';
import { collectGrants, type GrantOptions, grantsOf } from './policy/grants.js';
import type { GrantedEntity, GrantSet } from './policy/grants.types.js';
import { bundledPoliciesFor } from './policy/managed-policies.js';
import { type Diagnostic, type Entity, entityKey, newEntity, type ParseNote } from './policy/model.js';
import { compareFindings, evaluateEntity, reaches, type SuppressedFinding } from './rules/engine.js';
import { RULE_IDS } from './rules/index.js';
import type { CheckSummary, Finding, RuleId, Severity } from './rules/model.js';
import { planStatementEdits, type StatementEdit, type UnusedGrants } from './rules/statement-plan.js';
import { collectionFailureMessage } from './usage/aws-errors.js';
import type { AwsClients } from './usage/clients.js';
import { type CollectionStats, type CollectOptions, collectUsage } from './usage/collect.js';
import type { DeployedTemplateFetch, EntityUsage, SnapshotFile } from './usage/model.js';
import type { TemplateFetchOptions } from './usage/templates.js';

export interface ScanOptions {
  cwd: string;
  /** Files or folders, relative to `cwd` (default `.`); each must exist inside the repository. */
  paths: string[];
  /** A git ref; 'auto' = merge base with the default branch (origin/HEAD, main, master); null = no base. */
  base?: string | null;
  /** Compare with the merge base of `base` and HEAD rather than `base` itself (a pull request's head checkout). */
  mergeBase?: boolean;
  /** Read the git index instead of the worktree. */
  staged?: boolean;
  /** Only these repository-relative committed files (the action passes the PR's changed files). */
  onlyFiles?: string[];
  /**
   * `change` (default): with a base, read the files the change touches (`onlyFiles`, else `git diff`) and what their
   * entities need from unchanged files; `everything`: every file under the paths, at head and at base.
   */
  readScope?: 'change' | 'everything';
  /** Folders or files the workflow built from the base (a `cdk synth` of the base commit), relative to `cwd`. */
  baseArtifacts?: string[];
  /** Compare CDK stacks (and templates mapped by `stacks`) with the deployed template; default: when `aws` is given. */
  deployedTemplates?: boolean;
  /** Which revision's configuration and history are trusted (default `base`; a push trusts `head`). */
  trust?: 'base' | 'head';
  /** Resolved already by the front door (it read the configuration at the trusted base with them). */
  revisions?: Revisions;
  /** Resolved configuration (presets merged). */
  config: Config;
  /** Neither snapshot nor aws: usage unavailable; rules that need no usage still run. */
  snapshot?: SnapshotFile;
  aws?: AwsClients | null;
  /** Why usage is unavailable, when the front door already knows (no credentials, fork PR). */
  usageUnavailableReason?: string;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: CollectOptions['onProgress'];
  /** Where findings start to block (default `error`), for `summary.blocked`. */
  failOn?: Severity | 'never';
  /** Report cache folder (default: none). */
  cacheDir?: string;
  /** Plan the least-privilege statement edits (`edits`; default true). `check` has no use for them. */
  planEdits?: boolean;
}

/** A note on one entity that is neither a finding nor a reading problem (no base from any source). */
export type EntityNotice = EntityNote;

export interface ScanResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  summary: CheckSummary;
  entities: GrantedEntity[];
  /** Where each entity's base came from, by key (`file#id`). */
  baseSources: Record<string, BaseSource>;
  /** How each file was compared, once per file. */
  bases: FileBase[];
  /** Generated inputs read (cdk.out, plan JSON) and why. */
  artifacts: Artifact[];
  /** Entities without a base, or new to their base but known to IAM: judged as they stand. */
  baseNotices: EntityNotice[];
  usage: Map<string, EntityUsage>;
  diagnostics: Diagnostic[];
  /** Documents read and left out on purpose (resource-based policies), for debugging. */
  notes: ParseNote[];
  /** The error diagnostics this change brought in (not at base): what could not be judged; they block. */
  unreadable: Diagnostic[];
  usageUnavailable: string | null;
  /** The base commit compared with, or null. */
  base: string | null;
  /** Keys (`file#id`) of the entities the change touches. */
  touched: string[];
  /** Files read at head (repository-relative). */
  files: string[];
  /** The folder file paths are relative to: the git work tree's root, else `cwd`. */
  root: string;
  /** Which committed files were read (the change's own and what they need, or every file). */
  read: ReadScope;
  /** Git processes the change stage spawned. */
  gitProcesses: number;
  /** How usage was collected (calls, requests, throttled, cached reports); null when nothing was collected. */
  usageStats: CollectionStats | null;
  /**
   * [i18] Each statement's least-privilege Action list, where the rules found something unused (fix, review);
   * empty when `planEdits` is false.
   */
  edits: StatementEdit[];
}

/** What the front door knows, as the change stage's spec. */
function changeSpec(options: ScanOptions, now: Date): ChangeSpec {
  const { config } = options;
  const base = options.base;
  const deployed = options.deployedTemplates ?? Boolean(options.aws);
  return {
    cwd: options.cwd,
    paths: options.paths,
    head: options.staged ? { kind: 'index' } : { kind: 'worktree' },
    base:
      base === null || base === undefined
        ? { kind: 'none' }
        : base === 'auto'
          ? { kind: 'auto' }
          : { kind: 'ref', ref: base, ...(options.mergeBase ? { mergeBase: true } : {}) },
    ...(options.trust ? { trust: options.trust } : {}),
    ...(options.baseArtifacts ? { baseArtifacts: options.baseArtifacts } : {}),
    scope: options.readScope ?? 'change',
    ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}),
    include: config.files.include,
    exclude: config.files.exclude,
    // Configuration `parameters`: the values a template is deployed with, over its Defaults.
    ...(config.parameters.length > 0 ? { parameters: parameterValuesFor(config.parameters) } : {}),
    stacks: config.stacks,
    deployedTemplate:
      deployed && options.aws
        ? lazyTemplateFetcher(options.aws, {
            clock: options.clock ?? (() => new Date()),
            ...(options.sleep ? { sleep: options.sleep } : {}),
          })
        : null,
    // History matters only where usage can call a grant unused.
    history: options.snapshot || options.aws ? { days: config.unusedDays, now } : null,
  };
}

/** GetTemplate through the AWS SDK, whose CloudFormation and STS commands load on the first call. */
function lazyTemplateFetcher(aws: AwsClients, fetchOptions: TemplateFetchOptions): DeployedTemplateFetch {
  let fetcher: Promise<DeployedTemplateFetch> | null = null;
  return async (request) => {
    fetcher ??= import('./usage/templates.js').then((m) => m.createTemplateFetcher(aws, fetchOptions));
    return (await fetcher)(request);
  };
}

interface Collected {
  usage: Map<string, EntityUsage>;
  managedPolicyDocuments: ReadonlyMap<string, unknown>;
  usageUnavailable: string | null;
  usageStats: CollectionStats | null;
}

/** Usage for the touched entities only: the rules judge nothing else. */
async function usageStage(options: ScanOptions, wanted: Entity[], clock: () => Date): Promise<Collected> {
  const { config } = options;
  const none: Collected = {
    usage: new Map(),
    managedPolicyDocuments: new Map(),
    usageUnavailable: null,
    usageStats: null,
  };
  if (!options.snapshot && !options.aws) {
    return {
      ...none,
      usageUnavailable:
        options.usageUnavailableReason ??
        'no AWS credentials and no snapshot: configure AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, OIDC) or pass --snapshot FILE',
    };
  }
  if (wanted.length === 0) return none;
  try {
    const collection = await collectUsage(wanted, {
      ...(options.snapshot ? { snapshot: options.snapshot } : {}),
      ...(options.aws ? { clients: options.aws } : {}),
      granularity: config.granularity,
      deadlineMs: config.deadlineSeconds * 1000,
      clock,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.cacheDir
        ? { cacheDir: options.cacheDir, cacheMaxAgeMs: config.cacheMaxAgeHours * 3_600_000 }
        : {}),
      entityArns: config.entities,
      stacks: config.stacks,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // AWS stopped accepting the credentials: nothing after that was judged, so the run fails, whatever
    // onMissingData says (a gate must not pass on what it could not see).
    if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
    return {
      usage: collection.usage,
      managedPolicyDocuments: collection.managedPolicyDocuments,
      usageUnavailable: null,
      usageStats: collection.stats,
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    // The collector answers per entity; if it fails as a whole, every entity still gets a reason, never silence.
    return { ...none, usageUnavailable: `collecting usage failed: ${errorMessage(error)}` };
  }
}

/** Grants (with the managed policy documents usage brought) and the touched set they give. */
function grantsStage(change: Change, grantOptions: GrantOptions) {
  const entities = collectGrants(change.head, change.baseEntities, grantOptions);
  const baseByKey = new Map((change.baseEntities?.entities ?? []).map((e) => [entityKey(e), e]));
  return { entities, touched: touchedEntities(entities, change.bases, baseByKey) };
}

/** Grants as the trusted base's code stood `unusedDays` ago, per entity key (null: history unknown). */
function historicGrants(change: Change, grantOptions: GrantOptions) {
  if (!change.history) return null;
  const map = new Map<string, Pick<GrantSet, 'services' | 'actions'>>();
  // The same managed policy documents as at head: a service granted through them then was granted then.
  // Only what was granted then counts, not where: no sources.
  for (const g of collectGrants(change.history.result, null, { ...grantOptions, attribute: false })) {
    map.set(entityKey(g.entity), { services: g.grants.services, actions: g.grants.actions });
  }
  return map;
}

/**
 * Entities with a base that says "new" which IAM knows from before the change began: the base was wrong (a stack
 * deployed under another name, a file git never held), so they are judged as they stand and the reason said.
 */
function existingDespiteNew(change: Change, entities: GrantedEntity[], usage: Map<string, EntityUsage>) {
  const notices: EntityNotice[] = [];
  const overridden = new Set<string>();
  for (const g of entities) {
    const key = entityKey(g.entity);
    const base = change.bases.get(key);
    const created = usage.get(key)?.createDate;
    if (!base || base.existed || base.source === 'none' || !created || !change.baseDate) continue;
    if (Date.parse(created) >= Date.parse(change.baseDate)) continue;
    overridden.add(key);
    notices.push({
      file: g.entity.file,
      line: g.entity.line,
      entity: g.entity.id,
      message: `${g.entity.id} is new to the ${base.source} base, but IAM has had it since ${created.slice(0, 10)}: judged as it stands, against its own last-accessed report`,
    });
  }
  notices.push(...change.notes);
  for (const g of entities) {
    const key = entityKey(g.entity);
    if (change.baseAsked && change.bases.get(key)?.source === 'none') {
      notices.push({
        file: g.entity.file,
        line: g.entity.line,
        entity: g.entity.id,
        message: `${g.entity.id}: no base from any source (not deployed as far as can be asked, no base artifact, not in git): judged as it stands`,
      });
    }
  }
  return { notices, overridden };
}

/** What the grants stage could not expand for the entities under review: a typo'd action grants nothing in AWS. */
function reviewDiagnostics(entities: GrantedEntity[], touched: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const g of entities) {
    if (!touched.has(entityKey(g.entity))) continue;
    out.push(...(g.grants.diagnostics ?? []));
    // What the code cannot say (entity.unknowns) is the `unjudged` rule's: findings, not warnings.
    for (const action of g.grants.unknownActions) {
      const where = g.grants.unknownActionSources?.[action];
      out.push({
        severity: 'warning',
        file: where?.file ?? g.entity.file,
        line: where?.line ?? g.entity.line,
        message: `${g.entity.id}: '${action}' matches no action in the catalog (a typo, or an action newer than the catalog); it is not judged`,
        entity: g.entity.id,
      });
    }
  }
  return out;
}

interface Judged {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Problems in suppressions themselves (an unknown rule id). */
  warnings: Diagnostic[];
  /** What the rules found unused per entity key, after suppressions: what a fix may remove. */
  unused: Map<string, UnusedGrants>;
}

/** The rules over every entity; an entity whose base is none (or was overridden) is judged as it stands. */
function rulesStage(
  config: Config,
  change: Change,
  graded: { entities: GrantedEntity[]; touched: ReadonlySet<string>; overridden: ReadonlySet<string> },
  collected: Collected,
  historic: ReturnType<typeof historicGrants>,
  now: Date,
  grantOptions: GrantOptions,
): Judged {
  const out: Judged = { findings: [], suppressed: [], warnings: [], unused: new Map() };
  for (const g of graded.entities) {
    const key = entityKey(g.entity);
    const hasBase = (change.bases.get(key)?.source ?? 'none') !== 'none' && !graded.overridden.has(key);
    const result = evaluateEntity(
      {
        granted: g,
        usage: collected.usage.get(key) ?? null,
        touched: graded.touched.has(key),
        historic: historic?.get(key) ?? null,
      },
      {
        rules: config.rules,
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase,
        usageUnavailable: collected.usageUnavailable,
        now,
        grantOptions,
      },
    );
    out.findings.push(...result.findings);
    out.suppressed.push(...result.suppressed);
    for (const w of result.warnings) out.warnings.push({ severity: 'warning', ...w });
    out.unused.set(key, result.unused);
  }
  // Entities the base declares that the head no longer shows in a readable form: only `unjudged` speaks for them.
  for (const { entity, reason } of change.vanished) {
    const placeholder = newEntity({
      ...entity,
      statements: [],
      managedPolicyArns: [],
      groups: [],
      permissionsBoundary: null,
      // Only what the base wrote on the entity itself about this rule, with a reason, applies here.
      suppressions: entity.suppressions.filter((s) => s.rule === 'unjudged' && s.reason && s.scope === null),
      unknowns: [{ message: reason, location: { file: entity.file, line: entity.line, path: entity.path } }],
    });
    const result = evaluateEntity(
      {
        granted: { entity: placeholder, grants: grantsOf(placeholder), base: null },
        usage: null,
        touched: true,
      },
      {
        rules: onlyRule(config.rules, 'unjudged'),
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase: true,
        usageUnavailable: collected.usageUnavailable,
        now,
      },
    );
    out.findings.push(...result.findings);
    out.suppressed.push(...result.suppressed);
  }
  out.findings = withoutRepeats(out.findings.sort(compareFindings), graded.entities);
  out.suppressed.sort(compareFindings);
  return out;
}

/**
 * Sorted findings with each one said once: two declarations of one role (the same name in two templates) that take
 * the same attached policy make the same finding on the same line twice. Only the findings of an entity declared
 * more than once can repeat, so only those are compared (a wildcard grant makes hundreds of findings per entity).
 */
function withoutRepeats(findings: Finding[], entities: readonly GrantedEntity[]): Finding[] {
  const identity = (e: { kind: string; id: string }) => `${e.kind}\u0000${e.id}`;
  const declared = new Set<string>();
  const twice = new Set<string>();
  for (const { entity } of entities) {
    const id = identity(entity);
    if (declared.has(id)) twice.add(id);
    declared.add(id);
  }
  if (twice.size === 0) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!twice.has(identity(f.entity))) return true;
    const k = JSON.stringify([
      f.rule,
      f.severity,
      identity(f.entity),
      f.entity.arn,
      f.file,
      f.line,
      f.service,
      f.action,
      f.message,
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The configured rules with every rule but `id` off. */
function onlyRule(rules: Config['rules'], id: RuleId): Config['rules'] {
  return Object.fromEntries(
    RULE_IDS.map((rule) => [rule, rule === id ? rules[rule] : { severity: 'off', options: {} }]),
  ) as Config['rules'];
}

function summarize(entities: number, judged: Judged, unreadable: Diagnostic[], failOn: Severity | 'never') {
  const { findings } = judged;
  return {
    entities,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
    suppressed: judged.suppressed.length,
    unreadable: unreadable.length,
    blocked:
      findings.some((f) => reaches(f.severity, failOn)) || (unreadable.length > 0 && failOn !== 'never'),
  } satisfies CheckSummary;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const clock = options.clock ?? (() => new Date());
  const change = await resolveChange(changeSpec(options, clock()), options.revisions);
  // AWS-managed policy documents bundled at build time, loaded only when an entity attaches one.
  const bundledPolicies = await bundledPoliciesFor([
    ...change.head.entities,
    ...(change.baseEntities?.entities ?? []),
  ]);
  let { entities, touched } = grantsStage(change, { bundledPolicies });
  const wanted = entities.filter((g) => touched.has(entityKey(g.entity))).map((g) => g.entity);
  const collected = await usageStage(options, wanted, clock);
  const grantOptions: GrantOptions = {
    managedPolicyDocuments: collected.managedPolicyDocuments,
    managedPolicySource: options.snapshot ? 'snapshot' : 'live',
    bundledPolicies,
  };
  // Attached AWS-managed policies count once their documents are known.
  if (collected.managedPolicyDocuments.size > 0) ({ entities, touched } = grantsStage(change, grantOptions));
  const historic = collected.usage.size > 0 ? historicGrants(change, grantOptions) : null;
  const { notices, overridden } = existingDespiteNew(change, entities, collected.usage);
  const graded = { entities, touched, overridden };
  const judged = rulesStage(options.config, change, graded, collected, historic, clock(), grantOptions);
  // Fail closed: a template the change broke (or one the reader cannot follow) must not pass as "nothing found";
  // nor may a deployed template that could not be had where nothing else stands in for it.
  const unreadable = [
    ...newProblems(change.head.diagnostics, change.baseDiagnostics),
    ...change.diagnostics.filter((d) => d.severity === 'error'),
  ];
  return {
    findings: judged.findings,
    suppressed: judged.suppressed,
    summary: summarize(entities.length, judged, unreadable, options.failOn ?? 'error'),
    entities,
    baseSources: Object.fromEntries([...change.bases].map(([key, b]) => [key, b.source])),
    bases: change.files,
    artifacts: change.artifacts,
    baseNotices: notices,
    usage: collected.usage,
    diagnostics: [
      ...change.head.diagnostics,
      ...change.diagnostics,
      ...reviewDiagnostics(entities, touched),
      ...judged.warnings,
    ],
    notes: change.head.notes ?? [],
    unreadable,
    usageUnavailable: collected.usageUnavailable,
    base: change.base,
    touched: [...touched].sort(),
    files: change.head.files,
    root: change.root,
    read: change.read,
    gitProcesses: change.gitProcesses,
    usageStats: collected.usageStats,
    edits: options.planEdits === false ? [] : planStatementEdits(entities, judged.unused),
  };
}

/** The configured parameter values of a file: every `parameters` entry whose glob matches it, later ones last. */
function parameterValuesFor(
  entries: Config['parameters'],
): (file: string) => Record<string, string | string[]> | undefined {
  const compiled = entries.map((entry) => ({
    match: new Minimatch(entry.template, { dot: true }),
    values: entry.values,
  }));
  return (file) => {
    const matching = compiled.filter((entry) => entry.match.match(file));
    return matching.length === 0 ? undefined : Object.assign({}, ...matching.map((entry) => entry.values));
  };
}
