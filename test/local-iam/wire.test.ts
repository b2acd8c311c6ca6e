// The endpoint's bodies have the structure of AWS's own (../shared/iam-wire/examples.xml): the SDK's reader is
// lenient, so structure is checked here with fast-xml-parser, element by element.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/local-iam/scenario.js';
import { type LocalIam, loadScenario, startLocalIam } from '../../src/local-iam/server.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const wireDir = path.resolve(repoRoot, '..', 'shared', 'iam-wire');
const examplesFile = path.join(wireDir, 'examples.xml');
const haveExamples = existsSync(examplesFile);

interface Example {
  status: number;
  body: string;
}

function readExamples(): Map<string, Example> {
  const text = readFileSync(examplesFile, 'utf8');
  const examples = new Map<string, Example>();
  for (const m of text.matchAll(/<example name="([^"]+)" http-status="(\d+)"[^>]*>([\s\S]*?)<\/example>/g)) {
    examples.set(m[1]!, { status: Number(m[2]), body: m[3]!.trim() });
  }
  return examples;
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

/** The element tree with every text value replaced by `#`, attributes (xmlns) kept. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '?xml')
        .map(([key, child]) => [key, key.startsWith('@_') ? child : shape(child)]),
    );
  }
  return value === '' ? '' : '#';
}

const parse = (xml: string) => parser.parse(xml) as Record<string, unknown>;

const ACCOUNT = '123456789012';
const scenarioJson = {
  account: ACCOUNT,
  entities: [
    {
      arn: `arn:aws:iam::${ACCOUNT}:policy/ExamplePolicy`,
      services: [
        {
          namespace: 'iam',
          lastAuthenticated: '2018-10-24T19:11:00Z',
          entities: [
            {
              arn: `arn:aws:iam::${ACCOUNT}:user/AWSExampleUser01`,
              lastAuthenticated: '2018-10-24T19:10:00Z',
            },
            { arn: `arn:aws:iam::${ACCOUNT}:role/AWSExampleRole01` },
          ],
          totalAuthenticatedEntities: 2,
          grantedBy: [
            {
              policyName: 'ExampleIamPolicy',
              policyType: 'MANAGED',
              policyArn: `arn:aws:iam::${ACCOUNT}:policy/ExampleIamPolicy`,
            },
            {
              policyName: 'ExampleGroup1Policy',
              policyType: 'INLINE',
              entityType: 'GROUP',
              entityName: 'AWSExampleGroup1',
            },
          ],
        },
        {
          namespace: 'ec2',
          grantedBy: [
            {
              policyName: 'ExampleEc2Policy',
              policyType: 'MANAGED',
              policyArn: `arn:aws:iam::${ACCOUNT}:policy/ExampleEc2Policy`,
            },
          ],
        },
        { namespace: 's3', totalAuthenticatedEntities: 0 },
      ],
    },
    {
      arn: `arn:aws:iam::${ACCOUNT}:role/ExampleRole`,
      services: [
        {
          namespace: 's3',
          lastAuthenticated: '2023-12-30T10:00:00Z',
          actions: [{ name: 'CreateBucket', lastAccessed: '2023-12-30T10:00:00Z' }, { name: 'DeleteBucket' }],
        },
        { namespace: 'sqs' },
      ],
    },
    { arn: `arn:aws:iam::${ACCOUNT}:role/Stuck` },
    { arn: `arn:aws:iam::${ACCOUNT}:role/Failing` },
    {
      arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
      accessKeys: [
        {
          id: 'AKIA111111111EXAMPLE',
          lastUsed: { date: '2024-05-01T12:34:56Z', service: 'iam', region: 'us-east-1' },
        },
        { id: 'AKIA222222222EXAMPLE' },
      ],
    },
  ],
  faults: {
    stuckJobs: [`arn:aws:iam::${ACCOUNT}:role/Stuck`],
    failedJobs: [`arn:aws:iam::${ACCOUNT}:role/Failing`],
  },
};

describe.skipIf(!haveExamples)('local IAM endpoint bodies vs ../shared/iam-wire/examples.xml', () => {
  let server: LocalIam;
  let examples: Map<string, Example>;
  const scenario: Scenario = loadScenario(JSON.stringify(scenarioJson), 'wire.json');

  async function call(params: Record<string, string>) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
    });
    const body = await response.text();
    return { status: response.status, body, headers: response.headers };
  }

  async function job(arn: string, granularity = 'SERVICE_LEVEL') {
    const generated = await call({
      Action: 'GenerateServiceLastAccessedDetails',
      Arn: arn,
      Granularity: granularity,
    });
    return /<JobId>([^<]+)<\/JobId>/.exec(generated.body)![1]!;
  }

  beforeAll(async () => {
    examples = readExamples();
    server = await startLocalIam(scenario);
  });
  afterAll(async () => server?.close());

  /** Whole response, xmlns included, against a constructed example. */
  function expectSameShape(actual: { status: number; body: string }, name: string) {
    const example = examples.get(name)!;
    expect(example, name).toBeDefined();
    expect(actual.status).toBe(example.status);
    expect(shape(parse(actual.body))).toEqual(shape(parse(example.body)));
  }

  /** Only the `…Result` element, for moto's templates (no xmlns, no ResponseMetadata). */
  function expectSameResult(actual: { body: string }, name: string, operation: string, drop: string[] = []) {
    const ours = parse(actual.body)[`${operation}Response`] as Record<string, unknown>;
    const theirs = {
      ...(parse(examples.get(name)!.body)[`${operation}Response`] as Record<string, Record<string, unknown>>)[
        `${operation}Result`
      ],
    };
    for (const key of drop) delete theirs[key];
    expect(shape(ours[`${operation}Result`])).toEqual(shape(theirs));
  }

  it('GenerateServiceLastAccessedDetails', async () => {
    const generated = await call({
      Action: 'GenerateServiceLastAccessedDetails',
      Arn: `arn:aws:iam::${ACCOUNT}:policy/ExamplePolicy`,
    });
    expectSameShape(generated, 'GenerateServiceLastAccessedDetails');
    expect(/<JobId>([^<]+)<\/JobId>/.exec(generated.body)![1]).toHaveLength(36);
  });

  it('GetServiceLastAccessedDetails while IN_PROGRESS', async () => {
    const id = await job(`arn:aws:iam::${ACCOUNT}:role/Stuck`);
    expectSameShape(
      await call({ Action: 'GetServiceLastAccessedDetails', JobId: id }),
      'GetServiceLastAccessedDetails-in-progress',
    );
  });

  it('GetServiceLastAccessedDetails COMPLETED (service level)', async () => {
    const id = await job(`arn:aws:iam::${ACCOUNT}:policy/ExamplePolicy`);
    // The example lists iam (used) and s3 (unused); ask for two per page and compare the first page.
    const page = await call({ Action: 'GetServiceLastAccessedDetails', JobId: id, MaxItems: '2' });
    const example = parse(examples.get('GetServiceLastAccessedDetails-completed')!.body);
    const ours = parse(page.body);
    const result = (ours['GetServiceLastAccessedDetailsResponse'] as Record<string, Record<string, unknown>>)[
      'GetServiceLastAccessedDetailsResult'
    ]!;
    // Ours is sorted by namespace (ec2, iam, s3) and truncated; compare the iam member with the example's iam member.
    const members = (result['ServicesLastAccessed'] as { member: Record<string, unknown>[] }).member;
    const exampleMembers = (
      (example['GetServiceLastAccessedDetailsResponse'] as Record<string, Record<string, unknown>>)[
        'GetServiceLastAccessedDetailsResult'
      ]!['ServicesLastAccessed'] as { member: Record<string, unknown>[] }
    ).member;
    expect(shape(members.find((m) => m['ServiceNamespace'] === 'iam'))).toEqual(shape(exampleMembers[0]));
    const rest = await call({ Action: 'GetServiceLastAccessedDetails', JobId: id, MaxItems: '1000' });
    expect(rest.body).toContain('<IsTruncated>false</IsTruncated>');
    const restMembers = (
      (parse(rest.body)['GetServiceLastAccessedDetailsResponse'] as Record<string, Record<string, unknown>>)[
        'GetServiceLastAccessedDetailsResult'
      ]!['ServicesLastAccessed'] as { member: Record<string, unknown>[] }
    ).member;
    expect(shape(restMembers.find((m) => m['ServiceNamespace'] === 's3'))).toEqual(shape(exampleMembers[1]));
  });

  it('GetServiceLastAccessedDetails ACTION_LEVEL, truncated with a Marker', async () => {
    const id = await job(`arn:aws:iam::${ACCOUNT}:role/ExampleRole`, 'ACTION_LEVEL');
    // Sorted by namespace: s3 first; one per page gives the truncated example's layout.
    const page = await call({ Action: 'GetServiceLastAccessedDetails', JobId: id, MaxItems: '1' });
    expectSameShape(page, 'GetServiceLastAccessedDetails-action-level-truncated');
    const marker = /<Marker>([^<]+)<\/Marker>/.exec(page.body)![1]!;
    const next = await call({
      Action: 'GetServiceLastAccessedDetails',
      JobId: id,
      MaxItems: '1',
      Marker: marker,
    });
    expect(next.body).toContain('<ServiceNamespace>sqs</ServiceNamespace>');
    expect(next.body).toContain('<IsTruncated>false</IsTruncated>');
  });

  it('GetServiceLastAccessedDetails FAILED carries Error{Message,Code}', async () => {
    const id = await job(`arn:aws:iam::${ACCOUNT}:role/Failing`);
    const failed = await call({ Action: 'GetServiceLastAccessedDetails', JobId: id });
    // The FAILED example has no JobType; ours names the job's type, which the model allows.
    const ours = parse(failed.body);
    const result = (ours['GetServiceLastAccessedDetailsResponse'] as Record<string, Record<string, unknown>>)[
      'GetServiceLastAccessedDetailsResult'
    ]!;
    delete result['JobType'];
    expect(shape(ours)).toEqual(shape(parse(examples.get('GetServiceLastAccessedDetails-failed')!.body)));
  });

  it('GetServiceLastAccessedDetailsWithEntities', async () => {
    const id = await job(`arn:aws:iam::${ACCOUNT}:policy/ExamplePolicy`);
    expectSameShape(
      await call({ Action: 'GetServiceLastAccessedDetailsWithEntities', JobId: id, ServiceNamespace: 'iam' }),
      'GetServiceLastAccessedDetailsWithEntities',
    );
  });

  it('ListPoliciesGrantingServiceAccess', async () => {
    expectSameShape(
      await call({
        Action: 'ListPoliciesGrantingServiceAccess',
        Arn: `arn:aws:iam::${ACCOUNT}:policy/ExamplePolicy`,
        'ServiceNamespaces.member.1': 'iam',
        'ServiceNamespaces.member.2': 'ec2',
      }),
      'ListPoliciesGrantingServiceAccess',
    );
  });

  it('ListAccessKeys (without moto’s extra UserName element)', async () => {
    expectSameResult(
      await call({ Action: 'ListAccessKeys', UserName: 'Alice' }),
      'ListAccessKeys',
      'ListAccessKeys',
      ['UserName'],
    );
  });

  it('GetAccessKeyLastUsed, used and never used (N/A)', async () => {
    const used = await call({ Action: 'GetAccessKeyLastUsed', AccessKeyId: 'AKIA111111111EXAMPLE' });
    expectSameResult(used, 'GetAccessKeyLastUsed-used', 'GetAccessKeyLastUsed');
    const never = await call({ Action: 'GetAccessKeyLastUsed', AccessKeyId: 'AKIA222222222EXAMPLE' });
    expectSameResult(never, 'GetAccessKeyLastUsed-never', 'GetAccessKeyLastUsed');
    expect(never.body).toContain('<ServiceName>N/A</ServiceName>');
    expect(never.body).not.toContain('LastUsedDate');
  });

  it('errors: NoSuchEntity 404 and InvalidInput 400, RequestId a direct child and in x-amzn-RequestId', async () => {
    const missing = await call({ Action: 'GetRole', RoleName: 'ExampleRole-missing' });
    expectSameShape(missing, 'NoSuchEntity');
    const id = /<RequestId>([^<]+)<\/RequestId>/.exec(missing.body)![1];
    expect(missing.headers.get('x-amzn-requestid')).toBe(id);
    expect(missing.headers.get('content-type')).toBe('text/xml');
    expectSameShape(await call({ Action: 'GetServiceLastAccessedDetails', JobId: 'nope' }), 'InvalidInput');
  });

  it('Throttling: HTTP 400, code Throttling, message Rate exceeded', async () => {
    const throttled = await startLocalIam({ ...scenario, faults: { throttleAboveRps: 1 } });
    try {
      const post = () =>
        fetch(throttled.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'Action=GetRole&Version=2010-05-08&RoleName=ExampleRole',
        }).then(async (r) => ({ status: r.status, body: await r.text() }));
      await post();
      const second = await post();
      expectSameShape(second, 'Throttling');
      expect(second.body).toContain('<Code>Throttling</Code>');
      expect(second.body).toContain('<Message>Rate exceeded</Message>');
    } finally {
      await throttled.close();
    }
  });

  it('success bodies carry the request id in ResponseMetadata and the header', async () => {
    const answer = await call({ Action: 'GetRole', RoleName: 'ExampleRole' });
    const id = /<RequestId>([^<]+)<\/RequestId>/.exec(answer.body)![1];
    expect(answer.headers.get('x-amzn-requestid')).toBe(id);
    expect(
      answer.body.startsWith('<GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'),
    ).toBe(true);
    expect(answer.body).toMatch(/<CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z<\/CreateDate>/);
  });
});
