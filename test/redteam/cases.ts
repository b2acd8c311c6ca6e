// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// The bypass classes of issue 12 as pull requests: each widens app-role's (or app-user's) dynamodb grant, unused for
// 200 days, some other way than adding an action to the list. Every one must block (`check` exits 1).
import { Buffer } from 'node:buffer';
import {
  BASE_TEMPLATE,
  type CaseRepo,
  type CaseSetup,
  CONFIG,
  ROLE_ARN,
  role,
  snapshotText,
  statements,
  template,
  user,
} from './support.js';

export interface BypassCase {
  name: string;
  /** The bypass class (issue 12's list). */
  class: string;
  setup: CaseSetup;
  /** The rule that must block it (default widened-unused-service); `unreadable`: an error diagnostic. */
  blockedBy?: 'widened-unused-service' | 'unjudged' | 'unreadable';
}

const WIDENED = statements(
  '- Effect: Allow',
  '  Action: [dynamodb:GetItem, dynamodb:PutItem, sqs:SendMessage]',
  "  Resource: '*'",
);

/** The standard role with one more statement (YAML lines, unindented; `statements` indents them). */
function withStatement(...lines: string[]): string {
  return template([
    role({
      body: `${statements('- Effect: Allow', '  Action: [dynamodb:GetItem, sqs:SendMessage]', "  Resource: '*'")}\n${statements(...lines)}`,
    }),
  ]);
}

/** The standard role plus other resources (YAML, 2-space indented entries) and top-level sections. */
function withResources(resources: string[], sections = '', roleOptions = {}): string {
  return template([role(roleOptions), ...resources], sections);
}

const onHead =
  (files: Record<string, string>) =>
  (repo: CaseRepo): void => {
    for (const [file, text] of Object.entries(files)) repo.write(file, text);
  };

const WIDENED_TEMPLATE = template([role({ body: WIDENED })]);

/** A Metadata suppression of `rule` with a reason, for a resource entry. */
const SUPPRESS = (rule: string) =>
  [
    '    Metadata:',
    '      iam-usage-guard:',
    '        ignore:',
    `          - rule: ${rule}`,
    '            reason: only adds harmless grants',
  ].join('\n');

function policyResource(id: string, type: string, targets: string, action = 'dynamodb:PutItem'): string {
  return [
    `  ${id}:`,
    `    Type: ${type}`,
    '    Properties:',
    ...(type === 'AWS::IAM::ManagedPolicy' ? [] : [`      PolicyName: ${id.toLowerCase()}`]),
    `      ${targets}`,
    '      PolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    `            Action: ${action}`,
    "            Resource: '*'",
  ].join('\n');
}

function moved(to: string, text = WIDENED_TEMPLATE) {
  return (repo: CaseRepo): void => {
    repo.folderFor(`${repo.root}/${to}`);
    repo.git(['mv', '-f', 'infra/app.yaml', to]);
    repo.write(to, text);
  };
}

/** A Terraform plan: role app-role with an inline aws_iam_role_policy, before and after the plan. */
export function plan(options: {
  before: string[] | null;
  after: string[];
  address?: string;
  afterUnknown?: boolean;
}): string {
  const address = options.address ?? 'aws_iam_role.app';
  const roleValues = { name: 'app-role', path: '/', arn: ROLE_ARN, assume_role_policy: '{}' };
  const policyValues = (actions: string[]) => ({
    name: 'app',
    role: 'app-role',
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    }),
  });
  const after = policyValues(options.after);
  const resources = [
    { address, mode: 'managed', type: 'aws_iam_role', name: address.split('.')[1], values: roleValues },
    {
      address: 'aws_iam_role_policy.app',
      mode: 'managed',
      type: 'aws_iam_role_policy',
      name: 'app',
      values: options.afterUnknown ? { name: 'app', role: 'app-role' } : after,
    },
  ];
  const changes = [
    {
      address,
      mode: 'managed',
      type: 'aws_iam_role',
      name: address.split('.')[1],
      change: {
        actions: options.before ? ['no-op'] : ['create'],
        before: options.before ? roleValues : null,
        after: roleValues,
        after_unknown: {},
      },
    },
    {
      address: 'aws_iam_role_policy.app',
      mode: 'managed',
      type: 'aws_iam_role_policy',
      name: 'app',
      change: {
        actions: options.before ? ['update'] : ['create'],
        before: options.before ? policyValues(options.before) : null,
        after: options.afterUnknown ? { name: 'app', role: 'app-role' } : after,
        after_unknown: options.afterUnknown ? { policy: true } : {},
      },
    },
  ];
  return `${JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: { root_module: { resources } },
      resource_changes: changes,
      prior_state: options.before
        ? { values: { root_module: { resources: [{ ...resources[0], values: roleValues }] } } }
        : undefined,
    },
    null,
    2,
  )}\n`;
}

/** The base's actions, and those actions with dynamodb:PutItem: for plans and policy files. */
const BASE = ['dynamodb:GetItem', 'sqs:SendMessage'];
const WIDE = ['dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage'];

const POLICY_FILE = `${JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: BASE, Resource: '*' }],
  },
  null,
  2,
)}\n`;

