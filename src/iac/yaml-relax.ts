// CloudFormation reads YAML the way PyYAML does (cfn-lint too): the lines of a quoted scalar or of a flow
// collection (`[…]`, `{…}`) may sit at any indentation, where YAML 1.2 wants them indented past their key. This
// finds such constructs in a template the strict reader refused and indents their continuation lines, so the YAML
// reader reads what CloudFormation reads. Only spaces are added at line starts, so every line keeps its number;
// leading spaces of a quoted scalar's continuation line are folded away, and flow collections ignore them.

interface ScanState {
  /** Inside a quoted scalar that continues on the next line: its quote character. */
  quote: '' | "'" | '"';
  /** Depth of open flow collections. */
  flowDepth: number;
  /** Continuation lines of the open quoted scalar or flow collection are indented to at least this column. */
  minIndent: number;
  /** Inside a block scalar (`|`, `>`): lines indented past this column (or blank) are its content. */
  blockParent: number | null;
  /** The line ended inside a plain scalar whose parent is at this column: deeper lines continue it. */
  plainParent: number | null;
}

/** Lines re-indented as CloudFormation's YAML reader tolerates, or null when nothing needed it. */
export function relaxIndentation(text: string): string | null {
  const lines = text.split('\n');
  const state: ScanState = { quote: '', flowDepth: 0, minIndent: 0, blockParent: null, plainParent: null };
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = indentOf(line);
    const blank = indent === line.replace(/\r$/, '').length;
    if (state.quote !== '' || state.flowDepth > 0) {
      // A document marker ends the document even inside a quoted scalar, as in PyYAML: leave it for the parser.
      if (!blank && indent < state.minIndent && !/^(---|\.\.\.)(\s|$)/.test(line)) {
        lines[i] = ' '.repeat(state.minIndent - indent) + line;
        changed = true;
      }
      scanLine(lines[i]!, indentOf(lines[i]!), state, true);
      continue;
    }
    if (blank) continue;
    if (state.blockParent !== null) {
      if (indent > state.blockParent) continue;
      state.blockParent = null;
    }
    if (state.plainParent !== null && indent > state.plainParent) {
      // The continuation of a multi-line plain scalar: its quotes and brackets are text.
      continue;
    }
    state.plainParent = null;
    scanLine(line, indent, state, false);
  }
  return changed ? lines.join('\n') : null;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

const SPACE = /[ \t\r]/;

function isBreak(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c);
}

/**
 * Scans one line from `start`. `continuing`: the line continues a quoted scalar or flow collection of an earlier
 * line (the state says which).
 */
function scanLine(line: string, start: number, state: ScanState, continuing: boolean): void {
  let pos = start;
  let nodeStart = !continuing;
  /** Column of the node that may turn out to be a mapping key, and of the key the line's value belongs to. */
  let nodeColumn = start;
  let keyColumn = -1;
  const lineIndent = start;
  if (continuing && state.quote !== '') {
    pos = scanQuoted(line, pos, state);
    if (pos < 0) return;
  }
  while (pos < line.length) {
    const c = line[pos]!;
    if (SPACE.test(c)) {
      pos++;
      continue;
    }
    if (c === '#' && (pos === 0 || SPACE.test(line[pos - 1]!))) return;
    if (state.flowDepth > 0) {
      pos = scanFlowChar(line, pos, state);
      if (pos < 0) return;
      if (state.flowDepth === 0) nodeStart = false;
      continue;
    }
    if (nodeStart) {
      if ((c === '-' || c === '?' || c === ':') && isBreak(line[pos + 1])) {
        pos++;
        continue;
      }
      if (c === '!' || c === '&') {
        while (pos < line.length && !SPACE.test(line[pos]!)) pos++;
        continue;
      }
      if (c === '|' || c === '>') {
        state.blockParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      nodeColumn = pos;
      nodeStart = false;
      if (c === "'" || c === '"') {
        state.quote = c;
        state.minIndent = pos;
        pos = scanQuoted(line, pos + 1, state);
        if (pos < 0) return;
        continue;
      }
      if (c === '[' || c === '{') {
        state.flowDepth = 1;
        state.minIndent = pos;
        pos++;
        continue;
      }
      // A plain scalar (or alias): runs to `: `, ` #` or the end of the line.
      while (pos < line.length) {
        const d = line[pos]!;
        if (d === ':' && isBreak(line[pos + 1])) break;
        if (d === '#' && SPACE.test(line[pos - 1]!)) break;
        pos++;
      }
      if (pos >= line.length) {
        state.plainParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      continue;
    }
    if (c === ':' && isBreak(line[pos + 1])) {
      keyColumn = nodeColumn;
      nodeStart = true;
    }
    pos++;
  }
}

/**
 * Scans a quoted scalar's text from `pos`: when it closes on this line, clears `state.quote` and returns the position
 * after it; else -1 (it continues on the next line).
 */
function scanQuoted(line: string, pos: number, state: ScanState): number {
  const quote = state.quote;
  while (pos < line.length) {
    const c = line[pos]!;
    if (quote === '"' && c === '\\') {
      pos += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[pos + 1] === "'") {
        pos += 2;
        continue;
      }
      state.quote = '';
      return pos + 1;
    }
    pos++;
  }
  return -1;
}

/** One token inside a flow collection (-1: a quoted scalar opened here continues on the next line): brackets, quoted scalars, plain text. */
function scanFlowChar(line: string, pos: number, state: ScanState): number {
  const c = line[pos]!;
  if (c === '[' || c === '{') {
    state.flowDepth++;
    return pos + 1;
  }
  if (c === ']' || c === '}') {
    state.flowDepth--;
    return pos + 1;
  }
  if (c === "'" || c === '"') {
    // A quote opens a scalar only where a node starts: after a bracket, a comma, a colon or a tag.
    const before = line.slice(0, pos).trimEnd();
    const last = before[before.length - 1];
    if (last === undefined || '[{,:'.includes(last) || /![^\s]*$/.test(before)) {
      state.quote = c;
      return scanQuoted(line, pos + 1, state);
    }
  }
  return pos + 1;
}
