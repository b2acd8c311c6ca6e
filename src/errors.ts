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
