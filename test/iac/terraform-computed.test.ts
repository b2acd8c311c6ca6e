// What a Terraform plan does not know yet is an unknown only when it can hide a grant the change writes: a role's
// `inline_policy` and `managed_policy_arns` are Optional+Computed, unknown in every plan that creates a role without
// them (the provider fills them from the attachments the plan lists); a name known only after apply hides no grant.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';

function plan(options: { configured: string[] | null; unknown: Record<string, boolean> }): string {
  return JSON.stringify({
    format_version: '1.2',
    resource_changes: [
      {
        address: 'module.app.aws_iam_role.r["a"]',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'r',
        change: {
          actions: ['create'],
          before: null,
          after: { assume_role_policy: '{}' },
          after_unknown: options.unknown,
        },
      },
    ],
    ...(options.configured
      ? {
          configuration: {
            root_module: {
              module_calls: {
                app: {
                  module: {
                    resources: [
                      {
                        address: 'aws_iam_role.r',
                        type: 'aws_iam_role',
                        expressions: Object.fromEntries(
                          options.configured.map((k) => [k, { constant_value: 'x' }]),
                        ),
                      },
                    ],
                  },
                },
              },
            },
          },
        }
      : {}),
  });
}

const unknownsOf = (text: string) =>
  parseDocument('plan.json', text).entities[0]!.unknowns.map((u) => u.message);
const COMPUTED = { name: true, name_prefix: true, arn: true, inline_policy: true, managed_policy_arns: true };

describe('Terraform values known only after apply', () => {
  it('a new role whose configuration sets neither inline_policy nor managed_policy_arns: nothing unknown', () => {
    expect(
      unknownsOf(plan({ configured: ['assume_role_policy', 'name_prefix'], unknown: COMPUTED })),
    ).toEqual([]);
  });

  it('the configuration sets them: what they will hold is unknown (fail closed)', () => {
    expect(
      unknownsOf(
        plan({
          configured: ['assume_role_policy', 'inline_policy', 'managed_policy_arns'],
          unknown: COMPUTED,
        }),
      ),
    ).toEqual([
      'module.app.aws_iam_role.r["a"]: an inline policy (inline_policy) is known only after apply',
      'module.app.aws_iam_role.r["a"]: the managed policy ARNs (managed_policy_arns) is known only after apply',
    ]);
  });

  it('a plan without its configuration says nothing either way: unknown (fail closed)', () => {
    expect(unknownsOf(plan({ configured: null, unknown: COMPUTED }))).toEqual([
      'module.app.aws_iam_role.r["a"]: an inline policy (inline_policy) is known only after apply',
      'module.app.aws_iam_role.r["a"]: the managed policy ARNs (managed_policy_arns) is known only after apply',
    ]);
  });
});
