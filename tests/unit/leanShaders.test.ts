/**
 * The production build keeps only the three.js shaders of the materials the app uses
 * (scripts/lib/leanShaders.ts). These tests read the app's sources, so a new material or
 * `#include` that the kept set lacks fails here instead of drawing nothing in a user's browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { pruneObjectLiteral } from '../../scripts/lib/leanBundle';
import {
  chunkClosure,
  includesOf,
  KEPT_SHADER_LIBS,
  MATERIAL_SHADERS,
  RENDERER_CHUNKS,
  shaderSelection,
} from '../../scripts/lib/leanShaders';

const THREE_SRC = 'node_modules/three/src';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

const APP = sources('src').map((f) => ({ file: f, code: readFileSync(f, 'utf8') }));

/** three.js material classes a source names: identifiers, and JSX tags like `<meshBasicMaterial>`. */
function materialsIn(code: string): string[] {
  const names = [
    ...[...code.matchAll(/\b([A-Z]\w*Material)\b/g)].map((m) => m[1] as string),
    ...[...code.matchAll(/<([a-z]\w*Material)\b/g)].map((m) => {
      const tag = m[1] as string;
      return tag.charAt(0).toUpperCase() + tag.slice(1);
    }),
  ];
  return names.filter((n) => n in THREE);
}

/** Evaluates a pruned module's code and returns its binding `name`. */
function evaluate(code: string, name: string): Record<string, unknown> {
  const body = code.replace(/^export .*$/gm, '');
  return new Function(`${body}\nreturn ${name};`)() as Record<string, unknown>;
}

describe('three.js shaders kept by the build', () => {
  const selection = shaderSelection();

  it('covers every three.js material class the app names', () => {
    const found = new Set(APP.flatMap((f) => materialsIn(f.code)));
    expect(found.size).toBeGreaterThan(2);
    for (const m of found)
      expect(MATERIAL_SHADERS, `${m} is not in leanShaders.ts`).toHaveProperty(m);
  });

  it('maps each material to the program three compiles it with (WebGLPrograms shaderIDs)', () => {
    const programs = readFileSync(`${THREE_SRC}/renderers/webgl/WebGLPrograms.js`, 'utf8');
    for (const [material, id] of Object.entries(MATERIAL_SHADERS)) {
      const listed = new RegExp(`\\b${material}: '(\\w+)'`).exec(programs)?.[1] ?? null;
      expect(listed, material).toBe(id);
      if (id !== null) expect(KEPT_SHADER_LIBS).toContain(id);
    }
  });

  it("keeps every chunk the app's GLSL includes or its onBeforeCompile replaces", () => {
    const includes = APP.flatMap((f) => includesOf(f.code.replace(/#include </g, '\n#include <')));
    expect(includes).toContain('colorspace_fragment');
    expect(includes).toContain('dithering_fragment');
    for (const inc of includes) expect(selection.chunks, inc).toContain(inc);
  });

  it('keeps the chunks WebGLProgram reads by name', () => {
    const program = readFileSync(`${THREE_SRC}/renderers/webgl/WebGLProgram.js`, 'utf8');
    const byName = [...program.matchAll(/ShaderChunk\[ '(\w+)' \]/g)].map((m) => m[1]);
    expect(byName.length).toBeGreaterThan(0);
    expect([...RENDERER_CHUNKS].sort()).toEqual([...new Set(byName)].sort());
    for (const c of RENDERER_CHUNKS) expect(selection.chunks).toContain(c);
  });

  it('drops the programs and chunks of unused materials', () => {
    expect([...selection.libs].sort()).toEqual(['basic', 'physical', 'standard']);
    expect(selection.chunks).toContain('meshphysical_frag');
    expect(selection.chunks).toContain('lights_physical_pars_fragment');
    for (const gone of [
      'meshtoon_frag',
      'meshphong_vert',
      'sprite_frag',
      'shadow_vert',
      'cube_vert',
    ])
      expect(selection.chunks).not.toContain(gone);
  });

  it('follows includes transitively and fails on an unknown chunk', () => {
    const chunks = { a: '#include <b>\nx', b: '  #include <c>', c: 'y', d: 'z' };
    expect([...chunkClosure(chunks, ['a'])]).toEqual(['a', 'b', 'c']);
    expect(() => chunkClosure(chunks, ['nope'])).toThrow(/no shader chunk 'nope'/);
  });
});

describe('pruneObjectLiteral', () => {
  it('keeps the listed keys and makes every other one throw, naming it', () => {
    const code = "const Lib = {\n\ta: { v: 1 },\n\tb: 'x',\n\t'c': 3\n};\nexport { Lib };\n";
    const out = pruneObjectLiteral(code, 'Lib', new Set(['a']));
    expect(out.removed).toEqual(['b', 'c']);
    const lib = evaluate(out.code, 'Lib');
    expect(lib.a).toEqual({ v: 1 });
    expect(Object.keys(lib)).toEqual(['a']);
    expect(() => lib.b).toThrow(/three\.js Lib\.b is left out of this build/);
    expect(() => lib.c).toThrow(/scripts\/lib\/leanShaders\.ts/);
  });

  it('fails when the module has no such literal', () => {
    expect(() => pruneObjectLiteral('export const Lib = 1;', 'Lib', new Set())).toThrow(
      /no object literal 'const Lib/,
    );
  });

  it("prunes three's own ShaderLib and ShaderChunk modules", () => {
    const { libs, chunks } = shaderSelection();
    const lib = readFileSync(`${THREE_SRC}/renderers/shaders/ShaderLib.js`, 'utf8');
    const chunk = readFileSync(`${THREE_SRC}/renderers/shaders/ShaderChunk.js`, 'utf8');
    const prunedLib = pruneObjectLiteral(lib, 'ShaderLib', libs);
    expect(prunedLib.removed).toContain('toon');
    expect(prunedLib.removed).not.toContain('basic');
    expect(prunedLib.code).toContain('ShaderLib.physical =');
    const prunedChunk = pruneObjectLiteral(chunk, 'ShaderChunk', chunks);
    // Every program is either kept or guarded (`physical` is assigned after the literal).
    expect(prunedLib.removed.length + libs.size).toBe(Object.keys(THREE.ShaderLib).length);
    expect(prunedChunk.removed.length + chunks.size).toBe(Object.keys(THREE.ShaderChunk).length);
    expect(prunedChunk.removed).toContain('meshtoon_frag');
  });
});
