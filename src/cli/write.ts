// Writes a report as it is made, waiting for the reader: wide grants make reports far larger than one string
// should be (a change widening 2,000 roles to `*` writes hundreds of megabytes of JSON).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export async function writeChunks(out: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** The chunks into a file (created or replaced), complete when the promise resolves. */
export async function writeChunksToFile(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  try {
    await writeChunks(out, chunks);
  } finally {
    out.end();
  }
  await finished(out);
}
