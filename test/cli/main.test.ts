import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/main.js';

function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function cli(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
    cwd: process.cwd(),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('cli', () => {
  it('prints help and exits 0 for --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: iam-usage-guard <command>');
  });

  it('rejects an unknown command with exit 2', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  it('suggests the nearest name', () => {
    expect(closest('granst', ['grants', 'check', 'snapshot'])).toBe('grants');
    expect(closest('fromat', ['format', 'output'])).toBe('format');
    expect(closest('zzzzzz', ['grants', 'check'])).toBeNull();
  });
});
