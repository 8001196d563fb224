/**
 * The camera rig's side of the user's own camera moves: camera-controls' events (drag, pinch,
 * transitions, rest) and the wheel, which it reports no start or end for. They keep the test
 * signals (`data-camera`, `data-camera-settled`), ask for the frames a move needs, stop a link's
 * pending framing, and keep where the user's orbit, zoom or pan left the camera for the share link.
 */
import { useEffect } from 'react';
import { Vector3, type Camera } from 'three';
import { useAtlasStore } from '../state/store';
import type { CameraControlsImpl } from './cameraControls';
import type { Vec3 } from './viewPresets';

export const setCameraSignal = (state: 'moving' | 'still'): void => {
  document.documentElement.dataset.camera = state;
};
export const setSettledSignal = (settled: boolean): void => {
  document.documentElement.dataset.cameraSettled = String(settled);
};

/** Stops a link's pending framing: the user moved the camera first. */
export const dropPendingFrame = (): void => {
  if (useAtlasStore.getState().framePending) useAtlasStore.setState({ framePending: false });
};

export interface ControlsEventsInput {
  readonly controls: CameraControlsImpl;
  readonly camera: Camera;
  /** The element the controls listen on. */
  readonly dom: HTMLElement;
  /** Asks for a frame (R3F `invalidate`; rendering is on demand). */
  readonly invalidate: () => void;
  /** The user moved the camera since its position was last kept: set here, cleared when kept. */
  readonly userMoved: { current: boolean };
  /** The camera shows a view preset exactly as applied: cleared here by any move of the user's. */
  readonly presetShown: { current: boolean };
  /** The controls are being updated by code that asks for its own frame (see the rig). */
  readonly inFrame: { readonly current: boolean };
  /** Reports the camera still (the rig holds it back while a link's framing waits). */
  readonly still: () => void;
}

/** A move of the user's: a link's pending framing stops, the view is theirs and not yet settled. */
function userMove(i: Pick<ControlsEventsInput, 'userMoved' | 'presetShown' | 'invalidate'>): void {
  dropPendingFrame();
  i.userMoved.current = true;
  i.presetShown.current = false;
  setSettledSignal(false);
  i.invalidate();
}

/** Listens for the user's camera moves while mounted; disposes of the controls on unmount. */
export function useControlsEvents({
  controls,
  camera,
  dom,
  invalidate,
  userMoved,
  presetShown,
  inFrame,
  still,
}: ControlsEventsInput): void {
  useEffect(() => {
    // camera-controls reports no start/end for the wheel: mark it here, keep it at rest.
    const wheel = (): void => userMove({ userMoved, presetShown, invalidate });
    dom.addEventListener('wheel', wheel, { passive: true });
    return () => dom.removeEventListener('wheel', wheel);
  }, [dom, invalidate, userMoved, presetShown]);
  useEffect(() => {
    const wake = (): void => invalidate();
    // Where the user's own orbit, zoom or pan left the camera is kept for the share link.
    const control = (): void => userMove({ userMoved, presetShown, invalidate });
    const remember = (): void => {
      if (!userMoved.current) return;
      userMoved.current = false;
      const v = (p: Vector3): Vec3 => [p.x, p.y, p.z];
      useAtlasStore.getState().setCamera({
        position: v(camera.position),
        target: v(controls.getTarget(new Vector3())),
      });
    };
    const rest = (): void => {
      still();
      remember();
    };
    // A wheel zoom may end without a rest event: keep the view once updates pause.
    let timer = 0;
    const update = (): void => {
      // In the frame loop, the loop itself asks for the next frame only if the camera still moves.
      if (!inFrame.current) invalidate();
      if (!userMoved.current) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(remember, 250);
    };
    // A press alone asks for no frame (nothing has moved yet): a tap is a press and a release, and a
    // frame drawn between them showed the same picture. Moving the pointer sends `control`.
    controls.addEventListener('control', control);
    // One more frame once the drag has ended: the frame that finds the camera still must come after
    // the action is over, or `data-camera-settled` would wait for the next input.
    const end = (): void => {
      invalidate();
      remember();
    };
    controls.addEventListener('controlend', end);
    controls.addEventListener('transitionstart', wake);
    controls.addEventListener('update', update);
    controls.addEventListener('rest', rest);
    return () => {
      controls.removeEventListener('control', control);
      controls.removeEventListener('controlend', end);
      controls.removeEventListener('transitionstart', wake);
      controls.removeEventListener('update', update);
      window.clearTimeout(timer);
      controls.removeEventListener('rest', rest);
      controls.dispose();
    };
  }, [controls, camera, invalidate, still, userMoved, presetShown, inFrame]);
}
