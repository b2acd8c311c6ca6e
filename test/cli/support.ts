// In-process CLI runs for tests: captured stdout/stderr and a fake command list.
import { Writable } from 'node:stream';
import type { Command } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';

export function capture(isTTY = false) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => chunks.join('') };
}

export async function cli(argv: string[], commands?: Command[]) {
  const stdout = capture();
  const stderr = capture();
  const io = { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd: process.cwd() };
  const code = commands ? await runCli(argv, io, commands) : await runCli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
