// Terraform plan JSON: entities after the plan, prior entities, folding by name and by configuration reference.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';
import type { Entity } from '../../src/policy/model.js';

const policy = (...actions: string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

const roleValues = {
  name: 'app',
  path: '/',
  arn: 'arn:aws:iam::123456789012:role/app',
  inline_policy: [{ name: 'inline', policy: policy('s3:GetObject') }],
  managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  tags: { 'iam-usage-guard:ignore:unused-service': 'used at year end', team: 'x' },
};

const plan = {
  format_version: '1.2',
  terraform_version: '1.5.7',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_iam_role.app',
          mode: 'managed',
          type: 'aws_iam_role',
          name: 'app',
          values: roleValues,
        },
        {
          address: 'aws_iam_role_policy.extra',
          mode: 'managed',
          type: 'aws_iam_role_policy',
          name: 'extra',
          values: { name: 'extra', role: 'app', policy: policy('sqs:SendMessage', 'sqs:ReceiveMessage') },
        },
        {
          address: 'aws_iam_policy.new',
          mode: 'managed',
          type: 'aws_iam_policy',
          name: 'new',
          values: { name: 'new-policy', path: '/' },
        },
        {
          address: 'aws_iam_role_policy_attachment.new',
          mode: 'managed',
          type: 'aws_iam_role_policy_attachment',
          name: 'new',
          values: { role: 'app' },
        },
        {
          address: 'data.aws_iam_policy_document.doc',
          mode: 'data',
          type: 'aws_iam_policy_document',
          name: 'doc',
          values: {},
        },
      ],
      child_modules: [
        {
          address: 'module.ci',
          resources: [
            {
              address: 'module.ci.aws_iam_user.bot',
              mode: 'managed',
              type: 'aws_iam_user',
              name: 'bot',
              values: { name: 'ci-bot', path: '/ci/' },
            },
            {
              address: 'module.ci.aws_iam_user_policy_attachment.bot',
              mode: 'managed',
              type: 'aws_iam_user_policy_attachment',
              name: 'bot',
              values: { user: 'ci-bot', policy_arn: 'arn:aws:iam::aws:policy/AWSCodeCommitPowerUser' },
            },
          ],
        },
      ],
    },
  },
  resource_changes: [
    {
      address: 'aws_iam_role.app',
      mode: 'managed',
      type: 'aws_iam_role',
      change: {
        actions: ['update'],
        before: { ...roleValues, inline_policy: [{ name: 'inline', policy: policy('s3:GetObject') }] },
        after: roleValues,
        after_unknown: {},
      },
    },
    {
      address: 'aws_iam_role_policy.extra',
      mode: 'managed',
      type: 'aws_iam_role_policy',
      change: { actions: ['create'], before: null, after: {}, after_unknown: {} },
    },
    {
      address: 'aws_iam_policy.new',
      mode: 'managed',
      type: 'aws_iam_policy',
      change: {
        actions: ['create'],
        before: null,
        after: {},
        after_unknown: { policy: true, arn: true, id: true },
      },
    },
    {
      address: 'aws_iam_role_policy_attachment.new',
      mode: 'managed',
      type: 'aws_iam_role_policy_attachment',
      change: { actions: ['create'], before: null, after: {}, after_unknown: { policy_arn: true } },
    },
  ],
  prior_state: {
    values: {
      root_module: {
        resources: [
          {
            address: 'aws_iam_role.app',
            mode: 'managed',
            type: 'aws_iam_role',
            values: { arn: 'arn:aws:iam::123456789012:role/app' },
          },
        ],
      },
    },
  },
  configuration: {
    root_module: {
      resources: [
        {
          address: 'aws_iam_role_policy_attachment.new',
          expressions: { policy_arn: { references: ['aws_iam_policy.new.arn', 'aws_iam_policy.new'] } },
        },
      ],
      module_calls: { ci: { module: { resources: [] } } },
    },
  },
};

const text = JSON.stringify(plan, null, 2);
const lines = text.split('\n');
/** Line of the object that holds `"address": "<address>"`, the n-th time it occurs. */
function lineOfResource(address: string, occurrence = 0): number {
  const hits = lines.flatMap((l, i) => (l.includes(`"address": "${address}"`) ? [i] : []));
  return hits[occurrence]!; // the `{` is on the line before; lines are 1-based
}
function actions(e: Entity): string[] {
  return e.statements.flatMap((s) => (s.actions ?? []).map((a) => a.pattern));
}

