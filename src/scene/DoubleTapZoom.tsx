/**
 * Double-tap (or double-click) on the body zooms the camera to that spot: the orbit target moves
 * to the point hit and the camera comes halfway closer, never nearer than `MIN_DISTANCE`. The
 * second tap is swallowed before the scene sees it, and a mark the first tap made is undone, so a
 * double-tap zooms and never marks. Listens in the capture phase on the canvas wrapper.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, type Object3D } from 'three';
import { controlsTarget } from './controlsTarget';
import type { RigHandle } from './rigHandle';
import { prefersReducedMotion } from '../state/browser';
import { useAtlasStore } from '../state/store';

/** Longest gap between the taps, in ms, and farthest apart they may land, in CSS px. */
const DOUBLE_TAP_MS = 320;
const DOUBLE_TAP_PX = 28;
/** A press that moves more than this (CSS px) is a drag, not a tap. */
const TAP_SLOP_PX = 8;
/** Closest camera distance to the spot after zooming, in metres. */
const MIN_DISTANCE = 0.35;

interface Press {
  readonly x: number;
  readonly y: number;
  readonly time: number;
  /** Length of the drawing history when the press began (to undo a mark it made). */
  readonly past: number;
}

export interface DoubleTapZoomProps {
  /** The camera rig's controls, which the zoom moves. */
  readonly rig: RigHandle;
}

export function DoubleTapZoom({ rig }: DoubleTapZoomProps): null {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const host = gl.domElement.closest<HTMLElement>('.canvas-wrap') ?? gl.domElement;
    const ray = new Raycaster();
    const ndc = new Vector2();
    let active = 0;
    let down: Press | undefined;
    let lastTap: Press | undefined;
    let swallow = false;
    const zoomTo = (clientX: number, clientY: number): void => {
      const r = gl.domElement.getBoundingClientRect();
      ndc.set(((clientX - r.left) / r.width) * 2 - 1, 1 - ((clientY - r.top) / r.height) * 2);
      ray.setFromCamera(ndc, camera);
      const pickable = ['skin', 'muscles']
        .map((n) => scene.getObjectByName(n))
        .filter((o): o is Object3D => !!o && o.visible);
      const hit = ray.intersectObjects(pickable, false)[0];
      const controls = rig.controls;
      if (!hit || !controls) return;
      const target = controlsTarget(controls);
      if (!target) return;
      const dir = camera.position.clone().sub(target).normalize();
      const distance = Math.max(MIN_DISTANCE, camera.position.distanceTo(target) * 0.5);
      const to = hit.point.clone().addScaledVector(dir, distance);
      // The user's zoom wins over a link's framing still waiting for the muscles.
      if (useAtlasStore.getState().framePending) useAtlasStore.setState({ framePending: false });
      // camera-controls (the rig's controls): a smooth, interruptible move (a jump with reduced
      // motion); the rig redraws.
      const smooth = !prefersReducedMotion();
      void controls.setLookAt(to.x, to.y, to.z, hit.point.x, hit.point.y, hit.point.z, smooth);
      invalidate();
    };
    const onDown = (e: PointerEvent): void => {
      active++;
      swallow = false;
      const now = performance.now();
      const prev = lastTap;
      if (
        active === 1 &&
        prev &&
        now - prev.time < DOUBLE_TAP_MS &&
        Math.hypot(e.clientX - prev.x, e.clientY - prev.y) < DOUBLE_TAP_PX
      ) {
        e.stopPropagation();
        swallow = true;
        lastTap = undefined;
        const s = useAtlasStore.getState();
        if (s.past.length === prev.past + 1) s.undo();
        zoomTo(e.clientX, e.clientY);
        return;
      }
      down = { x: e.clientX, y: e.clientY, time: now, past: useAtlasStore.getState().past.length };
    };
    const onUp = (e: PointerEvent): void => {
      active = Math.max(0, active - 1);
      if (swallow) {
        e.stopPropagation();
        return;
      }
      const moved = down ? Math.hypot(e.clientX - down.x, e.clientY - down.y) : Infinity;
      lastTap = moved < TAP_SLOP_PX && active === 0 ? down : undefined;
    };
    const onClick = (e: MouseEvent): void => {
      if (!swallow) return;
      e.stopPropagation();
      swallow = false;
    };
    const onCancel = (): void => {
      active = Math.max(0, active - 1);
    };
    host.addEventListener('pointerdown', onDown, true);
    host.addEventListener('pointerup', onUp, true);
    host.addEventListener('pointercancel', onCancel, true);
    host.addEventListener('click', onClick, true);
    return () => {
      host.removeEventListener('pointerdown', onDown, true);
      host.removeEventListener('pointerup', onUp, true);
      host.removeEventListener('pointercancel', onCancel, true);
      host.removeEventListener('click', onClick, true);
    };
  }, [gl, camera, scene, rig, invalidate]);
  return null;
}
