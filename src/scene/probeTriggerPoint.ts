/**
 * Screen position of a trigger point for the test probe: where its ✕ marker is drawn (the
 * marker geometry holds the current selection's points in `selectionView` order), or, for a
 * trigger point not shown, where its landmark-relative location projects.
 */
import { BufferAttribute, Points, Vector3, type Camera, type Object3D } from 'three';
import type { Atlas } from '../domain/atlas';
import { selectionView } from '../domain/selection';
import type { AtlasState } from '../state/store';
import { triggerPointPosition } from './triggerPointPositions';
import type { Vec3 } from './viewPresets';

export interface TriggerPointProbeInput {
  readonly atlas: Atlas;
  readonly state: Pick<AtlasState, 'muscle' | 'triggerPoint' | 'side'>;
  readonly camera: Camera;
  /** The marker points object named 'trigger-points', if mounted. */
  readonly markers: Object3D | undefined;
  readonly landmarks: Readonly<Record<string, Vec3>>;
  readonly muscleId: string;
  /** Sided key (`l:upper-trapezius-1`); default: the first trigger point shown for the muscle. */
  readonly sidedKey?: string | undefined;
}

/** Body-frame position (metres) of the trigger point, or undefined when unknown. */
function worldPosition(input: TriggerPointProbeInput): Vector3 | undefined {
  const { atlas, state } = input;
  const shown =
    state.muscle === input.muscleId
      ? selectionView(atlas, state.muscle, state.triggerPoint, state.side).triggerPoints
      : [];
  const key =
    input.sidedKey ??
    shown[0]?.key ??
    atlas.sidedTriggerPoints.find((t) => t.muscle === input.muscleId)?.key;
  const at = shown.findIndex((t) => t.key === key);
  if (at >= 0 && input.markers instanceof Points) {
    const pos = input.markers.geometry.getAttribute('position') as BufferAttribute;
    if (at < input.markers.geometry.drawRange.count)
      return new Vector3(pos.getX(at), pos.getY(at), pos.getZ(at));
  }
  const tp = atlas.sidedTriggerPoints.find((t) => t.key === key);
  const p = tp ? triggerPointPosition(tp, input.landmarks) : undefined;
  return p ? new Vector3(...p) : undefined;
}

/** Normalised canvas coordinates (0…1, y down) of the trigger point, or null when off screen. */
export function triggerPointScreenPoint(
  input: TriggerPointProbeInput,
): { x: number; y: number } | null {
  const p = worldPosition(input);
  if (!p) return null;
  const ndc = p.project(input.camera);
  if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1 || ndc.z > 1) return null;
  return { x: (ndc.x + 1) / 2, y: (1 - ndc.y) / 2 };
}
