// What `check` and `fix` share: the flags that choose the base, the configuration and the usage source, and the scan
// they lead to (a snapshot, or AWS when credentials are there, else the rules that need no usage data).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config/index.js';
import { UserError } from '../errors.js';
import type { ScanOptions, ScanResult } from '../pipeline.js';
import type { Severity } from '../rules/model.js';
import { defaultCacheDir } from '../usage/cache.js';
import type { SnapshotFile } from '../usage/model.js';
import { mergeSnapshots, readSnapshot } from '../usage/snapshot.js';
import type { CliIo, OptionSpec, ParsedArgs } from './command.js';
import { createProgress } from './progress.js';

/** The options both commands take, as `check --help` has always listed them. */
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

/** One snapshot, or several merged (one per account): none given, undefined. */
async function readSnapshots(paths: string[], cwd: string): Promise<SnapshotFile | undefined> {
  if (paths.length === 0) return undefined;
  const snapshots: SnapshotFile[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new UserError(`cannot read snapshot ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    snapshots.push(readSnapshot(text, file));
  }
  return mergeSnapshots(snapshots);
}

/**
 * Runs the pipeline with the usage source the flags choose; `base` overrides `--base`/`--no-base` (`fix --all`
 * judges every entity as it stands).
 */
export async function scanWithArgs(
  scan: (options: ScanOptions) => Promise<ScanResult>,
  args: ParsedArgs,
  io: CliIo,
  command: string,
  config: Config,
  failOn: Severity | 'never',
  base?: string | null,
): Promise<ScanResult> {
  const v = args.values;
  const snapshot = await readSnapshots(snapshotPaths(v['snapshot']), io.cwd);
  const endpointUrl = v['endpoint-url'] as string | undefined;
  const region = v['region'] as string | undefined;
  let aws = null;
  let usageUnavailableReason: string | undefined;
  if (!snapshot) {
    if (credentialSource(io.env)) {
      const { createAwsClients } = await import('../usage/clients.js');
      aws = createAwsClients({
        env: io.env,
        ...(endpointUrl ? { endpointUrl } : {}),
        ...(region ? { region } : {}),
      });
    } else {
      usageUnavailableReason =
        'no AWS credentials found and no --snapshot given; only rules that need no usage data ran';
      io.stderr.write(`iam-usage-guard ${command}: ${NO_USAGE_HELP}\n`);
    }
  }

  // Reports are reused for cacheMaxAgeHours (IAM's data is 4 hours late anyway); IAM_USAGE_GUARD_CACHE_DIR=off disables.
  const cacheDir =
    aws && v['no-cache'] !== true
      ? defaultCacheDir(io.env, process.platform, io.env['HOME'] || homedir())
      : null;
  const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true });
  try {
    return await scan({
      cwd: io.cwd,
      paths: args.positionals,
      base: base !== undefined ? base : v['no-base'] ? null : ((v['base'] as string | undefined) ?? 'auto'),
      staged: v['staged'] === true,
      config,
      ...(snapshot ? { snapshot } : {}),
      aws,
      ...(usageUnavailableReason ? { usageUnavailableReason } : {}),
      onProgress: progress,
      failOn,
      ...(cacheDir ? { cacheDir } : {}),
    });
  } finally {
    progress.finish();
  }
}
