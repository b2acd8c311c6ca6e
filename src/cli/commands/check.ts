// `iam-usage-guard check`: the pipeline with the configuration, usage source and format the flags choose.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { type ScanResult, scan } from '../../pipeline.js';
import { jsonReportChunks, renderJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { renderText, type TextOptions, textChunks, verdict } from '../../report/text.js';
import type { Severity } from '../../rules/model.js';
import { RULE_DOCS_BASE_URL } from '../../rules/types.js';
import { defaultCacheDir } from '../../usage/cache.js';
import { createAwsClients } from '../../usage/clients.js';
import type { SnapshotFile } from '../../usage/model.js';
import { mergeSnapshots, readSnapshot } from '../../usage/snapshot.js';
import type { CliIo, Command } from '../command.js';
import { VERSION } from '../main.js';
import { createProgress } from '../progress.js';
import { writeChunks, writeChunksToFile } from '../write.js';

type Format = 'text' | 'json' | 'markdown' | 'sarif';

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

function render(
  format: Format,
  result: ScanResult,
  config: Config,
  failOn: Severity | 'never',
  io: CliIo,
  toFile: boolean,
): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result, {
        version: VERSION,
        severities: Object.fromEntries(Object.entries(config.rules).map(([id, r]) => [id, r.severity])),
      });
    case 'markdown':
      return renderMarkdown(result, {
        marker: '',
        failOn,
        blocked: result.summary.blocked,
        docsBaseUrl: RULE_DOCS_BASE_URL,
        usageUnavailable: result.usageUnavailable,
      });
    default:
      return renderText(result, textOptions(result, failOn, io, toFile));
  }
}

function textOptions(
  result: ScanResult,
  failOn: Severity | 'never',
  io: CliIo,
  toFile: boolean,
): TextOptions {
  const color = !toFile && io.stdout.isTTY === true && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
  return {
    color,
    failOn,
    displayPath: (file) => {
      const absolute = path.resolve(result.root, file);
      const relative = path.relative(io.cwd, absolute);
      return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
    },
  };
}

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

