// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, written as the templates write it
// unjudged: a touched entity whose head grants the code does not let the tool know is an error finding at the place
// that cannot be known; an untouched one, or one whose grants are all known, has none. Inputs are real templates
// and plans read by the parsers, so each cause is the one a reviewer would see.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';
import { grantsOf } from '../../src/policy/grants.js';
import { type BundledPolicies, loadBundledPolicies } from '../../src/policy/managed-policies.js';
import { evaluateEntity } from '../../src/rules/engine.js';
import { unjudged } from '../../src/rules/unjudged.js';
import { engineOptions, FILE, granted, grantSet } from './fixtures.js';
import { testRule } from './rule-tester.js';

const role = (properties: string, extra = '') => `Parameters:
  Svc: { Type: String }
  Named: { Type: String, Default: app-role }
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
${properties}${extra}`;

const inline = (statement: string) => `      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
${statement}`;

let bundledPolicies: BundledPolicies;
beforeAll(async () => {
  bundledPolicies = await loadBundledPolicies();
});

/** The unjudged findings of every entity of a file, each as `entity line: message head`. */
function findings(file: string, text: string, touched = true): string[] {
  const result = parseDocument(file, text);
  return result.entities.flatMap((entity) =>
    evaluateEntity(
      {
        granted: { entity, grants: grantsOf(entity, { bundledPolicies }), base: null },
        usage: null,
        touched,
      },
      engineOptions(),
    )
      .findings.filter((f) => f.rule === 'unjudged')
      .map(
        (f) =>
          `${f.severity} ${f.entity.id}@${f.line}: ${f.message.replace(/^Cannot judge [^:]+: /, '').split('. Make it')[0]}`,
      ),
  );
}

describe('unjudged fires (error, at the line that cannot be known)', () => {
  it.each<[string, string, string, string[]]>([
    [
      'an action built from a parameter without a Default',
      'app.yaml',
      role(inline("              - { Effect: Allow, Action: !Sub '${Svc}:*', Resource: '*' }\n")),
      [
        'error AppRole@13: Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0].Action: action "${Svc}:*" is built from Svc and cannot be known from code',
      ],
    ],
    [
      'a policy document from Fn::ImportValue',
      'app.yaml',
      role('      Policies:\n        - PolicyName: p\n          PolicyDocument: !ImportValue shared-doc\n'),
      [
        'error AppRole@11: Resources.AppRole.Properties.Policies[0].PolicyDocument: the policy document is built with Fn::ImportValue and cannot be read from code',
      ],
    ],
    [
      'inline policies from an AWS::Include transform',
      'app.yaml',
      role(
        '      Policies:\n        Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/p.yaml } }\n',
      ),
      [
        'error AppRole@9: Resources.AppRole.Properties.Policies: Policies is not a list and cannot be read from code',
      ],
    ],
    [
      'a managed policy ARN built from a parameter',
      'app.yaml',
      role("      ManagedPolicyArns: [!Sub 'arn:aws:iam::123456789012:policy/${Svc}']\n"),
      [
        'error AppRole@9: Resources.AppRole.Properties.ManagedPolicyArns[0]: managed policy ARN "arn:aws:iam::123456789012:policy/${Svc}" is built from Svc; its permissions cannot be known from code',
      ],
    ],
    [
      'a customer-managed policy with no document from any source',
      'app.yaml',
      role('      ManagedPolicyArns: [arn:aws:iam::123456789012:policy/team-boundary]\n'),
      [
        'error AppRole@5: managed policy arn:aws:iam::123456789012:policy/team-boundary has no document from AWS, a snapshot or the bundled AWS-managed policies, so what it grants is not known',
      ],
    ],
    [
      'a policy whose target is an imported role name',
      'app.yaml',
      `Resources:
  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Roles: [!ImportValue shared-role]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
`,
      [
        'error role@Resources.P.Properties.Roles[0]@6: Resources.P.Properties.Roles[0]: the role is named "${Fn::ImportValue("shared-role")}", built from Fn::ImportValue("shared-role"); which role it is cannot be known from code',
      ],
    ],
    [
      'a Terraform policy known only after apply',
      'plan.json',
      JSON.stringify({
        format_version: '1.2',
        resource_changes: [
          {
            address: 'aws_iam_role.r',
            mode: 'managed',
            type: 'aws_iam_role',
            name: 'r',
            change: {
              actions: ['create'],
              before: null,
              after: { name: 'r' },
              after_unknown: { inline_policy: true },
            },
          },
        ],
      }),
      ['error aws_iam_role.r@1: aws_iam_role.r: an inline policy (inline_policy) is known only after apply'],
    ],
  ])('%s', (_name, file, text, expected) => {
    expect(findings(file, text)).toEqual(expected);
  });
});

