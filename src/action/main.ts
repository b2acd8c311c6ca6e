// The GitHub Action front door: reads the event and inputs, runs the pipeline on what the change touches, and
// reports through annotations, the sticky PR comment, the job summary, SARIF, outputs and the step's status.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { changedFiles, ensureCommit } from '../change/revisions.js';
import { ConfigError, errorMessage, UserError } from '../errors.js';
import type { ScanResult } from '../pipeline.js';
import type { EditNote } from '../report/markdown.js';
import { logText, terminalLines, terminalText } from '../report/terminal.js';
import type { AwsClients } from '../usage/clients.js';
import type { SnapshotFile } from '../usage/model.js';
import { VERSION } from '../version.js';
import { plural } from '../words.js';
import { postComment } from './comment.js';
import { describeEvent, type EventScope } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import type { GitHubClient } from './octokit.js';
import { listPullFiles } from './pull-files.js';
import { type ActionLog, type ActionRuntime, runnerRuntime } from './runtime.js';

/**
 * The pipeline (IaC readers, action catalog), the rules and the renderers are most of the bundle: they are
 * evaluated after the pull request's file list arrives rather than before the first GitHub request (the cold-start
 * benchmark's measure). Bundled with code splitting, each `import()` is a chunk of its own.
 */
function loadPipeline() {
  return Promise.all([
    import('../pipeline.js'),
    import('../change/index.js'),
    import('../change/trusted.js'),
    import('../report/json.js'),
    import('../report/sarif.js'),
    import('../report/markdown.js'),
    import('./annotations.js'),
    import('./verdict.js'),
  ]).then(([pipeline, change, trusted, json, sarif, markdown, annotations, verdict]) => ({
    scan: pipeline.scan,
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    // The AWS SDK only when usage comes from AWS (a snapshot run never loads it).
    awsClients: () => import('../usage/clients.js'),
    renderJson: json.renderJson,
    renderSarif: sarif.renderSarif,
    renderMarkdown: markdown.renderMarkdown,
    annotate: annotations.annotate,
    reachesFailOn: verdict.reachesFailOn,
    blockingReason: verdict.blockingReason,
  }));
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

/** The job summary allows 1 MiB per step (bytes: room for multi-byte characters); the comment has its own cap. */
const SUMMARY_MAX_CHARS = 800_000;

/** What every step of one run reads: the runner's world, the inputs, what the event asks and the GitHub client. */
export interface ActionRun {
  runtime: ActionRuntime;
  log: ActionLog;
  inputs: ActionInputs;
  scope: EventScope;
  octokit: GitHubClient;
  /** The checkout: where git runs and the paths are read. */
  cwd: string;
}

/** The inputs, read and checked; the secrets masked before anything is logged; what the event asks. */
function start(runtime: ActionRuntime): ActionRun {
  const { log, env, event } = runtime;
  const inputs = getInputs(runtime.input);
  for (const secret of [inputs.token, env.aws['AWS_SECRET_ACCESS_KEY'], env.aws['AWS_SESSION_TOKEN']]) {
    if (secret) log.setSecret(secret);
  }
  const scope = describeEvent(event.name, event.payload, event.sha, env.repository);
  if (!inputs.token && scope.kind === 'pull_request') {
    throw new UserError(
      "input 'github-token' is empty: leave it unset (it defaults to the workflow's token) or pass one",
    );
  }
  return { runtime, log, inputs, scope, octokit: runtime.github(inputs.token || 'none'), cwd: env.workspace };
}

/** The repository the event is about, for GitHub calls; the words @actions/github uses when it cannot say. */
export function eventRepo(run: ActionRun): { owner: string; repo: string } {
  const repo = run.runtime.event.repo;
  if (!repo)
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  return repo;
}

interface TouchedFiles {
  /** Repository-relative; null: the whole repository. */
  files: string[] | null;
  source: string;
  /** Each listed file's diff as GitHub shows it (for review suggestions); absent when git diff made the list. */
  patches?: ReadonlyMap<string, string | null>;
}

/** Which files the change touches: the pull request's file list, else git diff with the base. */
async function touchedFiles(run: ActionRun): Promise<TouchedFiles> {
  const { scope, log } = run;
  if (scope.kind === 'repository') return { files: null, source: scope.reason };
  if (scope.kind === 'pull_request') {
    try {
      const listed = await listPullFiles(run.octokit, { ...eventRepo(run), pull_number: scope.number });
      if (!listed.truncated)
        return { files: listed.files, source: 'the pull request files API', patches: listed.patches };
      log.info(
        `The pull request lists ${listed.files.length} files, GitHub's limit: using git diff instead.`,
      );
    } catch (error) {
      log.warning(
        `Could not list the pull request's files (${errorMessage(error)}); using git diff instead.`,
      );
    }
  }
  await ensureBase(run, scope.baseSha);
  const files = await changedFiles(run.cwd, scope.baseSha);
  return { files, source: `git diff ${scope.baseSha.slice(0, 12)}...HEAD` };
}

/** The base commit must be in the clone: its files are the "before" of every comparison. */
async function ensureBase(run: ActionRun, sha: string): Promise<void> {
  try {
    if ((await ensureCommit(run.cwd, sha)) === 'fetched') run.log.info(`Fetched the base commit ${sha}.`);
  } catch (error) {
    throw new UserError(
      `the base commit ${sha} is not available (${errorMessage(error)}): use actions/checkout with \`fetch-depth: 0\``,
    );
  }
}

/** The action's inputs over the configuration they override. */
function withInputs<C extends { unusedDays: number }>(config: C, inputs: ActionInputs): C {
  return {
    ...config,
    ...(inputs.unusedDays !== null ? { unusedDays: inputs.unusedDays } : {}),
    ...(inputs.granularity !== null ? { granularity: inputs.granularity } : {}),
    ...(inputs.onMissingData ? { onMissingData: inputs.onMissingData } : {}),
  };
}

function hasAwsCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    (env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']) ||
      env['AWS_PROFILE'] ||
      env['AWS_WEB_IDENTITY_TOKEN_FILE'] ||
      env['AWS_CONTAINER_CREDENTIALS_FULL_URI'] ||
      env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'],
  );
}

