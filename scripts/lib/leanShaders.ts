/**
 * Which of three.js's built-in shaders the production build keeps (used by leanBundle.ts).
 *
 * three keeps the GLSL of every built-in material in two objects, `ShaderLib` (one program per
 * material kind) and `ShaderChunk` (the pieces those programs `#include`). The bundler cannot drop
 * object keys, so the entry would carry toon, matcap, phong, lambert, sprite, shadow, cube,
 * equirect… although the app draws only with the materials in {@link MATERIAL_SHADERS}. The build
 * keeps the programs those materials compile and every chunk they reach through `#include`, and
 * turns each other key into a getter that throws, naming this file: a material added later without
 * its entry here fails at its first compile, never draws black. A unit test checks every material
 * class and `#include` in `src/` against these lists.
 */
import { ShaderChunk } from 'three/src/renderers/shaders/ShaderChunk.js';
import { ShaderLib } from 'three/src/renderers/shaders/ShaderLib.js';

/**
 * The three.js material classes the app uses, with the `ShaderLib` program three's WebGLPrograms
 * compiles each with (its `shaderIDs`); `null` for materials that bring their own GLSL.
 */
export const MATERIAL_SHADERS: Readonly<Record<string, string | null>> = {
  MeshStandardMaterial: 'physical',
  MeshBasicMaterial: 'basic',
  LineBasicMaterial: 'basic',
  ShaderMaterial: null,
};

/**
 * `ShaderLib` programs kept: those of {@link MATERIAL_SHADERS}, and `standard`, whose uniforms
 * `physical` is built from. The scene background is a plain colour (a clear, no shader) and no
 * light casts shadows, so `background*`, `cube`, `depth`, `distance` and `shadow` are not needed.
 */
export const KEPT_SHADER_LIBS: readonly string[] = [
  ...new Set([
    'standard',
    ...Object.values(MATERIAL_SHADERS).filter((id): id is string => id !== null),
  ]),
];

/** Chunks three's WebGLProgram prepends to every fragment shader by name (not by `#include`). */
export const RENDERER_CHUNKS: readonly string[] = [
  'tonemapping_pars_fragment',
  'colorspace_pars_fragment',
];

const INCLUDE = /^[ \t]*#include +<([\w./]+)>/gm;

/** Names of the chunks a GLSL source `#include`s directly, in order. */
export const includesOf = (glsl: string): string[] =>
  [...glsl.matchAll(INCLUDE)].map((m) => m[1] as string);

/** `roots` and every chunk reachable from them through `#include`; throws on an unknown name. */
export function chunkClosure(
  chunks: Readonly<Record<string, string>>,
  roots: readonly string[],
): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const glsl = chunks[name];
    if (glsl === undefined) throw new Error(`three.js has no shader chunk '${name}'`);
    seen.add(name);
    for (const inc of includesOf(glsl)) visit(inc);
  };
  for (const r of roots) visit(r);
  return seen;
}

export interface ShaderSelection {
  /** `ShaderLib` keys kept. */
  readonly libs: ReadonlySet<string>;
  /** `ShaderChunk` keys kept. */
  readonly chunks: ReadonlySet<string>;
}

/** The kept programs and chunks, from three's own `ShaderLib` and `ShaderChunk` (as installed). */
export function shaderSelection(
  lib: Readonly<Record<string, { vertexShader: string; fragmentShader: string }>> = ShaderLib,
  chunks: Readonly<Record<string, string>> = ShaderChunk,
  keep: readonly string[] = KEPT_SHADER_LIBS,
): ShaderSelection {
  const nameOf = (glsl: string): string => {
    const name = Object.keys(chunks).find((k) => chunks[k] === glsl);
    if (name === undefined) throw new Error('a kept ShaderLib program is not in ShaderChunk');
    return name;
  };
  const roots = keep.flatMap((id) => {
    const program = lib[id];
    if (!program) throw new Error(`three.js has no ShaderLib program '${id}'`);
    return [nameOf(program.vertexShader), nameOf(program.fragmentShader)];
  });
  return { libs: new Set(keep), chunks: chunkClosure(chunks, [...roots, ...RENDERER_CHUNKS]) };
}