describe('unjudged stays silent', () => {
  it.each<[string, string, boolean]>([
    [
      'grants all known',
      role(inline("              - { Effect: Allow, Action: 's3:GetObject', Resource: '*' }\n")),
      true,
    ],
    [
      'an untouched entity, even with an unknown',
      role(inline("              - { Effect: Allow, Action: !Sub '${Svc}:*', Resource: '*' }\n")),
      false,
    ],
    [
      'a parameter with a Default names the role',
      `${role('')}  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Roles: [!Ref Named]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
`,
      true,
    ],
    [
      'an AWS-managed policy the bundled data holds',
      role('      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n'),
      true,
    ],
  ])('%s', (_name, text, touched) => {
    expect(findings('app.yaml', text, touched)).toEqual([]);
  });
});

describe('unjudged is configured like every rule', () => {
  const text = role(inline("              - { Effect: Allow, Action: !Sub '${Svc}:*', Resource: '*' }\n"));
  const entity = parseDocument('app.yaml', text).entities[0]!;
  const item = { granted: { entity, grants: grantsOf(entity), base: null }, usage: null, touched: true };

  it('is an error in recommended and strict, a warning when configured so, nothing when off', () => {
    const severities = (raw: Parameters<typeof engineOptions>[0]) =>
      evaluateEntity(item, engineOptions(raw))
        .findings.filter((f) => f.rule === 'unjudged')
        .map((f) => f.severity);
    expect(severities({})).toEqual(['error']);
    expect(severities({ extends: 'strict' })).toEqual(['error']);
    expect(severities({ rules: { unjudged: 'warning' } })).toEqual(['warning']);
    expect(severities({ rules: { unjudged: 'off' } })).toEqual([]);
  });

  it('is suppressed in code with a reason, and reported when the reason is missing', () => {
    const withReason = {
      ...entity,
      suppressions: [
        {
          rule: 'unjudged',
          reason: 'Svc is fixed per stage',
          services: null,
          location: entity.unknowns[0]!.location,
          scope: null,
        },
      ],
    };
    const result = evaluateEntity(
      { ...item, granted: { ...item.granted, entity: withReason } },
      engineOptions(),
    );
    expect(result.findings.filter((f) => f.rule === 'unjudged')).toEqual([]);
    expect(result.suppressed.map((f) => f.reason)).toEqual(['Svc is fixed per stage']);
  });

  it('has a description and no options', () => {
    expect(unjudged.defaultSeverity).toBe('error');
    expect(unjudged.optionsSchema).toEqual({ type: 'object', additionalProperties: false, properties: {} });
  });
});

const ACTION_PATH = 'Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0].Action[1]';
const unknown = (message: string, line: number, path = ACTION_PATH) => ({
  message,
  location: { file: FILE, line, path },
});

// The rule on hand-built entities, eslint-style; the cases above go through the parsers.
testRule(unjudged, {
  valid: [
    { name: 'every grant known', granted: granted(grantSet({ 's3:GetObject': 12 }), null), usage: null },
    {
      name: 'an untouched entity is not judged, whatever it leaves unknown',
      granted: granted(grantSet({ 's3:GetObject': 12 }), grantSet({ 's3:GetObject': 12 }), {
        unknowns: [unknown('action "${Svc}:*" is built from Svc', 14)],
      }),
      usage: null,
      touched: false,
    },
  ],
  invalid: [
    {
      name: 'one error per cause, at its line',
      granted: granted(grantSet({ 's3:GetObject': 12 }), null, {
        unknowns: [
          unknown('action "${Svc}:*" is built from Svc', 14),
          unknown('the role is named by !ImportValue shared-role', 20, 'Resources.Extra.Properties.Roles[0]'),
        ],
      }),
      usage: null,
      findings: [
        ['error', null, null, 14],
        ['error', null, null, 20],
      ],
      messages: [
        /^Cannot judge role AppRole: action "\$\{Svc\}:\*" is built from Svc\. Make it knowable/,
        /!ImportValue/,
      ],
    },
    {
      name: 'the same cause twice is one finding',
      granted: granted(grantSet({}), null, {
        unknowns: [unknown('x is built from P', 14), unknown('x is built from P', 14)],
      }),
      usage: null,
      findings: [['error', null, null, 14]],
    },
    {
      name: 'configured down to a warning',
      granted: granted(grantSet({}), null, { unknowns: [unknown('x is built from P', 14)] }),
      usage: null,
      config: { rules: { unjudged: 'warning' } },
      findings: [['warning', null, null, 14]],
    },
  ],
});