interface UsageSource {
  aws: AwsClients | null;
  snapshot: SnapshotFile | null;
  /** Why no usage data can be had; null when a snapshot or AWS credentials provide it. */
  unavailable: string | null;
}

const noUsage = (unavailable: string): UsageSource => ({ aws: null, snapshot: null, unavailable });

/**
 * Where usage data comes from: the snapshot (read at the trusted base, so a pull request cannot vouch for its own
 * permissions), else AWS; a fork gets no AWS calls (its workflow has no credentials to use).
 */
async function usageSource(
  { awsClients }: Pipeline,
  run: ActionRun,
  snapshot: SnapshotFile | null,
): Promise<UsageSource> {
  if (snapshot) return { aws: null, snapshot, unavailable: null };
  const { scope, env } = { scope: run.scope, env: run.runtime.env };
  if (scope.kind === 'pull_request' && scope.fork) {
    return noUsage(
      'this pull request comes from a fork, so the workflow has no AWS credentials (GitHub withholds secrets and OIDC tokens from fork pull requests).',
    );
  }
  const inEnvironment = hasAwsCredentials(env.aws);
  // GitHub-hosted runners have no instance profile; a self-hosted one may, so there the SDK's chain decides.
  if (!inEnvironment && !env.selfHosted) {
    return noUsage(
      'no AWS credentials in the environment: add aws-actions/configure-aws-credentials before this step, or pass a snapshot.',
    );
  }
  const region = run.inputs.awsRegion;
  const { createAwsClients, credentialsProblem } = await awsClients();
  const aws = createAwsClients({ ...(region ? { region } : {}), env: env.aws });
  const problem = inEnvironment ? null : await credentialsProblem(aws);
  if (problem) {
    return noUsage(
      `no AWS credentials found on this self-hosted runner (${problem}): add aws-actions/configure-aws-credentials before this step, give the runner an instance profile, or pass a snapshot.`,
    );
  }
  return { aws, snapshot: null, unavailable: null };
}

