// Faults over real HTTP: a throttling storm, a deadline with stuck jobs, and the shipped least-privilege policy as the
// caller's only permissions (it must be enough; anything less must show up as a reason, not a crash).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/local-iam/server.js';
import { entityKey } from '../../src/policy/model.js';
import { createAwsClients } from '../../src/usage/clients.js';
import { collectUsage } from '../../src/usage/collect.js';
import { ACCOUNT, groupArn, policyArn, roleArn, userArn, withLocalIam } from '../support/local-iam.js';
import { entity } from '../support/usage-entities.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function roles(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    arn: roleArn(`role-${i}`),
    services: [{ namespace: 's3', lastAuthenticated: 'now-1d' }, { namespace: 'sqs' }],
  }));
}

describe('collector under faults, over HTTP', () => {
  it('a throttling storm: the endpoint allows 10 requests/s, the client asks 100; every entity still gets its report', async () => {
    const scenario = loadScenario(
      JSON.stringify({
        account: ACCOUNT,
        entities: roles(8),
        faults: { throttleAboveRps: 10, jobLatencyMs: [20, 80] },
      }),
      'storm.json',
    );
    const iam = await withLocalIam(scenario);
    try {
      const entities = Array.from({ length: 8 }, (_, i) => entity({ id: `R${i}`, name: `role-${i}` }));
      const result = await collectUsage(entities, {
        clients: createAwsClients({ env: iam.env }),
        requestsPerSecond: 100,
        firstPollMs: 50,
        maxRetries: 20,
      });
      const lost = [...result.usage.values()].filter((u) => u.report === null);
      expect(lost.map((u) => `${u.entityKey}: ${u.reason}`)).toEqual([]);
      const throttled = iam.server.calls.filter((c) => c.code === 'Throttling').length;
      expect(throttled).toBeGreaterThan(0);
      expect(result.stats.throttled).toBe(throttled);
    } finally {
      await iam.close();
    }
  });

  it('a deadline: stuck jobs end with a reason when it passes, finished ones keep their reports', async () => {
    const scenario = loadScenario(
      JSON.stringify({
        account: ACCOUNT,
        entities: roles(4),
        faults: { stuckJobs: [roleArn('role-1'), roleArn('role-3')], jobLatencyMs: 10 },
      }),
      'deadline.json',
    );
    const iam = await withLocalIam(scenario);
    try {
      const entities = Array.from({ length: 4 }, (_, i) => entity({ id: `R${i}`, name: `role-${i}` }));
      const started = Date.now();
      const result = await collectUsage(entities, {
        clients: createAwsClients({ env: iam.env }),
        requestsPerSecond: 100,
        firstPollMs: 20,
        deadlineMs: 1500,
      });
      expect(Date.now() - started).toBeLessThan(5000);
      const by = (i: number) => result.usage.get(entityKey(entities[i]!))!;
      expect(by(0).report).not.toBeNull();
      expect(by(2).report).not.toBeNull();
      for (const i of [1, 3]) {
        expect(by(i).report).toBeNull();
        expect(by(i).reason).toMatch(/deadline passed while waiting for the report job/);
      }
    } finally {
      await iam.close();
    }
  });

  it.each([
    ['one Get per entity', 10, ['GetRole', 'GetUser', 'GetGroup', 'GetCallerIdentity']],
    ['listings', 1, ['ListRoles', 'ListUsers', 'ListGroups', 'ListPolicies']],
  ])(
    'rules/iam-usage-guard-policy.json is sufficient for everything the collector does (%s)',
    async (_name, listThreshold, lookups) => {
      const scenario = loadScenario(
        JSON.stringify({
          account: ACCOUNT,
          callerPolicy: path.join(repoRoot, 'rules', 'iam-usage-guard-policy.json'),
          entities: [
            { arn: roleArn('app'), services: [{ namespace: 's3', lastAuthenticated: 'now-1d' }] },
            {
              arn: userArn('ci'),
              accessKeys: [{ id: 'AKIACI00000000000001' }],
              services: [{ namespace: 'sts' }],
            },
            {
              arn: groupArn('devs'),
              services: [
                {
                  namespace: 's3',
                  lastAuthenticated: 'now-1d',
                  entities: [{ arn: userArn('ann'), lastAuthenticated: 'now-1d' }],
                },
              ],
            },
            { arn: policyArn('shared'), services: [{ namespace: 'sqs' }] },
          ],
          policies: [
            {
              arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
              document: { Version: '2012-10-17', Statement: [] },
            },
          ],
          stacks: { App: { StackRole: 'app' } },
          faults: { jobLatencyMs: 10 },
        }),
        path.join(repoRoot, 'test', 'scenario.json'),
      );
      const iam = await withLocalIam(scenario);
      try {
        const entities = [
          entity({
            id: 'StackRole',
            stackName: 'App',
            managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          }),
          entity({ id: 'Ci', kind: 'user', name: 'ci' }),
          entity({ id: 'Devs', kind: 'group', name: 'devs' }),
          entity({ id: 'Shared', kind: 'policy', name: 'shared' }),
        ];
        const result = await collectUsage(entities, {
          clients: createAwsClients({ env: iam.env }),
          requestsPerSecond: 100,
          firstPollMs: 20,
          withEntitiesServices: () => ['*'],
          grantingPoliciesFor: () => ['*'],
          listThreshold,
        });
        const denied = iam.server.calls.filter((c) => c.status === 403);
        expect(denied.map((c) => c.op)).toEqual([]);
        for (const u of result.usage.values()) {
          expect(u.reason, u.entityKey).toBeNull();
          expect(u.warnings, u.entityKey).toBeUndefined();
        }
        const ops = new Set(iam.server.calls.map((c) => c.op));
        for (const op of [
          ...lookups,
          'DescribeStackResources',
          'GetPolicy',
          'GetPolicyVersion',
          'GenerateServiceLastAccessedDetails',
          'GetServiceLastAccessedDetails',
          'GetServiceLastAccessedDetailsWithEntities',
          'ListPoliciesGrantingServiceAccess',
          'ListAccessKeys',
          'GetAccessKeyLastUsed',
        ]) {
          expect(ops.has(op), op).toBe(true);
        }
      } finally {
        await iam.close();
      }
    },
  );

  it('a caller policy without iam:GetRole and iam:ListAccessKeys: reports still come, the gaps become warnings', async () => {
    const scenario = loadScenario(
      JSON.stringify({
        account: ACCOUNT,
        callerPolicy: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
            { Effect: 'Deny', Action: ['iam:GetRole', 'iam:ListAccessKeys'], Resource: '*' },
          ],
        },
        entities: [
          { arn: roleArn('app'), services: [{ namespace: 's3' }] },
          { arn: userArn('ci'), accessKeys: [{ id: 'AKIACI00000000000001' }] },
        ],
        faults: { jobLatencyMs: 10 },
      }),
      'partial.json',
    );
    const iam = await withLocalIam(scenario);
    try {
      const entities = [entity({ id: 'App', name: 'app' }), entity({ id: 'Ci', kind: 'user', name: 'ci' })];
      const result = await collectUsage(entities, {
        clients: createAwsClients({ env: iam.env }),
        requestsPerSecond: 100,
        firstPollMs: 20,
      });
      const app = result.usage.get(entityKey(entities[0]!))!;
      expect(app.report).not.toBeNull();
      expect(app.createDate).toBeNull();
      expect(app.warnings?.join()).toContain('iam:GetRole');
      const ci = result.usage.get(entityKey(entities[1]!))!;
      expect(ci.report).not.toBeNull();
      expect(ci.warnings?.join()).toMatch(/access keys unknown: .*AccessDenied/);
    } finally {
      await iam.close();
    }
  });
});

