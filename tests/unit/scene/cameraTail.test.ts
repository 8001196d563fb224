// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { CameraControlsImpl, configureControls } from '../../../src/scene/cameraControls';
import { endInvisibleTail, INVISIBLE_PX, remainingPixels } from '../../../src/scene/cameraTail';

const HEIGHT = 800;

describe('remainingPixels', () => {
  const base = {
    position: new Vector3(0, 1, 2.001),
    positionEnd: new Vector3(0, 1, 2),
    target: new Vector3(0, 1, 0),
    targetEnd: new Vector3(0, 1, 0),
    fov: 30,
    zoom: 1,
    heightPx: HEIGHT,
  };

  it('is the larger remaining distance in px at the end distance from the target', () => {
    // 2 m away with a 30° field of view, 800 px show 2·2·tan 15° ≈ 1.07 m: 1 mm ≈ 0.75 px.
    expect(remainingPixels(base)).toBeCloseTo(800 / (4 * Math.tan(Math.PI / 12)) / 1000, 6);
    const target = { ...base, target: new Vector3(0, 1.002, 0) };
    expect(remainingPixels(target)).toBeCloseTo(2 * remainingPixels(base), 6);
    expect(remainingPixels({ ...base, zoom: 2 })).toBeCloseTo(2 * remainingPixels(base), 6);
  });

  it('is infinite for an end pose on its own target', () => {
    expect(remainingPixels({ ...base, positionEnd: base.targetEnd })).toBe(Infinity);
  });
});

/** A camera 3 m in front of (0, 1, 0), its controls at rest there, then a smooth turn begun. */
function turning(): { camera: PerspectiveCamera; controls: CameraControlsImpl } {
  const camera = new PerspectiveCamera(30, 1, 0.05, 50);
  const controls = new CameraControlsImpl(camera);
  configureControls(controls, false);
  void controls.setLookAt(0, 1, 3, 0, 1, 0, false);
  controls.update(0);
  void controls.setLookAt(2, 1.4, 2, 0, 1.1, 0, true);
  return { camera, controls };
}

/** Frames of 1/60 s until the controls stop, with or without ending the invisible tail. */
function framesToStop(skipTail: boolean): { frames: number; camera: PerspectiveCamera } {
  const { camera, controls } = turning();
  for (let frames = 1; frames < 2000; frames++) {
    const moving = controls.update(1 / 60);
    if (!moving) return { frames, camera };
    if (skipTail && endInvisibleTail(controls, camera, HEIGHT)) return { frames, camera };
  }
  throw new Error('the camera never stopped');
}

describe('endInvisibleTail', () => {
  it('leaves a move alone while it still shows', () => {
    const { camera, controls } = turning();
    controls.update(1 / 60);
    expect(endInvisibleTail(controls, camera, HEIGHT)).toBe(false);
    expect(camera.position.distanceTo(new Vector3(2, 1.4, 2))).toBeGreaterThan(0.1);
  });

  it('ends the move exactly where the eased move ends, a third of its frames sooner', () => {
    const eased = framesToStop(false);
    const cut = framesToStop(true);
    expect(cut.camera.position.distanceTo(eased.camera.position)).toBeLessThan(1e-9);
    expect(cut.camera.position.distanceTo(new Vector3(2, 1.4, 2))).toBeLessThan(1e-9);
    expect(cut.frames).toBeLessThan(eased.frames * 0.8);
  });

  it('ends it only once less than the threshold is left', () => {
    const { camera, controls } = turning();
    const now = new Vector3();
    const end = new Vector3();
    for (;;) {
      controls.update(1 / 60);
      const left = remainingPixels({
        position: controls.getPosition(now, false).clone(),
        positionEnd: controls.getPosition(end, true).clone(),
        target: controls.getTarget(new Vector3(), false),
        targetEnd: controls.getTarget(new Vector3(), true),
        fov: camera.fov,
        zoom: camera.zoom,
        heightPx: HEIGHT,
      });
      const ended = endInvisibleTail(controls, camera, HEIGHT);
      expect(ended).toBe(left < INVISIBLE_PX);
      if (ended) break;
    }
    expect(controls.update(0), 'nothing left to update').toBe(false);
  });

  describe('during the user’s drag', () => {
    /** The controls as camera-controls has them while a pointer drags (an action in progress). */
    const dragging = (controls: CameraControlsImpl): void => {
      Object.defineProperty(controls, 'currentAction', { get: () => 1 });
    };

    it('asks for no frame of the same picture once the drag’s pose is drawn, and moves nothing', () => {
      const camera = new PerspectiveCamera(30, 1, 0.05, 50);
      const controls = new CameraControlsImpl(camera);
      configureControls(controls, false);
      void controls.setLookAt(0.3, 1.1, 2.9, 0, 1, 0, false);
      controls.update(0);
      dragging(controls);
      const before = camera.position.clone();
      expect(endInvisibleTail(controls, camera, HEIGHT)).toBe(true);
      expect(camera.position.distanceTo(before)).toBe(0);
    });

    it('keeps drawing, and leaves the camera where it is, while a move still shows', () => {
      const { camera, controls } = turning();
      controls.update(1 / 60);
      dragging(controls);
      const before = camera.position.clone();
      expect(endInvisibleTail(controls, camera, HEIGHT)).toBe(false);
      expect(camera.position.distanceTo(before)).toBe(0);
    });
  });
});