describe('Terraform plan', () => {
  const result = parseDocument('plan.json', text);
  const byId = (id: string, list = result.entities) => {
    const found = list.find((e) => e.id === id);
    if (!found) throw new Error(`no ${id} in ${list.map((e) => e.id).join(', ')}`);
    return found;
  };

  it('finds entities by Terraform address, including child modules; no diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.entities.map((e) => [e.id, e.kind, e.format])).toEqual([
      ['aws_iam_role.app', 'role', 'terraform'],
      ['aws_iam_policy.new', 'policy', 'terraform'],
      ['module.ci.aws_iam_user.bot', 'user', 'terraform'],
    ]);
  });

  it.each([
    [
      'aws_iam_role.app',
      'app',
      '/',
      'arn:aws:iam::123456789012:role/app',
      ['s3:GetObject', 'sqs:SendMessage', 'sqs:ReceiveMessage'],
    ],
    ['aws_iam_policy.new', 'new-policy', '/', null, []],
    ['module.ci.aws_iam_user.bot', 'ci-bot', '/ci/', null, []],
  ])('%s: name %s, path %s, arn %s, actions %j', (id, name, iamPath, arn, expected) => {
    const e = byId(id);
    expect(e).toMatchObject({ name, iamPath, arn, line: lineOfResource(id) });
    expect(actions(e)).toEqual(expected);
  });

  it('keeps managed policy ARNs and locates statements inside JSON-string policies', () => {
    const role = byId('aws_iam_role.app');
    expect(role.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(role.statements[0]!.location.path).toBe(
      'planned_values.root_module.resources[0].values.inline_policy[0].policy.Statement[0]',
    );
    expect(role.statements[1]!.location.path).toBe(
      'planned_values.root_module.resources[1].values.policy.Statement[0]',
    );
    expect(byId('module.ci.aws_iam_user.bot').managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AWSCodeCommitPowerUser',
    ]);
  });

  it('records values unknown at plan time instead of guessing', () => {
    expect(byId('aws_iam_policy.new').unknowns.map((u) => u.message)).toEqual([
      'aws_iam_policy.new: the policy document (policy) is known only after apply',
    ]);
    // The attachment's policy_arn is unknown, but configuration says it is aws_iam_policy.new: folded.
    expect(byId('aws_iam_role.app').unknowns.map((u) => u.message)).toEqual([
      'aws_iam_policy.new: the policy document (policy) is known only after apply',
    ]);
  });

  it('reads suppressions from tags', () => {
    expect(byId('aws_iam_role.app').suppressions).toEqual([
      {
        rule: 'unused-service',
        reason: 'used at year end',
        services: null,
        location: expect.objectContaining({
          path: 'planned_values.root_module.resources[0].values.tags.iam-usage-guard:ignore:unused-service',
        }),
        scope: null,
      },
    ]);
  });

  it('gives prior entities from change.before; created resources have none', () => {
    const prior = result.priorEntities ?? [];
    expect(prior.map((e) => e.id)).toEqual(['aws_iam_role.app']);
    expect(actions(prior[0]!)).toEqual(['s3:GetObject']);
    expect(prior[0]!.line).toBe(lineOfResource('aws_iam_role.app', 1));
  });
});

describe('Terraform plan: attachments and roles outside the plan', () => {
  const managed = (address: string, type: string, values: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type,
    name: address.split('.').pop()!.replace(/\[.*$/, ''),
    values,
  });
  const planText = JSON.stringify(
    {
      format_version: '0.1',
      terraform_version: '0.12.1',
      planned_values: {
        root_module: {
          resources: [
            managed('aws_iam_group.ops', 'aws_iam_group', { name: 'ops', path: '/' }),
            managed('aws_iam_user.u["alice"]', 'aws_iam_user', { name: 'alice' }),
            managed('aws_iam_policy_attachment.shared', 'aws_iam_policy_attachment', {
              name: 'shared',
              roles: ['legacy-role'],
              users: ['alice'],
              groups: ['ops'],
              policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
            }),
            managed('aws_iam_group_policy.ops', 'aws_iam_group_policy', {
              group: 'ops',
              name: 'ops',
              policy: policy('ec2:StartInstances'),
            }),
            managed('aws_iam_role_policy.later', 'aws_iam_role_policy', {
              role: 'legacy-role',
              name: 'later',
            }),
          ],
        },
      },
      resource_changes: [
        {
          address: 'aws_iam_role_policy.later',
          mode: 'managed',
          type: 'aws_iam_role_policy',
          change: { actions: ['create'], before: null, after: {}, after_unknown: { policy: true } },
        },
      ],
    },
    null,
    2,
  );
  const result = parseDocument('plans/old.json', planText);
  const summary = result.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    actions: actions(e),
    managedPolicyArns: e.managedPolicyArns,
    unknowns: e.unknowns.map((u) => u.message),
  }));

  it('folds a shared attachment into every role, user and group it names; a role outside the plan is known by name', () => {
    expect(result.diagnostics).toEqual([]);
    expect(summary).toEqual([
      {
        id: 'aws_iam_group.ops',
        kind: 'group',
        name: 'ops',
        actions: ['ec2:StartInstances'],
        managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        unknowns: [],
      },
      {
        id: 'aws_iam_user.u["alice"]',
        kind: 'user',
        name: 'alice',
        actions: [],
        managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        unknowns: [],
      },
      {
        id: 'role/legacy-role',
        kind: 'role',
        name: 'legacy-role',
        actions: [],
        managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        unknowns: ['aws_iam_role_policy.later: the policy document (policy) is known only after apply'],
      },
    ]);
  });

  it('has no prior entities when the plan only creates', () => {
    expect(result.priorEntities).toEqual([]);
  });
});
