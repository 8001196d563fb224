/**
 * Material of the merged muscle geometry: a lit standard material with muscle-red colour, a
 * subtle striation along the fibres (from the per-vertex `uv`: x = fleshy 0 tendon … 1 belly, y = across the fibres),
 * pale tendinous ends, and a per-muscle state read from a small data texture:
 * one texel per muscle slot (dataset index × 2 + side), R = visible (255, or 128 for a thin sheet
 * drawn as a veil of separate fibres so the muscles beneath show), G = selected,
 * B = candidate strength (0 none … 255 best), A = hovered. Hidden muscles are clipped in the vertex
 * shader, so nothing is rebuilt when the layer or the selection changes.
 */
import type { MuscleAsset } from '../body/muscles/asset';
import type { Layer } from '../domain/urlState';
import { bestPerMuscleSide } from '../domain/rank';
import type { AtlasState } from '../state/store';
import {
  DataTexture,
  MeshStandardMaterial,
  NearestFilter,
  RGBAFormat,
  UnsignedByteType,
  type WebGLProgramParametersWithUniforms,
} from 'three';

export interface MuscleState {
  visible: boolean;
  /** Draw as a veil of fibres (thin superficial sheet, not selected). */
  veil?: boolean;
  selected: boolean;
  /** 0 = not a candidate, 1 = best candidate. */
  candidate: number;
  hovered: boolean;
}

/** A width × 1 RGBA texture with one texel per muscle slot. */
export function createMuscleStateTexture(slots: number): DataTexture {
  const width = Math.max(1, slots);
  const tex = new DataTexture(new Uint8Array(width * 4), width, 1, RGBAFormat, UnsignedByteType);
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.needsUpdate = true;
  return tex;
}

/** Writes the state of every slot; returns true if anything changed. */
export function writeMuscleStates(tex: DataTexture, state: (slot: number) => MuscleState): boolean {
  const data = tex.image.data as Uint8Array;
  let changed = false;
  for (let s = 0; s < tex.image.width; s++) {
    const st = state(s);
    const o = 4 * s;
    const r = st.visible ? (st.veil ? 128 : 255) : 0;
    const g = st.selected ? 255 : 0;
    const b = Math.round(st.candidate * 255);
    const a = st.hovered ? 255 : 0;
    if (data[o] !== r || data[o + 1] !== g || data[o + 2] !== b || data[o + 3] !== a) {
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = a;
      changed = true;
    }
  }
  if (changed) tex.needsUpdate = true;
  return changed;
}

const VERTEX_HEAD = /* glsl */ `
attribute float muscleSlot;
uniform sampler2D muscleState;
varying vec4 vMuscle;
varying vec2 vFibre;
`;

const VERTEX_BODY = /* glsl */ `
#include <begin_vertex>
vMuscle = texelFetch(muscleState, ivec2(int(muscleSlot + 0.5), 0), 0);
vFibre = uv;
if (vMuscle.r < 0.5) transformed = vec3(0.0, -100.0, 0.0);
`;

const FRAGMENT_HEAD = /* glsl */ `
varying vec4 vMuscle;
varying vec2 vFibre;
uniform float striation;
uniform float focus;
`;

const FRAGMENT_COLOR = /* glsl */ `
#include <color_fragment>
if (vMuscle.r < 0.75 && fract(vFibre.y * striation * 1.5) > 0.45) discard;
{
  float stripe = 0.5 + 0.5 * sin(vFibre.y * 6.2831853 * striation);
  float fine = 0.5 + 0.5 * sin(vFibre.y * 6.2831853 * striation * 3.7);
  vec3 base = diffuseColor.rgb * (0.86 + 0.1 * stripe + 0.05 * fine);
  float edge = smoothstep(0.0, 0.06, vFibre.y) * smoothstep(1.0, 0.94, vFibre.y);
  base *= 0.62 + 0.38 * edge;
  float tendon = 1.0 - smoothstep(0.05, 0.6, vFibre.x);
  // Tendons pearly white (cooler than the ivory bones under them).
  base = mix(base, vec3(0.9, 0.92, 0.96), tendon * 0.9);
  // With a muscle chosen, the others recede to a pale, desaturated context so the chosen one
  // and the red referral zones on the skin stand out.
  float luma = dot(base, vec3(0.3, 0.59, 0.11));
  base = mix(base, vec3(luma) * vec3(1.2, 1.1, 1.04) + vec3(0.2), focus * (1.0 - vMuscle.g) * 0.72);
  // Possible sources: teal, the same hue as their ghost through the skin (see ghostMaterial.ts).
  base = mix(base, vec3(0.06, 0.62, 0.66), step(0.01, vMuscle.b) * (0.25 + 0.45 * vMuscle.b));
  base = mix(base, vec3(1.0, 0.86, 0.3), vMuscle.g * 0.62);
  base = mix(base, vec3(1.0, 0.95, 0.85), vMuscle.a * 0.35);
  diffuseColor.rgb = base;
}
`;

const EMISSIVE = /* glsl */ `
#include <emissivemap_fragment>
totalEmissiveRadiance += vec3(0.35, 0.25, 0.02) * vMuscle.g;
`;

