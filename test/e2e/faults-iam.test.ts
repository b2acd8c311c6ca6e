// Faults through the local IAM endpoint with the real SDK clients, through scan(): throttling storms, 5xx bursts,
// connection resets, slow answers past the deadline, stuck and failed jobs, AccessDenied, credentials that expire
// mid-run. Property: every touched entity ends with a completed report or a no-usage-data finding that names the
// reason, and with onMissingData: fail the check is never green because data went missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, defaultConfig } from '../../src/config/index.js';
import { UserError } from '../../src/errors.js';
import { loadScenario, type ScenarioBurst, type ScenarioFaults } from '../../src/local-iam/scenario.js';
import { type ScanResult, scan } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { createAwsClients } from '../../src/usage/clients.js';
import { roleYaml, TempFolder } from '../hostile/support.js';
import { ACCOUNT, roleArn, withLocalIam } from '../support/local-iam.js';
import { testSleep } from './check-support.js';

const ROLES = Array.from({ length: 8 }, (_, i) => `fault-role-${i}`);

function scenario(faults: ScenarioFaults) {
  return {
    account: ACCOUNT,
    entities: ROLES.map((name) => ({
      arn: roleArn(name),
      createDate: new Date(Date.now() - 400 * 86_400_000).toISOString(),
      services: [
        { namespace: 's3', lastAuthenticated: new Date(Date.now() - 86_400_000).toISOString() },
        { namespace: 'sqs' },
      ],
    })),
    faults,
  };
}

const folder = new TempFolder('iug-faults-');
beforeAll(() => {
  ROLES.forEach((name, i) => {
    folder.write(`infra/role-${i}.yaml`, roleYaml(`Role${i}`, name, ['s3:GetObject', 'sqs:SendMessage']));
  });
});
afterAll(() => folder.remove());

interface Outcome {
  result: ScanResult;
  /** Per touched entity: 'report', or the no-usage-data message. */
  accounted: Map<string, string>;
  calls: { op: string; status: number; code?: string }[];
}

async function runWith(
  faults: ScenarioFaults,
  config: Partial<Config> = {},
  /** Waits a tenth as long instead of at most 20 ms: polling keeps its rhythm against a wall-clock deadline. */
  pacedSleep = false,
): Promise<Outcome> {
  const iam = await withLocalIam(scenario(faults));
  try {
    const result = await scan({
      cwd: folder.root,
      paths: ['.'],
      base: null,
      config: { ...defaultConfig(), deadlineSeconds: 20, ...config },
      aws: createAwsClients({ env: iam.env }),
      // Backoff without the wait: retries happen at once, so storms are cheap to test.
      sleep: pacedSleep
        ? testSleep
        : (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 20))),
      failOn: 'error',
    });
    const accounted = new Map<string, string>();
    for (const key of result.touched) {
      const usage = result.usage.get(key);
      const finding = result.findings.find(
        (f) => f.rule === 'no-usage-data' && `${f.file}#${f.entity.id}` === key,
      );
      if (usage?.report?.JobStatus === 'COMPLETED' && !usage.reason && !finding) accounted.set(key, 'report');
      else if (finding) accounted.set(key, finding.message);
    }
    return {
      result,
      accounted,
      calls: iam.server.calls.map((c) => ({
        op: c.op,
        status: c.status,
        ...(c.code ? { code: c.code } : {}),
      })),
    };
  } finally {
    await iam.close();
  }
}

/** The property: nothing touched is lost; it has a report or a reason. */
function expectAccounted(outcome: Outcome): void {
  expect(outcome.result.touched).toHaveLength(ROLES.length);
  expect([...outcome.accounted.keys()].sort()).toEqual([...outcome.result.touched].sort());
}

const reasonsOf = (o: Outcome) => [...o.accounted.values()].filter((v) => v !== 'report');

