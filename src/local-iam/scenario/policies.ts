// The `policies` section: AWS-managed or external policies with their documents (GetPolicy, GetPolicyVersion).
import { assign, type ScenarioReader } from './reader.js';
import type { ScenarioPolicy } from './types.js';

export function loadPolicies(r: ScenarioReader, value: unknown): ScenarioPolicy[] {
  return r.arr(value, 'policies').map((item, i): ScenarioPolicy => {
    const path = `policies[${i}]`;
    const p = r.object(item, path);
    const document = r.object(p['document'], `${path}.document`, 'must be a policy document object');
    const policy: ScenarioPolicy = { arn: r.str(p['arn'], `${path}.arn`), document };
    assign(policy, 'createDate', r.date(p['createDate'], `${path}.createDate`));
    return policy;
  });
}
