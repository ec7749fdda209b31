/** Edit distance between two strings (Levenshtein, two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The allowed value closest to what was written, or undefined when nothing is
 * close enough to be a plausible typo. Case and separators are ignored first,
 * so `Labour_Migration` finds `labour-migration` and `sle` finds `SLE`.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');
  const wanted = norm(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = norm(candidate);
    if (c === wanted) return candidate;
    const d = editDistance(wanted, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Short codes (ISO3, target ids) tolerate one slip; longer ids a third of their length.
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
