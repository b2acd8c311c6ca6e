// The one pipeline all front doors call: read IaC at head (and base), expand grants, collect usage for the
// entities the change touches, run the rules, and summarise. Returns data; the front door decides what to print.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Minimatch } from 'minimatch';
import type { Config } from './config/index.js';
import { errorMessage, UserError } from './errors.js';
import { type ReadOptions, readIac } from './iac/index.js';
import { gitRefSource, stagedSource, worktreeSource } from './iac/source.js';
import { sameActions } from './policy/action-set.js';
import { collectGrants, type GrantOptions } from './policy/grants.js';
import type { GrantedEntity, GrantSet } from './policy/grants.types.js';
import { bundledPoliciesFor } from './policy/managed-policies.js';
import { type Diagnostic, type Entity, entityKey, type ParseNote, type ParseResult } from './policy/model.js';
import { compareFindings, evaluateEntity, reaches, type SuppressedFinding } from './rules/engine.js';
import type { CheckSummary, Finding, Severity } from './rules/model.js';
import { DAY_MS } from './rules/usage-view.js';
import { collectionFailureMessage } from './usage/aws-errors.js';
import type { AwsClients } from './usage/clients.js';
import { type CollectionStats, type CollectOptions, collectUsage } from './usage/collect.js';
import type { EntityUsage, SnapshotFile } from './usage/model.js';

const run = promisify(execFile);

type HistoricGrants = Pick<GrantSet, 'services' | 'actions'>;

export interface ScanOptions {
  cwd: string;
  /** Files or folders, relative to `cwd` (default `.`). */
  paths: string[];
  /** A git ref; 'auto' = merge base with the default branch (origin/HEAD, main, master); null = no base. */
  base?: string | null;
  /** Read the git index instead of the worktree. */
  staged?: boolean;
  /** Only these repository-relative files (the action passes the PR's changed files). */
  onlyFiles?: string[];
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
}

export interface ScanResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  summary: CheckSummary;
  entities: GrantedEntity[];
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
  /** How usage was collected (calls, requests, throttled, cached reports); null when nothing was collected. */
  usageStats: CollectionStats | null;
}

async function git(cwd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch {
    return null;
  }
}

export async function gitRoot(cwd: string): Promise<string | null> {
  return git(cwd, ['rev-parse', '--show-toplevel']);
}

/** The merge base of HEAD with the default branch: origin/HEAD, then main, then master (remote, then local). */
export async function defaultBase(root: string): Promise<string | null> {
  const candidates: string[] = [];
  const originHead = await git(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (originHead) candidates.push(originHead);
  candidates.push('origin/main', 'main', 'origin/master', 'master');
  for (const ref of candidates) {
    if (!(await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))) continue;
    const mergeBase = await git(root, ['merge-base', 'HEAD', ref]);
    if (mergeBase) return mergeBase;
  }
  return null;
}

async function resolveBase(root: string | null, base: string | null | undefined): Promise<string | null> {
  if (base === null || base === undefined) return null;
  if (base === 'auto') return root ? defaultBase(root) : null;
  if (!root) throw new UserError(`--base ${base} needs a git repository, and ${'this folder'} is not in one`);
  const sha = await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  if (!sha)
    throw new UserError(
      `--base ${base}: no such commit, branch or tag (fetch it first, e.g. git fetch origin ${base})`,
    );
  return sha;
}

function sameGrants(a: GrantSet, b: GrantSet): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    sameActions(a.actions, b.actions) && same([...a.unknownActions].sort(), [...b.unknownActions].sort())
  );
}

