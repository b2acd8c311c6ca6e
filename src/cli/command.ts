// The shape of one CLI command; main.ts parses flags from `options` and calls `run`.
import type { Writable } from 'node:stream';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** Shown in --help, e.g. `FILE`. */
  value?: string;
  /** The only accepted values of a string option; anything else is a usage error naming them. */
  choices?: string[];
  description: string;
}

export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** How every wait (polling a report job, backing off a throttled call) sleeps; the wall clock when absent. */
  sleep?: (ms: number) => Promise<void>;
  /** The time `check` and `snapshot` go by (deadlines, rate limits, "days since"); the wall clock when absent. */
  clock?: () => Date;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  examples: string[];
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 passed, 1 findings at or above --fail-on, 2 usage/config/environment error. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