/**
 * The revisions and the configuration and snapshot the change is judged by: for a change not merged yet, the base's
 * (as git objects, never the work tree's); for a push, its own (it is merged).
 */
async function judgedBy(pipeline: Pipeline, run: ActionRun) {
  const { scope, inputs, log } = run;
  const revisions = await pipeline.resolveRevisions(
    run.cwd,
    scope.kind === 'repository' ? { kind: 'none' } : { kind: 'ref', ref: scope.baseSha, mergeBase: true },
    { trust: scope.kind === 'push' ? 'head' : 'base' },
  );
  const trusted = await pipeline.loadTrustedInputs(
    revisions,
    run.cwd,
    { config: inputs.config, snapshots: inputs.snapshot ? [inputs.snapshot] : [] },
    { now: run.runtime.clock(), override: (loaded) => withInputs(loaded, inputs) },
  );
  for (const notice of trusted.notices) log.warning(notice);
  if (trusted.configFile) log.info(`Configuration: ${trusted.configFile}`);
  return { revisions, trusted };
}

/** The pipeline over what the change touches, judged by the trusted configuration, with usage from `source`. */
async function scanChange(
  pipeline: Pipeline,
  run: ActionRun,
  touched: TouchedFiles,
  { revisions, trusted }: Awaited<ReturnType<typeof judgedBy>>,
  source: UsageSource,
): Promise<ScanResult> {
  const { inputs, scope, runtime } = run;
  return pipeline.scan({
    cwd: run.cwd,
    paths: inputs.paths.length > 0 ? inputs.paths : ['.'],
    revisions,
    base: scope.kind === 'repository' ? null : scope.baseSha,
    mergeBase: true,
    ...(touched.files !== null ? { onlyFiles: touched.files } : {}),
    ...(inputs.basePaths.length > 0 ? { baseArtifacts: inputs.basePaths } : {}),
    config: trusted.config,
    ...(source.snapshot ? { snapshot: source.snapshot } : {}),
    aws: source.aws,
    ...(source.unavailable ? { usageUnavailableReason: source.unavailable } : {}),
    failOn: inputs.failOn,
    clock: runtime.clock,
    ...(runtime.sleep ? { sleep: runtime.sleep } : {}),
  });
}

/**
 * Logs which generated artifacts were read and what each file was compared with; returns the warning for named
 * paths that yielded no entity (never "All clear"), already emitted, or null.
 */
function reportWhatWasRead(log: ActionLog, result: ScanResult, paths: string[]): string | null {
  for (const a of result.artifacts) log.info(`Read ${logText(a.path)} (${a.why}).`);
  for (const r of result.read.related) {
    log.info(
      `Read ${logText(r.file)}: not in the change, but it writes out ${logText(r.names.join(', '))}, which the change's entities declare or attach to.`,
    );
  }
  for (const b of result.bases) log.info(`${logText(b.file)}: compared with ${logText(b.comparedWith)}.`);
  if (paths.length === 0 || result.summary.entities > 0) return null;
  const warning = `No IAM entity was read under the paths input (${paths.join(', ')}): nothing was checked. Is the CDK app synthesized (cdk synth) or the plan written (terraform show -json) before this step?`;
  log.warning(warning);
  return warning;
}

/** What the run found, as the comment, the summary, the outputs and the step's status say it. */
export interface Verdict {
  result: ScanResult;
  /** Why usage data could not be had, or null. */
  usageUnavailable: string | null;
  /** The warning for named paths that held no entity, or null. */
  nothingRead: string | null;
  blocked: boolean;
  /** Findings GitHub's per-step limits left without an annotation. */
  unannotated: number;
}

