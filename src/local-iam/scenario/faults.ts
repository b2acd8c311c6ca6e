// The `faults` section: latency, throttling, failed and stuck jobs, denied calls and bursts of failures.
import { assign, type ScenarioReader } from './reader.js';
import type { ScenarioBurst, ScenarioDeniedCall, ScenarioFailedJob, ScenarioFaults } from './types.js';

const KNOWN = [
  'jobLatencyMs',
  'requestLatencyMs',
  'throttleAboveRps',
  'failedJobs',
  'stuckJobs',
  'deniedCalls',
  'bursts',
];

function failedJob(r: ScenarioReader, value: unknown, path: string): ScenarioFailedJob {
  if (typeof value === 'string') return { arn: value };
  const v = r.object(value, path, 'must be an ARN or { arn, code, message }');
  const job: ScenarioFailedJob = { arn: r.str(v['arn'], `${path}.arn`) };
  assign(job, 'code', r.optStr(v['code'], `${path}.code`));
  assign(job, 'message', r.optStr(v['message'], `${path}.message`));
  return job;
}

function deniedCall(r: ScenarioReader, value: unknown, path: string): ScenarioDeniedCall {
  const v = r.object(value, path, 'must be an object { operation?, arn? }');
  const denied: ScenarioDeniedCall = {};
  assign(denied, 'operation', r.optStr(v['operation'], `${path}.operation`));
  assign(denied, 'arn', r.optStr(v['arn'], `${path}.arn`));
  return denied;
}

function burst(r: ScenarioReader, value: unknown, path: string): ScenarioBurst {
  const v = r.object(
    value,
    path,
    'must be an object { kind, operation?, after?, count?, status?, delayMs? }',
  );
  const kinds = [
    'server-error',
    'reset',
    'expired-token',
    'credentials-rejected',
    'html-error',
    'slow',
  ] as const;
  const kind = r.oneOf(v['kind'], `${path}.kind`, kinds);
  if (!kind) return r.fail(`${path}.kind`, `must be ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`);
  const out: ScenarioBurst = { kind };
  assign(out, 'operation', r.optStr(v['operation'], `${path}.operation`));
  assign(out, 'code', r.optStr(v['code'], `${path}.code`));
  assign(out, 'accessKeyId', r.optStr(v['accessKeyId'], `${path}.accessKeyId`));
  for (const key of ['after', 'count', 'status', 'delayMs'] as const) {
    const n = v[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      r.fail(`${path}.${key}`, 'must be a whole number >= 0');
    out[key] = n as number;
  }
  if (out.status !== undefined && (out.status < 500 || out.status > 599)) {
    r.fail(`${path}.status`, 'must be a 5xx status');
  }
  return out;
}

export function loadFaults(r: ScenarioReader, value: unknown): ScenarioFaults {
  const f = r.object(value, 'faults');
  for (const key of Object.keys(f)) {
    if (!KNOWN.includes(key)) r.fail(`faults.${key}`, `is not a known fault (known: ${KNOWN.join(', ')})`);
  }
  const faults: ScenarioFaults = {};
  assign(faults, 'jobLatencyMs', r.range(f['jobLatencyMs'], 'faults.jobLatencyMs'));
  assign(faults, 'requestLatencyMs', r.range(f['requestLatencyMs'], 'faults.requestLatencyMs'));
  if (f['throttleAboveRps'] !== undefined) {
    if (typeof f['throttleAboveRps'] !== 'number' || f['throttleAboveRps'] <= 0) {
      r.fail('faults.throttleAboveRps', 'must be a positive number');
    }
    faults.throttleAboveRps = f['throttleAboveRps'] as number;
  }
  faults.failedJobs = r
    .arr(f['failedJobs'], 'faults.failedJobs')
    .map((v, i) => failedJob(r, v, `faults.failedJobs[${i}]`));
  faults.stuckJobs = r
    .arr(f['stuckJobs'], 'faults.stuckJobs')
    .map((v, i) => r.str(v, `faults.stuckJobs[${i}]`));
  faults.deniedCalls = r
    .arr(f['deniedCalls'], 'faults.deniedCalls')
    .map((v, i) => deniedCall(r, v, `faults.deniedCalls[${i}]`));
  faults.bursts = r.arr(f['bursts'], 'faults.bursts').map((v, i) => burst(r, v, `faults.bursts[${i}]`));
  return faults;
}
