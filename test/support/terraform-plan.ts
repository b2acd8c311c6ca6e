// A `terraform show -json` plan for one role with an inline policy: what it grants before and after the plan.
export function rolePlan(options: { name: string; arn: string; before: string[]; after: string[] }): string {
  const values = (actions: string[]) => ({
    name: options.name,
    path: '/',
    arn: options.arn,
    id: options.name,
    assume_role_policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    }),
    managed_policy_arns: [],
    inline_policy: [
      {
        name: 'app',
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
        }),
      },
    ],
    tags: {},
  });
  const resource = (actions: string[]) => ({
    address: 'aws_iam_role.app',
    mode: 'managed',
    type: 'aws_iam_role',
    name: 'app',
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values: values(actions),
  });
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: { resources: [resource(options.after)] } },
    resource_changes: [
      {
        address: 'aws_iam_role.app',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'app',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['update'],
          before: values(options.before),
          after: values(options.after),
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      },
    ],
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: { root_module: { resources: [resource(options.before)] } },
    },
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}
