// What every scenario section loader shares: typed reads that fail with the file and the value's path.
import { UserError } from '../../errors.js';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an optional property only when there is a value (exactOptionalPropertyTypes). */
export function assign<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

export class ScenarioReader {
  constructor(
    readonly file: string,
    private readonly now: Date,
  ) {}

  fail(path: string, message: string): never {
    throw new UserError(`${this.file}: ${path} ${message}`);
  }

  object(value: unknown, path: string, what = 'must be an object'): Record<string, unknown> {
    return isObject(value) ? value : this.fail(path, what);
  }

  /** Relative dates (`now-30d`, `now-4h`, `now`) become timestamps against the reader's `now`. */
  date(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.fail(path, 'must be a date string (RFC 3339 or now-30d)');
    const relative = /^now(?:-(\d+)([dhm]))?$/.exec(value);
    if (relative) {
      const amount = Number(relative[1] ?? 0);
      const unit = relative[2] === 'd' ? 86_400_000 : relative[2] === 'h' ? 3_600_000 : 60_000;
      return new Date(this.now.getTime() - amount * unit).toISOString();
    }
    if (Number.isNaN(Date.parse(value))) return this.fail(path, `is not a date: ${JSON.stringify(value)}`);
    return new Date(value).toISOString();
  }

  str(value: unknown, path: string): string {
    return typeof value === 'string' && value.length > 0
      ? value
      : this.fail(path, 'must be a non-empty string');
  }

  optStr(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.str(value, path);
  }

  arr(value: unknown, path: string): unknown[] {
    return value === undefined ? [] : Array.isArray(value) ? value : this.fail(path, 'must be an array');
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`);
  }

  range(value: unknown, path: string): number | [number, number] | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && value >= 0) return value;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'number' && v >= 0) &&
      value[0] <= value[1]
    ) {
      return [value[0], value[1]];
    }
    return this.fail(path, 'must be a number of milliseconds or [min, max]');
  }
}
