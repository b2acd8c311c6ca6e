// collectUsage with hand-written fake clients on virtual time: polling, throttling, deadlines, partial failures.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/policy/model.js';
import { collectUsage, NO_SOURCE_REASON } from '../../src/usage/collect.js';
import { entity } from '../support/usage-entities.js';
import { awsError, type FakeHandler, fakeClients, fakeTime } from './fakes.js';

const ACCOUNT = '123456789012';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

/** IAM where each job finishes `latency(arn)` ms after it was generated; `stuck` jobs never do. */
function iamWorld(options: { latency?: (arn: string) => number; stuck?: string[]; services?: number } = {}) {
  const jobs = new Map<string, { arn: string; readyAt: number; created: number }>();
  let next = 0;
  const handlers: Record<string, FakeHandler> = {
    GetRole: (input) => ({
      Role: { Arn: role(String(input['RoleName'])), CreateDate: new Date('2024-01-01T00:00:00Z') },
    }),
    GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/ci` }),
    GenerateServiceLastAccessedDetails: (input, now) => {
      const id = `job-${next++}`.padEnd(36, '0');
      const arn = String(input['Arn']);
      const readyAt = options.stuck?.includes(arn)
        ? Number.POSITIVE_INFINITY
        : now + (options.latency?.(arn) ?? 1000);
      jobs.set(id, { arn, readyAt, created: now });
      return { JobId: id };
    },
    GetServiceLastAccessedDetails: (input, now) => {
      const job = jobs.get(String(input['JobId']))!;
      if (now < job.readyAt) {
        return { JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(job.created), ServicesLastAccessed: [] };
      }
      const all = Array.from({ length: options.services ?? 2 }, (_, i) => ({
        ServiceName: `Service ${i}`,
        ServiceNamespace: `svc${i}`,
        ...(i === 0 ? { LastAuthenticated: new Date('2026-11-01T00:00:00Z') } : {}),
      }));
      const offset = input['Marker'] ? Number(input['Marker']) : 0;
      const max = Number(input['MaxItems'] ?? 100);
      const page = all.slice(offset, offset + max);
      const truncated = offset + max < all.length;
      return {
        JobStatus: 'COMPLETED',
        JobType: 'ACTION_LEVEL',
        JobCreationDate: new Date(job.created),
        JobCompletionDate: new Date(job.readyAt),
        ServicesLastAccessed: page,
        IsTruncated: truncated,
        ...(truncated ? { Marker: String(offset + max) } : {}),
      };
    },
  };
  return handlers;
}

describe('collectUsage (fakes, virtual time)', () => {
  it('polls with backoff until COMPLETED and reads every page, without real waiting', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(iamWorld({ latency: () => 7000, services: 2500 }), time);
    const e = entity({ id: 'Admin', name: 'admin' });
    const started = Date.now();
    const result = await collectUsage([e], {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.5,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    const usage = result.usage.get(entityKey(e))!;
    expect(usage.reason).toBeNull();
    expect(usage.report?.ServicesLastAccessed).toHaveLength(2500);
    expect(usage.report?.JobCompletionDate).toBeDefined();
    expect(usage.createDate).toBe('2024-01-01T00:00:00.000Z');
    const polls = calls.filter((c) => c.op === 'GetServiceLastAccessedDetails');
    // Polls at 1 s (the guess), then each after half the job's age: 1.5, 2.25, 3.4, 5.1, 7.6 s — the sixth is
    // past 7 s. Then 2 more pages of 1000.
    expect(polls.filter((c) => !c.input['Marker'])).toHaveLength(6);
    expect(polls.filter((c) => c.input['Marker'])).toHaveLength(2);
    expect(polls.every((c) => c.input['MaxItems'] === 1000)).toBe(true);
    expect(time.elapsed()).toBeGreaterThanOrEqual(7000);
  });

  it('learns how long jobs take, so later entities need one poll each', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(iamWorld({ latency: () => 3000 }), time);
    const entities = Array.from({ length: 30 }, (_, i) => entity({ id: `R${i}`, name: `r${i}` }));
    const result = await collectUsage(entities, {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      concurrency: 5,
      requestsPerSecond: 100,
      random: () => 0.5,
    });
    expect([...result.usage.values()].every((u) => u.report !== null)).toBe(true);
    const jobOf = new Map<unknown, number>();
    let generated = 0;
    const pollsPerJob = new Map<number, number>();
    for (const call of calls) {
      if (call.op === 'GenerateServiceLastAccessedDetails')
        jobOf.set(`job-${generated}`.padEnd(36, '0'), generated++);
      if (call.op !== 'GetServiceLastAccessedDetails') continue;
      const job = jobOf.get(call.input['JobId'])!;
      pollsPerJob.set(job, (pollsPerJob.get(job) ?? 0) + 1);
    }
    // The first five find out how long jobs take (1, 1.5, 2.25, 3.4 s); every later one polls once.
    expect([...pollsPerJob.entries()].filter(([job]) => job >= 5).every(([, n]) => n === 1)).toBe(true);
    expect(result.stats.calls).toBe(calls.length);
  });

  it('a stuck job ends at the deadline with a reason; every other entity completes', async () => {
    const time = fakeTime();
    const { clients } = fakeClients(iamWorld({ stuck: [role('stuck')] }), time);
    const entities = [entity({ id: 'Stuck', name: 'stuck' }), entity({ id: 'Fine', name: 'fine' })];
    const result = await collectUsage(entities, {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      deadlineMs: 60_000,
    });
    const stuck = result.usage.get(entityKey(entities[0]!))!;
    expect(stuck.report).toBeNull();
    expect(stuck.reason).toBe('the 60 s deadline passed while waiting for the report job (IN_PROGRESS)');
    expect(stuck.arn).toBe(role('stuck'));
    expect(result.usage.get(entityKey(entities[1]!))!.report).not.toBeNull();
    expect(time.elapsed()).toBeGreaterThanOrEqual(60_000);
    expect(time.elapsed()).toBeLessThan(60_100);
  });

  it.each([
    ['answering', false],
    ['throttling every call', true],
  ])(
    'the deadline is a bound with IAM %s: every waiter leaves the queue, every entity is accounted for',
    async (_name, throttle) => {
      const time = fakeTime();
      const world = iamWorld({ latency: () => 5000 });
      const handlers: Record<string, FakeHandler> = throttle
        ? Object.fromEntries(
            [...Object.keys(world), 'GetPolicy', 'ListRoles'].map((op) => [
              op,
              () => {
                throw awsError('Throttling', 'Rate exceeded');
              },
            ]),
          )
        : {
            ...world,
            GetPolicy: () => ({ Policy: { DefaultVersionId: 'v1' } }),
            GetPolicyVersion: () => ({ PolicyVersion: { Document: encodeURIComponent('{"Statement":[]}') } }),
          };
      const { clients, calls } = fakeClients(handlers, time, { latencyMs: 80 });
      // 60 roles and 40 AWS-managed policies, queued at once at a rate of at most 10/s: far more than 1 s of work.
      const entities = Array.from({ length: 60 }, (_, i) =>
        entity({
          id: `R${i}`,
          name: `r${i}`,
          managedPolicyArns: [`arn:aws:iam::aws:policy/P${i % 40}`],
        }),
      );
      const result = await collectUsage(entities, {
        clients,
        clock: time.clock,
        sleep: time.sleep,
        deadlineMs: 1000,
        random: () => 0.5,
      });
      // Settled by the deadline plus one request's latency.
      expect(time.elapsed()).toBeLessThanOrEqual(1000 + 80);
      for (const e of entities) {
        const usage = result.usage.get(entityKey(e))!;
        expect(usage.report === null ? usage.reason : 'report', e.id).toMatch(/deadline passed|report/);
      }
      expect(result.managedPolicyErrors.size + result.managedPolicyDocuments.size).toBe(40);
      for (const reason of result.managedPolicyErrors.values()) expect(reason).toBe('the deadline passed');
      expect(calls.length).toBeLessThan(40);
    },
  );

  it('a deadline shorter than the first poll delay still polls once before it', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(iamWorld({ latency: () => 100 }), time);
    const entities = [entity({ id: 'Quick', name: 'quick' })];
    const result = await collectUsage(entities, {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      deadlineMs: 1500,
    });
    expect(result.usage.get(entityKey(entities[0]!))!.report).not.toBeNull();
    expect(calls.filter((c) => c.op === 'GetServiceLastAccessedDetails')).toHaveLength(1);
    expect(time.elapsed()).toBeLessThan(1500);
  });

  it('a throttling storm slows the collection down but loses nothing', async () => {
    const time = fakeTime();
    const world = iamWorld();
    // Storm: IAM throttles half of all calls, at random (seeded, so the run is the same every time).
    let stormSeed = 7;
    const stormy = Object.fromEntries(
      Object.entries(world).map(([op, handler]) => [
        op,
        ((input, now) => {
          stormSeed = (stormSeed * 48271) % 2147483647;
          if (stormSeed / 2147483647 < 0.5) throw awsError('Throttling', 'Rate exceeded');
          return handler(input, now);
        }) as FakeHandler,
      ]),
    );
    const { clients } = fakeClients(stormy, time);
    const entities = Array.from({ length: 10 }, (_, i) => entity({ id: `R${i}`, name: `r${i}` }));
    const progress: number[] = [];
    let seed = 42;
    const result = await collectUsage(entities, {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      maxRetries: 10,
      random: () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      },
      onProgress: (p) => progress.push(p.done),
    });
    expect([...result.usage.values()].filter((u) => u.report === null).map((u) => u.reason)).toEqual([]);
    expect(result.stats.throttled).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(10);
  });

  it('throttling past the retry budget becomes the reason of that entity only', async () => {
    const time = fakeTime();
    const world = iamWorld();
    const { clients } = fakeClients(
      {
        ...world,
        GenerateServiceLastAccessedDetails: (input, now) => {
          if (input['Arn'] === role('unlucky')) throw awsError('Throttling', 'Rate exceeded');
          return world['GenerateServiceLastAccessedDetails']!(input, now);
        },
      },
      time,
    );
    const entities = [entity({ id: 'Unlucky', name: 'unlucky' }), entity({ id: 'Lucky', name: 'lucky' })];
    const result = await collectUsage(entities, {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      maxRetries: 4,
    });
    expect(result.usage.get(entityKey(entities[0]!))!.reason).toMatch(
      /^throttled by AWS: GenerateServiceLastAccessedDetails still throttled after 5 attempts/,
    );
    expect(result.usage.get(entityKey(entities[1]!))!.report).not.toBeNull();
  });

  it('AccessDenied on GetRole costs only the creation date: the ARN is built from the account and path', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(
      {
        ...iamWorld(),
        GetRole: () => {
          throw awsError('AccessDenied', 'not authorized to perform: iam:GetRole', 403);
        },
      },
      time,
    );
    const e = entity({ id: 'R', name: 'app', iamPath: '/service-role/' });
    const result = await collectUsage([e], { clients, clock: time.clock, sleep: time.sleep });
    const usage = result.usage.get(entityKey(e))!;
    expect(usage.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/service-role/app`);
    expect(usage.createDate).toBeNull();
    expect(usage.report).not.toBeNull();
    expect(usage.warnings?.[0]).toContain('AccessDenied on iam:GetRole');
    expect(calls.filter((c) => c.op === 'GetCallerIdentity')).toHaveLength(1);
  });

  it('builds a customer-managed policy ARN from the account in the config, without STS', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(
      {
        ...iamWorld(),
        GetPolicy: (input) => ({
          Policy: { Arn: input['PolicyArn'], CreateDate: new Date('2025-01-01T00:00:00Z') },
        }),
      },
      time,
    );
    const e = entity({ id: 'P', kind: 'policy', name: 'app-policy', iamPath: '/team/' });
    const result = await collectUsage([e], {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      accountId: '210987654321',
    });
    expect(result.usage.get(entityKey(e))!.arn).toBe('arn:aws:iam::210987654321:policy/team/app-policy');
    expect(calls.some((c) => c.op === 'GetCallerIdentity')).toBe(false);
  });

  it('without clients or snapshot, every entity gets the same reason and no call is made', async () => {
    const entities = [entity({ id: 'A', name: 'a' }), entity({ id: 'B' })];
    const result = await collectUsage(entities, {});
    expect([...result.usage.values()].map((u) => u.reason)).toEqual([NO_SOURCE_REASON, NO_SOURCE_REASON]);
    expect(result.stats.calls).toBe(0);
  });

  it('ACTION_LEVEL by default; SERVICE_LEVEL when asked', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(iamWorld(), time);
    await collectUsage([entity({ id: 'A', name: 'a' })], { clients, clock: time.clock, sleep: time.sleep });
    await collectUsage([entity({ id: 'B', name: 'b' })], {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      granularity: 'SERVICE_LEVEL',
    });
    expect(
      calls.filter((c) => c.op === 'GenerateServiceLastAccessedDetails').map((c) => c.input['Granularity']),
    ).toEqual(['ACTION_LEVEL', 'SERVICE_LEVEL']);
  });
});

