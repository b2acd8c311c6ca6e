// What `check` and `fix` share: the flags that choose the base, the configuration and the usage source, and the scan
// they lead to (the configuration and snapshot read at the trusted base; a snapshot, or AWS when credentials are
// there, else the rules that need no usage data).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Revisions } from '../change/index.js';
import type { TrustedInputs } from '../change/trusted.js';
import { UserError } from '../errors.js';
import type { ScanOptions, ScanResult } from '../pipeline.js';
import type { Severity } from '../rules/model.js';
import { defaultCacheDir } from '../usage/cache.js';
import type { AwsClients } from '../usage/clients.js';
import type { CliIo, OptionSpec, ParsedArgs } from './command.js';
import { createProgress } from './progress.js';

/** The options both commands take, as `check --help` lists them. */
export const SCAN_OPTIONS = {
  base: {
    type: 'string',
    value: 'REF',
    description: 'Compare with the same files at this git ref (default: merge base with the default branch).',
  },
  'no-base': {
    type: 'boolean',
    description: 'Do not compare with a base; judge every entity as it stands.',
  },
  'base-path': {
    type: 'string',
    multiple: true,
    value: 'DIR',
    description:
      'A base artifact built from the base commit (e.g. `cdk synth -o cdk.out.base` in a worktree of it): compared with before the git base.',
  },
  config: {
    type: 'string',
    value: 'FILE',
    description: 'Configuration file (default .github/iam-usage-guard.yml).',
  },
  snapshot: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    description:
      'Use last-accessed data from this snapshot; no AWS calls. Repeatable (one per account): merged, the newest report of an ARN wins.',
  },
  'endpoint-url': {
    type: 'string',
    value: 'URL',
    description: 'IAM/STS/CloudFormation endpoint (e.g. the local IAM endpoint).',
  },
  region: { type: 'string', value: 'REGION', description: 'AWS region (default AWS_REGION).' },
  'no-cache': { type: 'boolean', description: 'Ignore cached reports: ask IAM afresh for every entity.' },
} satisfies Record<string, OptionSpec>;

