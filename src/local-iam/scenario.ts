// The scenario file that drives the local IAM endpoint: one loader per section (scenario/*.ts), composed here.
import { UserError } from '../errors.js';
import { loadCallerPolicy } from './scenario/caller.js';
import { loadEntities } from './scenario/entities.js';
import { loadFaults } from './scenario/faults.js';
import { loadPolicies } from './scenario/policies.js';
import { isObject, ScenarioReader } from './scenario/reader.js';
import { loadStacks } from './scenario/stacks.js';
import { loadTemplates } from './scenario/templates.js';
import type { Scenario } from './scenario/types.js';

export type * from './scenario/types.js';

/** Parses and checks a scenario; relative dates (`now-30d`, `now-4h`, `now`) become timestamps against `now`. */
export function loadScenario(text: string, file: string, now: Date = new Date()): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const r = new ScenarioReader(file, now);
  if (!isObject(raw)) return r.fail('(top level)', 'must be an object');
  const account = r.str(raw['account'], 'account');
  if (!/^\d{12}$/.test(account)) r.fail('account', 'must be a 12-digit account id');
  const callerArn = r.optStr(raw['callerArn'], 'callerArn');
  const scenario: Scenario = {
    account,
    entities: loadEntities(r, raw['entities']),
    policies: loadPolicies(r, raw['policies']),
    ...(callerArn ? { callerArn } : {}),
  };
  // The optional sections, each read by its own loader when present.
  if (raw['stacks'] !== undefined) scenario.stacks = loadStacks(r, raw['stacks']);
  if (raw['templates'] !== undefined) scenario.templates = loadTemplates(r, raw['templates']);
  if (raw['faults'] !== undefined) scenario.faults = loadFaults(r, raw['faults']);
  if (raw['callerPolicy'] !== undefined) scenario.callerPolicy = loadCallerPolicy(r, raw['callerPolicy']);
  return scenario;
}
