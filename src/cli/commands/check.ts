// `iam-usage-guard check`: the pipeline with the configuration, usage source and format the flags choose.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/index.js';
import { UserError } from '../../errors.js';
import type { ScanResult } from '../../pipeline.js';
import { diagnosticLine, terminalText } from '../../report/terminal.js';
import type { TextOptions } from '../../report/text.js';
import type { Severity } from '../../rules/model.js';
import { VERSION } from '../../version.js';
import { plural } from '../../words.js';
import type { CliIo, Command } from '../command.js';
import { SCAN_OPTIONS, scanWithArgs } from '../scan-args.js';
import { writeChunks, writeChunksToFile } from '../write.js';

type Format = 'text' | 'json' | 'markdown' | 'sarif';

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
    ...SCAN_OPTIONS,
    staged: {
      type: 'boolean',
      description: 'Read the files as staged in the git index (for a pre-commit hook).',
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
  },
  async run(args, io) {
    const v = args.values;
    const format = ((v['format'] as string | undefined) ?? 'text') as Format;
    const failOn = ((v['fail-on'] as string | undefined) ?? 'error') as Severity | 'never';
    const modules = await loadCheck();
    // No output of `check` shows the statement edits (`fix` makes them).
    const { result, trusted } = await scanWithArgs(modules, args, io, 'check', failOn, { planEdits: false });
    const { config, configFile } = trusted;
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
