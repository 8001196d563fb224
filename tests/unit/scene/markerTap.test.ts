/** When a tap near a candidate's ✕ chooses it instead of marking pain (src/scene/markerTap.ts). */
import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  MAX_TOUCH_ZONE_M,
  metresPerPx,
  tapChoosesMarker,
  TAP_RADIUS_PX,
} from '../../../src/scene/markerTap';

/** A camera `distance` m in front of the neck (1.5 m up), looking at it, on a 390 px wide canvas. */
function cameraAt(distance: number): PerspectiveCamera {
  const c = new PerspectiveCamera(35, 390 / 620, 0.05, 20);
  c.position.set(0, 1.5, distance);
  c.lookAt(0, 1.5, 0);
  c.updateMatrixWorld();
  c.updateProjectionMatrix();
  return c;
}

const NECK: [number, number, number] = [0.02, 1.5, 0];

describe('metresPerPx', () => {
  it('matches the perspective projection and halves when the camera comes twice as close', () => {
    const far = metresPerPx(cameraAt(4), new Vector3(...NECK), 390);
    // Visible width at 4 m for a 35° vertical field of view and aspect 390/620, over 390 px.
    const width = 2 * 4 * Math.tan((35 * Math.PI) / 360) * (390 / 620);
    expect(far).toBeCloseTo(width / 390, 4);
    expect(metresPerPx(cameraAt(2), new Vector3(...NECK), 390)).toBeCloseTo(far / 2, 4);
  });
});

describe('tapChoosesMarker', () => {
  it('a finger at whole-body scale marks pain; zoomed in to the head it chooses the ✕', () => {
    // Whole body on a phone: the camera about 4 m away, a fingertip covers several centimetres.
    expect(
      TAP_RADIUS_PX.touch * metresPerPx(cameraAt(4), new Vector3(...NECK), 390),
    ).toBeGreaterThan(MAX_TOUCH_ZONE_M);
    expect(tapChoosesMarker(cameraAt(4), NECK, 'touch', 390)).toBe(false);
    expect(tapChoosesMarker(cameraAt(4), NECK, 'pen', 390)).toBe(false);
    // The head view: the camera well under a metre away.
    expect(tapChoosesMarker(cameraAt(0.7), NECK, 'touch', 390)).toBe(true);
  });

  it('switches exactly where a fingertip’s zone reaches MAX_TOUCH_ZONE_M of skin', () => {
    // Zone radius = TAP_RADIUS_PX.touch × metres per px, proportional to the distance.
    const perMetre = TAP_RADIUS_PX.touch * metresPerPx(cameraAt(1), new Vector3(...NECK), 390);
    const limit = MAX_TOUCH_ZONE_M / perMetre;
    expect(tapChoosesMarker(cameraAt(limit * 0.95), NECK, 'touch', 390)).toBe(true);
    expect(tapChoosesMarker(cameraAt(limit * 1.05), NECK, 'touch', 390)).toBe(false);
  });

  it('a mouse, which previews what it would choose, chooses at any zoom', () => {
    expect(tapChoosesMarker(cameraAt(4), NECK, 'mouse', 390)).toBe(true);
  });
});