describe('collectUsage with a report cache', () => {
  it('reuses a report younger than the maximum age and asks again after it', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'iug-collect-cache-'));
    try {
      const time = fakeTime();
      const { clients, calls } = fakeClients(iamWorld(), time);
      const e = entity({ id: 'A', name: 'a' });
      const options = {
        clients,
        clock: time.clock,
        sleep: time.sleep,
        cacheDir: dir,
        cacheMaxAgeMs: 3_600_000,
      };
      const generates = () => calls.filter((c) => c.op === 'GenerateServiceLastAccessedDetails').length;
      const first = await collectUsage([e], options);
      expect(generates()).toBe(1);
      const second = await collectUsage([e], options);
      expect(generates()).toBe(1);
      expect(second.usage.get(entityKey(e))!.report).toEqual(first.usage.get(entityKey(e))!.report);
      await time.sleep(3_600_000);
      await collectUsage([e], options);
      expect(generates()).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('collectUsage: ARNs and creation dates from one listing', () => {
  const many = Array.from({ length: 12 }, (_, i) => entity({ id: `R${i}`, name: `r${i}` }));

  it('reads every page of ListRoles once instead of one GetRole per role', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(
      {
        ...iamWorld(),
        ListRoles: (input) => {
          const all = Array.from({ length: 12 }, (_, i) => ({
            RoleName: `r${i}`,
            Arn: `arn:aws:iam::${ACCOUNT}:role/team/r${i}`,
            CreateDate: new Date('2025-05-05T00:00:00Z'),
          }));
          const offset = input['Marker'] ? Number(input['Marker']) : 0;
          // A page of 5, whatever MaxItems says: IAM may return fewer and set IsTruncated.
          return {
            Roles: all.slice(offset, offset + 5),
            IsTruncated: offset + 5 < 12,
            Marker: String(offset + 5),
          };
        },
      },
      time,
    );
    const result = await collectUsage(many, { clients, clock: time.clock, sleep: time.sleep });
    expect(calls.filter((c) => c.op === 'ListRoles')).toHaveLength(3);
    expect(calls.filter((c) => c.op === 'GetRole')).toHaveLength(0);
    const first = result.usage.get(entityKey(many[0]!))!;
    expect(first.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/team/r0`);
    expect(first.createDate).toBe('2025-05-05T00:00:00.000Z');
    expect([...result.usage.values()].every((u) => u.report !== null)).toBe(true);
  });

  it('falls back to one GetRole each when listing is denied', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(
      {
        ...iamWorld(),
        ListRoles: () => {
          throw awsError('AccessDenied', 'not authorized to perform: iam:ListRoles', 403);
        },
      },
      time,
    );
    const result = await collectUsage(many, { clients, clock: time.clock, sleep: time.sleep });
    expect(calls.filter((c) => c.op === 'ListRoles')).toHaveLength(1);
    expect(calls.filter((c) => c.op === 'GetRole')).toHaveLength(12);
    expect([...result.usage.values()].every((u) => u.report !== null && !u.warnings)).toBe(true);
  });

  it('stops listing after half as many pages as the Gets it replaces, then gets the rest', async () => {
    const time = fakeTime();
    const { clients, calls } = fakeClients(
      {
        ...iamWorld(),
        // A huge account: page after page of other roles; ours are never reached.
        ListRoles: (input) => {
          const offset = input['Marker'] ? Number(input['Marker']) : 0;
          const Roles = Array.from({ length: 1000 }, (_, i) => ({
            RoleName: `other-${offset + i}`,
            Arn: `arn:aws:iam::${ACCOUNT}:role/other-${offset + i}`,
            CreateDate: new Date('2020-01-01T00:00:00Z'),
          }));
          return { Roles, IsTruncated: true, Marker: String(offset + 1000) };
        },
      },
      time,
    );
    const result = await collectUsage(many, { clients, clock: time.clock, sleep: time.sleep });
    expect(calls.filter((c) => c.op === 'ListRoles')).toHaveLength(6);
    expect(calls.filter((c) => c.op === 'GetRole')).toHaveLength(12);
    expect([...result.usage.values()].every((u) => u.report !== null)).toBe(true);
  });
});

describe('collectUsage: a report in hand is never turned into a reason', () => {
  it('a deadline while reading access keys keeps the report and warns', async () => {
    const time = fakeTime();
    const { clients } = fakeClients(
      {
        ...iamWorld(),
        GetUser: (input) => ({
          User: { Arn: `arn:aws:iam::${ACCOUNT}:user/${String(input['UserName'])}`, CreateDate: new Date(0) },
        }),
        ListAccessKeys: () => {
          throw awsError('Throttling', 'Rate exceeded');
        },
      },
      time,
    );
    const e = entity({ id: 'Bob', kind: 'user', name: 'bob' });
    const result = await collectUsage([e], {
      clients,
      clock: time.clock,
      sleep: time.sleep,
      maxRetries: 1000,
      deadlineMs: 30_000,
    });
    const usage = result.usage.get(entityKey(e))!;
    expect(usage.report).not.toBeNull();
    expect(usage.reason).toBeNull();
    expect(usage.warnings?.join()).toContain('deadline passed');
  });
});
