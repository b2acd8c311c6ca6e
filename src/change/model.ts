// What the change is, as plain data: the ChangeSpec a front door builds, and the Change the stage returns.
import type { ReadOptions } from '../iac/index.js';
import type { Diagnostic, ParseResult } from '../policy/model.js';
import type { DeployedTemplateFetch } from './deployed.js';
import type { Vanished } from './vanish.js';

/** Where an entity's base (its state before the change) came from, best first. */
export type BaseSource = 'deployed' | 'artifact' | 'git' | 'terraform-prior-state' | 'none';

export const BASE_SOURCES: readonly BaseSource[] = [
  'deployed',
  'artifact',
  'git',
  'terraform-prior-state',
  'none',
];

export type HeadSpec =
  /** The working tree (the CLI; the action's checkout). */
  | { kind: 'worktree' }
  /** The git index (`check --staged`); generated artifacts still come from the working tree. */
  | { kind: 'index' };

export type BaseSpec =
  /** The merge base with the default branch (origin/HEAD, main, master); none outside git. */
  | { kind: 'auto' }
  /**
   * A git ref. `mergeBase`: compare with the merge base of it and HEAD (a pull request whose head is checked out),
   * else with the ref itself (the CLI's `--base REF`).
   */
  | { kind: 'ref'; ref: string; mergeBase?: boolean }
  | { kind: 'none' };

export interface ChangeSpec {
  cwd: string;
  /** Files or folders relative to `cwd` (default `.`); each must exist inside the repository. */
  paths: string[];
  head: HeadSpec;
  base: BaseSpec;
  /**
   * Which revision's configuration and snapshot are trusted: `base` for a change not merged yet (a pull request,
   * a merge-queue entry, the CLI comparing with a base), `head` for a push (already merged). Default `base`.
   */
  trust?: 'base' | 'head';
  /** Folders or files the workflow built from the base (`cdk synth -o cdk.out.base`), relative to `cwd`. */
  baseArtifacts?: string[];
  /**
   * Which committed files to read at head and at base. `change` (what a check wants): the files the change touches
   * (`onlyFiles`, else `git diff` against the base), plus what their entities need from unchanged files; without a
   * base there is no change to scope to, and every file is read. `everything` (default): every file under the paths.
   */
  scope?: 'change' | 'everything';
  /** The pull request's files (repository-relative): the change's own files; committed files outside it are not read. */
  onlyFiles?: string[];
  /** Globs replacing the default file selection (configuration `files`). */
  include?: string[];
  exclude?: string[];
  /** The parameter values a template file is deployed with (configuration `parameters`). */
  parameters?: ReadOptions['parameters'];
  /** Configuration `stacks`: the deployed stack of a plain CloudFormation template. */
  stacks?: { template: string; stackName: string }[];
  /** Fetches a deployed template (usage/templates.ts); absent: no deployed base (offline, no credentials). */
  deployedTemplate?: DeployedTemplateFetch | null;
  /** Read the code as it stood this many days before `now` (the "added recently" window); absent: no history. */
  history?: { days: number; now: Date } | null;
  /** Where git reads its settings (tests); default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** The base of one entity: which source gave it (its grants are in `Change.base` under the same key). */
export interface EntityBase {
  source: BaseSource;
  /** False when the chosen source says the entity did not exist before the change (it is new). */
  existed: boolean;
}

/** How one head file was compared, said once per file in the reports. */
export interface FileBase {
  file: string;
  /** The sources its entities' bases came from, best first. */
  sources: BaseSource[];
  /** What it was compared with: "the deployed stack App (aws://123456789012/us-east-1), … fetched 2026-11-30". */
  comparedWith: string;
}

/** A generated input read whether or not it is in the diff. */
export interface Artifact {
  /** The assembly folder or the plan file, repository-relative. */
  path: string;
  kind: 'cdk-assembly' | 'terraform-plan';
  /** "synthesized in this run, not in git" / "committed" */
  why: string;
}

/**
 * The committed files the change stage read: the same set at head, at base and in the history window (what git
 * does not hold, such as a synthesized cdk.out or a plan the workflow wrote, is read at head whatever the scope).
 */
export interface ReadScope {
  /** `everything`: every file under the paths; `change`: `files` only. */
  scope: 'everything' | 'change';
  /** Repository-relative, sorted: `changed` and `related` together; null when every file was read. */
  files: string[] | null;
  /** The files the change itself touches (the diff or the PR's list, both sides of a rename), sorted. */
  changed: string[];
  /** Unchanged files read because a changed file's entities need them, with the physical names that tie them. */
  related: { file: string; names: string[] }[];
}

export interface Change {
  /** The folder file paths are relative to: the work tree's root, else `cwd`. */
  root: string;
  /** The commit the files are compared with, or null. */
  base: string | null;
  /** The commit whose configuration, snapshot and history are trusted, or null (then the working tree's). */
  trusted: string | null;
  /** Committer date of `base` (ISO), for "it existed before the change". */
  baseDate: string | null;
  head: ParseResult;
  /** Every entity's base under its head key (file#id), from the source in `bases`. Null: no base at all. */
  baseEntities: ParseResult | null;
  bases: Map<string, EntityBase>;
  /** Whether any base source was there to ask (git base, deployed templates, base artifacts). */
  baseAsked: boolean;
  /** The git base's own problems: a head problem the base already had does not block. */
  baseDiagnostics: Diagnostic[];
  /** Problems of the change stage itself (a deployed template that could not be had): they block. */
  diagnostics: Diagnostic[];
  files: FileBase[];
  artifacts: Artifact[];
  /** The code as it stood `history.days` ago on the trusted base's first-parent line; null: unknown. */
  history: { commit: string; date: string; result: ParseResult } | null;
  /** Which committed files were read, at head and at base alike. */
  read: ReadScope;
  /**
   * Name-only entities folded into the entities other files declare under that name (attached.ts), at head: the
   * key (`file#id`) of each → the keys it was folded into. They are not at head under their own key: a base entity
   * with such a key has not vanished.
   */
  attached: Map<string, string[]>;
  /**
   * Entities the git base declares whose files are still there at head in a form the scan does not read (a symlink,
   * binary, no longer a template, a resource policy now, a nested stack): what the change does to them is not known.
   */
  vanished: Vanished[];
  /** Notes on single entities: paired with the base by physical name rather than by file and logical id. */
  notes: EntityNote[];
  /** Git processes this change cost. */
  gitProcesses: number;
}

/** A note on one entity of the head. */
export interface EntityNote {
  file: string;
  line: number;
  entity: string;
  message: string;
}
