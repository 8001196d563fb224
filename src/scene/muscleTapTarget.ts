/**
 * Finds a screen point where a tap lands on a given muscle (one side) first, among every pickable
 * object, with a margin of the same muscle around it. Used by the test probe so browser tests
 * select a muscle the way a user does: by tapping it where it is visible.
 */
import { Raycaster, Vector2, type Camera, type Object3D } from 'three';

export interface MuscleTapInput {
  readonly camera: Camera;
  /** Objects a click can hit; the merged muscle mesh is the one named 'muscles'. */
  readonly pickable: readonly Object3D[];
  /** Muscle slot: dataset index × 2 + side (0 left, 1 right). */
  readonly slot: number;
  /** Canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Margin in CSS pixels that must stay on the muscle (default 3). */
  readonly marginPx?: number;
  /** Grid points per axis scanned over the canvas (default 128). */
  readonly grid?: number;
}

const ray = new Raycaster();
const at = new Vector2();

function slotAt(input: MuscleTapInput, x: number, y: number): number {
  ray.setFromCamera(at.set(x, y), input.camera);
  const hit = ray.intersectObjects([...input.pickable], false)[0];
  if (!hit?.face || hit.object.name !== 'muscles' || !('geometry' in hit.object)) return -1;
  const geometry = (
    hit.object as { geometry: { getAttribute(n: string): { getX(i: number): number } } }
  ).geometry;
  return Math.round(geometry.getAttribute('muscleSlot').getX(hit.face.a));
}

/** Normalised canvas coordinates (0…1, y down) of a safe tap on the muscle, or null. */
export function findMuscleTapPoint(input: MuscleTapInput): { x: number; y: number } | null {
  const n = input.grid ?? 128;
  const mx = (2 * (input.marginPx ?? 3)) / Math.max(1, input.width);
  const my = (2 * (input.marginPx ?? 3)) / Math.max(1, input.height);
  const offsets: readonly (readonly [number, number])[] = [
    [mx, 0],
    [-mx, 0],
    [0, my],
    [0, -my],
  ];
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      const x = -1 + (2 * j) / n;
      const y = 1 - (2 * i) / n;
      if (slotAt(input, x, y) !== input.slot) continue;
      if (offsets.every(([dx, dy]) => slotAt(input, x + dx, y + dy) === input.slot))
        return { x: (x + 1) / 2, y: (1 - y) / 2 };
    }
  }
  return null;
}
