// Progress on stderr while report jobs run: one rewritten line on a terminal, sparse plain lines in logs.
import type { Writable } from 'node:stream';
import { plural } from '../words.js';

/** What `scan`/`collectUsage` report while they work. */
export interface ProgressEvent {
  done: number;
  total: number;
  /** Throttling retries so far. */
  throttled: number;
  elapsedMs: number;
}

export interface ProgressOptions {
  /** Whether the stream is a terminal: then one line is rewritten in place with `\r`. */
  isTTY: boolean;
  /** Milliseconds clock; injected so tests decide when lines are due. */
  now?: () => number;
  /** Plain mode: at most one line per this many milliseconds (default 10 s). */
  intervalMs?: number;
  /** Terminal mode: at most one repaint per this many milliseconds (default 100 ms). */
  repaintMs?: number;
  /** Text before the counts, e.g. `usage reports`. */
  label?: string;
}

/** The `onProgress` callback for `scan`; call `finish()` before printing the result so the line is cleared. */
export type ProgressCallback = ((event: ProgressEvent) => void) & { finish(): void };

const CLEAR_LINE = '\r\x1b[K';

export function createProgress(stream: Writable, options: ProgressOptions): ProgressCallback {
  const now = options.now ?? (() => Date.now());
  const intervalMs = options.intervalMs ?? 10_000;
  const repaintMs = options.repaintMs ?? 100;
  const label = options.label ?? 'usage reports';
  const startedAt = now();
  let lastWriteAt: number | null = null;
  let lastLine = '';
  let lineOnScreen = false;
  let finished = false;

  const callback = ((event: ProgressEvent) => {
    if (finished || event.total <= 0) return;
    const line = describe(label, event);
    const at = now();
    const complete = event.done >= event.total;
    if (options.isTTY) {
      // Repaint at most every repaintMs, but always show the final count.
      if (!complete && lastWriteAt !== null && at - lastWriteAt < repaintMs) return;
      if (line === lastLine) return;
      stream.write(`${CLEAR_LINE}${line}`);
      lineOnScreen = true;
    } else {
      // Logs get a line only once the work has taken a while, then one per interval, and the completion
      // line only if earlier lines were written — a quick run stays silent.
      const due = lastWriteAt === null ? at - startedAt >= intervalMs : at - lastWriteAt >= intervalMs;
      if (!(due || (complete && lastWriteAt !== null)) || line === lastLine) return;
      stream.write(`${line}\n`);
    }
    lastWriteAt = at;
    lastLine = line;
  }) as ProgressCallback;

  callback.finish = () => {
    if (finished) return;
    finished = true;
    if (options.isTTY && lineOnScreen) stream.write(CLEAR_LINE);
  };
  return callback;
}

export function describe(label: string, event: ProgressEvent): string {
  const parts = [`${label}: ${event.done}/${plural(event.total, 'entity')}`];
  if (event.throttled > 0) {
    parts.push(`${event.throttled} throttling ${event.throttled === 1 ? 'retry' : 'retries'}`);
  }
  parts.push(`${formatElapsed(event.elapsedMs)} elapsed`);
  return `iam-usage-guard: ${parts.join(', ')}`;
}

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
}
