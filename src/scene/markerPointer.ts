/**
 * The pointer over the candidates' ✕ on the bare skin: a mouse over a ✕ it would choose sees it
 * first (the candidate is emphasised on the body and in the list, the cursor becomes a hand), and
 * a tap chooses it only where `markerForTap` says it cannot be mistaken for marking pain.
 */
import type { Camera } from 'three';
import type { MuscleId } from '../domain/ids';
import { useAtlasStore } from '../state/store';
import { markerForTap, notePointer } from './markerTap';

interface PointerOnCanvas {
  readonly camera: Camera;
  /** Normalised device coordinates, −1…1, y up. */
  readonly pointer: { x: number; y: number };
  readonly pointerType?: string;
}

interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/** The ✕ hover this module set, so it clears only its own. */
let shown: { muscle: MuscleId; side: 'left' | 'right' } | undefined;

/** Clears the ✕ hover emphasis and the hand cursor, if this module set them. */
export function clearMarkerHover(canvas: HTMLElement): void {
  if (!shown) return;
  shown = undefined;
  canvas.style.cursor = '';
  useAtlasStore.getState().setHoverCandidate(undefined);
}

/**
 * On a mouse move over the skin: emphasises the candidate whose ✕ a click would choose and shows
 * a hand cursor; true when the pointer is over such a ✕.
 */
export function hoverMarker(e: PointerOnCanvas, size: CanvasSize, canvas: HTMLElement): boolean {
  const m =
    e.pointerType === 'mouse' ? markerForTap(e.camera, e.pointer, size, 'mouse') : undefined;
  if (!m) {
    clearMarkerHover(canvas);
    return false;
  }
  if (shown?.muscle !== m.muscle || shown.side !== m.side) {
    shown = { muscle: m.muscle, side: m.side };
    canvas.style.cursor = 'pointer';
    useAtlasStore.getState().setHoverCandidate(shown);
  }
  return true;
}

/**
 * On a tap on the skin: chooses the candidate whose ✕ is under it when the tap cannot be mistaken
 * for marking pain (see `markerForTap`); true when one was chosen.
 */
export function chooseMarkerOnSkin(e: PointerOnCanvas, size: CanvasSize): boolean {
  const m = markerForTap(e.camera, e.pointer, size);
  if (m) useAtlasStore.getState().selectMuscle(m.muscle, m.key);
  return !!m;
}

/** Remembers the kind of pointer pressed on the canvas (mouse, touch or pen). */
export const notePointerDown = (e: { readonly pointerType?: string }): void =>
  notePointer(e.pointerType ?? 'mouse');
