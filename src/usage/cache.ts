// The local report cache: a report younger than the maximum age (default 4 h, IAM's own delay) is reused.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Granularity, ServiceEntityUsage, UsageReport } from './model.js';

export const DEFAULT_CACHE_MAX_AGE_MS = 4 * 60 * 60 * 1000;

/**
 * `IAM_USAGE_GUARD_CACHE_DIR` when set (`off` disables), else `iam-usage-guard` under the OS cache folder:
 * `$XDG_CACHE_HOME` or `~/.cache` (Linux), `~/Library/Caches` (macOS), `%LOCALAPPDATA%` (Windows).
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | null {
  const configured = env['IAM_USAGE_GUARD_CACHE_DIR'];
  if (configured !== undefined && configured !== '') return configured === 'off' ? null : configured;
  if (platform === 'win32')
    return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'iam-usage-guard');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'iam-usage-guard');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'iam-usage-guard');
}

/** What a fresh job told us about one ARN. */
export interface CachedUsage {
  report: UsageReport;
  /** WithEntities answers fetched with that job, by service namespace. */
  servicesWithEntities: Record<string, ServiceEntityUsage[]>;
}

interface CacheEntry extends CachedUsage {
  key: string;
  savedAt: string;
}

export class ReportCache {
  constructor(
    private readonly dir: string,
    private readonly maxAgeMs: number,
    private readonly now: () => number,
    /** Distinguishes endpoints (a local IAM endpoint vs AWS) that could answer for the same ARN. */
    private readonly scope: string = '',
  ) {}

  private file(arn: string, granularity: Granularity): { key: string; path: string } {
    const key = `${this.scope}|${arn}|${granularity}`;
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    return { key, path: join(this.dir, 'reports', `${hash}.json`) };
  }

  get(arn: string, granularity: Granularity): CachedUsage | null {
    const { key, path } = this.file(arn, granularity);
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
      if (entry.key !== key) return null;
      const age = this.now() - Date.parse(entry.savedAt);
      if (!(age >= 0 && age < this.maxAgeMs)) return null;
      return { report: entry.report, servicesWithEntities: entry.servicesWithEntities ?? {} };
    } catch {
      return null; // absent or unreadable: fetch anew
    }
  }

  put(granularity: Granularity, usage: CachedUsage): void {
    const { key, path } = this.file(usage.report.Arn, granularity);
    const entry: CacheEntry = { key, savedAt: new Date(this.now()).toISOString(), ...usage };
    try {
      mkdirSync(join(this.dir, 'reports'), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entry));
      renameSync(temporary, path);
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}