function isTouched(g: GrantedEntity, hasBase: boolean, baseEntity: Entity | undefined): boolean {
  if (!hasBase || !g.base) return true;
  if (!sameGrants(g.grants, g.base)) return true;
  // [i13] Attachments, group memberships, the boundary and what cannot be known count as written, even when no
  // document expands them (an action the change builds from a parameter adds no expanded action).
  const arns = (e: Entity) =>
    [...e.managedPolicyArns].sort().join('\n') +
    `\n${[...e.groups].sort().join('\n')}\n${e.permissionsBoundary?.arn ?? ''}\n${e.permissionsBoundary ? 'bounded' : ''}` +
    `\n${e.unknowns
      .map((u) => u.message)
      .sort()
      .join('\n')}`;
  return baseEntity !== undefined && arns(baseEntity) !== arns(g.entity);
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const { config } = options;
  const clock = options.clock ?? (() => new Date());
  const root = await gitRoot(options.cwd);
  const sourceRoot = root ?? options.cwd;
  if (options.staged && !root) throw new UserError('--staged needs a git repository');
  const baseSha = await resolveBase(root, options.base);
  const paths = (options.paths.length > 0 ? options.paths : ['.']).map(
    (p) => path.relative(sourceRoot, path.resolve(options.cwd, p)).split(path.sep).join('/') || '.',
  );
  const readOptions = readOptionsOf(config, options);
  const headSource = options.staged ? stagedSource(sourceRoot) : worktreeSource(sourceRoot);
  const head = await readIac(headSource, paths, readOptions);
  const gitBase = baseSha ? await readIac(gitRefSource(sourceRoot, baseSha), paths, readOptions) : null;
  const base = mergeBase(head, gitBase);
  const hasBaseFor = (entity: Entity) =>
    gitBase !== null || (entity.format === 'terraform' && (head.priorEntities?.length ?? 0) > 0);
  const baseEntities = new Map((base?.entities ?? []).map((e) => [entityKey(e), e]));
  const diagnostics: Diagnostic[] = [...head.diagnostics];

  // [i13] AWS-managed policy documents bundled at build time, loaded only when an entity attaches one.
  const bundledPolicies = await bundledPoliciesFor([...head.entities, ...(base?.entities ?? [])]);
  let entities = collectGrants(head, base, { bundledPolicies });
  const touchedKeys = () =>
    new Set(
      entities
        .filter((g) => isTouched(g, hasBaseFor(g.entity), baseEntities.get(entityKey(g.entity))))
        .map((g) => entityKey(g.entity)),
    );
  let touched = touchedKeys();

  // Usage is asked only for the touched entities: the rules judge nothing else.
  const wanted = entities.filter((g) => touched.has(entityKey(g.entity))).map((g) => g.entity);
  const { usage, managedPolicyDocuments, usageUnavailable, usageStats } = await usageFor(
    wanted,
    options,
    clock,
  );
  // Attached AWS-managed policies count once their documents are known.
  if (managedPolicyDocuments.size > 0) {
    const managedPolicySource = options.snapshot ? 'snapshot' : 'live';
    entities = collectGrants(head, base, { managedPolicyDocuments, managedPolicySource, bundledPolicies });
    touched = touchedKeys();
  }

  const historic =
    usage.size > 0
      ? await historicGrants(root, paths, readOptions, config.unusedDays, clock(), {
          managedPolicyDocuments,
          bundledPolicies,
        })
      : null;

  diagnostics.push(...reviewDiagnostics(entities, touched));

  const { findings, suppressed, warnings } = evaluateAll(entities, {
    usage,
    touched,
    historic,
    config,
    hasBaseFor,
    usageUnavailable,
    now: clock(),
  });
  diagnostics.push(...warnings);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const failOn = options.failOn ?? 'error';
  // Fail closed: a template the change broke (or one the reader cannot follow) must not pass as "nothing found".
  const unreadable = newProblems(head.diagnostics, gitBase?.diagnostics ?? []);
  const summary: CheckSummary = {
    entities: entities.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
    suppressed: suppressed.length,
    unreadable: unreadable.length,
    blocked:
      findings.some((f) => reaches(f.severity, failOn)) || (unreadable.length > 0 && failOn !== 'never'),
  };
  return {
    findings,
    suppressed,
    summary,
    entities,
    usage,
    diagnostics,
    notes: head.notes ?? [],
    unreadable,
    usageUnavailable,
    base: baseSha,
    touched: [...touched].sort(),
    files: head.files,
    root: sourceRoot,
    usageStats,
  };
}