export interface MuscleMaterialOptions {
  readonly stateTexture: DataTexture;
  /** Base colour of muscle tissue (default deep muscle red). */
  readonly color?: string;
  /** Stripes across a muscle's width (default 14). */
  readonly striation?: number;
}

/** Uniforms the app changes after creation. */
export interface MuscleUniforms {
  /** 1 while a muscle is chosen: the other muscles fade to context (0 = all in full colour). */
  focus: { value: number };
}

/** The muscle material (one instance for the merged geometry). */
export function createMuscleMaterial(
  o: MuscleMaterialOptions,
): MeshStandardMaterial & { userData: { uniforms: MuscleUniforms } } {
  const uniforms: MuscleUniforms = { focus: { value: 0 } };
  const m = new MeshStandardMaterial({
    color: o.color ?? '#a4352d',
    roughness: 0.55,
    metalness: 0,
  });
  m.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms['muscleState'] = { value: o.stateTexture };
    shader.uniforms['striation'] = { value: o.striation ?? 14 };
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader =
      VERTEX_HEAD + shader.vertexShader.replace('#include <begin_vertex>', VERTEX_BODY);
    shader.fragmentShader =
      FRAGMENT_HEAD +
      shader.fragmentShader
        .replace('#include <color_fragment>', FRAGMENT_COLOR)
        .replace('#include <emissivemap_fragment>', EMISSIVE);
  };
  m.customProgramCacheKey = () => 'referral-atlas-muscle-v1';
  return Object.assign(m, { userData: { uniforms } });
}

/** Muscle layers (0 superficial, 1 intermediate, 2 deep) shown at each outermost app layer. */
const FIRST_SHOWN: Record<Layer, number> = {
  skin: 3,
  xray: 0,
  superficial: 0,
  intermediate: 1,
  deep: 2,
};
const LAYER_INDEX = { superficial: 0, intermediate: 1, deep: 2 } as const;

/** How many of the best candidates are drawn strong; the rest are faint. */
export const STRONG_CANDIDATES = 3;

/** Candidate strength (0…1] of the candidate at `rank` (0 = best): the top few strong, the rest faint. */
export function candidateStrength(rank: number): number {
  return rank < STRONG_CANDIDATES ? 1 - 0.12 * rank : Math.max(0.2, 0.4 - 0.05 * rank);
}

/** Per muscle index of an asset: its layer index (-1 where no muscle has it), veil, id. */
interface AssetSlots {
  readonly layer: Int8Array;
  readonly veil: Uint8Array;
  readonly id: readonly (string | undefined)[];
}

/** Built once per asset: every tap and choice reads them (see {@link muscleStates}). */
const slotTables = new WeakMap<MuscleAsset, AssetSlots>();

function assetSlots(asset: MuscleAsset): AssetSlots {
  const known = slotTables.get(asset);
  if (known) return known;
  const n = asset.muscles.reduce((max, m) => Math.max(max, m.index + 1), 0);
  const table = {
    layer: new Int8Array(n).fill(-1),
    veil: new Uint8Array(n),
    id: new Array<string>(n),
  };
  for (const m of asset.muscles) {
    table.layer[m.index] = LAYER_INDEX[m.layer];
    table.veil[m.index] = m.veil ? 1 : 0;
    table.id[m.index] = m.id;
  }
  slotTables.set(asset, table);
  return table;
}

/** The state texel of every slot from the store's state. */
export function muscleStates(
  s: Pick<AtlasState, 'atlas' | 'layer' | 'muscle' | 'ranking' | 'side'> &
    Partial<Pick<AtlasState, 'hoverCandidate'>>,
  asset: MuscleAsset,
  opts: { isolate: boolean; candidateCount: number; hovered: number },
): (slot: number) => MuscleState {
  const slots = assetSlots(asset);
  const cand = new Map<number, number>();
  bestPerMuscleSide(s.ranking.candidates)
    .slice(0, opts.candidateCount)
    .forEach((c, rank) => {
      const m = s.atlas?.muscleById.get(c.muscle);
      if (m) cand.set(m.index * 2 + (c.side === 'left' ? 0 : 1), candidateStrength(rank));
    });
  const hc = s.hoverCandidate && s.atlas?.muscleById.get(s.hoverCandidate.muscle);
  const listHovered = hc ? hc.index * 2 + (s.hoverCandidate?.side === 'right' ? 1 : 0) : -1;
  const first = FIRST_SHOWN[s.layer];
  return (slot) => {
    const index = slot >> 1;
    const chosen = s.muscle !== undefined && slots.id[index] === s.muscle;
    const selected = chosen && (slot & 1 ? 'right' : 'left') === s.side;
    const layer = slots.layer[index] ?? -1;
    const byLayer = layer >= 0 && layer >= first && !(opts.isolate && s.muscle !== undefined);
    return {
      // At the skin layer only the selected muscle on the selected side shows (under translucent skin).
      visible: layer >= 0 && (byLayer || (s.layer === 'skin' ? selected : chosen)),
      veil: slots.veil[index] === 1 && !chosen,
      selected,
      candidate: cand.get(slot) ?? 0,
      hovered: slot === opts.hovered || slot === listHovered,
    };
  };
}
