// The per-statement plan: which Action list each statement gets from what the rules found unused, table-driven over
// small templates (shared policies keep what any holder needs, wildcards narrow per service, unknown patterns stay,
// NotAction and generated files are for a person), and the engine's unused grants (folded findings count,
// suppressed ones do not).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/iac/index.js';
import { collectGrants } from '../../src/policy/grants.js';
import { entityKey } from '../../src/policy/model.js';
import { evaluateEntity } from '../../src/rules/engine.js';
import { planStatementEdits, type UnusedGrants } from '../../src/rules/statement-plan.js';
import { daysBefore, engineOptions, suppression, usage } from './fixtures.js';

function entities(yaml: string, format: 'cdk' | 'cloudformation' = 'cloudformation') {
  const parsed = parseDocument(
    'infra/t.yaml',
    yaml,
    format === 'cdk' ? { stackName: 'S', constructPaths: new Map([['A', 'S/A/Resource']]) } : undefined,
  );
  expect(parsed.diagnostics).toEqual([]);
  return collectGrants(parsed, null);
}

const role = (id: string, statements: string) => `  ${id}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
${statements}`;

const unused = (map: Record<string, Partial<UnusedGrants>>) =>
  new Map(Object.entries(map).map(([k, v]) => [`infra/t.yaml#${k}`, { services: [], actions: [], ...v }]));

describe('planStatementEdits', () => {
  it.each([
    {
      name: 'an unused service goes from a list; the written order and spelling of the rest stay',
      statements:
        "              - Effect: Allow\n                Action: [S3:getObject, sqs:SendMessage, s3:PutObject]\n                Resource: '*'",
      unused: { A: { services: ['sqs'] } },
      actions: ['S3:getObject', 's3:PutObject'],
      removed: ['sqs:SendMessage'],
    },
    {
      name: 'a wildcard with an unused tracked action narrows to its other actions, in catalog spelling',
      statements:
        "              - Effect: Allow\n                Action: 'ssm:GetParameter*'\n                Resource: '*'",
      unused: { A: { actions: ['ssm:getparameterhistory'] } },
      actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
      removed: ['ssm:GetParameterHistory'],
    },
    {
      name: '`*` keeps the used services whole, as service:*',
      statements: "              - Effect: Allow\n                Action: '*'\n                Resource: '*'",
      unused: { A: { services: [] as string[] } },
      actions: null,
      removed: [],
    },
    {
      name: 'a pattern the catalog does not know stays (nobody can judge it)',
      statements:
        "              - Effect: Allow\n                Action: [sqs:SendMessage, s3:GetNewThing2099]\n                Resource: '*'",
      unused: { A: { services: ['sqs', 's3'] } },
      actions: ['s3:GetNewThing2099'],
      removed: ['sqs:SendMessage'],
    },
    {
      name: 'a statement of only unused services keeps nothing: it is to be removed',
      statements:
        "              - Effect: Allow\n                Action: sqs:SendMessage\n                Resource: '*'",
      unused: { A: { services: ['sqs'] } },
      actions: [],
      removed: ['sqs:SendMessage'],
    },
  ])('$name', ({ statements, unused: u, actions, removed }) => {
    const edits = planStatementEdits(entities(`Resources:\n${role('A', statements)}\n`), unused(u));
    if (actions === null) {
      expect(edits).toEqual([]);
      return;
    }
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      file: 'infra/t.yaml',
      path: 'Resources.A.Properties.Policies[0].PolicyDocument.Statement[0]',
      format: 'cloudformation',
      entities: [{ id: 'A', kind: 'role' }],
      actions,
      removed,
      manual: null,
    });
  });

  it('`*` with unused services narrows to service:* for each service that stays whole', () => {
    const [granted] = entities(
      `Resources:\n${role('A', "              - Effect: Allow\n                Action: '*'\n                Resource: '*'")}\n`,
    );
    const all = granted!.grants.services;
    const keep = ['s3', 'sqs'];
    const edits = planStatementEdits(
      [granted!],
      unused({ A: { services: all.filter((s) => !keep.includes(s)) } }),
    );
    expect(edits[0]!.actions).toEqual(['s3:*', 'sqs:*']);
  });

  it('a policy attached to two roles keeps what either role uses', () => {
    const yaml = `Resources:
${role('A', "              - Effect: Allow\n                Action: s3:GetObject\n                Resource: '*'")}
${role('B', "              - Effect: Allow\n                Action: s3:GetObject\n                Resource: '*'")}
  Shared:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared
      Roles: [!Ref A, !Ref B]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: [sqs:SendMessage, sns:Publish]
            Resource: '*'
`;
    const granted = entities(yaml);
    const onlyA = planStatementEdits(
      granted,
      unused({ A: { services: ['sqs', 'sns'] }, B: { services: ['sns'] } }),
    );
    expect(onlyA).toHaveLength(1);
    expect(onlyA[0]).toMatchObject({
      path: 'Resources.Shared.Properties.PolicyDocument.Statement[0]',
      actions: ['sqs:SendMessage'],
      entities: [
        { id: 'A', kind: 'role' },
        { id: 'B', kind: 'role' },
      ],
    });
    // A holder with nothing unused (not judged, no data) keeps the statement as it is.
    expect(planStatementEdits(granted, unused({ A: { services: ['sqs', 'sns'] } }))).toEqual([]);
  });

  it('NotAction and a CDK template are for a person, with the reason', () => {
    const notAction = planStatementEdits(
      entities(
        `Resources:\n${role('A', "              - Effect: Allow\n                NotAction: iam:*\n                Resource: '*'")}\n`,
      ),
      unused({ A: { services: ['sqs'] } }),
    );
    expect(notAction[0]?.manual).toMatch(/NotAction.*add sqs:\* to its NotAction/);
    const cdk = planStatementEdits(
      entities(
        `Resources:\n${role('A', "              - Effect: Allow\n                Action: [sqs:SendMessage, s3:GetObject]\n                Resource: '*'")}\n`,
        'cdk',
      ),
      unused({ A: { services: ['sqs'] } }),
    );
    expect(cdk[0]).toMatchObject({ format: 'cdk', actions: ['s3:GetObject'] });
    expect(cdk[0]!.manual).toMatch(/synthesized by CDK.*S\/A\/Resource/);
  });
});

