/** The share link's view fields: isolate and the camera (position and target, metres, body frame). */
import { describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { decodeCamera, encodeCamera, sameCamera } from '../../../src/domain/urlCamera';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../../src/domain/urlState';
import { realAtlas } from '../helpers';

describe('camera in the link', () => {
  it('round-trips to the millimetre', () => {
    const cam = { position: [-3.07149, -0.2641, 1.5] as const, target: [0, 0.8474, 0] as const };
    expect(encodeCamera(cam)).toBe('-3.071,-0.264,1.5,0,0.847,0');
    expect(decodeCamera(encodeCamera(cam))).toEqual({
      position: [-3.071, -0.264, 1.5],
      target: [0, 0.847, 0],
    });
    expect(sameCamera(cam, decodeCamera(encodeCamera(cam)))).toBe(true);
  });

  it.each([
    ['five numbers', '1,2,3,4,5'],
    ['seven numbers', '1,2,3,4,5,6,7'],
    ['a word', '1,2,x,0,0,0'],
    ['an empty part', '1,,3,0,0,0'],
    ['infinity', 'Infinity,0,3,0,0,0'],
    ['a camera 1 km away', '1000,0,3,0,0,0'],
    ['the camera on its target', '0,1,2,0,1,2'],
  ])('rejects %s', (_what, raw) => {
    expect(decodeCamera(raw)).toBeUndefined();
  });
});

describe('view fields in the URL state', () => {
  const atlas = realAtlas();
  const state: UrlState = {
    drawing: [],
    muscle: asMuscleId('upper-trapezius'),
    side: 'left',
    view: 'front',
    mode: 'patient',
    body: 'female',
    layer: 'superficial',
    isolate: true,
    camera: { position: [1.2, 1.4, 2.5], target: [0, 1, 0] },
  };

  it('round-trips isolate and the camera', () => {
    const hash = encodeUrlState(state);
    expect(hash).toContain('iso=1');
    expect(hash).toContain('cam=1.2,1.4,2.5,0,1,0');
    const decoded = decodeUrlState(hash, atlas);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('leaves both out at their defaults', () => {
    const hash = encodeUrlState({ ...state, isolate: false, camera: undefined });
    expect(hash).not.toContain('iso');
    expect(hash).not.toContain('cam');
  });

  it('drops a damaged camera with a notice and keeps the rest', () => {
    const decoded = decodeUrlState('#m=upper-trapezius&iso=1&cam=1,2,nope', atlas);
    expect(decoded.state.camera).toBeUndefined();
    expect(decoded.state.isolate).toBe(true);
    expect(decoded.state.muscle).toBe('upper-trapezius');
    expect(decoded.notices).toEqual([
      'The camera view in the link could not be read; showing the preset view.',
    ]);
  });
});
