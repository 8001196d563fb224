/**
 * Skin material: a physically based skin tone with the region overlay (pain drawing,
 * essential zone solid, spillover stippled, hover) added in the fragment shader from the
 * per-vertex `regionIndex` attribute and the region data texture.
 */
import { Color, MeshStandardMaterial, type DataTexture } from 'three';

export interface SkinMaterialOptions {
  readonly regionTexture: DataTexture;
  /**
   * Uniforms to share with another skin material (its `userData.uniforms`), so that a twin reads
   * the same overlay colours and print settings. Default: a set of its own.
   */
  readonly uniforms?: SkinUniforms;
}

export interface SkinUniforms {
  uRegionTex: { value: DataTexture };
  uEssential: { value: Color };
  uSpill: { value: Color };
  uDrawing: { value: Color };
  /** 1 hatches the pain drawing everywhere (print: tells it apart from a solid zone without colour). */
  uHatchDrawing: { value: number };
}

const VERTEX_HEAD = /* glsl */ `
attribute float regionIndex;
flat varying float vRegion;
`;
const FRAGMENT_HEAD = /* glsl */ `
uniform sampler2D uRegionTex;
uniform vec3 uEssential;
uniform vec3 uSpill;
uniform vec3 uDrawing;
uniform float uHatchDrawing;
flat varying float vRegion;
`;
/** Runs after the lit colour is known; stipple and hatch are in screen space (px). */
const FRAGMENT_OVERLAY = /* glsl */ `
{
  vec4 reg = texelFetch(uRegionTex, ivec2(int(vRegion + 0.5), 0), 0);
  vec3 col = gl_FragColor.rgb;
  vec2 px = gl_FragCoord.xy;
  float light = dot(col, vec3(0.3333));
  if (reg.g > 0.5) {
    col = mix(col, uEssential * (0.55 + 0.6 * light), 0.82);
  } else if (reg.b > 0.5) {
    vec2 cell = mod(px, 6.0) - 3.0;
    float dotMask = step(dot(cell, cell), 4.5);
    col = mix(col, uSpill * (0.6 + 0.5 * light), 0.35 + 0.45 * dotMask);
  }
  if (reg.r > 0.0) {
    float stripe = step(mod(px.x + px.y, 9.0), 3.0);
    float hasZone = max(max(reg.g, reg.b), uHatchDrawing);
    float a = mix(0.55 + 0.35 * reg.r, (0.45 + 0.4 * reg.r) * stripe, step(0.5, hasZone));
    col = mix(col, uDrawing * (0.6 + 0.5 * light), a);
  }
  if (reg.a > 0.5) col = mix(col, vec3(1.0), 0.28);
  gl_FragColor.rgb = col;
  // Peeled or x-rayed skin stays see-through, but the zones and the drawing stay readable on it.
  if (reg.g > 0.5) gl_FragColor.a = max(gl_FragColor.a, 0.8);
  else if (reg.b > 0.5 || reg.r > 0.0) gl_FragColor.a = max(gl_FragColor.a, 0.6);
}
`;

/** Creates the skin material; call `dispose()` when the canvas unmounts. */
export function createSkinMaterial(
  opts: SkinMaterialOptions,
): MeshStandardMaterial & { userData: { uniforms: SkinUniforms } } {
  const uniforms: SkinUniforms = opts.uniforms ?? {
    uRegionTex: { value: opts.regionTexture },
    uEssential: { value: new Color('#d1332e') },
    uSpill: { value: new Color('#f08a3c') },
    uDrawing: { value: new Color('#2f4bd6') },
    uHatchDrawing: { value: 0 },
  };
  const mat = new MeshStandardMaterial({
    color: new Color('#e3b79b'),
    roughness: 0.62,
    metalness: 0,
  });
  mat.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader =
      VERTEX_HEAD +
      shader.vertexShader.replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\n  vRegion = regionIndex;',
      );
    shader.fragmentShader =
      FRAGMENT_HEAD +
      shader.fragmentShader.replace(
        '#include <dithering_fragment>',
        '#include <dithering_fragment>\n' + FRAGMENT_OVERLAY,
      );
  };
  mat.customProgramCacheKey = () => 'referral-atlas-skin-v2';
  return Object.assign(mat, { userData: { uniforms } });
}
