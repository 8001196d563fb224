/**
 * Build-only Vite plugin that keeps the entry JavaScript small (budget: `npm run size:check`):
 *
 * 1. Bundle three.js from its ES module sources instead of its prebuilt `build/three.module.js`,
 *    and strip comments and indentation from its GLSL chunks.
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
import type { Plugin } from 'vite';

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

/** The plugin; applies to production builds only (dev and Vitest use the packages as shipped). */
export function leanBundle(): Plugin {
  return {
    name: 'referral-atlas:lean-bundle',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [...LEAN_ALIASES] } }),
    transform(code, id) {
      if (!/[\\/]three[\\/]src[\\/].*\.js$/.test(id) || !code.includes('/* glsl */')) return null;
      return { code: minifyGlslModule(code), map: null };
    },
  };
}
