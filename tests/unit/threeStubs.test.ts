/**
 * The build's stand-ins for three.js's WebXR, shadow-map and environment-map parts
 * (scripts/lib/threeStubs.ts) keep every member of the module they replace, behave as that module
 * does while the feature is off, and throw as soon as something turns the feature on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { PCFShadowMap } from 'three';
import { describe, expect, it } from 'vitest';
import { PCF_SHADOW_MAP, THREE_STUBS, threeStubFor } from '../../scripts/lib/threeStubs';
import { GL_ATTRIBUTES } from '../../src/state/browser';

const THREE_SRC = 'node_modules/three/src';

/** Evaluates a stand-in's module code and returns its one export. */
function load(path: string): unknown {
  const code = THREE_STUBS[path];
  if (code === undefined) throw new Error(`no stand-in for ${path}`);
  const name = /export \{ (\w+) \};/.exec(code)?.[1];
  return new Function(`${code.replace(/^export .*$/gm, '')}\nreturn ${name};`)();
}

/** Members the real module sets on its instance (`this.x =`) or returns (`return { x: … }`). */
function realMembers(path: string): string[] {
  const src = readFileSync(`${THREE_SRC}/${path}`, 'utf8');
  const own = [...src.matchAll(/^\t+this\.(\w+) = /gm)].map((m) => m[1] as string);
  const returned = /\n\treturn \{([^}]*)\};\n\n\}/.exec(src)?.[1] ?? '';
  const keys = [...returned.matchAll(/(\w+):/g)].map((m) => m[1] as string);
  return [...new Set([...own, ...keys])];
}

/** R3F's core (its file name carries a content hash). */
const FIBER = 'node_modules/@react-three/fiber/dist';
const FIBER_CORE = readdirSync(FIBER).filter((f) => /^events-.*\.esm\.js$/.test(f));

const read = (files: readonly string[]): string =>
  files.map((f) => readFileSync(f, 'utf8')).join('\n');
/** three's code that uses the replaced parts (the renderer holds them as `xr`, `shadowMap`…). */
const THREE_USERS = read(
  ['renderers/WebGLRenderer.js', 'renderers/webgl/WebGLBackground.js']
    .concat(['renderers/webgl/WebGLPrograms.js', 'cameras/CubeCamera.js'])
    .map((f) => `${THREE_SRC}/${f}`),
);
const FIBER_USERS = read(FIBER_CORE.map((f) => `${FIBER}/${f}`));

/** Members of the renderer's `field` that three's renderer and R3F read or call. */
function usedMembers(field: 'xr' | 'shadowMap' | 'environments'): string[] {
  const names = (src: string, re: RegExp): string[] =>
    [...src.matchAll(re)].map((m) => m[1] as string);
  // R3F reaches the renderer as `gl.xr`, `(_gl$xr = gl.xr)`, `(_xr2 = xr())`…
  const fiber =
    field === 'xr'
      ? /(?:\bgl\.xr|\$xr\d*|\b_xr\d*|\bxr\(\))\.(\w+)/g
      : new RegExp(`\\bgl\\.${field}\\.(\\w+)`, 'g');
  return [
    ...new Set([
      ...names(THREE_USERS, new RegExp(`\\b${field}\\.(\\w+)`, 'g')),
      ...names(FIBER_USERS, fiber),
    ]),
  ];
}

describe('three.js stand-ins of the production build', () => {
  it("read R3F's use of the renderer", () => {
    expect(FIBER_CORE).toHaveLength(1);
    expect(usedMembers('xr')).toEqual(expect.arrayContaining(['setAnimationLoop', 'getSession']));
    expect(usedMembers('shadowMap')).toContain('needsUpdate');
    expect(usedMembers('environments')).toContain('get');
  });

  it('replace exactly the modules they name, by path under three/src', () => {
    for (const path of Object.keys(THREE_STUBS)) {
      expect(() => readFileSync(`${THREE_SRC}/${path}`)).not.toThrow();
      expect(threeStubFor(`/x/node_modules/three/src/${path}`)).toBe(THREE_STUBS[path]);
    }
    expect(threeStubFor('/x/node_modules/three/src/renderers/WebGLRenderer.js')).toBeUndefined();
    expect(threeStubFor('/x/src/renderers/webxr/WebXRManager.js')).toBeUndefined();
  });

  it('WebXRManager: every member of the real one; off, and throws when turned on', () => {
    const Xr = load('renderers/webxr/WebXRManager.js') as new () => Record<string, unknown>;
    const xr = new Xr();
    const members = [...realMembers('renderers/webxr/WebXRManager.js'), 'addEventListener'];
    expect(members.length).toBeGreaterThan(20);
    for (const m of [...members, ...usedMembers('xr')]) expect(xr, m).toHaveProperty(m);
    expect(xr.enabled).toBe(false);
    expect(xr.isPresenting).toBe(false);
    xr.enabled = false;
    expect(() => (xr.enabled = true)).toThrow(/WebXR .* left out of this build/);
    expect(() => (xr.setSession as () => void)()).toThrow(/scripts\/lib\/threeStubs\.ts/);
    expect((xr.getSession as () => unknown)()).toBeNull();
  });

  it('WebGLShadowMap: every member of the real one; off, and throws when turned on', () => {
    const Shadows = load('renderers/webgl/WebGLShadowMap.js') as new () => Record<string, unknown>;
    const shadows = new Shadows();
    const members = realMembers('renderers/webgl/WebGLShadowMap.js');
    expect(members).toEqual(expect.arrayContaining(['enabled', 'type', 'render']));
    for (const m of [...members, ...usedMembers('shadowMap')]) {
      expect(shadows, m).toHaveProperty(m);
    }
    expect(PCF_SHADOW_MAP).toBe(PCFShadowMap);
    expect(shadows.type).toBe(PCFShadowMap);
    expect(shadows.enabled).toBe(false);
    shadows.enabled = false;
    expect(() => (shadows.enabled = true)).toThrow(/shadow maps .* left out of this build/);
  });

  it('WebGLEnvironments: every member of the real one; no map is fine, any map throws', () => {
    const make = load('renderers/webgl/WebGLEnvironments.js') as () => Record<string, unknown>;
    const envs = make();
    const members = realMembers('renderers/webgl/WebGLEnvironments.js');
    expect(members).toEqual(['get', 'dispose']);
    for (const m of [...members, ...usedMembers('environments')]) {
      expect(envs, m).toHaveProperty(m);
    }
    const get = envs.get as (t: unknown, pmrem?: boolean) => unknown;
    expect(get(null, true)).toBeNull();
    expect(get(undefined)).toBeNull();
    expect(() => get({ isTexture: true }, true)).toThrow(/environment maps .* left out/);
  });

  it('WebGLOutput: never created (bytes output, no outputBufferType), and throws if it were', () => {
    const renderer = readFileSync(`${THREE_SRC}/renderers/WebGLRenderer.js`, 'utf8');
    expect(renderer).toMatch(
      /if \( _outputBufferType !== UnsignedByteType \) \{\s+output = new WebGLOutput\(/,
    );
    expect(FIBER_USERS).not.toMatch(/outputBufferType/);
    expect(GL_ATTRIBUTES).not.toHaveProperty('outputBufferType');
    const Output = load('renderers/webgl/WebGLOutput.js') as new () => unknown;
    expect(() => new Output()).toThrow(/output pass .* left out of this build/);
  });
});
