/**
 * Fingerprint of the region list. Every skin vertex of a body asset stores an index into
 * `data/regions.json`, so an asset is only valid with the region list (ids, in order) it was
 * built from: the asset header keeps this hash and the app compares it with its own dataset.
 */

/** FNV-1a (32 bit) over the ids joined by newlines, as 8 lowercase hex digits. */
export function regionListHash(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = ids.join('\n');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The error for a body asset built for another region list than the dataset's, or undefined when
 * `found` (the asset header's hash) is the `expected` one.
 */
export function staleRegionsError(
  shape: string,
  found: string | undefined,
  expected: string,
): string | undefined {
  if (found === expected) return undefined;
  return (
    `the ${shape} body was built for another list of regions ` +
    `(${found ?? 'none'}, expected ${expected}); reload the page, or rebuild with npm run gen`
  );
}
