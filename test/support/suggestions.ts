// Applies a review comment's suggested change the way GitHub's "Commit suggestion" does: the comment's lines
// (`start_line`..`line`, or `line` alone) of the file are replaced by the lines of its ```suggestion block.

export interface SuggestedComment {
  body: string;
  line: number | null;
  start_line?: number | null;
}

/** The content of the first suggestion block of a comment body (fenced with three or more backticks), or null. */
export function suggestionBlock(body: string): string[] | null {
  const open = /^(`{3,})suggestion[ \t]*$/m.exec(body);
  if (!open) return null;
  const fence = open[1]!;
  const rest = body.slice(open.index + open[0].length + 1);
  const close = new RegExp(`^${fence}\`*[ \\t]*$`, 'm').exec(rest);
  if (!close) return null;
  const content = rest.slice(0, close.index);
  return content === '' ? [] : content.replace(/\n$/, '').split('\n');
}

export function applySuggestion(text: string, comment: SuggestedComment): string {
  const lines = suggestionBlock(comment.body);
  if (lines === null) throw new Error(`no suggestion block in ${comment.body}`);
  if (comment.line === null) throw new Error('the comment is outdated (line: null)');
  const end = comment.line;
  const start = comment.start_line ?? end;
  const fileLines = text.split('\n');
  fileLines.splice(start - 1, end - start + 1, ...lines);
  return fileLines.join('\n');
}
