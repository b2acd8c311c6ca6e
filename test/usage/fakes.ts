// Virtual time and a hand-written IAM/STS/CloudFormation fake, so polling, backoff and deadlines run without waiting.
import type { AwsClients } from '../../src/usage/clients.js';

/** A clock and sleep over virtual time: the earliest pending sleep ends once everything else has settled. */
export function fakeTime(start = Date.parse('2026-11-20T00:00:00.000Z')) {
  let now = start;
  let seq = 0;
  let scheduled = false;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  const sleeps: number[] = [];
  const tick = () => {
    scheduled = false;
    if (timers.length === 0) return;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const timer = timers.shift()!;
    now = Math.max(now, timer.at);
    timer.resolve();
    if (timers.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(tick);
  };
  return {
    start,
    clock: () => new Date(now),
    now: () => now,
    elapsed: () => now - start,
    sleeps,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        timers.push({ at: now + ms, seq: seq++, resolve });
        schedule();
      }),
  };
}

export type FakeHandler = (input: Record<string, unknown>, now: number) => unknown;

/** An AWS error as the SDK throws it: `name`, `Code`, `$metadata.httpStatusCode`. */
export function awsError(code: string, message: string, status = 400): Error {
  const error = new Error(message) as Error & { Code: string; $metadata: { httpStatusCode: number } };
  error.name = code;
  error.Code = code;
  error.$metadata = { httpStatusCode: status };
  return error;
}

/**
 * Clients whose `send` calls `handlers[CommandName]` (without the `Command` suffix); records every call. With
 * `latencyMs` (and the fake clock's `sleep`), each answer takes that long in virtual time.
 */
export function fakeClients(
  handlers: Record<string, FakeHandler>,
  time: { now: () => number; sleep?: (ms: number) => Promise<void> },
  options: { latencyMs?: number } = {},
) {
  const calls: { op: string; input: Record<string, unknown> }[] = [];
  const send = async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const op = command.constructor.name.replace(/Command$/, '');
    calls.push({ op, input: command.input });
    if (options.latencyMs && time.sleep) await time.sleep(options.latencyMs);
    const handler = handlers[op];
    if (!handler) throw new Error(`fake: no handler for ${op}`);
    return handler(command.input, time.now());
  };
  const client = { send, config: { endpoint: undefined } };
  return { clients: { iam: client, sts: client, cloudformation: client } as unknown as AwsClients, calls };
}
