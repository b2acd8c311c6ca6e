// Loads `.github/iam-usage-guard.yml` (or `.iam-usage-guard.yml`, or --config), validates it against the JSON
// Schema, merges it over its preset, and points at the exact line of anything wrong. The validator (parse.ts) loads
// only when there is a file: a run on the defaults never compiles the schema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { RULE_IDS } from '../rules/index.js';
import { CONFIG_FILES, type Config, defaultConfig } from './resolve.js';

export { CONFIG_FILES, type Config, defaultConfig, type RawConfig, resolveConfig } from './resolve.js';

/** Finds and loads the configuration; no file → the defaults. */
export async function loadConfig(
  cwd: string,
  explicitPath?: string,
): Promise<{ config: Config; file: string | null }> {
  const candidates = explicitPath
    ? [path.resolve(cwd, explicitPath)]
    : CONFIG_FILES.map((f) => path.join(cwd, f));
  for (const candidate of candidates) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch (error) {
      if (explicitPath) {
        throw new UserError(
          `cannot read configuration ${explicitPath}: ${(error as NodeJS.ErrnoException).code ?? error}`,
        );
      }
      continue;
    }
    const shown = path.relative(cwd, candidate) || candidate;
    const { parseConfig } = await import('./parse.js');
    return { config: parseConfig(text, shown), file: shown };
  }
  return { config: defaultConfig(), file: null };
}

export { RULE_IDS };
