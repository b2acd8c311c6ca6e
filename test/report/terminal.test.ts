// PR text in terminal and CI-log output: control characters shown as code points, no workflow command at a line
// start or in the runner's old `##[` syntax; JSON keeps the exact text.
import { describe, expect, it } from 'vitest';
import { inertChunk, inertJson, logText, terminalLines, terminalText } from '../../src/report/terminal.js';

describe('terminalText', () => {
  const table: [string, string, string][] = [
    ['plain text is unchanged', 'infra/app.yaml', 'infra/app.yaml'],
    ['a leading :: is a command: shown as a code point', '::add-mask::x', '<U+003A>:add-mask::x'],
    ['after spaces too (the runner trims them)', '  ::warning::x', '  <U+003A>:warning::x'],
    [':: later in the text is not at a line start', 'infra/::x', 'infra/::x'],
    ['##[ anywhere is the old syntax', 'a##[error]b##[x]', 'a#<U+0023>[error]b#<U+0023>[x]'],
    ['a line break cannot start a new line', 'a\n::warning::x', 'a<U+000A>::warning::x'],
    ['carriage return and tab', 'a\rb\tc', 'a<U+000D>b<U+0009>c'],
    ['ANSI colour and screen clearing', '\u001b[31mred\u001b[2J', '<U+001B>[31mred<U+001B>[2J'],
    ['OSC hyperlink', '\u001b]8;;https://x\u001b\\l', '<U+001B>]8;;https://x<U+001B>\\l'],
    ['C1 CSI and DEL', 'a\u009b31m\u007f', 'a<U+009B>31m<U+007F>'],
    ['bidirectional override', 'a\u202eb', 'a<U+202E>b'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a<U+2028>b<U+2029>c'],
    ['a leading line break then ::', '\n::stop-commands::t', '<U+000A>::stop-commands::t'],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => {
      expect(terminalText(input)).toBe(expected);
    });
  }

  it('logText leaves no :: anywhere, for a log line that starts with our own words', () => {
    expect(logText('infra/::stop-commands::tok.yaml')).toBe('infra/:<U+003A>stop-commands:<U+003A>tok.yaml');
    expect(logText('a\n::add-mask::x')).not.toContain('::');
    expect(logText('plain/file.yaml')).toBe('plain/file.yaml');
  });

  it('terminalLines keeps our line breaks and makes each line inert', () => {
    expect(terminalLines('invalid configuration:\n  a: bad\n::warning::x')).toBe(
      'invalid configuration:\n  a: bad\n<U+003A>:warning::x',
    );
  });
});

describe('inertChunk (the last guard on the CLI streams)', () => {
  it('escapes :: at every line start, across writes, and ##[ anywhere', () => {
    const state = { atLineStart: true };
    const out = [
      inertChunk('::a::b\nok ', state, false),
      inertChunk('::mid-line\n', state, false),
      inertChunk(' ::c::d ##[x]\n', state, false),
    ].join('');
    expect(out).toBe('<U+003A>:a::b\nok ::mid-line\n <U+003A>:c::d #<U+0023>[x]\n');
  });

  it('on a pipe no control character but line feed and tab passes; a terminal keeps our colours', () => {
    expect(inertChunk('\u001b[31mx\r\ty\n', { atLineStart: true }, false)).toBe('<U+001B>[31mx<U+000D>\ty\n');
    expect(inertChunk('\r\u001b[Kprogress', { atLineStart: true }, true)).toBe('\r\u001b[Kprogress');
  });
});

describe('inertJson', () => {
  it('writes ##[ so that no line holds it, and decodes to the same value', () => {
    const value = { file: 'x##[warning]y', id: '::add-mask::z' };
    const text = inertJson(JSON.stringify(value, null, 2));
    expect(text).not.toContain('##[');
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });
});