/** Whether the default credential chain has anything to find, without calling AWS. */
export function credentialSource(env: NodeJS.ProcessEnv): string | null {
  if (env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']) return 'environment';
  if (env['AWS_PROFILE']) return `profile ${env['AWS_PROFILE']}`;
  if (env['AWS_WEB_IDENTITY_TOKEN_FILE']) return 'web identity';
  if (env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'] || env['AWS_CONTAINER_CREDENTIALS_FULL_URI'])
    return 'container';
  const home = env['HOME'] ?? env['USERPROFILE'];
  if (env['AWS_SHARED_CREDENTIALS_FILE'] && existsSync(env['AWS_SHARED_CREDENTIALS_FILE']))
    return 'credentials file';
  if (env['AWS_CONFIG_FILE'] && existsSync(env['AWS_CONFIG_FILE'])) return 'config file';
  if (
    home &&
    (existsSync(path.join(home, '.aws', 'credentials')) || existsSync(path.join(home, '.aws', 'config')))
  ) {
    return 'shared config';
  }
  return null;
}

const NO_USAGE_HELP =
  'no AWS credentials found and no --snapshot given: only rules that need no usage data ran. ' +
  'To compare with real usage, configure AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ' +
  'or aws-actions/configure-aws-credentials in CI) with the permissions in the README, ' +
  "or pass --snapshot FILE written by 'iam-usage-guard snapshot'.";

function snapshotPaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The stages a scan needs, loaded by the command when it runs (not when the CLI starts). */
export interface ScanModules {
  resolveRevisions: typeof import('../change/index.js').resolveRevisions;
  loadTrustedInputs: typeof import('../change/trusted.js').loadTrustedInputs;
  scan: (options: ScanOptions) => Promise<ScanResult>;
}

/**
 * The revisions, and the configuration and snapshot read at the trusted base: a change cannot edit its own
 * configuration or snapshot into a pass. What differs from the work tree is said on stderr. `noBase`: judge every
 * entity as it stands whatever the flags say (`fix --all`).
 */
async function judgedBy(
  modules: ScanModules,
  v: ParsedArgs['values'],
  io: CliIo,
  command: string,
  noBase: boolean,
) {
  if (v['base'] && v['no-base']) throw new UserError('--base and --no-base cannot be used together');
  const revisions: Revisions = await modules.resolveRevisions(
    io.cwd,
    noBase || v['no-base']
      ? { kind: 'none' }
      : v['base']
        ? { kind: 'ref', ref: v['base'] as string }
        : { kind: 'auto' },
    { env: io.env },
  );
  const trusted: TrustedInputs = await modules.loadTrustedInputs(
    revisions,
    io.cwd,
    {
      config: (v['config'] as string | undefined) ?? null,
      snapshots: snapshotPaths(v['snapshot']),
    },
    { now: new Date() },
  );
  for (const notice of trusted.notices) io.stderr.write(`iam-usage-guard ${command}: ${notice}\n`);
  return { revisions, trusted };
}

/** AWS clients for live usage when credentials are there; else why usage is unavailable (said once on stderr). */
async function liveUsage(
  v: ParsedArgs['values'],
  io: CliIo,
  command: string,
): Promise<{ aws: AwsClients | null; usageUnavailableReason: string | undefined }> {
  if (!credentialSource(io.env)) {
    io.stderr.write(`iam-usage-guard ${command}: ${NO_USAGE_HELP}\n`);
    return {
      aws: null,
      usageUnavailableReason:
        'no AWS credentials found and no --snapshot given; only rules that need no usage data ran',
    };
  }
  const endpointUrl = v['endpoint-url'] as string | undefined;
  const region = v['region'] as string | undefined;
  const { createAwsClients } = await import('../usage/clients.js');
  const aws = createAwsClients({
    env: io.env,
    ...(endpointUrl ? { endpointUrl } : {}),
    ...(region ? { region } : {}),
  });
  return { aws, usageUnavailableReason: undefined };
}

/** Runs the pipeline with the base, configuration and usage source the flags choose. */
export async function scanWithArgs(
  modules: ScanModules,
  args: ParsedArgs,
  io: CliIo,
  command: string,
  failOn: Severity | 'never',
  { noBase = false, planEdits = true }: { noBase?: boolean; planEdits?: boolean } = {},
): Promise<{ result: ScanResult; trusted: TrustedInputs }> {
  const v = args.values;
  const { revisions, trusted } = await judgedBy(modules, v, io, command, noBase);
  const snapshot = trusted.snapshot ?? undefined;
  const { aws, usageUnavailableReason } = snapshot
    ? { aws: null, usageUnavailableReason: undefined }
    : await liveUsage(v, io, command);

  // Reports are reused for cacheMaxAgeHours (IAM's data is 4 hours late anyway); IAM_USAGE_GUARD_CACHE_DIR=off disables.
  const cacheDir =
    aws && v['no-cache'] !== true
      ? defaultCacheDir(io.env, process.platform, io.env['HOME'] || homedir())
      : null;
  const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true });
  try {
    const result = await modules.scan({
      cwd: io.cwd,
      paths: args.positionals,
      revisions,
      base: noBase || v['no-base'] ? null : ((v['base'] as string | undefined) ?? 'auto'),
      staged: v['staged'] === true,
      ...(v['base-path'] ? { baseArtifacts: v['base-path'] as string[] } : {}),
      config: trusted.config,
      ...(snapshot ? { snapshot } : {}),
      aws,
      ...(usageUnavailableReason ? { usageUnavailableReason } : {}),
      onProgress: progress,
      ...(io.sleep ? { sleep: io.sleep } : {}),
      ...(io.clock ? { clock: io.clock } : {}),
      failOn,
      ...(cacheDir ? { cacheDir } : {}),
      planEdits,
    });
    return { result, trusted };
  } finally {
    progress.finish();
  }
}