const BOUNDARY = (actions: string) =>
  [
    '  Boundary:',
    '    Type: AWS::IAM::ManagedPolicy',
    '    Properties:',
    '      ManagedPolicyName: app-boundary',
    '      PolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    `            Action: ${actions}`,
    "            Resource: '*'",
  ].join('\n');

const BOUNDED_ROLE = (withBoundary: boolean) =>
  role({
    body: statements('- Effect: Allow', '  Action: [dynamodb:*, sqs:SendMessage]', "  Resource: '*'"),
    ...(withBoundary ? { props: '      PermissionsBoundary: !Ref Boundary' } : {}),
  });

/** A role with dynamodb:* whose boundary allows only dynamodb:GetItem and sqs:SendMessage. */
const BOUNDED_BASE = [BOUNDED_ROLE(true), BOUNDARY('[dynamodb:GetItem, sqs:SendMessage]')];

const GROUP = (id: string, name: string, actions: string) =>
  [
    `  ${id}:`,
    '    Type: AWS::IAM::Group',
    '    Properties:',
    `      GroupName: ${name}`,
    '      Policies:',
    '        - PolicyName: g',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    `                Action: ${actions}`,
    "                Resource: '*'",
  ].join('\n');

const USER_TEMPLATE = (extra: string[] = [], userProps = '') => template([user(userProps), ...extra]);

const DENY_BASE = (deny: string[]) =>
  template([
    role({
      body: statements(
        '- Effect: Allow',
        '  Action: [dynamodb:GetItem, dynamodb:PutItem, sqs:SendMessage]',
        "  Resource: '*'",
        ...deny,
      ),
    }),
  ]);

const DENY = ['- Effect: Deny', '  Action: dynamodb:PutItem', "  Resource: '*'"];

/** For tests beside the table: the widened statements, and a policy naming app-role that adds dynamodb:PutItem. */
export const WIDENED_BODY = WIDENED;
export const POLICY_NAMING_ROLE = policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [app-role]');

