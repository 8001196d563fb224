/** Closest-id suggestions for typos ("did you mean l-temple?"). */

/** Levenshtein edit distance, O(|a|·|b|) time, O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Up to `limit` ids closest to `input`: containment first, then by edit distance. */
export function closest(input: string, ids: readonly string[], limit = 3): string[] {
  const q = input.toLowerCase();
  return ids
    .map((id) => ({ id, d: id.includes(q) || q.includes(id) ? 0 : editDistance(q, id) }))
    .sort((a, b) => a.d - b.d || a.id.length - b.id.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.id);
}
