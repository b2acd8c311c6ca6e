// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} syntax, as templates write it
// The property of issue 12: for a random CloudFormation change that adds an Allow on a service (written any way the
// templates allow, carried by any IAM resource type, in the role's file or another of any name), `check --base`
// either reports that service for the role or exits non-zero; never exit 0 in silence. The services drawn are ones
// the role does not use (dynamodb, which it has and left unused 200 days, or ones it never had): adding to a service
// the role uses is not a finding by design.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCase,
  type CaseRepo,
  check,
  describeRun,
  ROLE_ARN,
  removeSuiteFolder,
  role,
  template,
} from './support.js';

const RUNS = 100;

const SERVICES: Record<string, string[]> = {
  dynamodb: ['PutItem', 'DeleteTable', 'Scan'],
  s3: ['PutObject', 'DeleteBucket'],
  ec2: ['RunInstances', 'TerminateInstances'],
  kms: ['Decrypt', 'ScheduleKeyDeletion'],
  sns: ['Publish'],
  lambda: ['InvokeFunction'],
};

interface Change {
  service: string;
  action: string;
  spelling: 'exact' | 'upper-service' | 'lower-action' | 'wildcard' | 'prefix-wildcard' | 'everything';
  value:
    | 'string'
    | 'list'
    | 'sub'
    | 'sub-map'
    | 'join'
    | 'split'
    | 'select'
    | 'find-in-map'
    | 'ref-default'
    | 'if'
    | 'import';
  carrier:
    | 'inline-statement'
    | 'inline-policy'
    | 'policy-ref'
    | 'policy-name'
    | 'managed-policy-roles'
    | 'managed-policy-arns'
    | 'role-policy'
    | 'new-file-policy-name'
    | 'new-file-role-policy';
  nameCase: 'same' | 'upper' | 'mixed';
  condition: boolean;
  renameRole: boolean;
  newFile: string;
}

const changes: fc.Arbitrary<Change> = fc
  .record({
    service: fc.constantFrom(...Object.keys(SERVICES)),
    pick: fc.nat(),
    spelling: fc.constantFrom(
      'exact',
      'upper-service',
      'lower-action',
      'wildcard',
      'prefix-wildcard',
      'everything',
    ),
    value: fc.constantFrom(
      'string',
      'list',
      'sub',
      'sub-map',
      'join',
      'split',
      'select',
      'find-in-map',
      'ref-default',
      'if',
      'import',
    ),
    carrier: fc.constantFrom(
      'inline-statement',
      'inline-policy',
      'policy-ref',
      'policy-name',
      'managed-policy-roles',
      'managed-policy-arns',
      'role-policy',
      'new-file-policy-name',
      'new-file-role-policy',
    ),
    nameCase: fc.constantFrom('same', 'upper', 'mixed'),
    condition: fc.boolean(),
    renameRole: fc.boolean(),
    newFile: fc.constantFrom(
      'infra/extra.yaml',
      'infra/extra.txt',
      'infra/coverage/extra.yaml',
      'extra.cfn',
      '.github/x.yml',
    ),
  })
  .map(({ pick, ...rest }) => {
    const actions = SERVICES[rest.service]!;
    return { ...rest, action: actions[pick % actions.length]! } as Change;
  });

/** The action as the change spells it (a plain string before the value form wraps it). */
function spelled(c: Change): string {
  switch (c.spelling) {
    case 'exact':
      return `${c.service}:${c.action}`;
    case 'upper-service':
      return `${c.service.toUpperCase()}:${c.action}`;
    case 'lower-action':
      return `${c.service}:${c.action.toLowerCase()}`;
    case 'wildcard':
      return `${c.service}:*`;
    case 'prefix-wildcard':
      return `${c.service}:${c.action.slice(0, 3)}*`;
    case 'everything':
      return '*';
  }
}

/** The Action value (YAML flow), and the sections it needs. */
function actionValue(c: Change): { yaml: string; sections: string } {
  const text = spelled(c);
  const [svc, act] = text.includes(':')
    ? [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)]
    : [text, ''];
  switch (c.value) {
    case 'string':
      return { yaml: JSON.stringify(text), sections: '' };
    case 'list':
      return { yaml: `[sqs:SendMessage, ${JSON.stringify(text)}]`, sections: '' };
    case 'sub':
      return {
        yaml: `!Sub "${svc}:\${Op}"`,
        sections: `Parameters:\n  Op: { Type: String, Default: "${act}" }\n`,
      };
    case 'sub-map':
      return { yaml: `!Sub ["\${S}:${act}", { S: ${JSON.stringify(svc)} }]`, sections: '' };
    case 'join':
      return { yaml: `!Join [":", [${JSON.stringify(svc)}, ${JSON.stringify(act)}]]`, sections: '' };
    case 'split':
      return { yaml: `!Split [",", "sqs:SendMessage,${text}"]`, sections: '' };
    case 'select':
      return { yaml: `!Select [1, [sqs:SendMessage, ${JSON.stringify(text)}]]`, sections: '' };
    case 'find-in-map':
      return {
        yaml: '!FindInMap [Acts, extra, action]',
        sections: `Mappings:\n  Acts:\n    extra: { action: ${JSON.stringify(text)} }\n`,
      };
    case 'ref-default':
      return {
        yaml: '!Ref Act',
        sections: `Parameters:\n  Act: { Type: String, Default: ${JSON.stringify(text)} }\n`,
      };
    case 'if':
      return {
        yaml: `!If [IsProd, [${JSON.stringify(text)}], !Ref AWS::NoValue]`,
        sections:
          'Parameters:\n  Env: { Type: String, Default: dev }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n',
      };
    case 'import':
      return { yaml: '!ImportValue extra-actions', sections: '' };
  }
}

