/**
 * Material of the trigger point ✕ markers: screen-sized point sprites with a per-point size (CSS
 * px) and opacity, drawn over every layer (no depth test). A marker more than a few centimetres
 * beyond the body's vertical axis (x = 0, z = 0, metres), seen along the camera's horizontal
 * viewing direction, is drawn faint: it lies on the far side of the body.
 */
import { ShaderMaterial, type Texture } from 'three';

const VERTEX = /* glsl */ `
attribute float aSize;
attribute float aAlpha;
uniform float pixelRatio;
varying float vAlpha;
void main() {
  vec4 wp = modelMatrix * vec4(position, 1.0);
  vec3 toCam = normalize(cameraPosition - wp.xyz);
  vec2 fwd = -toCam.xz;
  float horiz = length(fwd);
  float beyond = horiz > 0.2 ? dot(wp.xz, fwd / horiz) : 0.0;
  vAlpha = aAlpha * mix(1.0, 0.35, smoothstep(0.03, 0.09, beyond));
  gl_PointSize = aSize * pixelRatio;
  gl_Position = projectionMatrix * viewMatrix * wp;
}
`;

const FRAGMENT = /* glsl */ `
uniform sampler2D map;
varying float vAlpha;
void main() {
  vec4 t = texture2D(map, gl_PointCoord);
  float a = t.a * vAlpha;
  if (a < 0.05) discard;
  gl_FragColor = vec4(t.rgb, a);
  #include <colorspace_fragment>
}
`;

/** Creates the marker material; `pixelRatio` is the renderer's device pixel ratio. */
export function createMarkerMaterial(map: Texture | null, pixelRatio: number): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: { map: { value: map }, pixelRatio: { value: pixelRatio } },
    transparent: true,
    depthTest: false,
    depthWrite: false,
  });
}
