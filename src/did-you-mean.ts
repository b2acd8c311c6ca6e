// "Did you mean": the one nearest-name guess for unknown flags, commands, choices, configuration keys and rule ids.

/**
 * The candidate `input` most likely meant: one it begins (3 characters or more), else the nearest within edit
 * distance 2, ignoring case; null when none is that near.
 */
export function nearest(input: string, candidates: readonly string[]): string | null {
  const typed = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const known = candidate.toLowerCase();
    const distance = known.startsWith(typed) && typed.length >= 3 ? 0.5 : editDistance(typed, known);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= 2 ? best : null;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}