export const checkCommand: Command = {
  name: 'check',
  summary: 'Compare what your IaC grants with what IAM says is used; exit 1 when findings reach --fail-on.',
  usage: 'iam-usage-guard check [PATH...] [options]',
  examples: [
    'iam-usage-guard check',
    'iam-usage-guard check infra/ --base origin/main',
    'iam-usage-guard check --snapshot usage.json --format sarif --output results.sarif',
    'iam-usage-guard check --snapshot prod.json --snapshot staging.json',
    'iam-usage-guard check --staged --fail-on warning',
  ],
  options: {
    base: {
      type: 'string',
      value: 'REF',
      description:
        'Compare with the same files at this git ref (default: merge base with the default branch).',
    },
    'no-base': {
      type: 'boolean',
      description: 'Do not compare with a base; judge every entity as it stands.',
    },
    staged: {
      type: 'boolean',
      description: 'Read the files as staged in the git index (for a pre-commit hook).',
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
    format: {
      type: 'string',
      choices: ['text', 'json', 'markdown', 'sarif'],
      description: 'Output format (default text).',
    },
    output: { type: 'string', value: 'FILE', description: 'Write the report to FILE instead of stdout.' },
    'fail-on': {
      type: 'string',
      choices: ['error', 'warning', 'notice', 'never'],
      value: 'SEVERITY',
      description: 'Exit 1 when a finding has this severity or higher (default error).',
    },
    'endpoint-url': {
      type: 'string',
      value: 'URL',
      description: 'IAM/STS/CloudFormation endpoint (e.g. the local IAM endpoint).',
    },
    region: { type: 'string', value: 'REGION', description: 'AWS region (default AWS_REGION).' },
    'no-cache': { type: 'boolean', description: 'Ignore cached reports: ask IAM afresh for every entity.' },
  },
  async run(args, io) {
    const v = args.values;
    const format = ((v['format'] as string | undefined) ?? 'text') as Format;
    const failOn = ((v['fail-on'] as string | undefined) ?? 'error') as Severity | 'never';
    if (v['base'] && v['no-base']) throw new UserError('--base and --no-base cannot be used together');
    if (!v['staged']) {
      const missing = args.positionals.filter((p) => !existsSync(path.resolve(io.cwd, p)));
      if (missing.length > 0) throw new UserError(`no such file or folder: ${missing.join(', ')}`);
    }
    const { config, file: configFile } = await loadConfig(io.cwd, v['config'] as string | undefined);

    const snapshot = await readSnapshots(snapshotPaths(v['snapshot']), io.cwd);
    const endpointUrl = v['endpoint-url'] as string | undefined;
    const region = v['region'] as string | undefined;
    let aws = null;
    let usageUnavailableReason: string | undefined;
    if (!snapshot) {
      if (credentialSource(io.env)) {
        aws = createAwsClients({
          env: io.env,
          ...(endpointUrl ? { endpointUrl } : {}),
          ...(region ? { region } : {}),
        });
      } else {
        usageUnavailableReason =
          'no AWS credentials found and no --snapshot given; only rules that need no usage data ran';
        io.stderr.write(`iam-usage-guard check: ${NO_USAGE_HELP}\n`);
      }
    }

    // Reports are reused for cacheMaxAgeHours (IAM's data is 4 hours late anyway); IAM_USAGE_GUARD_CACHE_DIR=off disables.
    const cacheDir =
      aws && v['no-cache'] !== true
        ? defaultCacheDir(io.env, process.platform, io.env['HOME'] || homedir())
        : null;
    const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true });
    let result: ScanResult;
    try {
      const scanned = await scan({
        cwd: io.cwd,
        paths: args.positionals,
        base: v['no-base'] ? null : ((v['base'] as string | undefined) ?? 'auto'),
        staged: v['staged'] === true,
        config,
        ...(snapshot ? { snapshot } : {}),
        aws,
        ...(usageUnavailableReason ? { usageUnavailableReason } : {}),
        onProgress: progress,
        failOn,
        ...(cacheDir ? { cacheDir } : {}),
      });
      result = scanned;
    } finally {
      progress.finish();
    }
    if (result.files.length === 0 && result.diagnostics.some((d) => d.severity === 'error')) {
      for (const d of result.diagnostics)
        io.stderr.write(`${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}\n`);
      throw new UserError('no IaC file could be read');
    }
    if (result.files.length === 0) {
      io.stderr.write(
        `iam-usage-guard check: no IaC files found under ${args.positionals.join(', ') || '.'}${configFile ? ` (files from ${configFile})` : ''}.\n`,
      );
    }
    const cached = result.usageStats?.cached ?? 0;
    if (cached > 0) {
      io.stderr.write(
        `iam-usage-guard check: ${cached} report${cached === 1 ? '' : 's'} from the cache (younger than ${config.cacheMaxAgeHours} h); --no-cache asks IAM afresh.\n`,
      );
    }
    if (result.entities.length > 0) {
      io.stderr.write(
        result.base
          ? `iam-usage-guard check: compared with ${result.base.slice(0, 12)}; ${result.touched.length} of ${result.entities.length} entities changed.\n`
          : `iam-usage-guard check: no base to compare with; all ${result.entities.length} entities judged as they stand.\n`,
      );
    }
    const outputPath = v['output'] as string | undefined;
    if (format === 'text' || format === 'json') {
      // Written as it is made: a finding per service of a `*` grant makes these long.
      const chunks =
        format === 'json'
          ? jsonReportChunks(result)
          : textChunks(result, textOptions(result, failOn, io, outputPath !== undefined));
      if (outputPath) {
        await writeChunksToFile(path.resolve(io.cwd, outputPath), chunks);
        io.stderr.write(`${verdict(result, { color: false, failOn })} Report written to ${outputPath}.\n`);
      } else {
        await writeChunks(io.stdout, chunks);
      }
      return result.summary.blocked ? 1 : 0;
    }
    const text = render(format, result, config, failOn, io, outputPath !== undefined);
    if (outputPath) {
      await writeFile(path.resolve(io.cwd, outputPath), text);
      io.stderr.write(`${verdict(result, { color: false, failOn })} Report written to ${outputPath}.\n`);
    } else {
      io.stdout.write(text);
    }
    return result.summary.blocked ? 1 : 0;
  },
};
