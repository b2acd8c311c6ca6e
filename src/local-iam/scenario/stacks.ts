// The `stacks` section: stack name → logical id → physical id, for CloudFormation DescribeStackResources.
import { assign, isObject, type ScenarioReader } from './reader.js';
import type { Scenario } from './types.js';

export function loadStacks(r: ScenarioReader, value: unknown): NonNullable<Scenario['stacks']> {
  const stacks = r.object(value, 'stacks', 'must be an object: stack name → { logical id → physical id }');
  const out: NonNullable<Scenario['stacks']> = {};
  for (const [name, resources] of Object.entries(stacks)) {
    const entries = r.object(resources, `stacks.${name}`, 'must be an object: logical id → physical id');
    const mapped: Record<string, string | { physicalId: string; type?: string }> = {};
    for (const [logicalId, physical] of Object.entries(entries)) {
      const rp = `stacks.${name}.${logicalId}`;
      if (typeof physical === 'string') mapped[logicalId] = physical;
      else if (isObject(physical)) {
        const entry: { physicalId: string; type?: string } = {
          physicalId: r.str(physical['physicalId'], `${rp}.physicalId`),
        };
        assign(entry, 'type', r.optStr(physical['type'], `${rp}.type`));
        mapped[logicalId] = entry;
      } else r.fail(rp, 'must be a physical id string or { physicalId, type }');
    }
    out[name] = mapped;
  }
  return out;
}
