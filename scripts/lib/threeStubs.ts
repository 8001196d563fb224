/**
 * Stand-ins for three.js renderer parts the app never runs, used by the production build
 * (leanBundle.ts) in place of three's own modules. three's WebGLRenderer creates all of them up
 * front, so the bundler keeps them (about 10 KB gzip before the first frame) although:
 *
 * - WebXR: the app never starts an immersive session;
 * - shadow maps: no light casts shadows (R3F's `shadows` is off, nothing sets `castShadow`);
 * - environment maps: no material has an `envMap`, the scene has no `environment`, and its
 *   background is a plain colour (a clear, no cube or PMREM texture);
 * - the output pass: three creates it only for an `outputBufferType` other than bytes (for
 *   post-processing with `setEffects`), which neither the app nor R3F asks for.
 *
 * Each stand-in keeps the members three's renderer and R3F read, with the values the real module
 * has when the feature is off, and throws, naming this file, as soon as anything turns the feature
 * on: a later use fails at once instead of silently drawing without it. A unit test checks that
 * each stand-in has every member of the module it replaces.
 */

/** The throw every stand-in uses. */
const LEFT_OUT =
  'const leftOut = (what) => { throw new Error(`three.js ${what} is left out of this build' +
  ' (scripts/lib/threeStubs.ts)`); };';

const WEBXR_MANAGER = `${LEFT_OUT}
const xr = (name) => function () { leftOut('WebXR (renderer.xr.' + name + ')'); };
class WebXRManager {
  constructor() {
    this.cameraAutoUpdate = true;
    this.isPresenting = false;
  }
  get enabled() { return false; }
  set enabled(on) { if (on) leftOut('WebXR (renderer.xr.enabled)'); }
  addEventListener() {}
  hasEventListener() { return false; }
  removeEventListener() {}
  dispatchEvent() {}
  getSession() { return null; }
  getFrame() { return null; }
  getBaseLayer() { return null; }
  getBinding() { return null; }
  getReferenceSpace() { return null; }
  getDepthTexture() { return null; }
  getEnvironmentBlendMode() { return undefined; }
  getFoveation() { return undefined; }
  hasDepthSensing() { return false; }
  getDepthSensingMesh() { return null; }
  setAnimationLoop() {}
  dispose() {}
}
for (const name of ['setSession', 'getController', 'getControllerGrip', 'getHand', 'getCamera',
  'updateCamera', 'getCameraTexture', 'setReferenceSpace', 'setReferenceSpaceType',
  'setFramebufferScaleFactor', 'setFoveation']) WebXRManager.prototype[name] = xr(name);
export { WebXRManager };
`;

/** three's `PCFShadowMap` (constants.js), the type the real shadow map starts with. */
export const PCF_SHADOW_MAP = 1;

const WEBGL_SHADOW_MAP = `${LEFT_OUT}
function WebGLShadowMap() {
  this.autoUpdate = true;
  this.needsUpdate = false;
  this.type = ${PCF_SHADOW_MAP};
  Object.defineProperty(this, 'enabled', {
    enumerable: true,
    get: () => false,
    set: (on) => { if (on) leftOut('shadow maps (renderer.shadowMap.enabled)'); },
  });
  this.render = function () {};
}
export { WebGLShadowMap };
`;

const WEBGL_ENVIRONMENTS = `${LEFT_OUT}
function WebGLEnvironments() {
  return {
    get(texture) {
      if (texture === null || texture === undefined) return null;
      return leftOut('environment maps and texture backgrounds (envMap, scene.environment, scene.background)');
    },
    dispose() {},
  };
}
export { WebGLEnvironments };
`;

const WEBGL_OUTPUT = `${LEFT_OUT}
class WebGLOutput {
  constructor() { leftOut('the output pass (outputBufferType, setEffects)'); }
}
export { WebGLOutput };
`;

/** Replacement source by path under `three/src/`. */
export const THREE_STUBS: Readonly<Record<string, string>> = {
  'renderers/webxr/WebXRManager.js': WEBXR_MANAGER,
  'renderers/webgl/WebGLShadowMap.js': WEBGL_SHADOW_MAP,
  'renderers/webgl/WebGLEnvironments.js': WEBGL_ENVIRONMENTS,
  'renderers/webgl/WebGLOutput.js': WEBGL_OUTPUT,
};

/** The stand-in for a module id (an absolute path), if that module has one. */
export function threeStubFor(id: string): string | undefined {
  const m = /[\\/]node_modules[\\/]three[\\/]src[\\/](.+)$/.exec(id);
  return m ? THREE_STUBS[(m[1] as string).replace(/\\/g, '/')] : undefined;
}
