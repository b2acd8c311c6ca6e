// Flag parsing on top of node:util parseArgs, with --help text and "did you mean" for unknown flags.
import { parseArgs } from 'node:util';
import { nearest } from '../did-you-mean.js';
import { UserError } from '../errors.js';
import type { Command, OptionSpec, ParsedArgs } from './command.js';

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (!values['help']) checkChoices(command, values as ParsedArgs['values']);
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UserError(
        `unknown option ${unknown} for '${command.name}'${guess ? ` (did you mean --${guess}?)` : ''}. See 'iam-usage-guard ${command.name} --help'.`,
      );
    }
    throw new UserError(
      `${message.replace(/\. To specify.*$/s, '')}. See 'iam-usage-guard ${command.name} --help'.`,
    );
  }
}

function checkChoices(command: Command, values: ParsedArgs['values']): void {
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name];
    if (!spec.choices || value === undefined || typeof value === 'boolean') continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (spec.choices.includes(one)) continue;
      const guess = nearest(one, spec.choices);
      throw new UserError(
        `--${name} must be one of ${spec.choices.join(', ')}, not '${one}'${guess ? ` (did you mean ${guess}?)` : ''}. See 'iam-usage-guard ${command.name} --help'.`,
      );
    }
  }
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', ...wrap('', command.summary, HELP_WIDTH), '', 'Options:'];
  const entries: [string, OptionSpec][] = [
    ...Object.entries(command.options),
    ['help', { type: 'boolean', short: 'h', description: 'Show this help.' }],
  ];
  const left = entries.map(([name, spec]) => {
    const value = spec.value ?? (spec.choices ? name.toUpperCase().replace(/-/g, '_') : 'VALUE');
    return `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${value}` : ''}`;
  });
  const width = Math.max(...left.map((l) => l.length)) + 2;
  entries.forEach(([, spec], i) => {
    const repeat = spec.multiple && !/repeatable/i.test(spec.description) ? ' (repeatable)' : '';
    const choices = spec.choices ? ` One of: ${spec.choices.join(', ')}.` : '';
    lines.push(...wrap(`  ${left[i]!.padEnd(width)}`, `${spec.description}${repeat}${choices}`, HELP_WIDTH));
  });
  if (command.examples.length > 0) {
    lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  }
  return `${lines.join('\n')}\n`;
}

const HELP_WIDTH = 100;

/** `prefix` + `text`, wrapped at word boundaries to `width` columns, continuation lines aligned under the text. */
export function wrap(prefix: string, text: string, width: number): string[] {
  const room = Math.max(30, width - prefix.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.map((l, i) => `${i === 0 ? prefix : ' '.repeat(prefix.length)}${l}`);
}
