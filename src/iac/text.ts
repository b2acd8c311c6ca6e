// Text → value + line index, JSON or YAML by content; input problems come back as data with a line.

import type { Document } from 'yaml';
import type { LineIndex } from '../policy/located.js';
import { JsonInputError, jsonLineIndex, parseJson } from './json-lines.js';
import { parseYaml, YamlInputError } from './yaml-doc.js';

export type StructuredText =
  | {
      ok: true;
      syntax: 'json' | 'yaml';
      value: unknown;
      lines: () => LineIndex;
      /** YAML read with `keepSourceTokens`: its document with tokens, when it reads as it stands. */
      doc?: Document.Parsed;
    }
  | { ok: false; syntax: 'json' | 'yaml'; message: string; line: number | null };

/** True when the text starts like JSON (after a BOM and whitespace). */
export function looksLikeJson(text: string): boolean {
  const match = /^\uFEFF?\s*([{[])/.exec(text);
  return match !== null;
}

/**
 * Parses JSON or YAML. JSON lines are indexed only when asked (`lines()`), so files that turn out not to be IaC
 * cost one JSON.parse. `preferJson`: the file name says JSON, so a JSON error is not retried as YAML.
 */
export function parseStructured(text: string, preferJson = false, keepSourceTokens = false): StructuredText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (preferJson || looksLikeJson(body)) {
    try {
      const value = parseJson(body);
      let index: LineIndex | undefined;
      return {
        ok: true,
        syntax: 'json',
        value,
        lines: () => {
          index ??= jsonLineIndex(body);
          return index;
        },
      };
    } catch (error) {
      const jsonError = error as JsonInputError;
      if (preferJson) return { ok: false, syntax: 'json', message: jsonError.message, line: jsonError.line };
      // YAML is a superset of most JSON-looking text; fall through and let YAML decide, reporting JSON's error if both fail.
      const yaml = parseYamlText(body, keepSourceTokens);
      return yaml.ok ? yaml : { ok: false, syntax: 'json', message: jsonError.message, line: jsonError.line };
    }
  }
  return parseYamlText(body, keepSourceTokens);
}

function parseYamlText(text: string, keepSourceTokens: boolean): StructuredText {
  try {
    const { value, lines, doc } = parseYaml(text, keepSourceTokens);
    return { ok: true, syntax: 'yaml', value, lines: () => lines, ...(doc ? { doc } : {}) };
  } catch (error) {
    if (error instanceof YamlInputError)
      return { ok: false, syntax: 'yaml', message: error.message, line: error.line };
    if (error instanceof RangeError)
      return { ok: false, syntax: 'yaml', message: 'YAML nested too deeply to read', line: null };
    throw error;
  }
}

export { JsonInputError };
