/**
 * The "possible source" ghost: candidate muscles that the current layer hides (under the skin, or
 * under other muscles) are drawn a second time over everything, as a translucent teal veil with a
 * darker rim (an outline that reads without colour). It reads the same per-muscle state texture as
 * the muscle material (R visible in the main pass, G selected, B candidate strength, A hovered), so
 * a new ranking, a hover or a selection only rewrites that texture.
 *
 * Only the half of the body facing the camera is ghosted: a fragment more than a few centimetres
 * beyond the body's vertical axis (x = 0, z = 0, body frame in metres), seen along the camera's
 * horizontal viewing direction, fades out, so a muscle of the back does not show through the chest.
 */
import { Color, DataTexture, FrontSide, ShaderMaterial } from 'three';

/** Teal of the possible sources (kept apart from the blue drawing and the red/orange zones). */
export const SOURCE_COLOR = '#00a9bd';

const VERTEX = /* glsl */ `
attribute float muscleSlot;
uniform sampler2D muscleState;
varying vec4 vState;
varying vec3 vPosW;
varying vec3 vNormalW;
void main() {
  vState = texelFetch(muscleState, ivec2(int(muscleSlot + 0.5), 0), 0);
  vec4 wp = modelMatrix * vec4(position, 1.0);
  vPosW = wp.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  // Ghost only candidates that the main pass does not draw.
  bool shown = vState.b > 0.0 && vState.r < 0.25;
  gl_Position = shown ? projectionMatrix * viewMatrix * wp : vec4(2.0, 2.0, 2.0, 1.0);
}
`;

const FRAGMENT = /* glsl */ `
uniform vec3 color;
uniform float focus;
varying vec4 vState;
varying vec3 vPosW;
varying vec3 vNormalW;
void main() {
  vec3 toCam = normalize(cameraPosition - vPosW);
  float ndv = abs(dot(normalize(vNormalW), toCam));
  float rim = pow(1.0 - ndv, 1.6);
  // Depth beyond the body's vertical axis, along the horizontal viewing direction (m).
  vec2 fwd = -toCam.xz;
  float horiz = length(fwd);
  float beyond = horiz > 0.2 ? dot(vPosW.xz, fwd / horiz) : 0.0;
  float near = 1.0 - smoothstep(0.03, 0.09, beyond);
  float strength = vState.b;
  float hovered = vState.a;
  float a = (0.12 + 0.62 * strength) * (0.65 + 0.7 * rim);
  a = mix(a, 0.8 + 0.2 * rim, hovered);
  // With a muscle chosen, the other candidates step back.
  a *= mix(1.0, 0.3, focus * (1.0 - vState.g));
  a *= near;
  if (a < 0.01) discard;
  vec3 c = mix(color, color * 0.35, smoothstep(0.25, 0.7, rim));
  c = mix(c, vec3(0.2, 0.9, 0.85), 0.5 * hovered);
  gl_FragColor = vec4(c, min(a, 0.95));
  #include <colorspace_fragment>
}
`;

export interface GhostUniforms {
  /** 1 while a muscle is chosen (the other candidates fade further). */
  focus: { value: number };
}

/** The ghost material (one instance, shares the muscle state texture). */
export function createGhostMaterial(
  stateTexture: DataTexture,
): ShaderMaterial & { userData: { uniforms: GhostUniforms } } {
  const uniforms: GhostUniforms = { focus: { value: 0 } };
  const m = new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: {
      muscleState: { value: stateTexture },
      color: { value: new Color(SOURCE_COLOR) },
      ...uniforms,
    },
    transparent: true,
    depthTest: false,
    depthWrite: false,
    side: FrontSide,
  });
  return Object.assign(m, { userData: { uniforms } });
}
