// The change as its own stage: a ChangeSpec (what the front door knows) becomes a Change (the head files, the base
// of every entity with the source it came from, the history window). The only stage that runs git.
import { statSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { UserError } from '../errors.js';
import {
  beyondSelectionNotice,
  DEFAULT_MAX_FILE_BYTES,
  type ReadOptions,
  readBeyondSelection,
  readIac,
  selection,
} from '../iac/index.js';
import { type FileSource, worktreeSource } from '../iac/source.js';
import { type Diagnostic, type Entity, entityKey, type ParseResult } from '../policy/model.js';
import { DAY_MS } from '../rules/usage-view.js';
import { assemblyStacks } from './assembly.js';
import { joinAcrossFiles, joinBases, type Mentions } from './attached.js';
import {
  artifactMatcher,
  type BaseCandidate,
  byIdentity,
  byKey,
  type ChosenBases,
  chooseBases,
  movedEntities,
} from './bases.js';
import { deployedBases, type StackTarget } from './deployed.js';
import { type FileChange, type Git, isRegularFile, isSymlink, type Tree } from './git.js';
import type { Artifact, BaseSource, Change, ChangeSpec, EntityBase, FileBase, ReadScope } from './model.js';
import { namesakesAtBase } from './namesakes.js';
import { existsInWorktree, requireSynthesized, resolvePaths } from './paths.js';
import { mentionsIn, mergeReads, NameSearch, namesOf, relatedFiles } from './related.js';
import { commitDate, firstParentBefore, type Revisions, resolveRevisions } from './revisions.js';
import { filtered, isUnder, listedByGit, memoized, withUntracked } from './scope.js';
import { commitSource, indexSource } from './sources.js';
import { type HeadState, type Vanished, vanishedEntities } from './vanish.js';

export type { BaseSource, Change, ChangeSpec } from './model.js';
export { type Revisions, resolveRevisions } from './revisions.js';

const SOURCE_RANK: Record<BaseSource, number> = {
  deployed: 0,
  'terraform-prior-state': 1,
  artifact: 2,
  git: 3,
  none: 4,
};

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Reads the base artifacts the workflow built; each path is a folder (an assembly, templates) or one file. */
async function readArtifacts(cwd: string, given: string[]) {
  const entities: Entity[] = [];
  const stacks: string[] = [];
  for (const p of given) {
    const absolute = path.resolve(cwd, p);
    const exists = await existsInWorktree(path.dirname(absolute))(path.basename(absolute));
    if (!exists) throw new UserError(`base artifact ${p}: no such file or folder`);
    const folder = statSync(absolute).isDirectory();
    const source = worktreeSource(folder ? absolute : path.dirname(absolute));
    const paths = folder ? ['.'] : [path.basename(absolute)];
    const read = await readIac(source, paths);
    entities.push(...read.entities);
    for (const manifest of read.files.filter((f) => f === 'manifest.json' || f.endsWith('/manifest.json'))) {
      for (const stack of await assemblyStacks(source, manifest)) stacks.push(stack.stackName);
    }
  }
  return { entities, stacks };
}

/** The head's generated artifacts: cloud assemblies and Terraform plans, and whether git holds them. */
function artifactsOf(
  head: ParseResult,
  tracked: (file: string) => boolean,
  committedPlans: ReadonlyMap<string, { atBase: boolean }> = new Map(),
): Artifact[] {
  const out: Artifact[] = [];
  for (const file of head.files.filter((f) => f === 'manifest.json' || f.endsWith('/manifest.json'))) {
    const dir = path.posix.dirname(file);
    out.push({
      path: dir,
      kind: 'cdk-assembly',
      why: tracked(file) ? 'committed' : 'synthesized in this run, not in git',
    });
  }
  const plans = new Set(head.entities.filter((e) => e.format === 'terraform').map((e) => e.file));
  for (const file of plans) {
    const inChange = committedPlans.get(file);
    out.push({
      path: file,
      kind: 'terraform-plan',
      why: inChange
        ? inChange.atBase
          ? 'committed in this change: compared with the plan at the git base, not with its own prior state'
          : 'committed in this change, with no plan at the git base: its prior state is not a witness'
        : tracked(file)
          ? 'committed'
          : 'produced in this run, not in git',
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The stacks whose deployed templates can be a base: CDK stacks from the manifests, templates mapped by `stacks`. */
async function stackTargets(head: ParseResult, source: FileSource, spec: ChangeSpec): Promise<StackTarget[]> {
  const withEntities = new Set(head.entities.map((e) => e.file));
  const targets = new Map<string, StackTarget>();
  for (const manifest of head.files.filter((f) => f === 'manifest.json' || f.endsWith('/manifest.json'))) {
    for (const stack of await assemblyStacks(source, manifest)) {
      if (!withEntities.has(stack.templateFile)) continue;
      targets.set(stack.templateFile, { file: stack.templateFile, ...stack, cdk: true });
    }
  }
  for (const entity of head.entities) {
    if (entity.format !== 'cloudformation' || targets.has(entity.file)) continue;
    const mapped = spec.stacks?.find((s) => minimatch(entity.file, s.template, { dot: true }));
    if (mapped) {
      targets.set(entity.file, {
        file: entity.file,
        stackName: mapped.stackName,
        account: null,
        region: null,
        cdk: false,
      });
    }
  }
  return [...targets.values()];
}

function describeFile(
  sources: BaseSource[],
  parts: { deployed?: string; artifact: string; git: string; none: string },
): string {
  const first = sources[0] ?? 'none';
  const main =
    first === 'deployed'
      ? (parts.deployed ?? 'the deployed stack')
      : first === 'terraform-prior-state'
        ? "the plan's prior state (what is deployed now)"
        : first === 'artifact'
          ? parts.artifact
          : first === 'git'
            ? parts.git
            : parts.none;
  const others = sources.slice(1).filter((s) => s !== 'none');
  const rest = others.length > 0 ? `; some entities: ${others.join(', ')}` : '';
  const missing =
    sources.includes('none') && first !== 'none' ? `; some entities: no base (${parts.none})` : '';
  return `${main}${rest}${missing}`;
}

/** Resolves a ChangeSpec into a Change. `revisions` may come from the front door (it read the configuration first). */
export async function resolveChange(spec: ChangeSpec, given?: Revisions): Promise<Change> {
  const revisions =
    given ??
    (await resolveRevisions(spec.cwd, spec.base, {
      ...(spec.trust ? { trust: spec.trust } : {}),
      ...(spec.env ? { env: spec.env } : {}),
    }));
  const { git, root, compare } = revisions;
  try {
    return await readChange(spec, revisions, git, root, compare);
  } finally {
    git?.close();
  }
}

/** What reading the head gives the later steps. */
interface HeadRead {
  head: ParseResult;
  /** The head as read: the change's own files (or every file) and what git does not hold. */
  source: FileSource;
  /** The whole head (the working tree, or the index with what git does not hold), for the files read later. */
  whole: FileSource;
  paths: string[];
  staged: boolean;
  tracked: (file: string) => boolean;
  /** Leaves out the base artifacts' folders: they are the base, never the head. */
  notArtifact: (file: string) => boolean;
  /** The head's read options (configuration `files` and `parameters`), for the base and history too. */
  readOptions: ReadOptions;
  /** The committed files the change touches; null: every file is read. */
  changed: string[] | null;
  /** Where `changed` came from: `git diff` (then every other file is the same at base), or a list given. */
  changedFrom: 'diff' | 'list' | null;
  /**
   * Whether the change touches a file (what git does not hold included), whatever is read: without a base, every
   * file. A name the change's own files compute (`!Sub "${Prefix}-role"`) still joins (attached.ts).
   */
  touches: (file: string) => boolean;
  /** The files the change touches, whatever is read (the list given, or `git diff`'s); null without a base. */
  listed: string[] | null;
  /** Git's statuses and renames between the base and the head. */
  changes: FileChange[];
  /** What stands at a path at head: a regular file, a symlink, a folder, nothing. */
  state: (file: string) => Promise<HeadState>;
}

/**
 * The committed files the change touches: the pull request's files as the front door knows them, else what
 * `git diff` says differs between the base and the head (committed, staged, or not yet staged). `changed` is null
 * when every file is read (no base to compare with, or asked to).
 */
async function changedFiles(
  spec: ChangeSpec,
  git: Git | null,
  compare: string | null,
  staged: boolean,
  tracked: (file: string) => boolean,
): Promise<Pick<HeadRead, 'changed' | 'changedFrom' | 'touches' | 'listed' | 'changes'>> {
  const scoped = (spec.scope ?? (spec.onlyFiles ? 'change' : 'everything')) === 'change';
  const touchedBy = (files: string[]) => {
    const set = new Set(files);
    return (file: string) => set.has(file) || !tracked(file);
  };
  const changes = git && compare ? await git.changesSince(compare, staged) : [];
  if (spec.onlyFiles) {
    const changed = [...new Set(spec.onlyFiles)].sort();
    const touches = touchedBy(changed);
    return { changed: scoped ? changed : null, changedFrom: 'list', touches, listed: changed, changes };
  }
  if (!git || !compare) {
    return { changed: null, changedFrom: null, touches: () => true, listed: null, changes };
  }
  // Both sides of a rename: the file it came from is touched too.
  const changed = [...new Set(changes.flatMap((c) => (c.from ? [c.from, c.file] : [c.file])))].sort();
  const touches = touchedBy(changed);
  return { changed: scoped ? changed : null, changedFrom: 'diff', touches, listed: changed, changes };
}

/**
 * What the head is made of: the paths checked (they must exist, CDK apps must be synthesized), the committed files
 * the change touches, and whatever the workflow produced that git does not hold; never the base artifacts.
 */
async function headOf(
  spec: ChangeSpec,
  git: Git | null,
  root: string,
  compare: string | null,
): Promise<Omit<HeadRead, 'head'>> {
  if (spec.head.kind === 'index' && !git) throw new UserError('--staged needs a git repository');
  const worktree = memoized(git ? listedByGit(git, worktreeSource(root)) : worktreeSource(root));
  const index = git ? await git.index() : null;
  const tracked = (file: string) => index?.has(file) ?? false;
  const staged = spec.head.kind === 'index' && git !== null;
  const inIndex = async (p: string) =>
    p === '.' || [...index!.keys()].some((f) => isUnder(f, p)) || existsInWorktree(root)(p);
  const paths = await resolvePaths(spec.cwd, root, spec.paths, staged ? inIndex : existsInWorktree(root));
  await requireSynthesized(root, worktree, paths);
  const artifactRoots = (spec.baseArtifacts ?? [])
    .map((p) => toPosix(path.relative(root, path.resolve(spec.cwd, p))))
    .filter((p) => !p.startsWith('..') && !path.isAbsolute(p));
  const notArtifact = (file: string) => !artifactRoots.some((a) => isUnder(file, a));
  const touched = await changedFiles(spec, git, compare, staged, tracked);
  const { changed } = touched;
  const only = changed ? new Set(changed) : null;
  // Committed files count when the change touches them; what git does not hold was produced in this run.
  const inScope = (file: string) => notArtifact(file) && (only === null || only.has(file) || !tracked(file));
  const whole = staged ? withUntracked(indexSource(git!), worktree, tracked) : worktree;
  const source = filtered(whole, inScope);
  const readOptions: ReadOptions = {
    ...(spec.include && spec.include.length > 0 ? { include: spec.include } : {}),
    ...(spec.exclude && spec.exclude.length > 0 ? { exclude: spec.exclude } : {}),
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
  };
  const state = staged ? indexState(index!) : worktreeState(root);
  return { source, whole, paths, staged, tracked, notArtifact, readOptions, ...touched, state };
}

function worktreeState(root: string): (file: string) => Promise<HeadState> {
  return async (file) => {
    try {
      const stat = await lstat(path.join(root, file));
      if (stat.isSymbolicLink()) return 'symlink';
      if (stat.isDirectory()) return 'folder';
      return stat.isFile() ? 'file' : 'special';
    } catch {
      return 'absent';
    }
  };
}

function indexState(index: Tree): (file: string) => Promise<HeadState> {
  return async (file) => {
    const entry = index.get(file);
    if (entry) return isRegularFile(entry) ? 'file' : isSymlink(entry) ? 'symlink' : 'special';
    for (const other of index.keys()) if (other.startsWith(`${file}/`)) return 'folder';
    return 'absent';
  };
}

/**
 * The touched files the file selection leaves out, read at head and at the git base when their content is IaC:
 * a template renamed to `app.cfn` or moved under `coverage/` is still read. Said once per file.
 */
async function beyondSelection(read: HeadRead, gitBase: { git: Git; compare: string } | null) {
  const selected = selection(read.readOptions, read.paths);
  const headFiles = new Set(read.head.files);
  const files = (read.listed ?? []).filter(
    (f) => !selected(f) && !headFiles.has(f) && read.paths.some((p) => isUnder(f, p)) && read.notArtifact(f),
  );
  const options = {
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...(read.readOptions.parameters ? { parameters: read.readOptions.parameters } : {}),
  };
  const head = await readBeyondSelection(read.source, files, options);
  const base = gitBase
    ? await readBeyondSelection(commitSource(gitBase.git, gitBase.compare), files, options)
    : null;
  const unreadable = head.unreadable.map(
    (u): Diagnostic => ({
      severity: 'warning',
      file: u.file,
      line: null,
      message: `${u.file} is outside files.include and mentions IaC, but is not read: ${u.why}`,
    }),
  );
  return { head, base, notices: [...head.read.map(beyondSelectionNotice), ...unreadable] };
}

/** The same read options, limited to `files` when the read is scoped. */
function limitedTo(options: ReadOptions, files: string[] | null): ReadOptions {
  return files === null ? options : { ...options, onlyFiles: files };
}

/** Whether a file is known to be the same at base as at head: `git diff` does not name it. */
function sameAtBase(read: Omit<HeadRead, 'head'>): (file: string) => boolean {
  if (read.changedFrom !== 'diff') return () => false;
  return (file) => !read.touches(file);
}

/**
 * The unchanged files the changed ones need (attached.ts joins their entities), read at head and at base and
 * merged into both reads. A file `git diff` does not name is the same at both: read once, the read used for both.
 */
async function withRelated(
  read: HeadRead,
  search: NameSearch | null,
  base: { source: FileSource | null; result: ParseResult | null },
  mentions: ReturnType<typeof mentionsIn>,
): Promise<{ head: ParseResult; gitBase: ParseResult | null; scope: ReadScope }> {
  const { changed } = read;
  if (changed === null || !search) {
    return {
      head: read.head,
      gitBase: base.result,
      scope: { scope: 'everything', files: null, changed: [], related: [] },
    };
  }
  const own = new Set(changed);
  const names = namesOf([...read.head.entities, ...(base.result?.entities ?? [])]);
  const related = await relatedFiles(
    search,
    names,
    mentions,
    // What git does not hold was read with the change's own files.
    (file) => own.has(file) || !read.notArtifact(file) || !read.tracked(file),
  );
  let { head } = read;
  let gitBase = base.result;
  if (related.length > 0) {
    const files = related.map((r) => r.file);
    const options = limitedTo(read.readOptions, files);
    const atHead = await readIac(filtered(read.whole, read.notArtifact), read.paths, options);
    head = mergeReads(head, atHead);
    if (base.source && gitBase) {
      const same = read.changedFrom === 'diff';
      gitBase = mergeReads(gitBase, same ? atHead : await readIac(base.source, read.paths, options));
    }
  }
  const files = [...new Set([...changed, ...related.map((r) => r.file)])].sort();
  return { head, gitBase, scope: { scope: 'change', files, changed, related } };
}

type DeployedMap = Awaited<ReturnType<typeof deployedBases>>['bases'];

/** What the git base holds beyond its own read: entities the head declares elsewhere, and where moves came from. */
interface GitBaseExtras {
  /** Head file → the base file git says it was renamed from. */
  renames: ReadonlyMap<string, string>;
  /** Base entities of files the base read did not cover that share a name with a head entity. */
  namesakes: Entity[];
  /** Filled with head key → base key for the entities of moved files. */
  origins: Map<string, string>;
}

/** The sources of bases, best first: deployed templates, a plan's prior state, base artifacts, the git base. */
async function baseCandidates(
  spec: ChangeSpec,
  read: HeadRead,
  git: Git | null,
  gitBase: ParseResult | null,
  extras: GitBaseExtras & { witnessPlans: ReadonlySet<string> },
): Promise<{ candidates: BaseCandidate[]; deployed: DeployedMap; diagnostics: Diagnostic[] }> {
  const { head } = read;
  const candidates: BaseCandidate[] = [];
  let diagnostics: Diagnostic[] = [];
  let deployed: DeployedMap = new Map();
  if (spec.deployedTemplate) {
    const targets = await stackTargets(head, read.source, spec);
    const fetched = await deployedBases(targets, read.source, spec.deployedTemplate, spec.parameters);
    deployed = fetched.bases;
    diagnostics = fetched.diagnostics;
    const all = [...deployed.values()].flatMap((b) => b.entities);
    candidates.push({
      source: 'deployed',
      entities: byKey(all),
      answers: (e) => ['found', 'absent'].includes(deployed.get(e.file)?.status ?? ''),
      identities: byIdentity(all),
    });
  }
  // A plan's prior state says what is deployed only when the workflow produced the plan: one committed in this
  // change is the author's to write (item 5 of issue 12), and is compared with the plan at the git base instead.
  const witnessed = (head.priorEntities ?? []).filter((e) => extras.witnessPlans.has(e.file));
  candidates.push({
    source: 'terraform-prior-state',
    entities: byKey(witnessed),
    answers: (e) => e.format === 'terraform' && extras.witnessPlans.has(e.file),
    identities: byIdentity(witnessed),
  });
  if (spec.baseArtifacts && spec.baseArtifacts.length > 0) {
    const artifact = await readArtifacts(spec.cwd, spec.baseArtifacts);
    const matcher = artifactMatcher(artifact.entities, artifact.stacks);
    candidates.push({
      source: 'artifact',
      entities: matcher.entities(head.entities),
      answers: matcher.answers,
      identities: byIdentity(artifact.entities),
    });
  }
  if (git && gitBase) {
    const entities = byKey(gitBase.entities);
    for (const [key, moved] of movedEntities(head, gitBase, extras.origins, extras.renames))
      entities.set(key, moved);
    // Git can say a committed (or not yet added) file's entity is new; a file it is told to ignore (a synthesized
    // cdk.out, a plan written by the workflow) it knows nothing about.
    const ignored = await git.ignored(read.staged ? [] : head.files.filter((f) => !read.tracked(f)));
    candidates.push({
      source: 'git',
      entities,
      answers: (e) => !ignored.has(e.file),
      identities: byIdentity([...gitBase.entities, ...extras.namesakes]),
    });
  }
  return { candidates, deployed, diagnostics };
}

/**
 * The Terraform plans whose prior state may stand for what is deployed: produced in this run (git does not hold
 * them, or the work tree's differs from the committed one), or committed and left as the base had them. A plan this
 * change commits or edits is not one: its `prior_state` and `before` are the author's to write.
 */
async function witnessPlans(
  read: HeadRead,
  git: Git | null,
  compare: string | null,
  /** Head file → the base file git says it was renamed from. */
  renames: ReadonlyMap<string, string>,
): Promise<{ witnesses: Set<string>; committed: Map<string, { atBase: boolean }> }> {
  const plans = [...new Set(read.head.entities.filter((e) => e.format === 'terraform').map((e) => e.file))];
  const witnesses = new Set<string>();
  const committed = new Map<string, { atBase: boolean }>();
  const index = git ? indexSource(git) : null;
  const base = git && compare ? commitSource(git, compare) : null;
  for (const plan of plans) {
    if (!git || !compare || !base || !index || (!read.staged && !read.tracked(plan))) {
      witnesses.add(plan);
      continue;
    }
    const [text, staged, atBase] = await Promise.all([
      read.whole.read(plan),
      index.read(plan),
      base.read(renames.get(plan) ?? plan),
    ]);
    const regenerated = !read.staged && text !== staged;
    if (regenerated || (atBase !== null && atBase === text)) witnesses.add(plan);
    else committed.set(plan, { atBase: atBase !== null });
  }
  return { witnesses, committed };
}

/**
 * A plan committed in this change with no plan at the git base has nothing to be compared with: its entities
 * cannot be judged (what its prior state claims is the author's word).
 */
function unwitnessedPlans(head: ParseResult, committed: ReadonlyMap<string, { atBase: boolean }>): void {
  for (const entity of head.entities) {
    if (committed.get(entity.file)?.atBase !== false) continue;
    entity.unknowns.push({
      message: `${entity.file} is committed in this change, so its prior state is the author's to write, and the git base has no ${entity.file} to compare with: produce the plan in the workflow (terraform show -json, not committed), or commit it at the base first`,
      location: { file: entity.file, line: entity.line, path: entity.path },
    });
  }
}

/** A deployed template that could not be had is never "new": said, and blocking where nothing else stood in. */
function deployedFailures(
  deployed: DeployedMap,
  head: ParseResult,
  bases: ReadonlyMap<string, EntityBase>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const base of deployed.values()) {
    if (base.status !== 'failed') continue;
    const affected = head.entities.filter((e) => e.file === base.target.file);
    const uncovered = affected.filter((e) => bases.get(entityKey(e))?.source === 'none');
    out.push({
      severity: uncovered.length > 0 ? 'error' : 'warning',
      file: base.target.file,
      line: null,
      message:
        uncovered.length > 0
          ? `the deployed template of stack ${base.target.stackName} could not be had (${base.reason}), and no other base knows ${uncovered.map((e) => e.id).join(', ')}: what the change widens there cannot be judged. Grant cloudformation:GetTemplate, or pass a base artifact (--base-path / base-paths)`
          : `the deployed template of stack ${base.target.stackName} could not be had (${base.reason}); compared with the next best base instead`,
    });
  }
  return out;
}

/**
 * The entities as judged: each policy attached by name from another file folded into the entity it names, at head
 * and in every entity's chosen base alike (attached.ts); the bases of the entities folded away are dropped.
 */
async function joined(
  head: ParseResult,
  chosen: ReturnType<typeof chooseBases>,
  gitBase: ParseResult | null,
  mentions: Mentions,
): Promise<{
  head: ParseResult;
  baseEntities: Entity[];
  bases: Map<string, EntityBase>;
  attached: Map<string, string[]>;
}> {
  const headKeys = new Set(head.entities.map(entityKey));
  const atHead = await joinAcrossFiles(head.entities, mentions);
  if (atHead.links.size === 0 && !(gitBase?.entities ?? []).some((e) => e.namedOnly)) {
    return { head, baseEntities: chosen.entities, bases: chosen.bases, attached: atHead.links };
  }
  const kept = new Set(atHead.entities.map(entityKey));
  const atBase = await joinBases(chosen.entities, gitBase?.entities ?? [], headKeys, mentions);
  const bases = new Map([...chosen.bases].filter(([key]) => kept.has(key)));
  return {
    head: { ...head, entities: atHead.entities },
    baseEntities: atBase.filter((e) => kept.has(entityKey(e))),
    bases,
    attached: atHead.links,
  };
}

async function readChange(
  spec: ChangeSpec,
  revisions: Revisions,
  git: Git | null,
  root: string,
  compare: string | null,
): Promise<Change> {
  // What the base's date and the history ask of git does not depend on what is read: asked now, answered while the
  // head is parsed.
  const baseDate = git && compare ? commitDate(git, compare) : Promise.resolve(null);
  baseDate.catch(() => {});
  const historyCommit = historyCommitOf(spec, revisions);
  const of = await headOf(spec, git, root, compare);
  const baseSource =
    git && compare ? commitSource(git, compare, '', `git base ${compare.slice(0, 12)}`) : null;
  // The head first, then the base: the files that name the head's roles and users are searched for (one `git grep`,
  // another process) while the base is parsed.
  const atHead = await readIac(of.source, of.paths, of.readOptions);
  const search =
    git && of.changed !== null
      ? new NameSearch(git, {
          head: of.staged ? 'index' : 'worktree',
          base: of.changedFrom === 'list' ? compare : null,
        })
      : null;
  search?.start(namesOf(atHead.entities));
  const ownBase = baseSource
    ? await readIac(baseSource, of.paths, limitedTo(of.readOptions, of.changed))
    : null;
  // Touched files of any name whose content is IaC, beyond the file selection: read at head and at the git base.
  const beyond = await beyondSelection({ ...of, head: atHead }, git && compare ? { git, compare } : null);
  const read: HeadRead = { ...of, head: mergeReads(atHead, beyond.head.result) };
  const ownBaseRead = ownBase && beyond.base ? mergeReads(ownBase, beyond.base.result) : ownBase;
  const mentions = mentionsIn(read.whole, baseSource, { same: sameAtBase(read), touches: read.touches });
  const scoped = await withRelated(read, search, { source: baseSource, result: ownBaseRead }, mentions);
  const { gitBase } = scoped;
  const perFile = { ...read, head: scoped.head };
  const renames = new Map(
    of.changes.flatMap((c) => (c.status === 'renamed' && c.from ? [[c.file, c.from] as const] : [])),
  );
  const extras: GitBaseExtras = { renames, namesakes: [], origins: new Map() };
  const plans = await witnessPlans(perFile, git, compare, renames);
  unwitnessedPlans(perFile.head, plans.committed);
  if (git && compare && gitBase && of.changed !== null) {
    // The base read covered only the touched files: an entity the change declares anew (another file, another
    // logical id) is looked up at base by its name. Name-only entities (a policy naming a role) were joined to the
    // files that declare the name already (withRelated).
    const baseKeys = new Set(gitBase.entities.map(entityKey));
    const unmatched = perFile.head.entities.filter((e) => !e.namedOnly && !baseKeys.has(entityKey(e)));
    extras.namesakes = await namesakesAtBase(
      git,
      compare,
      unmatched,
      new Set(gitBase.files),
      of.paths,
      of.readOptions,
    );
  }
  const {
    candidates,
    deployed,
    diagnostics: fetching,
  } = await baseCandidates(spec, perFile, git, gitBase, {
    ...extras,
    witnessPlans: plans.witnesses,
  });
  const chosen = chooseBases(perFile.head.entities, candidates);
  const { head, baseEntities, bases, attached } = await joined(perFile.head, chosen, gitBase, mentions);
  const diagnostics = [...fetching, ...deployedFailures(deployed, head, bases), ...beyond.notices];
  return {
    root,
    base: compare,
    trusted: revisions.trusted,
    baseDate: await baseDate,
    head,
    baseEntities: { entities: baseEntities, diagnostics: [], files: gitBase?.files ?? [] },
    bases,
    baseAsked: Boolean(compare || spec.deployedTemplate || (spec.baseArtifacts?.length ?? 0) > 0),
    baseDiagnostics: gitBase?.diagnostics ?? [],
    diagnostics,
    files: fileBases(head, bases, deployed, compare, spec),
    artifacts: artifactsOf(head, (f) => read.staged || read.tracked(f), plans.committed),
    history: await readHistory(
      revisions,
      await historyCommit,
      read.paths,
      limitedTo(read.readOptions, scoped.scope.files),
      mentions,
      { commit: compare, read: gitBase },
    ),
    read: scoped.scope,
    attached,
    vanished: gitBase ? await vanished(perFile, gitBase, chosen, extras.origins, of.changes) : [],
    notes: pairingNotes(head, chosen),
    gitProcesses: git?.stats.spawned ?? 0,
  };
}

/** The base entities the head no longer shows, and why, for the ones whose files are still there in some form. */
function vanished(
  read: HeadRead,
  gitBase: ParseResult,
  chosen: ChosenBases,
  origins: ReadonlyMap<string, string>,
  changes: readonly FileChange[],
): Promise<Vanished[]> {
  const present = new Set(read.head.entities.map(entityKey));
  for (const from of origins.values()) present.add(from);
  for (const pairing of chosen.byIdentity.values()) for (const e of pairing.from) present.add(entityKey(e));
  return vanishedEntities({
    base: gitBase.entities,
    present,
    headFiles: new Set(read.head.files),
    state: read.state,
    text: (file) => read.whole.read(file),
    size: (file) => read.whole.size?.(file) ?? Promise.resolve(null),
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    renamedTo: new Map(
      changes.flatMap((c) => (c.status === 'renamed' && c.from ? [[c.from, c.file] as const] : [])),
    ),
    added: changes.filter((c) => c.status === 'added' || c.status === 'copied').map((c) => c.file),
  });
}

/** One line per entity paired with the base by name rather than by file and logical id. */
function pairingNotes(head: ParseResult, chosen: ChosenBases): Change['notes'] {
  const notes: Change['notes'] = [];
  for (const entity of head.entities) {
    const pairing = chosen.byIdentity.get(entityKey(entity));
    if (!pairing) continue;
    const from = pairing.from.map((e) => `${e.file}#${e.id}`).join(', ');
    notes.push({
      file: entity.file,
      line: entity.line,
      entity: entity.id,
      message: `${entity.id} is ${entity.kind} ${entity.name ?? entity.arn} as the ${pairing.source} base has it (${from}): judged as a change of that ${entity.kind}`,
    });
  }
  return notes;
}

function fileBases(
  head: ParseResult,
  bases: ReadonlyMap<string, EntityBase>,
  deployed: ReadonlyMap<string, { description: string }>,
  compare: string | null,
  spec: ChangeSpec,
): FileBase[] {
  const perFile = new Map<string, Set<BaseSource>>();
  for (const e of head.entities) {
    const sources = perFile.get(e.file) ?? new Set<BaseSource>();
    sources.add(bases.get(entityKey(e))?.source ?? 'none');
    perFile.set(e.file, sources);
  }
  const noBase =
    'no base from any source: judged as it stands. Give AWS credentials (the deployed template), a base artifact (--base-path) or commit the file';
  return [...perFile]
    .map(([file, set]) => {
      const sources = [...set].sort((a, b) => SOURCE_RANK[a] - SOURCE_RANK[b]);
      const deployedPart = deployed.get(file)?.description;
      return {
        file,
        sources,
        comparedWith: describeFile(sources, {
          ...(deployedPart ? { deployed: deployedPart } : {}),
          artifact: `the base artifact ${(spec.baseArtifacts ?? []).join(', ')}`,
          git: `the git base ${compare?.slice(0, 12) ?? ''}`,
          none: noBase,
        }),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The commit of the trusted base's first-parent line `days` ago, null without history; its tree is listed at once
 * (the history read compares it with the base's).
 */
function historyCommitOf(
  spec: ChangeSpec,
  revisions: Revisions,
): Promise<{ commit: string; date: string } | null> {
  const { git, trusted } = revisions;
  if (!spec.history || !git || !trusted) return Promise.resolve(null);
  const before = new Date(spec.history.now.getTime() - spec.history.days * DAY_MS);
  const asked = firstParentBefore(git, trusted, before).then((then) => {
    if (then) git.tree(then.commit).catch(() => {});
    return then;
  });
  // Awaited later, or never when the read fails first: a failure is the awaiter's, not an unhandled rejection.
  asked.catch(() => {});
  return asked;
}

/** The code as the trusted base's first-parent line had it `days` ago: what is absent there was added recently. */
async function readHistory(
  revisions: Revisions,
  then: { commit: string; date: string } | null,
  paths: string[],
  readOptions: ReadOptions,
  mentions: Mentions,
  base: { commit: string | null; read: ParseResult | null },
): Promise<Change['history']> {
  const { git } = revisions;
  if (!then || !git) return null;
  try {
    const same = await sameBlobs(git, then.commit, base);
    const source = commitSource(git, then.commit, '', `git history ${then.commit.slice(0, 12)}`);
    const read = await readIac(
      filtered(source, (file) => !same.has(file)),
      paths,
      readOptions,
    );
    const reused = onlyFilesOf(base.read!, same);
    // Joined as the head is, so a role's grants then are compared with its grants now, whichever file gave them.
    const result = same.size > 0 ? mergeReads(read, reused) : read;
    const { entities } = await joinAcrossFiles(result.entities, mentions);
    return { ...then, result: { ...result, entities } };
  } catch {
    return null;
  }
}

/**
 * The base's files whose blob the history commit holds unchanged: read already, so their read stands for the
 * history too. Not a file of a cloud assembly (its entities also depend on the manifest).
 */
async function sameBlobs(
  git: Git,
  then: string,
  base: { commit: string | null; read: ParseResult | null },
): Promise<Set<string>> {
  if (!base.commit || !base.read) return new Set();
  const [thenTree, baseTree] = await Promise.all([git.tree(then), git.tree(base.commit)]);
  const same = new Set(
    base.read.files.filter((file) => {
      const a = thenTree.get(file);
      const b = baseTree.get(file);
      return isRegularFile(a) && isRegularFile(b) && a.oid === b.oid;
    }),
  );
  for (const e of base.read.entities) if (e.format === 'cdk') same.delete(e.file);
  return same;
}

/** What `read` says of `files` only. */
function onlyFilesOf(read: ParseResult, files: ReadonlySet<string>): ParseResult {
  const out: ParseResult = {
    entities: read.entities.filter((e) => files.has(e.file)),
    diagnostics: read.diagnostics.filter((d) => files.has(d.file)),
    files: read.files.filter((f) => files.has(f)),
  };
  const notes = (read.notes ?? []).filter((n) => files.has(n.file));
  if (notes.length > 0) out.notes = notes;
  return out;
}
