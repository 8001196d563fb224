/**
 * Material of the trigger point ✕ markers: screen-sized point sprites with a per-point size (CSS
 * px), opacity and emphasis (0…1: the strokes of an emphasised ✕, e.g. the hovered candidate's, turn
 * magenta), drawn over every layer (no depth test). A marker more than a few centimetres
 * beyond the body's vertical axis (x = 0, z = 0, metres), seen along the camera's horizontal
 * viewing direction, is drawn faint: it lies on the far side of the body.
 */
import { Color, ShaderMaterial, type Texture } from 'three';

/**
 * Stroke colour of an emphasised ✕ (sRGB): a deep magenta, a hue nothing else on the body uses
 * (skin, teal sources, red/orange zones, blue pain drawing).
 */
const EMPHASIS = '#b0127a';

const VERTEX = /* glsl */ `
attribute float aSize;
attribute float aAlpha;
attribute float aEmph;
uniform float pixelRatio;
varying float vAlpha;
varying float vEmph;
void main() {
  vEmph = aEmph;
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
uniform vec3 emphColor;
varying float vAlpha;
varying float vEmph;
void main() {
  vec4 t = texture2D(map, gl_PointCoord);
  float a = t.a * vAlpha;
  if (a < 0.05) discard;
  // The dark core of the strokes takes the emphasis colour; the light outline stays.
  float core = 1.0 - dot(t.rgb, vec3(0.299, 0.587, 0.114));
  gl_FragColor = vec4(mix(t.rgb, emphColor, vEmph * core), a);
  #include <colorspace_fragment>
}
`;

/** Creates the marker material; `pixelRatio` is the renderer's device pixel ratio. */
export function createMarkerMaterial(map: Texture | null, pixelRatio: number): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: {
      map: { value: map },
      pixelRatio: { value: pixelRatio },
      emphColor: { value: new Color(EMPHASIS) },
    },
    transparent: true,
    depthTest: false,
    depthWrite: false,
  });
}