describe.concurrent('transient faults are retried until every report is had', () => {
  const burst = (b: ScenarioBurst): ScenarioFaults => ({ bursts: [b] });
  it.each([
    ['a throttling storm (5 requests/s)', { throttleAboveRps: 5 } satisfies ScenarioFaults, 'Throttling'],
    ['a burst of HTTP 500', burst({ kind: 'server-error', after: 3, count: 8 }), 'InternalFailure'],
    [
      'a burst of HTTP 503',
      burst({ kind: 'server-error', status: 503, after: 2, count: 8 }),
      'ServiceUnavailable',
    ],
    ['connection resets', burst({ kind: 'reset', after: 1, count: 6 }), 'ECONNRESET'],
  ])(
    '%s',
    async (_name, faults, code) => {
      const outcome = await runWith(faults);
      expectAccounted(outcome);
      expect(outcome.calls.some((c) => c.code === code)).toBe(true);
      expect(reasonsOf(outcome)).toEqual([]);
      expect(outcome.result.findings.some((f) => f.rule === 'unused-service' && f.service === 'sqs')).toBe(
        true,
      );
    },
    60_000,
  );
});

describe.concurrent('faults that cannot be retried away end as no-usage-data with the reason', () => {
  // Polls keep their rhythm here (a tenth of each wait: the first poll of a job after 200 ms, not 2 s), so the jobs
  // that finish are read well before the wall-clock deadline and only the stuck one runs into it, even on a busy
  // machine: with real sleeps, 2 s of first poll and 16 paced calls left half a second of the 4 s.
  it('a job stuck IN_PROGRESS: that entity names the deadline, the others have reports', async () => {
    const outcome = await runWith({ stuckJobs: [roleArn(ROLES[2]!)] }, { deadlineSeconds: 4 }, true);
    expectAccounted(outcome);
    expect(outcome.accounted.get('infra/role-2.yaml#Role2')).toMatch(/deadline passed/);
    expect(reasonsOf(outcome), JSON.stringify([...outcome.accounted], null, 1)).toHaveLength(1);
  }, 30_000);

  it('answers slower than the deadline: every entity names the deadline, nothing hangs', async () => {
    const outcome = await runWith(
      { bursts: [{ kind: 'slow', operation: 'GetServiceLastAccessedDetails', delayMs: 10_000 }] },
      { deadlineSeconds: 1 },
    );
    expectAccounted(outcome);
    expect(reasonsOf(outcome)).toHaveLength(ROLES.length);
    for (const reason of reasonsOf(outcome)) expect(reason).toMatch(/deadline passed/);
  }, 30_000);

  it("FAILED jobs: the entity names IAM's error message", async () => {
    const outcome = await runWith({
      failedJobs: [
        { arn: roleArn(ROLES[1]!), code: 'InternalFailure', message: 'Report generation failed for role' },
      ],
    });
    expectAccounted(outcome);
    expect(outcome.accounted.get('infra/role-1.yaml#Role1')).toMatch(
      /FAILED|Report generation failed for role/,
    );
    expect(reasonsOf(outcome)).toHaveLength(1);
  }, 30_000);

  it('AccessDenied on some entities: those name AccessDenied and the policy file, the rest complete', async () => {
    const outcome = await runWith({
      deniedCalls: [
        { operation: 'GenerateServiceLastAccessedDetails', arn: roleArn(ROLES[3]!) },
        { operation: 'GenerateServiceLastAccessedDetails', arn: roleArn(ROLES[5]!) },
      ],
    });
    expectAccounted(outcome);
    for (const key of ['infra/role-3.yaml#Role3', 'infra/role-5.yaml#Role5']) {
      expect(outcome.accounted.get(key)).toMatch(/AccessDenied/);
    }
    expect(reasonsOf(outcome)).toHaveLength(2);
  }, 30_000);

  it('5xx that never ends: past the retry budget every entity says AWS kept failing', async () => {
    const outcome = await runWith({
      bursts: [{ kind: 'server-error', operation: 'GenerateServiceLastAccessedDetails' }],
    });
    expectAccounted(outcome);
    expect(reasonsOf(outcome)).toHaveLength(ROLES.length);
    for (const reason of reasonsOf(outcome)) expect(reason).toMatch(/kept failing|InternalFailure/);
  }, 60_000);
});

