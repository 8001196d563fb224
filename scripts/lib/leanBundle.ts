/**
 * Build-only Vite plugin that keeps the entry JavaScript small (budget: `npm run size:check`):
 *
 * 1. Bundle three.js from its ES module sources instead of its prebuilt `build/three.module.js`,
 *    strip comments and indentation from its GLSL chunks, and keep only the built-in shader
 *    programs and chunks of the materials the app uses (leanShaders.ts; any other one throws), and
 *    replace the renderer's WebXR, shadow-map and environment-map parts, which the app never turns
 *    on, with stand-ins that throw when turned on (threeStubs.ts).
 * 2. One `scheduler`: R3F asks for scheduler 0.28 and react-dom for 0.27, so npm installs two and
 *    the page would carry (and run) both task queues. R3F uses only `unstable_scheduleCallback`,
 *    the priority levels and `unstable_getCurrentPriorityLevel`, which both versions share; every
 *    importer gets react-dom's copy, the one React itself is tested with.
 * 3. No `use-sync-external-store` shim: React 19 has the hook; the shim's entry points are mapped
 *    to the package's plain ones, which re-export React's.
 *
 * Why: the prebuilt file is one module, so the bundler keeps everything in it that has a top-level
 * side effect (the animation tracks' prototype assignments, for example) and cannot move classes
 * that only lazy chunks use out of the entry. The sources are one module per class and three's
 * `package.json` marks them free of side effects. The shader chunks (`*.glsl.js`, about 36 KB gzip)
 * are shipped with their comments and indentation; three's own release build used to strip them
 * the same way. A line never merges with the next, so preprocessor directives stay intact.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseAst, type Plugin } from 'vite';
import { shaderSelection } from './leanShaders.ts';
import { threeStubFor } from './threeStubs.ts';

const fromRoot = (path: string): string =>
  fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

/** Resolves as react-dom does (its own `scheduler`, wherever npm placed it). */
const reactDomRequire = createRequire(fromRoot('react-dom/package.json'));

/** The entry of three's sources (what `three/build/three.module.js` is built from). */
export const THREE_SOURCE_ENTRY = fromRoot('three/src/Three.js');

/** Module aliases of the production build (exact specifiers). */
export const LEAN_ALIASES: readonly { find: RegExp; replacement: string }[] = [
  { find: /^three$/, replacement: THREE_SOURCE_ENTRY },
  { find: /^scheduler$/, replacement: reactDomRequire.resolve('scheduler') },
  {
    find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
    replacement: fromRoot('use-sync-external-store/with-selector.js'),
  },
  {
    find: /^use-sync-external-store\/shim(\/index\.js)?$/,
    replacement: fromRoot('use-sync-external-store/index.js'),
  },
];

/** GLSL source without comments, leading/trailing blanks and empty lines; lines never merge. */
export function minifyGlsl(glsl: string): string {
  return glsl
    .replace(/\/\*[\s\S]*?\*\//g, (c) => '\n'.repeat(c.split('\n').length - 1))
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Rewrites each `/* glsl *\/` template literal of a three.js module to a minified string. */
export function minifyGlslModule(code: string): string {
  return code.replace(/\/\* glsl \*\/\s*`([^`]*)`/g, (match, body: string) =>
    body.includes('${') ? match : JSON.stringify(`\n${minifyGlsl(body)}\n`),
  );
}

/** Minimal ESTree shapes read by {@link pruneObjectLiteral}. */
interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}
interface Property extends Node {
  readonly key: Node & { readonly name?: string; readonly value?: unknown };
}
interface Declarator extends Node {
  readonly id: Node & { readonly name?: string };
  readonly init?: (Node & { readonly properties?: readonly Property[] }) | null;
}

/** The object literal a top-level `const name = {…}` (exported or not) binds, if any. */
function findObjectLiteral(code: string, name: string): Declarator['init'] {
  for (const stmt of parseAst(code).body as unknown as readonly Node[]) {
    const decl = (stmt as { declaration?: Node }).declaration ?? stmt;
    if (decl.type !== 'VariableDeclaration') continue;
    for (const d of (decl as unknown as { declarations: readonly Declarator[] }).declarations) {
      if (d.id.name === name && d.init?.type === 'ObjectExpression') return d.init;
    }
  }
  return undefined;
}

/**
 * Keeps only the `keep` keys of the top-level object literal `name` of a module, and appends a
 * getter for each removed key that throws naming it, so a use of a removed entry fails loudly.
 * Throws when the module has no such literal (a three.js upgrade moved it: fix this, not the app).
 */
export function pruneObjectLiteral(
  code: string,
  name: string,
  keep: ReadonlySet<string>,
): { code: string; removed: string[] } {
  const obj = findObjectLiteral(code, name);
  if (!obj?.properties) throw new Error(`lean bundle: no object literal 'const ${name} = {…}'`);
  const keyOf = (p: Property): string => String(p.key.name ?? p.key.value);
  const kept = obj.properties.filter((p) => keep.has(keyOf(p)));
  const removed = obj.properties.filter((p) => !keep.has(keyOf(p))).map(keyOf);
  const literal = `{\n${kept.map((p) => code.slice(p.start, p.end)).join(',\n')}\n}`;
  const guard =
    `\nfor (const k of ${JSON.stringify(removed)}) Object.defineProperty(${name}, k, { get() {` +
    ` throw new Error(\`three.js ${name}.\${k} is left out of this build: add its material to` +
    ` scripts/lib/leanShaders.ts\`); } });\n`;
  return { code: code.slice(0, obj.start) + literal + code.slice(obj.end) + guard, removed };
}

const THREE_SHADERS =
  /[\\/]three[\\/]src[\\/]renderers[\\/]shaders[\\/](ShaderLib|ShaderChunk)\.js$/;

/** The plugin; applies to production builds only (dev and Vitest use the packages as shipped). */
export function leanBundle(): Plugin {
  const selection = shaderSelection();
  return {
    name: 'referral-atlas:lean-bundle',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [...LEAN_ALIASES] } }),
    load: (id) => threeStubFor(id) ?? null,
    transform(code, id) {
      const shaders = THREE_SHADERS.exec(id)?.[1];
      if (shaders === 'ShaderLib') {
        return { code: pruneObjectLiteral(code, shaders, selection.libs).code, map: null };
      }
      if (shaders === 'ShaderChunk') {
        return { code: pruneObjectLiteral(code, shaders, selection.chunks).code, map: null };
      }
      if (!/[\\/]three[\\/]src[\\/].*\.js$/.test(id) || !code.includes('/* glsl */')) return null;
      return { code: minifyGlslModule(code), map: null };
    },
  };
}
