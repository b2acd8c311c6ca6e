// `iam-usage-guard check`: the pipeline with the configuration, usage source and format the flags choose.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Config } from '../../config/index.js';
import { UserError } from '../../errors.js';
import type { ScanResult } from '../../pipeline.js';
import { diagnosticLine, terminalText } from '../../report/terminal.js';
import type { TextOptions } from '../../report/text.js';
import type { Severity } from '../../rules/model.js';
import { defaultCacheDir } from '../../usage/cache.js';
import type { AwsClients } from '../../usage/clients.js';
import { VERSION } from '../../version.js';
import { plural } from '../../words.js';
import type { CliIo, Command, ParsedArgs } from '../command.js';
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

/**
 * The pipeline and the renderers, loaded when `check` runs rather than when the CLI starts, so `--help` and
 * `--version` do not parse them; the AWS SDK comes in only when there are credentials to use.
 */
function loadCheck() {
  return Promise.all([
    import('../../change/index.js'),
    import('../../change/trusted.js'),
    import('../../pipeline.js'),
    import('../../report/json.js'),
    import('../../report/markdown.js'),
    import('../../report/sarif.js'),
    import('../../report/text.js'),
  ]).then(([change, trusted, pipeline, json, markdown, sarif, text]) => ({
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    scan: pipeline.scan,
    renderJson: json.renderJson,
    jsonReportChunks: json.jsonReportChunks,
    renderMarkdown: markdown.renderMarkdown,
    renderSarif: sarif.renderSarif,
    renderText: text.renderText,
    textChunks: text.textChunks,
    verdict: text.verdict,
  }));
}
type CheckModules = Awaited<ReturnType<typeof loadCheck>>;

