import { describe, expect, it } from 'vitest';
import { commandHelp, parseCommandArgs, wrap } from '../../src/cli/args.js';
import type { Command, ParsedArgs } from '../../src/cli/command.js';
import { VERSION } from '../../src/cli/main.js';
import { nearest } from '../../src/did-you-mean.js';
import { UserError } from '../../src/errors.js';
import { cli } from './support.js';

function fakeCheck(onRun?: (args: ParsedArgs) => number | Promise<number>): Command {
  return {
    name: 'check',
    summary: 'Check the IAM entities in your IaC against last-accessed data.',
    usage: 'iam-usage-guard check [PATH...] [options]',
    examples: ['iam-usage-guard check', 'iam-usage-guard check --staged --format json | jq .summary'],
    options: {
      format: {
        type: 'string',
        choices: ['text', 'json', 'markdown', 'sarif'],
        description: 'Output format.',
      },
      snapshot: { type: 'string', value: 'FILE', description: 'Read last-accessed data from a snapshot.' },
      staged: { type: 'boolean', description: 'Check what is staged in git.' },
      arn: { type: 'string', multiple: true, value: 'ARN', description: 'An entity ARN.' },
    },
    run: async (args) => (onRun ? onRun(args) : 0),
  };
}

const boom: Command = {
  name: 'boom',
  summary: 'Throws.',
  usage: 'iam-usage-guard boom',
  examples: [],
  options: {},
  run: async (args) => {
    if (args.positionals[0] === 'user') throw new UserError('no AWS credentials: set AWS_PROFILE');
    throw new Error('internal failure');
  },
};

