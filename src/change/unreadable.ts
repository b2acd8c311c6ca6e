// Fail closed on what the change made unreadable: a problem at head blocks unless the base already had it.
import type { Diagnostic } from '../policy/model.js';

/**
 * Error diagnostics at head that the base did not already have, one for one: each base problem excuses one head
 * problem with the same file and message, compared without line and column numbers (they move when the file is
 * edited elsewhere) but with document paths (`Statement[2]` is another place than `Statement[1]`).
 */
export function newProblems(head: Diagnostic[], base: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}\n${d.message.replace(/\b(line|column) \d+/g, '$1 #')}`;
  const excused = new Map<string, number>();
  for (const d of base) if (d.severity === 'error') excused.set(key(d), (excused.get(key(d)) ?? 0) + 1);
  return head.filter((d) => {
    if (d.severity !== 'error') return false;
    const left = excused.get(key(d)) ?? 0;
    if (left > 0) excused.set(key(d), left - 1);
    return left === 0;
  });
}
