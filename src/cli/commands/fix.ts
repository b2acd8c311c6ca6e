// `iam-usage-guard fix`: the check's findings turned into edits. Each statement of a changed entity (every entity with
// --all) gets the Action list of what was used or is too new to judge, in the file, in its own style; --dry-run
// prints the edits as a unified diff instead.
import { existsSync } from 'node:fs';
import { lstat, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { entityKey } from '../../policy/model.js';
import type { StatementEdit } from '../../rules/statement-plan.js';
import { plural } from '../../words.js';
import type { Command } from '../command.js';
import { SCAN_OPTIONS, scanWithArgs } from '../scan-args.js';

function loadFix() {
  return Promise.all([
    import('../../change/index.js'),
    import('../../change/trusted.js'),
    import('../../pipeline.js'),
    import('../../iac/source.js'),
    import('../../fix/apply.js'),
    import('../../fix/diff.js'),
    import('../../rules/suggestion.js'),
  ]).then(([change, trusted, pipeline, source, apply, diff, suggestion]) => ({
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    scan: pipeline.scan,
    worktreeSource: source.worktreeSource,
    applyStatementChanges: apply.applyStatementChanges,
    unifiedDiff: diff.unifiedDiff,
    formatSuggestion: suggestion.formatSuggestion,
  }));
}

interface Left {
  edit: StatementEdit;
  reason: string;
}

/** Writes only a regular file inside the repository: a symlink (a pull request can add one) is never followed. */
async function writeInside(root: string, file: string, text: string): Promise<string | null> {
  const absolute = path.resolve(root, file);
  try {
    const stat = await lstat(absolute);
    if (!stat.isFile()) return 'it is not a regular file';
    const inside = path.relative(await realpath(root), await realpath(absolute));
    if (inside.startsWith('..') || path.isAbsolute(inside)) return 'it resolves outside the repository';
    await writeFile(absolute, text);
    return null;
  } catch (error) {
    return `it cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

function holders(edit: StatementEdit): string {
  return edit.entities.map((e) => `${e.kind} ${e.id}`).join(', ');
}

export const fixCommand: Command = {
  name: 'fix',
  summary:
    'Rewrite the Action lists of the statements a change touches to what each entity used (or is too new to judge); exit 1 while something is left to fix.',
  usage: 'iam-usage-guard fix [PATH...] [options]',
  examples: [
    'iam-usage-guard fix --dry-run',
    'iam-usage-guard fix infra/ --snapshot usage.json',
    'iam-usage-guard fix --all --snapshot usage.json',
  ],
  options: {
    ...SCAN_OPTIONS,
    'dry-run': {
      type: 'boolean',
      description: 'Print the edits as a unified diff on stdout; change no file.',
    },
    all: {
      type: 'boolean',
      description:
        'Every entity in the files, changed or not (no base): right-sizing the whole repository, e.g. on a schedule.',
    },
  },
  async run(args, io) {
    const v = args.values;
    if (v['base'] && v['no-base']) throw new UserError('--base and --no-base cannot be used together');
    if (v['all'] && v['base']) throw new UserError('--all judges every entity as it stands: drop --base');
    const missing = args.positionals.filter((p) => !existsSync(path.resolve(io.cwd, p)));
    if (missing.length > 0) throw new UserError(`no such file or folder: ${missing.join(', ')}`);
    const modules = await loadFix();
    const { result } = await scanWithArgs(modules, args, io, 'fix', 'never', { noBase: v['all'] === true });
    // Without usage data nothing can be called unused: "nothing to fix" would be a guess.
    if (result.usageUnavailable) {
      throw new UserError(`cannot tell what is unused: ${result.usageUnavailable}`);
    }
    const dryRun = v['dry-run'] === true;
    const left: Left[] = [];
    const byFile = new Map<string, StatementEdit[]>();
    for (const edit of result.edits) {
      if (edit.manual) left.push({ edit, reason: edit.manual });
      else byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
    }
    const source = modules.worktreeSource(result.root);
    let fixed = 0;
    const changedFiles: string[] = [];
    for (const [file, edits] of byFile) {
      const text = await source.read(file);
      if (text === null) {
        for (const edit of edits) left.push({ edit, reason: `${file} cannot be read as a regular file` });
        continue;
      }
      const change = modules.applyStatementChanges(file, text, edits);
      for (const { change: edit, reason } of change.skipped) left.push({ edit, reason });
      if (change.applied.length === 0) continue;
      if (dryRun) {
        io.stdout.write(modules.unifiedDiff(file, text, change.text));
      } else {
        const refused = await writeInside(result.root, file, change.text);
        if (refused) {
          for (const edit of change.applied) left.push({ edit, reason: `${file} is not edited: ${refused}` });
          continue;
        }
      }
      fixed += change.applied.length;
      changedFiles.push(file);
    }

    const what = dryRun ? 'would narrow' : 'narrowed';
    io.stderr.write(
      fixed > 0
        ? `iam-usage-guard fix: ${what} ${plural(fixed, 'statement')} in ${plural(changedFiles.length, 'file')} (${changedFiles.join(', ')}).\n`
        : left.length === 0
          ? `iam-usage-guard fix: nothing to fix; ${plural(result.touched.length, 'entity')} judged${result.base ? ` against ${result.base.slice(0, 12)}` : ''}.\n`
          : 'iam-usage-guard fix: nothing could be edited in place.\n',
    );
    for (const { edit, reason } of left.sort(
      (a, b) => a.edit.file.localeCompare(b.edit.file) || a.edit.line - b.edit.line,
    )) {
      const target =
        edit.actions.length === 0
          ? 'remove the statement'
          : `set its ${modules.formatSuggestion(edit.actions)}`;
      io.stderr.write(`${edit.file}:${edit.line} (${holders(edit)}): ${reason}; by hand: ${target}.\n`);
    }
    const noData = result.entities.filter((g) => {
      const key = entityKey(g.entity);
      return result.touched.includes(key) && !result.usage.get(key)?.report;
    }).length;
    if (noData > 0) {
      io.stderr.write(
        `iam-usage-guard fix: ${plural(noData, 'entity')} had no usage data and ${noData === 1 ? 'was' : 'were'} left as written ('iam-usage-guard check' says why).\n`,
      );
    }
    return left.length > 0 || (dryRun && fixed > 0) ? 1 : 0;
  },
};
