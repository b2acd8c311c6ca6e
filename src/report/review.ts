// Bodies of the pull request review: one comment per statement with a GitHub suggested change that narrows its
// Action list, the review's own short body, and what an earlier comment becomes once its finding is gone.
import type { Finding } from '../rules/model.js';
import type { StatementEdit } from '../rules/statement-plan.js';
import { ruleHelpUri } from '../rules/types.js';
import { plural } from '../words.js';
import { codeSpan, escapeMarkdown, safeLink } from './escape.js';

const MARKER_PREFIX = '<!-- iam-usage-guard:suggestion ';
/** First line of the review's own body. */
export const REVIEW_MARKER = '<!-- iam-usage-guard:review -->';
/** Every suggestion comment starts with this (then its key and state): how a later run finds it. */
export const SUGGESTION_MARKER = MARKER_PREFIX.trimEnd();

export type SuggestionState = 'open' | 'resolved';

export function suggestionMarker(key: string, state: SuggestionState): string {
  return `${MARKER_PREFIX}${key} ${state} -->`;
}

/** The key and state of one of our suggestion comments, read from its first line only (PR text never is there). */
export function parseSuggestionMarker(body: string): { key: string; state: SuggestionState } | null {
  const first = body.trimStart().split('\n', 1)[0] ?? '';
  const match = /^<!-- iam-usage-guard:suggestion ([0-9a-f]{8,64}) (open|resolved) -->$/.exec(first);
  return match ? { key: match[1]!, state: match[2] as SuggestionState } : null;
}

// Lines that a suggestion would carry verbatim: control and bidirectional characters could hide what it does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being refused
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Whether file lines may go into a suggestion block as they are. */
export function suggestableLines(lines: readonly string[]): boolean {
  return !lines.some((line) => HIDDEN.test(line));
}

/** A ```suggestion block: the fence is longer than any backtick run in the lines, so they cannot close it. */
export function suggestionBlock(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}suggestion`, ...lines, fence].join('\n');
}

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface SuggestionCommentInput {
  key: string;
  edit: StatementEdit;
  /** The findings this edit answers (on the statement's entities). */
  findings: Finding[];
  /** The lines that replace the comment's lines. */
  lines: string[];
}

export function renderSuggestionComment(input: SuggestionCommentInput): string {
  const { edit } = input;
  const who = edit.entities.map((e) => `${e.kind} ${codeSpan(e.id)}`).join(', ');
  const what =
    edit.actions.length === 0
      ? `This statement grants nothing ${who} used within the window: the suggestion removes it.`
      : `The suggestion keeps what ${who} used (and what is too new to judge) and removes the rest.`;
  const removed = edit.removed.slice(0, 20).map((a) => codeSpan(a));
  const more = edit.removed.length > 20 ? ` and ${edit.removed.length - 20} more` : '';
  return [
    suggestionMarker(input.key, 'open'),
    `**iam-usage-guard** · least privilege for this statement`,
    '',
    ...input.findings.map(
      (f) =>
        `- ${ICON[f.severity]} ${safeLink(f.rule, ruleHelpUri(f.rule))}: ${escapeMarkdown(f.message, { maxLength: 500 })}`,
    ),
    '',
    what,
    '',
    suggestionBlock(input.lines),
    '',
    `<sub>Removes ${plural(edit.removed.length, 'action')}: ${removed.join(', ')}${more}. Re-run the check after committing it.</sub>`,
    '',
  ].join('\n');
}

/** What an earlier suggestion says once no finding asks for it (the statement changed, or the lines moved). */
export function renderResolvedComment(key: string, superseded: boolean): string {
  return [
    suggestionMarker(key, 'resolved'),
    superseded
      ? '**iam-usage-guard** · this suggestion was for an earlier version of these lines; a newer comment has the current one.'
      : '**iam-usage-guard** · resolved: the finding this suggested change answered is gone.',
    '',
  ].join('\n');
}

export function renderReviewBody(count: number, runUrl?: string): string {
  const run = runUrl ? ` (${safeLink('workflow run', runUrl)})` : '';
  return [
    REVIEW_MARKER,
    `**iam-usage-guard** suggests ${plural(count, 'least-privilege edit')}${run}: each comment below narrows one statement to what its entity used; commit the suggestion to apply it. The summary comment has the findings.`,
    '',
  ].join('\n');
}