function roleName(c: Change): string {
  return c.nameCase === 'upper' ? 'APP-ROLE' : c.nameCase === 'mixed' ? 'App-Role' : 'app-role';
}

function statementYaml(c: Change, indent: string): string {
  const { yaml } = actionValue(c);
  const lines = ['- Effect: Allow', `  Action: ${yaml}`, "  Resource: '*'"];
  if (c.condition) lines.push("  Condition: { StringEquals: { 'aws:RequestedRegion': eu-west-1 } }");
  return lines.map((l) => `${indent}${l}`).join('\n');
}

function policyResource(type: string, targets: string, c: Change): string {
  return [
    '  Extra:',
    `    Type: ${type}`,
    '    Properties:',
    ...(type === 'AWS::IAM::ManagedPolicy' ? [] : ['      PolicyName: extra']),
    ...(targets ? [`      ${targets}`] : []),
    '      PolicyDocument:',
    '        Statement:',
    statementYaml(c, '          '),
  ].join('\n');
}

const BASE_STATEMENT =
  "              - Effect: Allow\n                Action: [dynamodb:GetItem, sqs:SendMessage]\n                Resource: '*'";

/** The files the pull request writes. */
function headFiles(c: Change): Record<string, string> {
  const { sections } = actionValue(c);
  const id = c.renameRole ? 'AppRoleRenamed' : 'AppRole';
  const plainRole = (extra: Partial<Parameters<typeof role>[0]> = {}) =>
    role({ id, body: BASE_STATEMENT, ...extra });
  switch (c.carrier) {
    case 'inline-statement':
      return {
        'infra/app.yaml': template(
          [plainRole({ body: `${BASE_STATEMENT}\n${statementYaml(c, '              ')}` })],
          sections,
        ),
      };
    case 'inline-policy':
      return {
        'infra/app.yaml': template(
          [
            `${plainRole()}\n        - PolicyName: more\n          PolicyDocument:\n            Statement:\n${statementYaml(c, '              ')}`,
          ],
          sections,
        ),
      };
    case 'policy-ref':
      return {
        'infra/app.yaml': template(
          [plainRole(), policyResource('AWS::IAM::Policy', `Roles: [!Ref ${id}]`, c)],
          sections,
        ),
      };
    case 'policy-name':
      return {
        'infra/app.yaml': template(
          [plainRole(), policyResource('AWS::IAM::Policy', `Roles: [${roleName(c)}]`, c)],
          sections,
        ),
      };
    case 'managed-policy-roles':
      return {
        'infra/app.yaml': template(
          [plainRole(), policyResource('AWS::IAM::ManagedPolicy', `Roles: [!Ref ${id}]`, c)],
          sections,
        ),
      };
    case 'managed-policy-arns':
      return {
        'infra/app.yaml': template(
          [
            plainRole({ props: '      ManagedPolicyArns: [!Ref Extra]' }),
            policyResource('AWS::IAM::ManagedPolicy', '', c),
          ],
          sections,
        ),
      };
    case 'role-policy':
      return {
        'infra/app.yaml': template(
          [plainRole(), policyResource('AWS::IAM::RolePolicy', `RoleName: !Ref ${id}`, c)],
          sections,
        ),
      };
    case 'new-file-policy-name':
      return {
        [c.newFile]: template([policyResource('AWS::IAM::Policy', `Roles: [${roleName(c)}]`, c)], sections),
      };
    case 'new-file-role-policy':
      return {
        [c.newFile]: template(
          [policyResource('AWS::IAM::RolePolicy', `RoleName: ${roleName(c)}`, c)],
          sections,
        ),
      };
  }
}

let repo: CaseRepo;
const BASE_APP = template([role()]);

beforeAll(() => {
  repo = buildCase({ head: () => {} });
});
afterAll(() => removeSuiteFolder());

describe('a random change that adds an Allow on an unused service', () => {
  it(`is reported for the role or blocks (${RUNS} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(changes, async (c) => {
        runs++;
        const files = headFiles(c);
        for (const [file, text] of Object.entries(files)) repo.write(file, text);
        repo.git(['add', '-A', '-f', '.']);
        try {
          const run = await check(repo);
          const reported = run.findings.some(
            (f) =>
              (f.service === c.service || c.spelling === 'everything') &&
              (f.entity.arn === ROLE_ARN || /^(AppRole|AppRoleRenamed|role\/app-role)$/i.test(f.entity.id)),
          );
          expect(run.code === 1 || reported, `${JSON.stringify(c)}\n${describeRun(run)}`).toBe(true);
          expect(run.code, `${JSON.stringify(c)}\n${describeRun(run)}`).not.toBe(2);
        } finally {
          for (const file of Object.keys(files)) repo.remove(file);
          writeFileSync(path.join(repo.root, 'infra/app.yaml'), BASE_APP);
          repo.git(['add', '-A', '-f', '.']);
        }
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  }, 300_000);
});