/** What the grants stage could not expand, for the entities under review: a typo'd action grants nothing in AWS. */
function reviewDiagnostics(entities: GrantedEntity[], touched: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const g of entities) {
    if (!touched.has(entityKey(g.entity))) continue;
    out.push(...(g.grants.diagnostics ?? []));
    // [i13] What the code cannot say (entity.unknowns) is the `unjudged` rule's: findings, not warnings.
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

/** Every entity through the rules, with what the rules warned about as diagnostics. */
function evaluateAll(
  entities: GrantedEntity[],
  context: {
    usage: Map<string, EntityUsage>;
    touched: Set<string>;
    historic: Map<string, HistoricGrants> | null;
    config: Config;
    hasBaseFor: (entity: Entity) => boolean;
    usageUnavailable: string | null;
    now: Date;
  },
): { findings: Finding[]; suppressed: SuppressedFinding[]; warnings: Diagnostic[] } {
  const { config } = context;
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const warnings: Diagnostic[] = [];
  for (const g of entities) {
    const key = entityKey(g.entity);
    const result = evaluateEntity(
      {
        granted: g,
        usage: context.usage.get(key) ?? null,
        touched: context.touched.has(key),
        historic: context.historic?.get(key) ?? null,
      },
      {
        rules: config.rules,
        settings: { unusedDays: config.unusedDays, accessKeyMaxIdleDays: config.accessKeyMaxIdleDays },
        ignore: config.ignore,
        onMissingData: config.onMissingData,
        hasBase: context.hasBaseFor(g.entity),
        usageUnavailable: context.usageUnavailable,
        now: context.now,
      },
    );
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
    for (const w of result.warnings) {
      warnings.push({
        severity: 'warning',
        file: w.file,
        line: w.line,
        message: w.message,
        entity: w.entity,
      });
    }
  }
  return { findings, suppressed, warnings };
}

interface CollectedUsage {
  usage: Map<string, EntityUsage>;
  managedPolicyDocuments: ReadonlyMap<string, unknown>;
  usageUnavailable: string | null;
  usageStats: CollectionStats | null;
}

/** Usage for the entities under review, from the snapshot or AWS; why there is none when neither is given. */
async function usageFor(wanted: Entity[], options: ScanOptions, clock: () => Date): Promise<CollectedUsage> {
  const none: CollectedUsage = {
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
  const { config } = options;
  let collection: Awaited<ReturnType<typeof collectUsage>>;
  try {
    collection = await collectUsage(wanted, {
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
  } catch (error) {
    if (error instanceof UserError) throw error;
    // The collector answers per entity; if it fails as a whole, every entity still gets a reason, never silence.
    return { ...none, usageUnavailable: `collecting usage failed: ${errorMessage(error)}` };
  }
  // AWS stopped accepting the credentials: nothing after that was judged, so the run fails, whatever
  // onMissingData says (a gate must not pass on what it could not see).
  if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
  return {
    usage: collection.usage,
    managedPolicyDocuments: collection.managedPolicyDocuments,
    usageUnavailable: null,
    usageStats: collection.stats,
  };
}

/**
 * Error diagnostics at head that the base did not already have, one for one: each base problem excuses one head
 * problem with the same file and message, compared without line and column numbers (they move when the file is
 * edited elsewhere) but with document paths (`Statement[2]` is another place than `Statement[1]`).
 */
function newProblems(head: Diagnostic[], base: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}\n${d.message.replace(/\b(line|column) \d+/g, '$1 #')}`;
  const excused = new Map<string, number>();
  for (const d of base) if (d.severity === 'error') excused.set(key(d), (excused.get(key(d)) ?? 0) + 1);
  return head.filter((d) => {
    if (d.severity !== 'error') return false;
    const left = excused.get(key(d)) ?? 0;
    if (left > 0) excused.set(key(d), left - 1);
    return left === 0;
  });
}

/** A Terraform plan's own `before` is what is deployed now: it beats the plan file at the git base. */
function mergeBase(head: ParseResult, gitBase: ParseResult | null): ParseResult | null {
  const prior = head.priorEntities ?? [];
  if (!gitBase && prior.length === 0) return null;
  const byKey = new Map<string, Entity>();
  for (const e of gitBase?.entities ?? []) byKey.set(entityKey(e), e);
  for (const e of prior) byKey.set(entityKey(e), e);
  for (const [key, moved] of movedEntities(head, gitBase)) byKey.set(key, moved);
  return { entities: [...byKey.values()], diagnostics: [], files: gitBase?.files ?? [] };
}

/**
 * A file the change moves or renames keeps its entities' history: a head entity with no base under its own key is
 * paired with the one base entity of the same kind and id whose file is gone at head. Without this, a move would
 * turn every grant into a "new" one and let a widening through.
 */
function movedEntities(head: ParseResult, gitBase: ParseResult | null): Map<string, Entity> {
  const paired = new Map<string, Entity>();
  if (!gitBase) return paired;
  const headFiles = new Set(head.files);
  const baseKeys = new Set(gitBase.entities.map(entityKey));
  const gone = new Map<string, Entity[]>();
  for (const e of gitBase.entities) {
    if (headFiles.has(e.file)) continue;
    const candidates = gone.get(`${e.kind}\n${e.id}`) ?? [];
    candidates.push(e);
    gone.set(`${e.kind}\n${e.id}`, candidates);
  }
  for (const e of head.entities) {
    const key = entityKey(e);
    if (baseKeys.has(key)) continue;
    const candidates = gone.get(`${e.kind}\n${e.id}`);
    if (candidates?.length === 1) paired.set(key, { ...candidates[0]!, file: e.file });
  }
  return paired;
}

/**
 * Grants as the code stood `unusedDays` ago (the last commit before then), per entity key: a service the code
 * did not grant then cannot have gone unused for `unusedDays`. Code is merged before it is deployed, so a grant
 * absent from the code then was not deployed then either. Unknown (null) outside git, when the history is younger
 * than the window, or for an entity not found then (it may have moved).
 */
async function historicGrants(
  root: string | null,
  paths: string[],
  readOptions: ReadOptions,
  unusedDays: number,
  now: Date,
  grantOptions: GrantOptions,
): Promise<Map<string, HistoricGrants> | null> {
  if (!root) return null;
  const before = new Date(now.getTime() - unusedDays * DAY_MS).toISOString();
  const sha = await git(root, ['rev-list', '-1', `--before=${before}`, 'HEAD']);
  if (!sha) return null;
  try {
    const then = await readIac(gitRefSource(root, sha), paths, readOptions);
    const map = new Map<string, HistoricGrants>();
    // The same managed policy documents as at head: a service granted through them then was granted then.
    for (const g of collectGrants(then, null, grantOptions)) {
      map.set(entityKey(g.entity), { services: g.grants.services, actions: g.grants.actions });
    }
    return map;
  } catch {
    return null;
  }
}

/** How the IaC is read: the configuration's file globs and parameter values, the front door's file list. */
function readOptionsOf(config: Config, options: ScanOptions): ReadOptions {
  return {
    // [i13] configuration `parameters`: the values a template is deployed with, over its Defaults.
    ...(config.parameters.length > 0 ? { parameters: parameterValuesFor(config.parameters) } : {}),
    ...(config.files.include.length > 0 ? { include: config.files.include } : {}),
    ...(config.files.exclude.length > 0 ? { exclude: config.files.exclude } : {}),
    ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}),
  };
}

/** [i13] The configured parameter values of a file: every `parameters` entry whose glob matches it, later ones last. */
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
