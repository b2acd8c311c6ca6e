// Turns anything thrown into words a user can act on, without stack traces.

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown; name?: string }).code;
    const name = error.name && error.name !== 'Error' ? error.name : typeof code === 'string' ? code : '';
    return name && !error.message.startsWith(name) ? `${name}: ${error.message}` : error.message;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** An error caused by the user's input or environment: front doors print its message and exit 2. */
export class UserError extends Error {
  override name = 'UserError';
}

/** One problem of a configuration file, at its 1-based line. */
export interface ConfigProblem {
  line: number;
  message: string;
}

/**
 * A configuration that cannot be used. The message lists every problem as `file:line: message`; a front door that can
 * point at lines (the action's annotations) reads `file` and `problems`.
 */
export class ConfigError extends UserError {
  readonly file: string;
  readonly problems: ConfigProblem[];

  constructor(file: string, problems: ConfigProblem[]) {
    const lines = [...new Set(problems.map((p) => `  ${file}:${p.line}: ${p.message}`))];
    super(`invalid configuration:\n${lines.join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}