function render(
  { renderJson, renderMarkdown, renderSarif, renderText }: CheckModules,
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

/**
 * The revisions, and the configuration and snapshot read at the trusted base: a change cannot edit its own
 * configuration or snapshot into a pass. What differs from the work tree is said on stderr.
 */
async function judgedBy(modules: CheckModules, v: ParsedArgs['values'], io: CliIo) {
  if (v['base'] && v['no-base']) throw new UserError('--base and --no-base cannot be used together');
  const revisions = await modules.resolveRevisions(
    io.cwd,
    v['no-base']
      ? { kind: 'none' }
      : v['base']
        ? { kind: 'ref', ref: v['base'] as string }
        : { kind: 'auto' },
    { env: io.env },
  );
  const trusted = await modules.loadTrustedInputs(
    revisions,
    io.cwd,
    {
      config: (v['config'] as string | undefined) ?? null,
      snapshots: snapshotPaths(v['snapshot']),
    },
    { now: new Date() },
  );
  for (const notice of trusted.notices) io.stderr.write(`iam-usage-guard check: ${notice}\n`);
  return { revisions, trusted };
}

/** AWS clients for live usage when credentials are there; else why usage is unavailable (said once on stderr). */
async function liveUsage(
  v: ParsedArgs['values'],
  io: CliIo,
): Promise<{ aws: AwsClients | null; usageUnavailableReason: string | undefined }> {
  if (!credentialSource(io.env)) {
    io.stderr.write(`iam-usage-guard check: ${NO_USAGE_HELP}\n`);
    return {
      aws: null,
      usageUnavailableReason:
        'no AWS credentials found and no --snapshot given; only rules that need no usage data ran',
    };
  }
  const endpointUrl = v['endpoint-url'] as string | undefined;
  const region = v['region'] as string | undefined;
  const { createAwsClients } = await import('../../usage/clients.js');
  const aws = createAwsClients({
    env: io.env,
    ...(endpointUrl ? { endpointUrl } : {}),
    ...(region ? { region } : {}),
  });
  return { aws, usageUnavailableReason: undefined };
}

/** The lines on stderr about what the scan read: no files, the cache, generated artifacts, the base per file. */
function tellWhatWasRead(
  result: ScanResult,
  cacheMaxAgeHours: number,
  configFile: string | null | undefined,
  positionals: string[],
  io: CliIo,
): void {
  // Scoped to a change, an unreadable changed file is the change's problem: it blocks as unreadable (exit 1).
  const scoped = result.read.scope === 'change';
  const broken = result.diagnostics.some((d) => d.severity === 'error');
  // What vanished from the scan is a finding even where no file was read: then the findings say it.
  if (result.files.length === 0 && broken && !scoped && result.findings.length === 0) {
    for (const d of result.diagnostics) io.stderr.write(diagnosticLine(d));
    throw new UserError('no IaC file could be read');
  }
  const where = `${positionals.join(', ') || '.'}${configFile ? ` (files from ${configFile})` : ''}`;
  if (result.files.length === 0 && !scoped) {
    io.stderr.write(`iam-usage-guard check: no IaC files found under ${where}.\n`);
  } else if (result.files.length === 0 && !broken) {
    io.stderr.write(
      `iam-usage-guard check: the change touches no IaC file under ${where} (${plural(result.read.changed.length, 'file')} changed since ${result.base?.slice(0, 12)}).\n`,
    );
  }
  const related = result.read.related;
  if (related.length > 0) {
    const listed = related.slice(0, 5).map((r) => `${terminalText(r.file)} (${r.names.join(', ')})`);
    const more = related.length > 5 ? `, and ${related.length - 5} more` : '';
    io.stderr.write(
      `iam-usage-guard check: also read ${plural(related.length, 'unchanged file')} for the names the change's entities declare or attach to: ${listed.join(', ')}${more}.\n`,
    );
  }
  const cached = result.usageStats?.cached ?? 0;
  if (cached > 0) {
    io.stderr.write(
      `iam-usage-guard check: ${cached} report${cached === 1 ? '' : 's'} from the cache (younger than ${cacheMaxAgeHours} h); --no-cache asks IAM afresh.\n`,
    );
  }
  for (const artifact of result.artifacts) {
    io.stderr.write(`iam-usage-guard check: read ${artifact.path} (${artifact.why}).\n`);
  }
  if (result.entities.length > 0) {
    io.stderr.write(
      result.base
        ? `iam-usage-guard check: compared with ${result.base.slice(0, 12)}; ${result.touched.length} of ${plural(result.entities.length, 'entity')} changed.\n`
        : `iam-usage-guard check: no base to compare with; ${result.entities.length === 1 ? 'the 1 entity judged as it stands' : `all ${result.entities.length} entities judged as they stand`}.\n`,
    );
    // Said once per file wherever the base is not simply the git base.
    for (const base of result.bases) {
      if (base.sources.length === 1 && base.sources[0] === 'git') continue;
      io.stderr.write(`  ${base.file}: compared with ${base.comparedWith}\n`);
    }
  }
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
    'base-path': {
      type: 'string',
      multiple: true,
      value: 'DIR',
      description:
        'A base artifact built from the base commit (e.g. `cdk synth -o cdk.out.base` in a worktree of it): compared with before the git base.',
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
    const modules = await loadCheck();
    const { revisions, trusted } = await judgedBy(modules, v, io);
    const { config, configFile } = trusted;
    const snapshot = trusted.snapshot ?? undefined;
    const { aws, usageUnavailableReason } = snapshot
      ? { aws: null, usageUnavailableReason: undefined }
      : await liveUsage(v, io);

    // Reports are reused for cacheMaxAgeHours (IAM's data is 4 hours late anyway); IAM_USAGE_GUARD_CACHE_DIR=off disables.
    const cacheDir =
      aws && v['no-cache'] !== true
        ? defaultCacheDir(io.env, process.platform, io.env['HOME'] || homedir())
        : null;
    const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true });
    let result: ScanResult;
    try {
      const scanned = await modules.scan({
        cwd: io.cwd,
        paths: args.positionals,
        revisions,
        base: v['no-base'] ? null : ((v['base'] as string | undefined) ?? 'auto'),
        staged: v['staged'] === true,
        ...(v['base-path'] ? { baseArtifacts: v['base-path'] as string[] } : {}),
        config,
        ...(snapshot ? { snapshot } : {}),
        aws,
        ...(usageUnavailableReason ? { usageUnavailableReason } : {}),
        onProgress: progress,
        ...(io.sleep ? { sleep: io.sleep } : {}),
        ...(io.clock ? { clock: io.clock } : {}),
        failOn,
        ...(cacheDir ? { cacheDir } : {}),
      });
      result = scanned;
    } finally {
      progress.finish();
    }
    tellWhatWasRead(result, config.cacheMaxAgeHours, configFile, args.positionals, io);
    const outputPath = v['output'] as string | undefined;
    if (format === 'text' || format === 'json') {
      // Written as it is made: a finding per service of a `*` grant makes these long.
      const chunks =
        format === 'json'
          ? modules.jsonReportChunks(result)
          : modules.textChunks(result, textOptions(result, failOn, io, outputPath !== undefined));
      if (outputPath) {
        await writeChunksToFile(path.resolve(io.cwd, outputPath), chunks);
        io.stderr.write(
          `${modules.verdict(result, { color: false, failOn })} Report written to ${outputPath}.\n`,
        );
      } else {
        await writeChunks(io.stdout, chunks);
      }
      return result.summary.blocked ? 1 : 0;
    }
    const text = render(modules, format, result, config, failOn, io, outputPath !== undefined);
    if (outputPath) {
      await writeFile(path.resolve(io.cwd, outputPath), text);
      io.stderr.write(
        `${modules.verdict(result, { color: false, failOn })} Report written to ${outputPath}.\n`,
      );
    } else {
      io.stdout.write(text);
    }
    return result.summary.blocked ? 1 : 0;
  },
};