describe('one retry layer, counted on the wire', () => {
  const quickSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 5)));

  it('a call that fails for good (HTTP 503 for ever) is sent 1 + maxRetries times, and the reason says so', async () => {
    const iam = await withLocalIam({
      account: ACCOUNT,
      entities: roles(1),
      faults: {
        bursts: [{ kind: 'server-error', status: 503, operation: 'GenerateServiceLastAccessedDetails' }],
      },
    });
    try {
      const e = entity({ id: 'R0', name: 'role-0' });
      const result = await collectUsage([e], {
        clients: createAwsClients({ env: iam.env }),
        sleep: quickSleep,
      });
      const generates = iam.server.calls.filter((c) => c.op === 'GenerateServiceLastAccessedDetails');
      // No SDK retries under the scheduler's: 9 requests (was 3 × 9 = 27), all 503.
      expect(generates).toHaveLength(9);
      expect(generates.every((c) => c.status === 503)).toBe(true);
      expect(result.usage.get(entityKey(e))!.reason).toMatch(
        /^AWS kept failing: GenerateServiceLastAccessedDetails still failing after 9 attempts \(ServiceUnavailable/,
      );
      // The collection counts what the server saw.
      expect(result.stats.requests).toBe(iam.server.calls.length);
      expect(result.stats.calls).toBe(iam.server.calls.length);
    } finally {
      await iam.close();
    }
  });

  it.each([500, 502])(
    'an HTML %i page (not IAM) is named as such at once, not retried as an XML error',
    async (status) => {
      const iam = await withLocalIam({
        account: ACCOUNT,
        entities: roles(2),
        faults: { bursts: [{ kind: 'html-error', status }] },
      });
      try {
        const entities = [entity({ id: 'R0', name: 'role-0' }), entity({ id: 'R1', name: 'role-1' })];
        const started = Date.now();
        const result = await collectUsage(entities, { clients: createAwsClients({ env: iam.env }) });
        expect(Date.now() - started).toBeLessThan(3000);
        for (const e of entities) {
          expect(result.usage.get(entityKey(e))!.reason).toBe(
            `HTTP ${status} from ${iam.url}/, not an IAM answer (text/html) while resolving its ARN`,
          );
        }
        // One request per entity: an answer from something that is not IAM is not worth a retry.
        expect(iam.server.calls).toHaveLength(2);
      } finally {
        await iam.close();
      }
    },
  );

  it('an ARN of another account says so instead of a raw AccessDenied, and costs no call on it', async () => {
    const iam = await withLocalIam({ account: ACCOUNT, entities: roles(1) });
    try {
      const foreign = 'arn:aws:iam::999999999999:role/elsewhere';
      const e = entity({ id: 'Foreign', file: 'plan.json', arn: foreign, format: 'terraform' });
      const result = await collectUsage([e], { clients: createAwsClients({ env: iam.env }) });
      expect(result.usage.get(entityKey(e))!.reason).toBe(
        `${foreign} is in account 999999999999, but the credentials are for account ${ACCOUNT}: collect a snapshot there (iam-usage-guard snapshot with that account's credentials) and pass it with --snapshot`,
      );
      expect(iam.server.calls.map((c) => c.op)).toEqual(['GetCallerIdentity']);
    } finally {
      await iam.close();
    }
  });
});