/** The findings and reading problems as annotations, within GitHub's limits; the degraded modes as warnings. */
function annotateResult(
  pipeline: Pipeline,
  run: ActionRun,
  result: ScanResult,
  source: UsageSource,
): Verdict {
  const { log } = run;
  const usageUnavailable = source.unavailable ?? result.usageUnavailable ?? null;
  if (usageUnavailable) log.warning(`Usage data unavailable: ${terminalText(usageUnavailable)}`);
  const nothingRead = reportWhatWasRead(log, result, run.inputs.paths);
  const blocked = result.summary.blocked;
  const counts = pipeline.annotate(
    result.findings,
    result.diagnostics,
    { error: log.error, warning: log.warning, notice: log.notice },
    // keep a slot for the step's failure message and for the warnings this run may add
    { reserved: { error: blocked ? 1 : 0, warning: (usageUnavailable ? 1 : 0) + (nothingRead ? 1 : 0) + 1 } },
  );
  if (counts.unannotated + counts.unannotatedDiagnostics > 0) {
    log.info(
      `${plural(counts.unannotated, 'finding')} and ${plural(counts.unannotatedDiagnostics, 'problem')} not annotated (GitHub shows 10 per type per step): the SARIF file and the JSON report have them all.`,
    );
  }
  return { result, usageUnavailable, nothingRead, blocked, unannotated: counts.unannotated };
}