export const CASES: BypassCase[] = [
  // --- the plain widening (control: must block today) ---
  {
    name: 'adds dynamodb:PutItem to the list',
    class: 'control',
    setup: { head: onHead({ 'infra/app.yaml': WIDENED_TEMPLATE }) },
  },

  // --- other spelling or case ---
  ...(
    [
      ['service in another case (DynamoDB:PutItem)', 'DynamoDB:PutItem'],
      ['action in another case (dynamodb:putitem)', 'dynamodb:putitem'],
      ['a wildcard (dynamodb:Put*)', 'dynamodb:Put*'],
      ['the service wildcard (dynamodb:*)', 'dynamodb:*'],
      ["a single '?' wildcard (dynamodb:?utItem)", 'dynamodb:?utItem'],
      ['everything (*)', "'*'"],
      ['a wildcard service prefix (dynamo*:Put*)', 'dynamo*:Put*'],
      ['a double-quoted escape ("dynamodb:\\x50utItem")', '"dynamodb:\\x50utItem"'],
    ] as const
  ).map(
    ([name, action]): BypassCase => ({
      name,
      class: 'spelling',
      setup: {
        head: onHead({
          'infra/app.yaml': withStatement('- Effect: Allow', `  Action: ${action}`, "  Resource: '*'"),
        }),
      },
    }),
  ),
  {
    name: 'NotAction on an Allow (everything but s3)',
    class: 'spelling',
    setup: {
      head: onHead({
        'infra/app.yaml': withStatement('- Effect: Allow', '  NotAction: s3:*', "  Resource: '*'"),
      }),
    },
  },
  {
    name: 'the template rewritten as JSON, with a \\u escape in the action',
    class: 'spelling',
    setup: {
      head: onHead({
        'infra/app.yaml': JSON.stringify({
          AWSTemplateFormatVersion: '2010-09-09',
          Resources: {
            AppRole: {
              Type: 'AWS::IAM::Role',
              Properties: {
                RoleName: 'app-role',
                AssumeRolePolicyDocument: { Statement: [] },
                Policies: [
                  {
                    PolicyName: 'app',
                    PolicyDocument: {
                      Statement: [
                        {
                          Effect: 'Allow',
                          Action: ['dynamodb:GetItem', 'sqs:SendMessage', 'dynamodb:PUTITEM'],
                          Resource: '*',
                        },
                      ],
                    },
                  },
                ],
              },
            },
          },
        }).replace('PUTITEM', '\\u0050utItem'),
      }),
    },
  },
  {
    name: 'a YAML alias to actions anchored in Metadata',
    class: 'spelling',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({
            props: '      Description: x',
            body: statements(
              '- Effect: Allow',
              '  Action: *acts',
              "  Resource: '*'",
              '- Effect: Allow',
              '  Action: [dynamodb:GetItem, sqs:SendMessage]',
              "  Resource: '*'",
            ),
          }).replace(
            '    Properties:',
            '    Metadata:\n      Actions: &acts [dynamodb:PutItem]\n    Properties:',
          ),
        ]),
      }),
    },
  },
  {
    name: 'a second Action key in the statement (duplicate YAML key)',
    class: 'spelling',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({
            body: statements(
              '- Effect: Allow',
              '  Action: [dynamodb:GetItem, sqs:SendMessage]',
              "  Resource: '*'",
              '  Action: [dynamodb:GetItem, dynamodb:PutItem, sqs:SendMessage]',
            ),
          }),
        ]),
      }),
    },
  },
  {
    name: 'a YAML merge key (<<) pulling a statement from Metadata',
    class: 'spelling',
    blockedBy: 'unreadable',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({
            body: statements(
              '- Effect: Allow',
              '  Action: [dynamodb:GetItem, sqs:SendMessage]',
              "  Resource: '*'",
              '- <<: *extra',
              '  Sid: merged',
            ),
          }).replace(
            '    Properties:',
            "    Metadata:\n      Extra: &extra { Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }\n    Properties:",
          ),
        ]),
      }),
    },
  },
  {
    name: 'a second inline policy whose Statement is one object',
    class: 'spelling',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          `${role()}\n        - PolicyName: more\n          PolicyDocument:\n            Statement: { Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }`,
        ]),
      }),
    },
  },

  // --- another resource type in the same file ---
  ...(
    [
      ['AWS::IAM::Policy with Roles: [!Ref AppRole]', 'AWS::IAM::Policy', 'Roles: [!Ref AppRole]'],
      ['AWS::IAM::Policy with the role by name', 'AWS::IAM::Policy', 'Roles: [app-role]'],
      ['AWS::IAM::Policy with the name in capitals (APP-ROLE)', 'AWS::IAM::Policy', 'Roles: [APP-ROLE]'],
      [
        'AWS::IAM::ManagedPolicy with Roles: [!Ref AppRole]',
        'AWS::IAM::ManagedPolicy',
        'Roles: [!Ref AppRole]',
      ],
      ['AWS::IAM::RolePolicy with RoleName: !Ref AppRole', 'AWS::IAM::RolePolicy', 'RoleName: !Ref AppRole'],
      [
        'AWS::IAM::Policy whose target is !Select over !Ref',
        'AWS::IAM::Policy',
        'Roles: [!Select [0, [!Ref AppRole]]]',
      ],
    ] as const
  ).map(
    ([name, type, targets]): BypassCase => ({
      name,
      class: 'resource type',
      setup: { head: onHead({ 'infra/app.yaml': withResources([policyResource('Extra', type, targets)]) }) },
    }),
  ),
  {
    name: 'a managed policy of the template in ManagedPolicyArns',
    class: 'resource type',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources(
          [policyResource('Extra', 'AWS::IAM::ManagedPolicy', 'Description: extra')],
          '',
          { props: '      ManagedPolicyArns: [!Ref Extra]' },
        ),
      }),
    },
  },
  {
    name: 'the AWS-managed AmazonDynamoDBFullAccess attached',
    class: 'resource type',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([], '', {
          props:
            "      ManagedPolicyArns: [!Sub 'arn:${AWS::Partition}:iam::aws:policy/AmazonDynamoDBFullAccess']",
        }),
      }),
    },
  },
  {
    name: 'a customer-managed policy ARN with no document anywhere',
    blockedBy: 'unjudged',
    class: 'resource type',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([], '', {
          props: '      ManagedPolicyArns: [arn:aws:iam::123456789012:policy/ops-extra]',
        }),
      }),
    },
  },
  ...(
    [
      ['the permissions boundary removed', template([BOUNDED_ROLE(false), BOUNDED_BASE[1]!])],
      [
        'the permissions boundary widened',
        template([BOUNDED_ROLE(true), BOUNDARY('[dynamodb:*, sqs:SendMessage]')]),
      ],
      [
        'the permissions boundary swapped for AdministratorAccess',
        template([
          BOUNDED_ROLE(false).replace(
            '      Policies:',
            '      PermissionsBoundary: arn:aws:iam::aws:policy/AdministratorAccess\n      Policies:',
          ),
          BOUNDED_BASE[1]!,
        ]),
      ],
    ] as const
  ).map(
    ([name, head]): BypassCase => ({
      name,
      class: 'boundary',
      setup: { base: { 'infra/app.yaml': template(BOUNDED_BASE) }, head: onHead({ 'infra/app.yaml': head }) },
    }),
  ),

  // --- groups ---
  {
    name: 'the user joins a group that grants dynamodb:PutItem (User.Groups)',
    class: 'group membership',
    setup: {
      base: { 'infra/user.yaml': USER_TEMPLATE([GROUP('DynGroup', 'dyn-group', 'dynamodb:PutItem')]) },
      head: onHead({
        'infra/user.yaml': USER_TEMPLATE(
          [GROUP('DynGroup', 'dyn-group', 'dynamodb:PutItem')],
          '      Groups: [!Ref DynGroup]',
        ),
      }),
    },
  },
  {
    name: 'AWS::IAM::UserToGroupAddition adds the user to that group',
    class: 'group membership',
    setup: {
      base: { 'infra/user.yaml': USER_TEMPLATE([GROUP('DynGroup', 'dyn-group', 'dynamodb:PutItem')]) },
      head: onHead({
        'infra/user.yaml': USER_TEMPLATE([
          GROUP('DynGroup', 'dyn-group', 'dynamodb:PutItem'),
          '  Join:\n    Type: AWS::IAM::UserToGroupAddition\n    Properties:\n      GroupName: !Ref DynGroup\n      Users: [!Ref AppUser]',
        ]),
      }),
    },
  },
  {
    name: "the user's group gains dynamodb:PutItem",
    class: 'group membership',
    setup: {
      base: {
        'infra/user.yaml': USER_TEMPLATE(
          [GROUP('AppGroup', 'app-group', 'dynamodb:GetItem')],
          '      Groups: [!Ref AppGroup]',
        ),
      },
      head: onHead({
        'infra/user.yaml': USER_TEMPLATE(
          [GROUP('AppGroup', 'app-group', '[dynamodb:GetItem, dynamodb:PutItem]')],
          '      Groups: [!Ref AppGroup]',
        ),
      }),
    },
  },
  {
    name: 'a new file adds app-user (by name) to a new group with dynamodb:PutItem',
    class: 'group membership',
    setup: {
      base: { 'infra/user.yaml': USER_TEMPLATE() },
      head: onHead({
        'infra/groups.yaml': template([
          GROUP('DynGroup', 'dyn-group', 'dynamodb:PutItem'),
          '  Join:\n    Type: AWS::IAM::UserToGroupAddition\n    Properties:\n      GroupName: !Ref DynGroup\n      Users: [app-user]',
        ]),
      }),
    },
  },

  // --- conditions and intrinsic functions ---
  {
    name: 'Action: !If [IsProd, [dynamodb:PutItem], !Ref AWS::NoValue]',
    class: 'condition',
    setup: {
      head: onHead({
        'infra/app.yaml': withStatement(
          '- Effect: Allow',
          '  Action: !If [IsProd, [dynamodb:PutItem], !Ref AWS::NoValue]',
          "  Resource: '*'",
        ).replace(
          'Resources:',
          'Parameters:\n  Env: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:',
        ),
      }),
    },
  },
  {
    name: 'a whole statement in !If',
    class: 'condition',
    setup: {
      head: onHead({
        'infra/app.yaml': withStatement(
          "- !If [IsProd, { Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }, !Ref AWS::NoValue]",
        ).replace(
          'Resources:',
          'Parameters:\n  Env: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:',
        ),
      }),
    },
  },
  {
    name: 'a statement with a Condition block',
    class: 'condition',
    setup: {
      head: onHead({
        'infra/app.yaml': withStatement(
          '- Effect: Allow',
          '  Action: dynamodb:PutItem',
          "  Resource: '*'",
          '  Condition:',
          "    StringEquals: { 'aws:RequestedRegion': eu-west-1 }",
        ),
      }),
    },
  },
  {
    name: 'an AWS::IAM::Policy that exists only under a Condition',
    class: 'condition',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources(
          [
            policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [!Ref AppRole]').replace(
              '    Properties:',
              '    Condition: IsProd\n    Properties:',
            ),
          ],
          'Parameters:\n  Env: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n',
        ),
      }),
    },
  },
  ...(
    [
      [
        '!Sub with a parameter Default',
        '!Sub "dynamodb:${Op}"',
        'Parameters:\n  Op: { Type: String, Default: PutItem }\n',
      ],
      [
        '!Sub with a parameter without Default',
        '!Sub "dynamodb:${Op}"',
        'Parameters:\n  Op: { Type: String }\n',
        'unjudged',
      ],
      ['!Sub with a variable map', '!Sub ["dynamodb:${Op}", { Op: PutItem }]', ''],
      ['!Split over a literal', '!Split [",", "dynamodb:PutItem,sqs:SendMessage"]', ''],
      ['!Select over a literal list', '!Select [1, [sqs:SendMessage, dynamodb:PutItem]]', ''],
      ['!Join of two parts', '!Join [":", [dynamodb, PutItem]]', ''],
      [
        '!FindInMap over a literal table',
        '!FindInMap [Ops, write, action]',
        'Mappings:\n  Ops:\n    write: { action: dynamodb:PutItem }\n',
      ],
      [
        '!Ref of a String parameter',
        '!Ref Act',
        'Parameters:\n  Act: { Type: String, Default: dynamodb:PutItem }\n',
      ],
      [
        '!Ref of a CommaDelimitedList parameter',
        '!Ref Acts',
        'Parameters:\n  Acts: { Type: CommaDelimitedList, Default: "dynamodb:PutItem,sqs:SendMessage" }\n',
      ],
      ['!ImportValue', '!ImportValue shared-actions', '', 'unjudged'],
      [
        'nested !Join over !Select over !Split',
        '!Join ["", [!Select [0, !Split ["/", "dynamodb/x"]], ":PutItem"]]',
        '',
      ],
    ] as const
  ).map(
    ([name, action, sections, blockedBy]: readonly string[]): BypassCase => ({
      name: `Action: ${name}`,
      class: 'intrinsic',
      ...(blockedBy ? { blockedBy: 'unjudged' as const } : {}),
      setup: {
        head: onHead({
          'infra/app.yaml': withStatement(
            '- Effect: Allow',
            `  Action: ${action}`,
            "  Resource: '*'",
          ).replace('Resources:', `${sections}Resources:`),
        }),
      },
    }),
  ),
  {
    name: 'PolicyDocument: !Sub of a JSON string',
    class: 'intrinsic',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          [
            '  Extra:',
            '    Type: AWS::IAM::Policy',
            '    Properties:',
            '      PolicyName: extra',
            '      Roles: [!Ref AppRole]',
            '      PolicyDocument: !Sub \'{"Statement":[{"Effect":"Allow","Action":"dynamodb:PutItem","Resource":"arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/t"}]}\'',
          ].join('\n'),
        ]),
      }),
    },
  },
  {
    name: 'PolicyDocument as a JSON string literal',
    class: 'intrinsic',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          [
            '  Extra:',
            '    Type: AWS::IAM::Policy',
            '    Properties:',
            '      PolicyName: extra',
            '      Roles: [!Ref AppRole]',
            '      PolicyDocument: \'{"Statement":[{"Effect":"Allow","Action":"dynamodb:PutItem","Resource":"*"}]}\'',
          ].join('\n'),
        ]),
      }),
    },
  },
  {
    name: 'PolicyDocument from AWS::Include',
    blockedBy: 'unjudged',
    class: 'intrinsic',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          [
            '  Extra:',
            '    Type: AWS::IAM::Policy',
            '    Properties:',
            '      PolicyName: extra',
            '      Roles: [!Ref AppRole]',
            '      PolicyDocument:',
            "        Fn::Transform: { Name: 'AWS::Include', Parameters: { Location: 's3://bucket/policy.yaml' } }",
          ].join('\n'),
        ]),
      }),
    },
  },
  {
    name: 'an AWS::IAM::Policy made by Fn::ForEach',
    class: 'intrinsic',
    setup: {
      head: onHead({
        'infra/app.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::LanguageExtensions\nResources:\n${role()}\n  Fn::ForEach::Ops:\n    - Op\n    - [PutItem]\n    - 'Extra\${Op}':\n        Type: AWS::IAM::Policy\n        Properties:\n          PolicyName: !Sub 'extra-\${Op}'\n          Roles: [!Ref AppRole]\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: !Sub 'dynamodb:\${Op}'\n                Resource: '*'\n`,
      }),
    },
  },
  {
    name: 'a policy whose role comes from !ImportValue',
    blockedBy: 'unjudged',
    class: 'unresolved target',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [!ImportValue app-role-name]'),
        ]),
      }),
    },
  },
  {
    name: "a policy whose role is a nested stack's output",
    blockedBy: 'unjudged',
    class: 'unresolved target',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          '  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/bucket/role.yaml',
          policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [!GetAtt Nested.Outputs.RoleName]'),
        ]),
      }),
    },
  },
  {
    name: 'the role moved into a nested stack read from S3',
    blockedBy: 'unjudged',
    class: 'unresolved target',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          '  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/bucket/role.yaml',
        ]),
      }),
    },
  },

  {
    name: 'resources included with AWS::Include beside the role',
    class: 'unresolved target',
    blockedBy: 'unjudged',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          "  Fn::Transform:\n    Name: 'AWS::Include'\n    Parameters: { Location: 's3://bucket/more-policies.yaml' }",
        ]),
      }),
    },
  },
  {
    name: 'a macro transform on the template',
    class: 'unresolved target',
    blockedBy: 'unjudged',
    setup: { head: onHead({ 'infra/app.yaml': `Transform: [Acme::AddPolicies]\n${BASE_TEMPLATE}` }) },
  },
  {
    name: 'the role passed to a nested stack read from S3',
    class: 'unresolved target',
    blockedBy: 'unjudged',
    setup: {
      head: onHead({
        'infra/app.yaml': withResources([
          '  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/bucket/grants.yaml\n      Parameters: { Role: !Ref AppRole }',
        ]),
      }),
    },
  },

  // --- conditional or removed Deny ---
  {
    name: 'the Deny removed',
    class: 'deny',
    setup: { base: { 'infra/app.yaml': DENY_BASE(DENY) }, head: onHead({ 'infra/app.yaml': DENY_BASE([]) }) },
  },
  {
    name: 'the Deny given a Condition',
    class: 'deny',
    setup: {
      base: { 'infra/app.yaml': DENY_BASE(DENY) },
      head: onHead({
        'infra/app.yaml': DENY_BASE([
          ...DENY,
          '  Condition: { Bool: { aws:MultiFactorAuthPresent: "false" } }',
        ]),
      }),
    },
  },
  {
    name: 'the Deny wrapped in !If',
    class: 'deny',
    setup: {
      base: { 'infra/app.yaml': DENY_BASE(DENY) },
      head: onHead({
        'infra/app.yaml': DENY_BASE([
          "- !If [IsProd, { Effect: Deny, Action: dynamodb:PutItem, Resource: '*' }, !Ref AWS::NoValue]",
        ]).replace(
          'Resources:',
          'Parameters:\n  Env: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:',
        ),
      }),
    },
  },

  // --- another file ---
  ...(
    [
      ['a new file with AWS::IAM::Policy naming app-role', 'AWS::IAM::Policy', 'Roles: [app-role]'],
      ['a new file with AWS::IAM::Policy naming App-Role', 'AWS::IAM::Policy', 'Roles: [App-Role]'],
      ['a new file with AWS::IAM::RolePolicy naming app-role', 'AWS::IAM::RolePolicy', 'RoleName: app-role'],
      [
        'a new file with AWS::IAM::ManagedPolicy naming app-role',
        'AWS::IAM::ManagedPolicy',
        'Roles: [app-role]',
      ],
    ] as const
  ).map(
    ([name, type, targets]): BypassCase => ({
      name,
      class: 'other file',
      setup: { head: onHead({ 'infra/extra.yaml': template([policyResource('Extra', type, targets)]) }) },
    }),
  ),
  {
    name: 'the widened role moved to a new file, the old file kept',
    class: 'moved or renamed',
    setup: {
      head: onHead({
        'infra/app.yaml': template(['  Queue:\n    Type: AWS::SQS::Queue']),
        'infra/roles.yaml': WIDENED_TEMPLATE,
      }),
    },
  },
  {
    name: 'the widened role copied to a new file, the old one unchanged',
    class: 'moved or renamed',
    setup: { head: onHead({ 'infra/roles.yaml': WIDENED_TEMPLATE }) },
  },
  {
    name: 'git mv to another folder, widened',
    class: 'moved or renamed',
    setup: { head: moved('infra/roles/app.yaml') },
  },
  {
    name: 'logical id renamed AppRole → AppRoleV2, same RoleName, widened',
    class: 'moved or renamed',
    setup: { head: onHead({ 'infra/app.yaml': template([role({ id: 'AppRoleV2', body: WIDENED })]) }) },
  },
  {
    name: 'logical id renamed and RoleName written in capitals, widened',
    class: 'moved or renamed',
    setup: {
      head: onHead({
        'infra/app.yaml': template([role({ id: 'AppRoleV2', name: 'APP-ROLE', body: WIDENED })]),
      }),
    },
  },
  {
    name: 'logical id renamed and moved to a new file, widened',
    class: 'moved or renamed',
    setup: {
      head: (repo) => {
        repo.remove('infra/app.yaml');
        repo.write('infra/other.yaml', template([role({ id: 'Renamed', body: WIDENED })]));
      },
    },
  },
  {
    name: 'a policy file mapped to the role, widened (control)',
    class: 'control',
    setup: {
      base: { 'policies/app-role.json': POLICY_FILE },
      head: onHead({
        'policies/app-role.json': POLICY_FILE.replace(
          '"sqs:SendMessage"',
          '"sqs:SendMessage", "dynamodb:PutItem"',
        ),
      }),
    },
  },

  // --- another extension or a folder the scan skips ---
  ...(
    [
      ['renamed to app.txt', 'infra/app.txt'],
      ['renamed to app.cfn', 'infra/app.cfn'],
      ['renamed to app.yaml.bak', 'infra/app.yaml.bak'],
      ['moved under coverage/', 'infra/coverage/app.yaml'],
      ['moved under node_modules/', 'node_modules/app.yaml'],
      ['moved under .github/', '.github/app.yaml'],
      ['moved into a folder of its own whose name starts with a dot', '.infra/app.yaml'],
      ['moved into a CDK asset folder', 'cdk.out/asset.1234/app.yaml'],
      ['renamed to tsconfig.json (JSON)', 'infra/tsconfig.json'],
    ] as const
  ).map(
    ([name, to]): BypassCase => ({
      name: `${name}, widened`,
      class: 'other extension',
      setup: {
        head: moved(
          to,
          to.endsWith('.json')
            ? JSON.stringify({
                Resources: {
                  AppRole: {
                    Type: 'AWS::IAM::Role',
                    Properties: {
                      RoleName: 'app-role',
                      Policies: [
                        {
                          PolicyName: 'app',
                          PolicyDocument: {
                            Statement: [
                              {
                                Effect: 'Allow',
                                Action: WIDE,
                                Resource: '*',
                              },
                            ],
                          },
                        },
                      ],
                    },
                  },
                },
              })
            : WIDENED_TEMPLATE,
        ),
      },
    }),
  ),
  {
    name: 'a new extra.txt with AWS::IAM::Policy naming app-role',
    class: 'other extension',
    setup: {
      head: onHead({
        'extra.txt': template([policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [app-role]')]),
      }),
    },
  },
  {
    name: 'a new infra/coverage/extra.yaml with AWS::IAM::Policy naming app-role',
    class: 'other extension',
    setup: {
      head: onHead({
        'infra/coverage/extra.yaml': template([
          policyResource('Extra', 'AWS::IAM::Policy', 'Roles: [app-role]'),
        ]),
      }),
    },
  },

  // --- the file vanishes from the scan ---
  {
    name: 'app.yaml becomes a symlink to a widened copy outside the scan',
    class: 'vanish',
    setup: {
      head: (repo) => {
        repo.write('docs/app.yaml.txt', WIDENED_TEMPLATE);
        repo.symlink('infra/app.yaml', '../docs/app.yaml.txt');
      },
    },
  },
  {
    name: 'app.yaml becomes a symlink to a path outside the repository',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: { head: (repo) => repo.symlink('infra/app.yaml', '/tmp/iug-redteam-elsewhere/app.yaml') },
  },
  {
    name: 'app.yaml becomes binary (a NUL byte first)',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: { head: onHead({ 'infra/app.yaml': `\u0000${WIDENED_TEMPLATE}` }) },
  },
  {
    name: 'app.yaml re-encoded as UTF-16',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: {
      head: (repo) =>
        repo.write(
          'infra/app.yaml',
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WIDENED_TEMPLATE, 'utf16le')]),
        ),
    },
  },
  {
    name: 'app.yaml over the size limit',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: { head: onHead({ 'infra/app.yaml': `${WIDENED_TEMPLATE}#${'x'.repeat(21 * 1024 * 1024)}\n` }) },
  },
  {
    name: 'app.yaml replaced by a folder holding nothing readable',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: { head: onHead({ 'infra/app.yaml/README.md': 'moved\n' }) },
  },
  {
    name: 'the mapped policy file gains a Principal (skipped as a resource policy)',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: {
      base: { 'policies/app-role.json': POLICY_FILE },
      head: onHead({
        'policies/app-role.json': POLICY_FILE.replace(
          '"Effect": "Allow",',
          '"Effect": "Allow", "Principal": "*",',
        ).replace('"sqs:SendMessage"', '"sqs:SendMessage", "dynamodb:PutItem"'),
      }),
    },
  },
  {
    name: 'the mapped policy file no longer reads as a policy document',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: {
      base: { 'policies/app-role.json': POLICY_FILE },
      head: onHead({
        'policies/app-role.json': JSON.stringify({
          Statement: [
            null,
            { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: '*' },
          ],
        }),
      }),
    },
  },
  {
    name: 'the template no longer reads as a template (Resources moved under a key)',
    blockedBy: 'unjudged',
    class: 'vanish',
    setup: {
      head: onHead({ 'infra/app.yaml': `Stack:\n${WIDENED_TEMPLATE.replace(/^/gm, '  ')}` }),
    },
  },

  // --- suppressions the pull request writes on another resource (item 7) ---
  {
    name: 'a harmless new policy whose Metadata suppresses widened-unused-service, beside the inline widening',
    class: 'suppression',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({ body: WIDENED }),
          policyResource(
            'Harmless',
            'AWS::IAM::Policy',
            'Roles: [!Ref AppRole]',
            'sqs:ReceiveMessage',
          ).replace('    Properties:', `${SUPPRESS('widened-unused-service')}\n    Properties:`),
        ]),
      }),
    },
  },
  {
    name: 'the same suppression (services: [dynamodb]) on a policy in a new .txt file naming the role',
    class: 'suppression',
    setup: {
      head: onHead({
        'infra/app.yaml': WIDENED_TEMPLATE,
        'infra/harmless.txt': template([
          policyResource('Harmless', 'AWS::IAM::Policy', 'Roles: [app-role]', 'sqs:ReceiveMessage').replace(
            '    Properties:',
            `${SUPPRESS('widened-unused-service')}\n            services: [dynamodb]\n    Properties:`,
          ),
        ]),
      }),
    },
  },
  {
    name: "a harmless policy suppresses unjudged, the role's own statement is an !ImportValue",
    class: 'suppression',
    blockedBy: 'unjudged',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({
            body: `${statements('- Effect: Allow', '  Action: [dynamodb:GetItem, sqs:SendMessage]', "  Resource: '*'")}\n${statements('- Effect: Allow', '  Action: !ImportValue more-actions', "  Resource: '*'")}`,
          }),
          policyResource(
            'Harmless',
            'AWS::IAM::Policy',
            'Roles: [!Ref AppRole]',
            'sqs:ReceiveMessage',
          ).replace('    Properties:', `${SUPPRESS('unjudged')}\n    Properties:`),
        ]),
      }),
    },
  },

  // --- history, configuration and snapshot the pull request writes ---
  {
    name: 'back-dated commits: dynamodb dropped "100 days ago", then re-added widened',
    class: 'history',
    setup: {
      head: (repo) => {
        repo.write(
          'infra/app.yaml',
          template([
            role({ body: statements('- Effect: Allow', '  Action: sqs:SendMessage', "  Resource: '*'") }),
          ]),
        );
        repo.commit('drop dynamodb', 100);
        repo.write('infra/app.yaml', WIDENED_TEMPLATE);
      },
    },
  },
  {
    name: 'the widening committed with a back-dated date',
    class: 'history',
    setup: { head: onHead({ 'infra/app.yaml': WIDENED_TEMPLATE }), headDaysAgo: 120 },
  },
  ...(
    [
      ['the PR config ignores dynamodb', '.github/iam-usage-guard.yml', 'ignore:\n  services: [dynamodb]\n'],
      [
        'the PR config turns the rule off',
        '.github/iam-usage-guard.yml',
        'rules:\n  widened-unused-service: off\n  unjudged: off\n',
      ],
      ['the PR config ignores every entity', '.github/iam-usage-guard.yml', "ignore:\n  entities: ['**']\n"],
      [
        'the PR config excludes infra/',
        '.github/iam-usage-guard.yml',
        "files:\n  exclude: ['infra/**', 'policies/**']\n",
      ],
      ['the PR config sets unusedDays: 365', '.github/iam-usage-guard.yml', 'unusedDays: 365\n'],
      [
        'the PR adds .iam-usage-guard.yaml at the root',
        '.iam-usage-guard.yaml',
        'rules:\n  widened-unused-service: off\n',
      ],
    ] as const
  ).map(
    ([name, file, text]): BypassCase => ({
      name,
      class: 'config',
      setup: { head: onHead({ 'infra/app.yaml': WIDENED_TEMPLATE, [file]: text }) },
    }),
  ),
  {
    name: 'the PR makes .github a symlink to its own folder',
    class: 'config',
    setup: {
      head: (repo) => {
        repo.write('infra/app.yaml', WIDENED_TEMPLATE);
        repo.remove('.github');
        repo.write('mine/iam-usage-guard.yml', 'rules:\n  widened-unused-service: off\n');
        repo.symlink('.github', 'mine');
      },
    },
  },
  {
    name: 'the PR edits the snapshot: dynamodb used yesterday',
    class: 'snapshot',
    setup: {
      head: onHead({
        'infra/app.yaml': WIDENED_TEMPLATE,
        'usage/snapshot.json': snapshotText({ dynamodb: 1, sqs: 1 }),
      }),
    },
  },
  {
    name: 'the PR makes the snapshot a symlink to its own file',
    class: 'snapshot',
    setup: {
      head: (repo) => {
        repo.write('infra/app.yaml', WIDENED_TEMPLATE);
        repo.write('mine/snapshot.json', snapshotText({ dynamodb: 1, sqs: 1 }));
        repo.symlink('usage/snapshot.json', '../mine/snapshot.json');
      },
    },
  },

  // --- Terraform plans ---
  {
    name: 'an untracked plan produced in the run (control)',
    class: 'control',
    setup: {
      base: { '.gitignore': 'plan.json\n' },
      head: onHead({
        'plan.json': plan({
          before: BASE,
          after: WIDE,
        }),
      }),
      commit: false,
    },
  },
  {
    name: 'a committed plan whose before is forged to match',
    class: 'committed plan',
    setup: {
      base: {
        'plan.json': plan({
          before: BASE,
          after: BASE,
        }),
      },
      head: onHead({
        'plan.json': plan({
          before: WIDE,
          after: WIDE,
        }),
      }),
    },
  },
  {
    name: 'a plan first committed in the PR, its before forged',
    blockedBy: 'unjudged',
    class: 'committed plan',
    setup: {
      head: onHead({
        'plan.json': plan({
          before: WIDE,
          after: WIDE,
        }),
      }),
    },
  },
  {
    name: 'a plan whose policy is known only after apply',
    blockedBy: 'unjudged',
    class: 'unresolved target',
    setup: {
      base: { '.gitignore': 'plan.json\n' },
      head: onHead({
        'plan.json': plan({ before: BASE, after: [], afterUnknown: true }),
      }),
      commit: false,
    },
  },
  {
    name: 'a committed plan renames the role address, same name, widened',
    class: 'moved or renamed',
    setup: {
      base: {
        'plan.json': plan({
          before: BASE,
          after: BASE,
        }),
      },
      head: onHead({
        'plan.json': plan({
          before: null,
          after: WIDE,
          address: 'aws_iam_role.app_v2',
        }),
      }),
    },
  },
];

