/**
 * Build-only Vite plugin: bundle three.js from its ES module sources instead of its prebuilt
 * `build/three.module.js`, and strip comments and indentation from its GLSL chunks.
 *
 * Why: the prebuilt file is one module, so the bundler keeps everything in it that has a top-level
 * side effect (the animation tracks' prototype assignments, for example) and cannot move classes
 * that only lazy chunks use out of the entry. The sources are one module per class and three's
 * `package.json` marks them free of side effects. The shader chunks (`*.glsl.js`, about 36 KB gzip)
 * are shipped with their comments and indentation; three's own release build used to strip them
 * the same way. A line never merges with the next, so preprocessor directives stay intact.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The entry of three's sources (what `three/build/three.module.js` is built from). */
export const THREE_SOURCE_ENTRY = fileURLToPath(
  new URL('../../node_modules/three/src/Three.js', import.meta.url),
);

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

/** The plugin; applies to production builds only (dev and Vitest use the package as shipped). */
export function threeFromSource(): Plugin {
  return {
    name: 'referral-atlas:three-from-source',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^three$/, replacement: THREE_SOURCE_ENTRY }] } }),
    transform(code, id) {
      if (!/[\\/]three[\\/]src[\\/].*\.js$/.test(id) || !code.includes('/* glsl */')) return null;
      return { code: minifyGlslModule(code), map: null };
    },
  };
}