describe('the engine hands the plan every unused grant it may remove', () => {
  const [granted] = entities(
    `Resources:\n${role('A', "              - Effect: Allow\n                Action: [sqs:SendMessage, s3:GetObject, s3:CreateBucket]\n                Resource: '*'")}\n`,
  );
  const options = engineOptions();

  it('an unused tracked action folded under a stronger finding still counts, and so does the service', () => {
    const result = evaluateEntity(
      {
        granted: granted!,
        touched: true,
        usage: usage({ sqs: {}, s3: { last: daysBefore(1), tracked: { CreateBucket: null } } }),
      },
      options,
    );
    expect(result.unused).toEqual({ services: ['sqs'], actions: ['s3:createbucket'] });
    expect(entityKey(granted!.entity)).toBe('infra/t.yaml#A');
  });

  it('a suppressed finding is not removed by a fix, nor an ignored service', () => {
    const suppressed = {
      ...granted!,
      entity: {
        ...granted!.entity,
        suppressions: [suppression('unused-service', 'batch job, yearly', ['sqs'])],
      },
    };
    const result = evaluateEntity({ granted: suppressed, touched: true, usage: usage({ sqs: {} }) }, options);
    expect(result.unused.services).toEqual([]);
    const ignored = evaluateEntity(
      { granted: granted!, touched: true, usage: usage({ sqs: {} }) },
      engineOptions({ ignore: { services: ['sqs'] } }),
    );
    expect(ignored.unused.services).toEqual([]);
  });
});