/** Changes that must not block: the suite's guard against false blocks. */
export const HARMLESS: BypassCase[] = [
  { name: 'no change at all', class: 'harmless', setup: { head: () => {} } },
  {
    name: 'adds sqs:ReceiveMessage (a service used yesterday)',
    class: 'harmless',
    setup: {
      head: onHead({
        'infra/app.yaml': template([
          role({
            body: statements(
              '- Effect: Allow',
              '  Action: [dynamodb:GetItem, sqs:SendMessage, sqs:ReceiveMessage]',
              "  Resource: '*'",
            ),
          }),
        ]),
      }),
    },
  },
  {
    name: 'git mv of the file, unchanged',
    class: 'harmless',
    setup: { head: moved('infra/roles/app.yaml', BASE_TEMPLATE) },
  },
  {
    name: 'the role deleted with its file',
    class: 'harmless',
    setup: { head: (repo) => repo.remove('infra/app.yaml') },
  },
  {
    name: 'a README and an image change beside it',
    class: 'harmless',
    setup: {
      head: onHead({
        'README.md': '# Resources:\nSee AWS::IAM::Role docs: [link](x)\n',
        'docs/diagram.png': `\u0089PNG\r\n\u001a\n${'\u0000'.repeat(64)}`,
        'notes.txt': 'Statement: we moved things around\n',
      }),
    },
  },
  {
    name: 'the config edited harmlessly',
    class: 'harmless',
    setup: { head: onHead({ '.github/iam-usage-guard.yml': `${CONFIG}# a comment\n` }) },
  },
];