describe.concurrent("credentials AWS rejects mid-run are the run's failure, whatever onMissingData says", () => {
  it.each([
    ['ExpiredToken', 'warn'],
    ['InvalidClientTokenId', 'warn'],
    ['UnrecognizedClient', 'fail'],
    ['SignatureDoesNotMatch', 'warn'],
  ] as const)(
    '%s from the 4th call on (onMissingData: %s): scan rejects with the one sentence',
    async (code, onMissingData) => {
      const iam = await withLocalIam(
        scenario({ bursts: [{ kind: 'credentials-rejected', code, after: 3 }] }),
      );
      try {
        const failure = await scan({
          cwd: folder.root,
          paths: ['.'],
          base: null,
          config: { ...defaultConfig(), deadlineSeconds: 20, onMissingData },
          aws: createAwsClients({ env: iam.env }),
          sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 20))),
        }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(UserError);
        expect((failure as Error).message).toMatch(
          new RegExp(
            `^AWS rejected the credentials \\(${code}\\) after \\d of ${ROLES.length} entities; nothing was judged for the rest$`,
          ),
        );
        // Each rejected call was tried once more after the credentials were refreshed, then the run stopped:
        // no call goes on being rejected.
        const rejected = iam.server.calls.filter((c) => c.code === code).length;
        expect(rejected).toBeGreaterThan(0);
        expect(rejected).toBeLessThanOrEqual(2 * 16);
        expect(iam.server.calls.length).toBeLessThan(3 + rejected + 16);
      } finally {
        await iam.close();
      }
    },
  );
});

describe.concurrent('onMissingData decides, and the check is never green because data went missing', () => {
  const faults: ScenarioFaults = { failedJobs: [{ arn: roleArn(ROLES[0]!) }] };

  it('fail: the missing report is an error and the check is blocked', async () => {
    const outcome = await runWith(faults, { onMissingData: 'fail' });
    expectAccounted(outcome);
    const missing = outcome.result.findings.filter((f) => f.rule === 'no-usage-data');
    expect(missing.map((f) => [f.entity.id, f.severity])).toEqual([['Role0', 'error']]);
    expect(outcome.result.summary.blocked).toBe(true);
  }, 30_000);

  it('warn: not blocked, but the finding and the comment say data is missing', async () => {
    const outcome = await runWith(faults, { onMissingData: 'warn' });
    const missing = outcome.result.findings.filter((f) => f.rule === 'no-usage-data');
    expect(missing.map((f) => f.entity.id)).toEqual(['Role0']);
    const body = renderMarkdown(outcome.result);
    expect(body).toContain('no-usage-data');
    expect(body).not.toMatch(/all clear/i);
  }, 30_000);
});

describe('fault bursts in a scenario file', () => {
  it.each([
    [
      { kind: 'explode' },
      /faults\.bursts\[0\]\.kind must be server-error, reset, expired-token, credentials-rejected, html-error or slow/,
    ],
    [{ kind: 'server-error', status: 404 }, /faults\.bursts\[0\]\.status must be a 5xx status/],
    [{ kind: 'slow', delayMs: -1 }, /faults\.bursts\[0\]\.delayMs must be a whole number/],
    ['reset', /faults\.bursts\[0\] must be an object/],
  ])('%j is refused with its path', (burst, message) => {
    const text = JSON.stringify({ account: ACCOUNT, entities: [], faults: { bursts: [burst] } });
    expect(() => loadScenario(text, 'scenario.json')).toThrow(message);
  });

  it('a valid burst list is kept as written', () => {
    const bursts = [
      { kind: 'reset', operation: 'GetRole', after: 2, count: 3 },
      { kind: 'server-error', status: 503 },
      { kind: 'expired-token', after: 10 },
      { kind: 'slow', delayMs: 100 },
      { kind: 'credentials-rejected', code: 'InvalidClientTokenId', accessKeyId: 'AKIAOLD', after: 4 },
      { kind: 'html-error', status: 502 },
    ];
    const text = JSON.stringify({ account: ACCOUNT, entities: [], faults: { bursts } });
    expect(loadScenario(text, 'scenario.json').faults?.bursts).toEqual(bursts);
  });
});
