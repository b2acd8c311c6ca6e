// The `callerPolicy` section: a policy document (or a path to one, relative to the scenario) that every call must
// be allowed by.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ScenarioReader } from './reader.js';

export function loadCallerPolicy(r: ScenarioReader, value: unknown): unknown {
  if (typeof value !== 'string')
    return r.object(value, 'callerPolicy', 'must be a policy document or a path to one');
  const policyFile = resolve(dirname(r.file), value);
  let text: string;
  try {
    text = readFileSync(policyFile, 'utf8');
  } catch {
    return r.fail('callerPolicy', `names a file that cannot be read: ${policyFile}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    return r.fail('callerPolicy', `names a file that is not valid JSON: ${policyFile}`);
  }
}
