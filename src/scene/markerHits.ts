/**
 * Where the ✕ markers are drawn, for taps: a tap close to a candidate's ✕ on screen chooses that
 * candidate (on the skin, the ✕ is the handle of a ghosted source muscle; the skin itself keeps
 * marking pain). Written by TriggerPointMarkers, read by BodySkin.
 */
import { Vector3, type Camera } from 'three';
import type { BodySide, MuscleId } from '../domain/ids';
import type { SidedTriggerPointKey } from '../domain/triggerPointKey';
import type { Vec3 } from './viewPresets';

export interface DrawnMarker {
  /** Sided trigger point key, e.g. `l:upper-trapezius-1`. */
  readonly key: SidedTriggerPointKey;
  readonly muscle: MuscleId;
  readonly side: BodySide;
  /** Body frame, metres. */
  readonly position: Vec3;
  /** True for a candidate's marker (tappable), false for the chosen muscle's own points. */
  readonly candidate: boolean;
}

let drawn: readonly DrawnMarker[] = [];

export function setDrawnMarkers(markers: readonly DrawnMarker[]): void {
  drawn = markers;
}

/** The markers drawn in the last update. */
export const drawnMarkers = (): readonly DrawnMarker[] => drawn;

const v = new Vector3();

/**
 * The candidate marker nearest to a pointer at normalised device coordinates (x, y in −1…1, y up)
 * within `radiusPx` CSS pixels on a canvas of `width` × `height` CSS pixels, or undefined.
 */
export function candidateMarkerAt(
  camera: Camera,
  ndc: { x: number; y: number },
  width: number,
  height: number,
  radiusPx = 12,
): DrawnMarker | undefined {
  let best: DrawnMarker | undefined;
  let bestD = radiusPx;
  for (const m of drawn) {
    if (!m.candidate) continue;
    v.set(...m.position).project(camera);
    if (v.z > 1) continue;
    const d = Math.hypot(((v.x - ndc.x) * width) / 2, ((v.y - ndc.y) * height) / 2);
    if (d <= bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}

/**
 * Chooses the candidate whose ✕ is under a tap (see `candidateMarkerAt`); true when one was.
 * `choose` receives the muscle and the sided trigger point key.
 */
export function chooseMarkerAt(
  e: { readonly camera: Camera; readonly pointer: { x: number; y: number } },
  size: { readonly width: number; readonly height: number },
  choose: (m: DrawnMarker) => void,
): boolean {
  const m = candidateMarkerAt(e.camera, e.pointer, size.width, size.height);
  if (m) choose(m);
  return !!m;
}
