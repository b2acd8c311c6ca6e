// The GitHub Action front door: reads the event and inputs, runs the pipeline on what the change touches, and
// reports through annotations, the sticky PR comment, the job summary, SARIF, outputs and the step's status.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { changedFiles, ensureCommit } from '../change/revisions.js';
import { ConfigError, errorMessage, UserError } from '../errors.js';
import type { ScanResult } from '../pipeline.js';
import { COMMENT_MARKER } from '../report/escape.js';
import { logText, terminalLines, terminalText } from '../report/terminal.js';
import type { AwsClients } from '../usage/clients.js';
import type { SnapshotFile } from '../usage/model.js';
import { VERSION } from '../version.js';
import { plural } from '../words.js';
import { upsertStickyComment } from './comment.js';
import { describeEvent, type EventScope } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { createGitHubClient, type GitHubClient, httpStatus } from './octokit.js';
import { listPullFiles } from './pull-files.js';

/**
 * The pipeline (IaC readers, action catalog, AWS SDK), the rules and the renderers are most of the bundle: they are
 * evaluated after the pull request's file list arrives rather than before the first GitHub request (the cold-start
 * benchmark's measure). Bundled with code splitting, each `import()` is a chunk of its own.
 */
function loadPipeline() {
  return Promise.all([
    import('../pipeline.js'),
    import('../change/index.js'),
    import('../change/trusted.js'),
    import('../usage/clients.js'),
    import('../report/json.js'),
    import('../report/sarif.js'),
    import('../report/markdown.js'),
    import('./annotations.js'),
    import('./verdict.js'),
  ]).then(([pipeline, change, trusted, clients, json, sarif, markdown, annotations, verdict]) => ({
    scan: pipeline.scan,
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    createAwsClients: clients.createAwsClients,
    credentialsProblem: clients.credentialsProblem,
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

/** Which files the change touches; null means the whole repository. */
async function touchedFiles(
  scope: EventScope,
  octokit: GitHubClient,
  cwd: string,
): Promise<{ files: string[] | null; source: string }> {
  if (scope.kind === 'repository') return { files: null, source: scope.reason };
  if (scope.kind === 'pull_request') {
    try {
      const listed = await listPullFiles(octokit, { ...context.repo, pull_number: scope.number });
      if (!listed.truncated) return { files: listed.files, source: 'the pull request files API' };
      core.info(
        `The pull request lists ${listed.files.length} files, GitHub's limit: using git diff instead.`,
      );
    } catch (error) {
      core.warning(
        `Could not list the pull request's files (${errorMessage(error)}); using git diff instead.`,
      );
    }
  }
  await ensureBase(scope.baseSha, cwd);
  const files = await changedFiles(cwd, scope.baseSha);
  return { files, source: `git diff ${scope.baseSha.slice(0, 12)}...HEAD` };
}

/** The base commit must be in the clone: its files are the "before" of every comparison. */
async function ensureBase(sha: string, cwd: string): Promise<void> {
  try {
    if ((await ensureCommit(cwd, sha)) === 'fetched') core.info(`Fetched the base commit ${sha}.`);
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

/**
 * Where usage data comes from: the snapshot (read at the trusted base, so a pull request cannot vouch for its own
 * permissions), else AWS; a fork gets no AWS calls (its workflow has no credentials to use).
 */
async function usageSource(
  { createAwsClients, credentialsProblem }: Pipeline,
  inputs: ActionInputs,
  scope: EventScope,
  snapshot: SnapshotFile | null,
): Promise<UsageSource> {
  if (snapshot) return { aws: null, snapshot, unavailable: null };
  if (scope.kind === 'pull_request' && scope.fork) {
    return {
      aws: null,
      snapshot: null,
      unavailable:
        'this pull request comes from a fork, so the workflow has no AWS credentials (GitHub withholds secrets and OIDC tokens from fork pull requests).',
    };
  }
  const inEnvironment = hasAwsCredentials(process.env);
  // GitHub-hosted runners have no instance profile; a self-hosted one may, so there the SDK's chain decides.
  const selfHosted = process.env['RUNNER_ENVIRONMENT'] === 'self-hosted';
  if (!inEnvironment && !selfHosted) {
    return {
      aws: null,
      snapshot: null,
      unavailable:
        'no AWS credentials in the environment: add aws-actions/configure-aws-credentials before this step, or pass a snapshot.',
    };
  }
  const region = inputs.awsRegion ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'];
  const aws = createAwsClients({ ...(region ? { region } : {}), env: process.env });
  const problem = inEnvironment ? null : await credentialsProblem(aws);
  if (problem) {
    return {
      aws: null,
      snapshot: null,
      unavailable: `no AWS credentials found on this self-hosted runner (${problem}): add aws-actions/configure-aws-credentials before this step, give the runner an instance profile, or pass a snapshot.`,
    };
  }
  return { aws, snapshot: null, unavailable: null };
}

/**
 * The revisions and the configuration and snapshot the change is judged by: for a change not merged yet, the base's
 * (as git objects, never the work tree's); for a push, its own (it is merged).
 */
async function judgedBy(pipeline: Pipeline, inputs: ActionInputs, scope: EventScope, cwd: string) {
  const revisions = await pipeline.resolveRevisions(
    cwd,
    scope.kind === 'repository' ? { kind: 'none' } : { kind: 'ref', ref: scope.baseSha, mergeBase: true },
    { trust: scope.kind === 'push' ? 'head' : 'base' },
  );
  const trusted = await pipeline.loadTrustedInputs(
    revisions,
    cwd,
    { config: inputs.config, snapshots: inputs.snapshot ? [inputs.snapshot] : [] },
    { now: new Date(), override: (loaded) => withInputs(loaded, inputs) },
  );
  for (const notice of trusted.notices) core.warning(notice);
  if (trusted.configFile) core.info(`Configuration: ${trusted.configFile}`);
  return { revisions, trusted };
}

/**
 * Logs which generated artifacts were read and what each file was compared with; returns the warning for named
 * paths that yielded no entity (never "All clear"), already emitted, or null.
 */
function reportWhatWasRead(result: ScanResult, paths: string[]): string | null {
  for (const a of result.artifacts) core.info(`Read ${logText(a.path)} (${a.why}).`);
  for (const b of result.bases) core.info(`${logText(b.file)}: compared with ${logText(b.comparedWith)}.`);
  if (paths.length === 0 || result.summary.entities > 0) return null;
  const warning = `No IAM entity was read under the paths input (${paths.join(', ')}): nothing was checked. Is the CDK app synthesized (cdk synth) or the plan written (terraform show -json) before this step?`;
  core.warning(warning);
  return warning;
}

function runUrl(): string | undefined {
  const server = process.env['GITHUB_SERVER_URL'];
  const runId = process.env['GITHUB_RUN_ID'];
  const repository = process.env['GITHUB_REPOSITORY'];
  return server && runId && repository ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

/** The judged commit's files on GitHub, so the comment and summary link each file:line to what was read. */
function blobUrl(headSha: string): string | undefined {
  const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repository = process.env['GITHUB_REPOSITORY'];
  return repository && /^[0-9a-f]{40,64}$/i.test(headSha)
    ? `${server}/${repository}/blob/${headSha}`
    : undefined;
}

async function writeJobSummary(body: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('No GITHUB_STEP_SUMMARY file: the job summary is skipped.');
    return;
  }
  try {
    await core.summary.addRaw(body).write({ overwrite: false });
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

async function postComment(
  octokit: GitHubClient,
  scope: Extract<EventScope, { kind: 'pull_request' }>,
  inputs: ActionInputs,
  body: string,
  hasFindings: boolean,
): Promise<void> {
  const create = inputs.comment === 'always' || hasFindings;
  try {
    const outcome = await upsertStickyComment(
      octokit,
      { ...context.repo, issue_number: scope.number },
      COMMENT_MARKER,
      body,
      create,
    );
    if (outcome.action === 'skipped') core.info(`PR comment: not created (${outcome.reason}).`);
    else core.info(`PR comment ${outcome.action} (id ${outcome.id}).`);
  } catch (error) {
    const status = httpStatus(error);
    if ((status === 403 || status === 429) && /rate limit/i.test(errorMessage(error))) {
      // A secondary rate limit is a 403 too, but no permission would fix it.
      core.warning(
        `Could not write the PR comment: GitHub kept rate-limiting the request (HTTP ${status}) after the retries. The job summary has the report; the next run updates the comment.`,
      );
    } else if (status === 403 || status === 401 || status === 404) {
      const fork = scope.fork
        ? ' Pull requests from forks get a read-only token under `pull_request`; the job summary has the report.'
        : '';
      core.warning(
        `Could not write the PR comment (HTTP ${status}: ${errorMessage(error)}). Give the job \`permissions: pull-requests: write\` (and pass a token that has it).${fork}`,
      );
    } else {
      core.warning(`Could not write the PR comment: ${errorMessage(error)}`);
    }
  }
}

/** Runs the action; never rejects (every failure ends in `setFailed` with one line, no stack trace). */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    if (inputs.token) core.setSecret(inputs.token);
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const value = process.env[name];
      if (value) core.setSecret(value);
    }
    const cwd = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const scope = describeEvent(
      context.eventName,
      context.payload,
      context.sha,
      process.env['GITHUB_REPOSITORY'] ?? '',
    );
    if (!inputs.token && scope.kind === 'pull_request') {
      throw new UserError(
        "input 'github-token' is empty: leave it unset (it defaults to the workflow's token) or pass one",
      );
    }
    const octokit = createGitHubClient(inputs.token || 'none');

    const touched = await touchedFiles(scope, octokit, cwd);
    // Loaded only now: evaluating it would otherwise hold back the first request (module evaluation is synchronous).
    const pipeline = await loadPipeline();
    const { scan, renderJson, renderSarif, renderMarkdown, annotate, reachesFailOn, blockingReason } =
      pipeline;
    if (scope.kind !== 'repository') await ensureBase(scope.baseSha, cwd);
    core.info(
      touched.files === null
        ? `Checking the whole repository (${touched.source}).`
        : `The change touches ${plural(touched.files.length, 'file')} (from ${touched.source}).`,
    );

    const { revisions, trusted } = await judgedBy(pipeline, inputs, scope, cwd);
    const { config } = trusted;
    const source = await usageSource(pipeline, inputs, scope, trusted.snapshot);
    const result: ScanResult = await scan({
      cwd,
      paths: inputs.paths.length > 0 ? inputs.paths : ['.'],
      revisions,
      base: scope.kind === 'repository' ? null : scope.baseSha,
      mergeBase: true,
      ...(touched.files !== null ? { onlyFiles: touched.files } : {}),
      ...(inputs.basePaths.length > 0 ? { baseArtifacts: inputs.basePaths } : {}),
      config,
      ...(source.snapshot ? { snapshot: source.snapshot } : {}),
      aws: source.aws,
      ...(source.unavailable ? { usageUnavailableReason: source.unavailable } : {}),
      failOn: inputs.failOn,
    });
    const usageUnavailable = source.unavailable ?? result.usageUnavailable ?? null;
    if (usageUnavailable) core.warning(`Usage data unavailable: ${terminalText(usageUnavailable)}`);
    const nothingRead = reportWhatWasRead(result, inputs.paths);

    const blocking = reachesFailOn(result.findings, inputs.failOn);
    const blocked = result.summary.blocked;
    const counts = annotate(
      result.findings,
      result.diagnostics,
      { error: core.error, warning: core.warning, notice: core.notice },
      // keep a slot for the step's failure message and for the warnings this run may add
      {
        reserved: { error: blocked ? 1 : 0, warning: (usageUnavailable ? 1 : 0) + (nothingRead ? 1 : 0) + 1 },
      },
    );
    if (counts.unannotated + counts.unannotatedDiagnostics > 0) {
      core.info(
        `${plural(counts.unannotated, 'finding')} and ${plural(counts.unannotatedDiagnostics, 'problem')} not annotated (GitHub shows 10 per type per step): the SARIF file and the JSON report have them all.`,
      );
    }

    const url = runUrl();
    const blob = blobUrl(scope.headSha);
    const renderOptions = {
      ...(nothingRead ? { nothingRead } : {}),
      failOn: inputs.failOn,
      blocked,
      usageUnavailable,
      unannotated: counts.unannotated,
      ...(url ? { runUrl: url } : {}),
      ...(blob ? { blobUrl: blob } : {}),
    };
    await writeJobSummary(
      renderMarkdown(result, { ...renderOptions, marker: '', maxChars: SUMMARY_MAX_CHARS }),
    );
    if (scope.kind === 'pull_request' && inputs.comment !== 'never') {
      await postComment(
        octokit,
        scope,
        inputs,
        renderMarkdown(result, renderOptions),
        result.findings.length > 0,
      );
    }

    const sarifPath = path.resolve(cwd, inputs.sarifFile);
    // `sarif-file: reports/iam.sarif` names a folder that a fresh checkout does not have yet.
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, renderSarif(result, { version: VERSION }));
    const jsonPath = path.join(process.env['RUNNER_TEMP'] || cwd, 'iam-usage-guard-report.json');
    await writeFile(jsonPath, renderJson(result));

    core.setOutput('findings', result.findings.length);
    core.setOutput('errors', result.summary.errors);
    core.setOutput('warnings', result.summary.warnings);
    core.setOutput('blocked', blocked);
    core.setOutput('report-json', jsonPath);
    core.setOutput('sarif-file', sarifPath);
    core.info(
      `Checked ${plural(result.summary.entities, 'entity')}: ${plural(result.summary.errors, 'error')}, ${plural(result.summary.warnings, 'warning')}, ${plural(result.summary.notices, 'notice')}.`,
    );
    if (blocked) core.setFailed(terminalText(blockingReason(blocking, inputs.failOn, result.unreadable)));
  } catch (error) {
    if (error instanceof ConfigError) {
      // Each problem on its line of the configuration file, where the pull request's author looks.
      for (const problem of error.problems) {
        core.error(problem.message, {
          title: 'iam-usage-guard configuration',
          file: error.file,
          startLine: problem.line,
        });
      }
      const first = error.problems[0];
      core.setFailed(
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
    if (message.includes('\n')) core.info(terminalLines(message));
    core.setFailed(terminalText(message.replace(/\s*\n\s*/g, ' ')));
  }
}