function runUrl(env: ActionRun['runtime']['env']): string | undefined {
  const { serverUrl, runId, repository } = env;
  return serverUrl && runId && repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

/** The judged commit's files on GitHub, so the comment and summary link each file:line to what was read. */
function blobUrl(env: ActionRun['runtime']['env'], headSha: string): string | undefined {
  const server = env.serverUrl ?? 'https://github.com';
  return env.repository && /^[0-9a-f]{40,64}$/i.test(headSha)
    ? `${server}/${env.repository}/blob/${headSha}`
    : undefined;
}

/**
 * Least-privilege edits on a pull request: suggested changes in a review (earlier ones resolved once their finding
 * is gone), else listed in the comment to paste; none elsewhere or with `suggestions: off`.
 */
async function suggestEdits(
  run: ActionRun,
  result: ScanResult,
  touched: TouchedFiles,
  url: string | undefined,
): Promise<{ edits?: EditNote[] }> {
  const { scope } = run;
  if (scope.kind !== 'pull_request' || run.inputs.suggestions === 'off') return {};
  const { reviewSuggestions } = await import('./review.js');
  const edits = await reviewSuggestions(
    {
      octokit: run.octokit,
      repo: () => eventRepo(run),
      scope,
      inputs: run.inputs,
      log: run.log,
      cwd: run.cwd,
    },
    result,
    { patches: touched.patches ?? null, ...(url ? { runUrl: url } : {}) },
  );
  return { edits };
}

/** The report in markdown: the job summary always (when the step has one), the sticky comment on a pull request. */
async function publish(
  pipeline: Pipeline,
  run: ActionRun,
  verdict: Verdict,
  touched: TouchedFiles,
): Promise<void> {
  const { runtime, scope, inputs, log } = run;
  const { result } = verdict;
  const url = runUrl(runtime.env);
  const blob = blobUrl(runtime.env, scope.headSha);
  const options = {
    ...(verdict.nothingRead ? { nothingRead: verdict.nothingRead } : {}),
    failOn: inputs.failOn,
    blocked: verdict.blocked,
    usageUnavailable: verdict.usageUnavailable,
    unannotated: verdict.unannotated,
    ...(url ? { runUrl: url } : {}),
    ...(blob ? { blobUrl: blob } : {}),
    ...(await suggestEdits(run, result, touched, url)),
  };
  await writeJobSummary(
    run,
    pipeline.renderMarkdown(result, { ...options, marker: '', maxChars: SUMMARY_MAX_CHARS }),
  );
  if (scope.kind !== 'pull_request' || inputs.comment === 'never') return;
  await postComment(log, run.octokit, () => ({ ...eventRepo(run), issue_number: scope.number }), {
    body: pipeline.renderMarkdown(result, options),
    create: inputs.comment === 'always' || result.findings.length > 0,
    fork: scope.fork,
  });
}

async function writeJobSummary(run: ActionRun, body: string): Promise<void> {
  const { summary } = run.runtime;
  if (!summary) {
    run.log.info('No GITHUB_STEP_SUMMARY file: the job summary is skipped.');
    return;
  }
  try {
    await summary(body);
  } catch (error) {
    run.log.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/** SARIF where the input says, the JSON report in the runner's temp folder; both paths and the counts as outputs. */
async function writeReports(pipeline: Pipeline, run: ActionRun, { result, blocked }: Verdict): Promise<void> {
  const { log, inputs, runtime } = run;
  const sarifPath = path.resolve(run.cwd, inputs.sarifFile);
  // `sarif-file: reports/iam.sarif` names a folder that a fresh checkout does not have yet.
  await mkdir(path.dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, pipeline.renderSarif(result, { version: VERSION }));
  const jsonPath = path.join(runtime.env.runnerTemp ?? run.cwd, 'iam-usage-guard-report.json');
  await writeFile(jsonPath, pipeline.renderJson(result));
  log.setOutput('findings', result.findings.length);
  log.setOutput('errors', result.summary.errors);
  log.setOutput('warnings', result.summary.warnings);
  log.setOutput('blocked', blocked);
  log.setOutput('report-json', jsonPath);
  log.setOutput('sarif-file', sarifPath);
}

/** The step's outcome: the counts in the log, and the one-line failure when findings reach `fail-on`. */
function conclude(pipeline: Pipeline, run: ActionRun, { result, blocked }: Verdict): void {
  const { summary } = result;
  run.log.info(
    `Checked ${plural(summary.entities, 'entity')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}.`,
  );
  if (!blocked) return;
  const blocking = pipeline.reachesFailOn(result.findings, run.inputs.failOn);
  run.log.setFailed(terminalText(pipeline.blockingReason(blocking, run.inputs.failOn, result.unreadable)));
}

/** Anything thrown, as the step's failure: one line, no stack trace; configuration problems on their lines. */
function failStep(log: ActionLog, error: unknown): void {
  if (error instanceof ConfigError) {
    // Each problem on its line of the configuration file, where the pull request's author looks.
    for (const problem of error.problems) {
      log.error(problem.message, {
        title: 'iam-usage-guard configuration',
        file: error.file,
        startLine: problem.line,
      });
    }
    const first = error.problems[0];
    log.setFailed(
      `iam-usage-guard: invalid configuration ${error.file}: ${plural(error.problems.length, 'problem')}, each annotated on its line${first ? ` (first: line ${first.line}: ${first.message})` : ''}`,
    );
    return;
  }
  const message =
    error instanceof UserError
      ? `iam-usage-guard: ${error.message}`
      : `iam-usage-guard failed: ${errorMessage(error)}`;
  // The failure is one annotation line; a multi-line explanation (several config problems) goes to the log too.
  // Both quote what they are about (a key, a file name): PR text, shown inert.
  if (message.includes('\n')) log.info(terminalLines(message));
  log.setFailed(terminalText(message.replace(/\s*\n\s*/g, ' ')));
}

/**
 * Runs the action; never rejects (every failure ends in `setFailed` with one line, no stack trace). The runtime is
 * the runner's unless given (tests, other hosts): nothing below reads `process.env` or `@actions/github`'s context.
 */
export async function run(runtime: ActionRuntime = runnerRuntime()): Promise<void> {
  try {
    const action = start(runtime);
    const touched = await touchedFiles(action);
    // Loaded only now: evaluating it would otherwise hold back the first request (module evaluation is synchronous).
    const pipeline = await loadPipeline();
    if (action.scope.kind !== 'repository') await ensureBase(action, action.scope.baseSha);
    action.log.info(
      touched.files === null
        ? `Checking the whole repository (${touched.source}).`
        : `The change touches ${plural(touched.files.length, 'file')} (from ${touched.source}).`,
    );
    const judged = await judgedBy(pipeline, action);
    const source = await usageSource(pipeline, action, judged.trusted.snapshot);
    const result = await scanChange(pipeline, action, touched, judged, source);
    const verdict = annotateResult(pipeline, action, result, source);
    await publish(pipeline, action, verdict, touched);
    await writeReports(pipeline, action, verdict);
    conclude(pipeline, action, verdict);
  } catch (error) {
    failStep(runtime.log, error);
  }
}
