/**
 * No import cycles in `src/`: no module reaches itself through the static value imports of
 * itself and its dependencies. (A cycle makes evaluation order matter and keeps a chunk from
 * splitting cleanly; `muscles/asset.ts` and `assetDecode.ts` used to import each other.) Type-only
 * imports are erased by the compiler and dynamic `import()` runs later, so neither counts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/inputHash';

const SRC = resolve(__dirname, '../../src');

/**
 * Relative specifiers of a module's static value imports and re-exports: `import x from`,
 * `import { a, type B } from`, `import './side-effect'`, `export { a } from`, `export * from`.
 * Skips `import type …` and `export type …`, and imports whose braces hold only `type` names.
 */
export function staticValueImports(code: string): string[] {
  const out: string[] = [];
  const statement =
    /^\s*(import|export)\s+(?:(type)\s+)?([^'";]*?)\s*(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of code.matchAll(statement)) {
    const [, kind, typeOnly, clause = '', spec] = m;
    if (typeOnly || !spec) continue;
    if (kind === 'export' && !/^(\*|\{)/.test(clause)) continue;
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    const names = braces?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (names && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    out.push(spec);
  }
  return out;
}

/** The file a relative specifier names (with .ts, .tsx or /index.ts), or undefined. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (p) => existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p),
  );
}

/** Cycles of a graph (one per strongly connected component of 2+ nodes, or a self-loop). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.reverse());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('staticValueImports', () => {
  it('keeps value imports and re-exports, drops type-only and dynamic imports', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, d } from './cd';",
      "import { type E } from './e';",
      "import './side';",
      "export { f } from './f';",
      "export * from './g';",
      "export type { H } from './h';",
      "const lazy = import('./lazy');",
      "import { x } from 'three';",
      'import {',
      '  y,',
      '  z,',
      "} from '../yz';",
    ].join('\n');
    expect(staticValueImports(code)).toEqual(['./a', './cd', './side', './f', './g', '../yz']);
  });
});

describe('findCycles', () => {
  it('finds a loop of three and a self-import, and nothing in a tree', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('src/', () => {
  it('has no import cycles', () => {
    const files = listFiles(SRC).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    const graph = new Map(
      files.map((f) => [
        f,
        staticValueImports(readFileSync(f, 'utf8'))
          .map((spec) => resolveImport(f, spec))
          .filter((p): p is string => p !== undefined),
      ]),
    );
    // The graph is real: most modules import another module of the app.
    const linked = [...graph.values()].filter((deps) => deps.length > 0).length;
    expect(linked).toBeGreaterThan(files.length / 2);
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
