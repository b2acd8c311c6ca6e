// The `templates` section: stack name → its deployed template, for CloudFormation GetTemplate. A template is an
// object or text (shorthand for `{ original }`), or `{ original, processed?, region?, file? }`; `file` is read
// relative to the scenario.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isObject, type ScenarioReader } from './reader.js';
import type { ScenarioTemplate } from './types.js';

function templateText(r: ScenarioReader, value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['file'] === 'string' && Object.keys(value).length === 1) {
    const file = resolve(dirname(r.file), value['file']);
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return r.fail(`${path}.file`, `names a file that cannot be read: ${file}`);
    }
  }
  if (isObject(value)) return `${JSON.stringify(value, null, 1)}\n`;
  return r.fail(path, 'must be a template (object or text) or { file }');
}

export function loadTemplates(r: ScenarioReader, value: unknown): Record<string, ScenarioTemplate> {
  const templates = r.object(value, 'templates', 'must be an object: stack name → template');
  const out: Record<string, ScenarioTemplate> = {};
  for (const [name, entry] of Object.entries(templates)) {
    const path = `templates.${name}`;
    const long = isObject(entry) && 'original' in entry;
    const original = templateText(r, long ? entry['original'] : entry, long ? `${path}.original` : path);
    const processed =
      long && entry['processed'] !== undefined
        ? templateText(r, entry['processed'], `${path}.processed`)
        : original;
    const template: ScenarioTemplate = { original, processed };
    const region = long ? r.optStr(entry['region'], `${path}.region`) : undefined;
    if (region !== undefined) template.region = region;
    out[name] = template;
  }
  return out;
}
