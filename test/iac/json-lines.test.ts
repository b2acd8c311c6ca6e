// The JSON line index: the line of any path, whatever the keys look like, without a tree parser.
import { describe, expect, it } from 'vitest';
import { jsonLineIndex, MAX_DEPTH, parseJson } from '../../src/iac/json-lines.js';
import type { PathSegment } from '../../src/policy/located.js';

const text = `{
  "a": {
    "list": [
      "x",
      { "deep": [1, 2,
        3] }
    ],
    "esc\\"aped": "v",
    "uni\\u0063ode": true
  },
  "2": "numeric key first in JS order",
  "1": [],
  "dup": 1,
  "dup": {
    "last": "wins"
  },
  "big": { "k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8,
    "k9": 9 }
}`;

describe('jsonLineIndex', () => {
  const lines = jsonLineIndex(text);
  it.each<[PathSegment[], number]>([
    [[], 1],
    [['a'], 2],
    [['a', 'list'], 3],
    [['a', 'list', 0], 4],
    [['a', 'list', 1], 5],
    [['a', 'list', 1, 'deep', 2], 6],
    [['a', 'esc"aped'], 8],
    [['a', 'unicode'], 9],
    [['2'], 11],
    [['1'], 12],
    [['dup', 'last'], 15],
    [['big', 'k9'], 18],
    [['big', 'k3'], 17],
    // a path that does not exist: its nearest existing ancestor
    [['a', 'list', 7], 3],
    [['a', 'missing', 'x'], 2],
  ])('%j is on line %i', (path, line) => {
    expect(lines.lineAt(path)).toBe(line);
  });

  it('answers out of order after in-order questions (prefix memo stays correct)', () => {
    expect(lines.lineAt(['a', 'list', 1, 'deep', 2])).toBe(6);
    expect(lines.lineAt(['a', 'list', 0])).toBe(4);
    expect(lines.lineAt(['dup', 'last'])).toBe(15);
    expect(lines.lineAt(['a'])).toBe(2);
  });

  it('refuses nesting deeper than the limit with the line', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}`;
    expect(() => jsonLineIndex(deep)).toThrow(/nesting deeper than/);
  });

  it('reports invalid JSON with the line of the problem', () => {
    try {
      parseJson('{\n  "a": 1,\n  "b": \n}');
      expect.unreachable();
    } catch (error) {
      expect((error as { line: number }).line).toBe(4);
      expect((error as Error).message).toMatch(/^invalid JSON/);
    }
  });
});