describe('cli front door', () => {
  it('prints the main help on stdout with exit 0 for --help and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await cli(argv, [fakeCheck()]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: iam-usage-guard <command>');
      expect(result.stdout).toMatch(/check\s+Check the IAM entities/);
      expect(result.stdout).toContain('Exit codes:');
      expect(result.stdout).toContain('iam-usage-guard check\n');
      expect(result.stderr).toBe('');
    }
  });

  it('prints help on stderr with exit 2 when no command is given', async () => {
    const result = await cli([], [fakeCheck()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: iam-usage-guard <command>');
  });

  it('prints the version', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await cli([flag], [fakeCheck()]);
      expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });

  it('prints a command help with options, choices and examples for --help and help <command>', async () => {
    for (const argv of [
      ['check', '--help'],
      ['check', '-h'],
      ['help', 'check'],
    ]) {
      const result = await cli(argv, [fakeCheck()]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: iam-usage-guard check [PATH...] [options]');
      expect(result.stdout).toContain('--format FORMAT');
      expect(result.stdout).toContain('One of: text, json, markdown, sarif.');
      expect(result.stdout).toContain('--snapshot FILE');
      expect(result.stdout).toContain('--arn ARN');
      expect(result.stdout).toContain('(repeatable)');
      expect(result.stdout).toContain('Examples:\n  iam-usage-guard check\n');
    }
  });

  it('does not run the command when --help is given', async () => {
    let ran = false;
    const result = await cli(
      ['check', '--format', 'nope', '--help'],
      [
        fakeCheck(() => {
          ran = true;
          return 0;
        }),
      ],
    );
    expect(result.code).toBe(0);
    expect(ran).toBe(false);
  });

  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['chekc'], "unknown command 'chekc' (did you mean 'check'?)"],
    [['help', 'chek'], "unknown command 'chek' (did you mean 'check'?)"],
    [['--verison'], 'unknown option --verison (did you mean --version?)'],
    [['check', '--fromat', 'json'], "unknown option --fromat for 'check' (did you mean --format?)"],
    [['check', '--stage'], "unknown option --stage for 'check' (did you mean --staged?)"],
    [['check', '--fromat=json'], "unknown option --fromat for 'check' (did you mean --format?)"],
    [['check', '-x'], "unknown option -x for 'check'"],
    [['check', '--snap', 'x.json'], "unknown option --snap for 'check' (did you mean --snapshot?)"],
    [['check', '--zzzzzzzz'], "unknown option --zzzzzzzz for 'check'. See 'iam-usage-guard check --help'."],
    [
      ['check', '--format', 'jsno'],
      "--format must be one of text, json, markdown, sarif, not 'jsno' (did you mean json?)",
    ],
    [['check', '--format'], "Option '--format <value>' argument missing"],
    [['check', '--staged=yes'], "Option '--staged' does not take an argument"],
  ])('rejects %j with exit 2 and says %s', async (argv, message) => {
    const result = await cli(argv, [fakeCheck()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes parsed values and positionals to the command and returns its exit code', async () => {
    let seen: ParsedArgs | undefined;
    const result = await cli(
      ['check', 'infra', '--format', 'sarif', '--staged', '--arn', 'a', '--arn', 'b'],
      [
        fakeCheck((args) => {
          seen = args;
          return 1;
        }),
      ],
    );
    expect(result.code).toBe(1);
    expect(seen?.positionals).toEqual(['infra']);
    expect(seen?.values).toMatchObject({ format: 'sarif', staged: true, arn: ['a', 'b'] });
  });

  it('turns a UserError into one line and exit 2', async () => {
    const result = await cli(['boom', 'user'], [boom]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('iam-usage-guard boom: no AWS credentials: set AWS_PROFILE\n');
  });

  it('turns an unexpected error into one line without a stack trace', async () => {
    const result = await cli(['boom'], [boom]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('iam-usage-guard boom: internal failure\n');
  });

  it('lists every registered command in the real help, each with help text and examples', async () => {
    const { commands } = await import('../../src/cli/commands/index.js');
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const command of commands) {
      expect(result.stdout).toContain(`  ${command.name} `);
      expect(command.examples.length, `${command.name} has examples`).toBeGreaterThan(0);
      expect(commandHelp(command)).toContain(`Usage: ${command.usage}`);
      for (const name of Object.keys(command.options)) expect(commandHelp(command)).toContain(`--${name}`);
    }
  });
});

describe('nearest (did you mean, for flags, commands, choices, configuration keys and rule ids)', () => {
  it.each([
    ['granst', ['grants', 'check', 'snapshot'], 'grants'],
    ['fromat', ['format', 'output'], 'format'],
    ['snap', ['snapshot', 'staged'], 'snapshot'],
    ['zzzzzz', ['grants', 'check'], null],
    // case is ignored, the candidate comes back as written
    ['UnusedDay', ['unusedDays', 'granularity'], 'unusedDays'],
    ['FORMAT', ['format'], 'format'],
    ['unused-servce', ['unused-service', 'unused-action'], 'unused-service'],
    // a prefix counts from three characters: two are too few to guess from
    ['un', ['unusedDays'], null],
    ['abcdef', ['abcxyz'], null],
  ])('%s among %j is %s', (input, candidates, expected) => {
    expect(nearest(input, candidates)).toBe(expected);
  });
});

describe('wrap', () => {
  it('wraps a description under itself at the width', () => {
    expect(
      wrap('  --base REF  ', 'Compare with the same files at this git ref (default: merge base).', 44),
    ).toEqual([
      '  --base REF  Compare with the same files at',
      '              this git ref (default: merge',
      '              base).',
    ]);
  });

  it('keeps every help line of every command within 100 columns unless one word is longer', async () => {
    const { commands } = await import('../../src/cli/commands/index.js');
    for (const command of commands) {
      const help = commandHelp(command);
      // The usage line and examples stay whole: they are meant to be copied.
      for (const line of help.slice(0, help.indexOf('\nExamples:')).split('\n')) {
        if (line.startsWith('Usage:')) continue;
        const longestWord = Math.max(...line.split(' ').map((w) => w.length));
        if (longestWord < 60) expect(line.length, line).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('parseCommandArgs', () => {
  it('accepts every listed choice', () => {
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      expect(parseCommandArgs(fakeCheck(), ['--format', format]).values['format']).toBe(format);
    }
  });
});
