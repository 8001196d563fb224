/**
 * Atlas clean-up: each region keeps its largest edge-connected piece of vertices; other pieces
 * are given to the region most common among their neighbours, until every region is connected.
 */

/** Vertex adjacency (CSR) of a triangle mesh. */
export function vertexAdjacency(
  n: number,
  indices: Uint32Array,
): { start: Int32Array; adj: Int32Array } {
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t] as number;
    const b = indices[t + 1] as number;
    const c = indices[t + 2] as number;
    sets[a]?.add(b).add(c);
    sets[b]?.add(a).add(c);
    sets[c]?.add(a).add(b);
  }
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = (start[v] as number) + (sets[v]?.size ?? 0);
  const adj = new Int32Array(start[n] as number);
  for (let v = 0; v < n; v++) {
    let k = start[v] as number;
    for (const w of sets[v] ?? []) adj[k++] = w;
  }
  return { start, adj };
}

/** Connected pieces of one label: arrays of vertex ids. */
function pieces(
  label: Uint16Array,
  g: { start: Int32Array; adj: Int32Array },
): Map<number, number[][]> {
  const n = label.length;
  const seen = new Uint8Array(n);
  const out = new Map<number, number[][]>();
  for (let v = 0; v < n; v++) {
    if (seen[v]) continue;
    const r = label[v] as number;
    const comp: number[] = [v];
    seen[v] = 1;
    for (let q = 0; q < comp.length; q++) {
      const u = comp[q] as number;
      for (let k = g.start[u] as number; k < (g.start[u + 1] as number); k++) {
        const w = g.adj[k] as number;
        if (!seen[w] && label[w] === r) {
          seen[w] = 1;
          comp.push(w);
        }
      }
    }
    const list = out.get(r) ?? [];
    list.push(comp);
    out.set(r, list);
  }
  return out;
}

export function cleanRegions(label: Uint16Array, indices: Uint32Array): Uint16Array {
  const g = vertexAdjacency(label.length, indices);
  const out = label.slice();
  for (let iter = 0; iter < 8; iter++) {
    let changed = 0;
    for (const [r, comps] of pieces(out, g)) {
      if (comps.length < 2) continue;
      comps.sort((a, b) => b.length - a.length);
      for (const comp of comps.slice(1)) {
        const votes = new Map<number, number>();
        for (const u of comp) {
          for (let k = g.start[u] as number; k < (g.start[u + 1] as number); k++) {
            const w = out[g.adj[k] as number] as number;
            if (w !== r) votes.set(w, (votes.get(w) ?? 0) + 1);
          }
        }
        let best = r;
        let bestN = -1;
        for (const [w, c] of votes) {
          if (c > bestN || (c === bestN && w < best)) {
            best = w;
            bestN = c;
          }
        }
        for (const u of comp) out[u] = best;
        changed++;
      }
    }
    if (changed === 0) break;
  }
  return out;
}
