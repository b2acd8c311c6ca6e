// Makes PR-controlled text (file names, logical ids, role names, policy text, action strings) inert in GitHub markdown.
//
// GitHub renders comment bodies as GFM, then sanitizes HTML, then links @mentions, #references and bare URLs in the
// text. Backslash escapes stop the markdown and HTML; a zero-width joiner stops the later text filters, which run
// on the rendered text (so an HTML entity such as `&#64;` would still mention someone).

/** The hidden marker that identifies our sticky comment; PR text must never be able to produce it. */
export const COMMENT_MARKER = '<!-- iam-usage-guard -->';

const ZWJ = '\u200D';

/** Longest PR-controlled string shown inline; longer text is cut with an ellipsis (the full text is in SARIF/JSON). */
export const DEFAULT_MAX_INLINE = 200;

// ASCII punctuation that can open markdown or HTML syntax anywhere in a line; CommonMark allows a backslash before
// any ASCII punctuation. `-`, `+`, `=` and `1.` only matter at the start of a line: see `escapeLineStart`.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()<>#!|~$&]/g;

/** Text may be placed at the start of a line (a list item, a cell): a leading `-`, `+`, `=` or `1.` is escaped. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// Line and paragraph separators would end a table row or a list item.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

// C0/C1 controls and the Unicode bidirectional controls ("Trojan Source"): shown as visible code points instead.
export const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join('')}]`,
  'g',
);

export function hex4(code: number): string {
  return code.toString(16).padStart(4, '0');
}

/** `U+001B` for ESC: how a character that must not act is shown instead. */
export function visibleCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : text;
}

export interface EscapeOptions {
  /** Cut longer text with an ellipsis; default 200, `Infinity` to keep everything. */
  maxLength?: number;
}

/**
 * Escapes text for a markdown paragraph, list item or table cell: no markup, no HTML, no mentions, no issue
 * references, no autolinks, one line.
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  const oneLine = truncate(text.replace(LINE_BREAKS, ' '), options.maxLength ?? DEFAULT_MAX_INLINE);
  return (
    escapeLineStart(
      oneLine
        .replace(INVISIBLE, (char) => `<${visibleCodePoint(char)}>`)
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`),
    )
      // @mentions, team mentions and e-mail autolinks
      .replace(/@/g, `@${ZWJ}`)
      // bare URLs (`https://`, `ftp://`, `mailto:` is covered by the `@` above) and `www.` autolinks
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/(w)(ww\.)/gi, `$1${ZWJ}$2`)
      // GitHub text references: `#123`, `GH-123`, and the literal characters of a shortcode `:smile:` are inert
      // after escaping, but a `#` reference survives backslashes because it is linked after rendering.
      .replace(/\\#(?=\d)/g, `\\#${ZWJ}`)
      .replace(/\b(GH)(-\d)/gi, `$1${ZWJ}$2`)
  );
}

/** Breaks HTML comment delimiters, so text shown verbatim (code) can never contain our marker or open a comment. */
function breakCommentDelimiters(text: string): string {
  return text.replace(/<!--/g, `<!${ZWJ}--`).replace(/--(?=>)/g, `-${ZWJ}-`);
}

export interface CodeSpanOptions extends EscapeOptions {
  /** The span sits in a GFM table cell: a `|` would end the cell, so it is written `\|` (GFM removes the `\`). */
  inTable?: boolean;
}

/** Wraps text in an inline code span whose fence is longer than any run of backticks inside it. */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let content = truncate(text.replace(LINE_BREAKS, ' '), options.maxLength ?? DEFAULT_MAX_INLINE).replace(
    INVISIBLE,
    (char) => `<${visibleCodePoint(char)}>`,
  );
  content = breakCommentDelimiters(content);
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content.trim() === '') return escapeMarkdown(text, options) || '(empty)';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are present, so padding keeps the content exact.
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/** A fenced code block for multi-line text (a suggested policy): the fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const content = breakCommentDelimiters(text.replace(INVISIBLE, (char) => `<${visibleCodePoint(char)}>`));
  const longestRun = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const safeLanguage = language.replace(/[^A-Za-z0-9_-]/g, '');
  return `${fence}${safeLanguage}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** A link whose target we built ourselves (docs, run URL): only http(s) targets, the label escaped. */
export function safeLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(label);
  const target = parsed.href.replace(
    /[()<>\s"'|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdown(label)}](${target})`;
}
