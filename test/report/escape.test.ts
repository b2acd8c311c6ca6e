// Hostile PR-controlled strings must come out of the escapers inert and one line, with nothing lost.
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, codeBlock, codeSpan, escapeMarkdown, safeLink } from '../../src/report/escape.js';

const ZWJ = '\u200D';

const HOSTILE: { name: string; text: string }[] = [
  { name: 'html comment and our marker', text: `x ${COMMENT_MARKER} <!-- hidden --> y` },
  { name: 'script tag', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
  { name: 'details injection', text: '</details><details open><summary>pwned</summary>' },
  { name: 'mention', text: 'ping @octocat and @org/security-team' },
  { name: 'email autolink', text: 'mail admin@example.com now' },
  { name: 'markdown link', text: '[click me](https://evil.example/steal?x=1)' },
  { name: 'image', text: '![x](https://evil.example/pixel.png)' },
  { name: 'autolink angle', text: '<https://evil.example>' },
  { name: 'bare url', text: 'see https://evil.example/a and http://x.y' },
  { name: 'www autolink', text: 'visit www.evil.example today' },
  { name: 'table breaker', text: 'a | b | c' },
  { name: 'newlines', text: 'line1\n## heading\r\n- item\u2028| x |' },
  { name: 'emphasis and code', text: '**bold** _it_ `code` ~~strike~~ $x^2$' },
  { name: 'issue reference', text: 'fixes #123 and octo/repo#45 and GH-7' },
  { name: 'bidi override', text: 'admin\u202Etxt.exe\u2066' },
  { name: 'control characters', text: 'a\u0000b\u001bc\u007f' },
  { name: 'heading at start', text: '# Title' },
  { name: 'html entity', text: '&lt;b&gt; &#64;octocat' },
  { name: 'backslashes', text: 'C:\\path\\*\\' },
  { name: 'policy text', text: '{"Action":"s3:*","Resource":"arn:aws:s3:::bucket/*"}' },
];

/** What GFM would leave after backslash escapes: the literal characters, in order. */
function unescapeBackslashes(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** True when every markdown-significant character is escaped and no text filter can fire. */
function assertInert(out: string): void {
  expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
  const withoutEscapes = out.replace(/\\[!-/:-@[-`{-~]/g, '');
  expect(withoutEscapes).not.toMatch(/^\s*([-+=]|\d+[.)])/);
  expect(withoutEscapes).not.toMatch(/[\\`*_{}[\]()<>#|~!$&]/);
  // every @ is followed by a zero-width joiner, so GitHub links no mention or e-mail
  expect(out).not.toMatch(new RegExp(`@(?!${ZWJ})`));
  // no scheme://
  expect(unescapeBackslashes(out)).not.toMatch(/[a-z]:\/\//i);
  expect(unescapeBackslashes(out)).not.toMatch(/(^|[^\w])www\./i);
  expect(unescapeBackslashes(out)).not.toMatch(/#\d/);
  expect(out).not.toContain(COMMENT_MARKER);
  expect([...out].some((c) => /[\u202A-\u202E\u2066-\u2069]/.test(c) || c.charCodeAt(0) < 9)).toBe(false);
}

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('$name is inert', ({ text }) => {
    assertInert(escapeMarkdown(text));
  });

  it.each(HOSTILE.filter((h) => !/bidi|control|newlines/.test(h.name)))(
    '$name loses no visible character',
    ({ text }) => {
      const shown = unescapeBackslashes(escapeMarkdown(text)).replaceAll(ZWJ, '');
      expect(shown).toBe(text);
    },
  );

  it('shows invisible characters as code points', () => {
    expect(unescapeBackslashes(escapeMarkdown('a\u202Eb'))).toBe('a<U+202E>b');
  });

  it('keeps plain identifiers readable', () => {
    expect(escapeMarkdown('AppRole')).toBe('AppRole');
    expect(escapeMarkdown('infra/app.yaml')).toBe('infra/app.yaml');
    expect(escapeMarkdown('widened-unused-service')).toBe('widened-unused-service');
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=== x', '\\=== x'],
    ['1. first', '1\\. first'],
    ['12) x', '12\\) x'],
  ])('escapes the line-start marker of %s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('cuts long text with an ellipsis', () => {
    const out = escapeMarkdown('a'.repeat(500), { maxLength: 10 });
    expect(out).toBe(`${'a'.repeat(9)}…`);
    expect(escapeMarkdown('a'.repeat(500), { maxLength: Number.POSITIVE_INFINITY })).toHaveLength(500);
  });
});

describe('codeSpan', () => {
  const cases: { text: string; expected: string; inTable?: boolean }[] = [
    { text: 's3:GetObject', expected: '`s3:GetObject`' },
    { text: 'a`b', expected: '``a`b``' },
    { text: '`start', expected: '`` `start ``' },
    { text: 'x``y`', expected: '``` x``y` ```' },
    { text: 'a|b', expected: '`a\\|b`', inTable: true },
    { text: 'a|b', expected: '`a|b`' },
    { text: 'two\nlines', expected: '`two lines`' },
    { text: COMMENT_MARKER, expected: `\`<!${ZWJ}-- iam-usage-guard -${ZWJ}->\`` },
  ];
  it.each(cases)('wraps $text', ({ text, expected, inTable }) => {
    expect(codeSpan(text, inTable ? { inTable } : {})).toBe(expected);
  });

  it.each(HOSTILE)('$name cannot close the span early', ({ text }) => {
    const out = codeSpan(text, { inTable: true });
    const fence = /^`+/.exec(out)![0];
    const inner = out.slice(fence.length, out.length - fence.length);
    expect(out.endsWith(fence)).toBe(true);
    // no run of exactly the fence length inside
    expect(inner.match(/`+/g)?.some((run) => run.length === fence.length) ?? false).toBe(false);
    expect(out).not.toMatch(/[\r\n]/);
    expect(out).not.toContain('<!--');
    expect(out.replace(/\\\|/g, '')).not.toContain('|');
  });

  it('escapes empty or blank text instead of producing an empty span', () => {
    expect(codeSpan('')).toBe('(empty)');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any inside', () => {
    const out = codeBlock('a\n````\nb', 'json');
    expect(out.startsWith('`````json\n')).toBe(true);
    expect(out.endsWith('\n`````')).toBe(true);
  });
  it('breaks our marker and html comments', () => {
    expect(codeBlock(`x ${COMMENT_MARKER}`)).not.toContain(COMMENT_MARKER);
    expect(codeBlock('<!-- a -->')).not.toContain('<!--');
  });
  it('sanitizes the language tag', () => {
    expect(codeBlock('x', 'json\n<b>').split('\n')[0]).toBe('```jsonb');
  });
});

describe('safeLink', () => {
  it('links http(s) with an escaped label', () => {
    expect(safeLink('run [1]', 'https://github.com/o/r/actions/runs/1')).toBe(
      '[run \\[1\\]](https://github.com/o/r/actions/runs/1)',
    );
  });
  it('refuses other schemes', () => {
    expect(safeLink('x', 'javascript:alert(1)')).toBe('x');
    expect(safeLink('x', 'not a url')).toBe('x');
  });
  it('encodes characters that would end the link target', () => {
    expect(safeLink('x', 'https://a.example/p(1)')).toBe('[x](https://a.example/p%281%29)');
  });
});
