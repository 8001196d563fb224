/**
 * The pieces the first paint before the app (`src/firstPaint.ts`) shares with the 3D view, so
 * both draw the same picture: the lights, the body's geometry (handed over, not built twice) and
 * the sheet's inset on phones.
 */
import { describe, expect, it } from 'vitest';
import type { BodyAsset } from '../../../src/body/asset/bodyAsset';
import { isBlankHash } from '../../../src/domain/urlState';
import { bodyGeometry, firstPaintGeometry } from '../../../src/scene/bodyGeometry';
import { lightRig } from '../../../src/scene/lightRig';
import { SCENE_THEMES } from '../../../src/scene/sceneTheme';
import { sheetHeights, sheetInset } from '../../../src/ui/phoneLayout';

/** A one-triangle body asset (only the fields the geometry reads). */
function tinyAsset(): BodyAsset {
  return {
    positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]),
    normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
    regionIndex: new Uint16Array([0, 1, 2]),
    indices: new Uint32Array([0, 1, 2]),
    bounds: { center: [0.3, 0.3, 0], radius: 0.8 },
  } as unknown as BodyAsset;
}

describe('first paint: what it shares with the 3D view', () => {
  it('lights: one hemisphere and four directional lights, scaled by the theme', () => {
    const light = lightRig(SCENE_THEMES.light);
    const dark = lightRig(SCENE_THEMES.dark);
    expect(light.directional).toHaveLength(4);
    expect(light.hemisphere.ground).toBe(SCENE_THEMES.light.ground);
    expect(light.hemisphere.intensity).toBeCloseTo(1.1);
    expect(light.directional[0]?.intensity).toBeCloseTo(1.6);
    for (const [i, d] of dark.directional.entries()) {
      expect(d.intensity).toBeCloseTo(
        (light.directional[i]?.intensity ?? 0) * SCENE_THEMES.dark.light,
      );
      expect(d.position).toEqual(light.directional[i]?.position);
    }
  });

  it('geometry: the 3D view takes the one the first paint built, once', () => {
    const asset = tinyAsset();
    const painted = firstPaintGeometry(asset);
    expect(bodyGeometry(asset)).toBe(painted);
    const again = bodyGeometry(asset);
    expect(again).not.toBe(painted);
    expect(again.getAttribute('position').count).toBe(3);
    expect(again.getAttribute('regionIndex').itemSize).toBe(1);
    expect(again.boundingSphere?.radius).toBeCloseTo(0.8);
    expect(bodyGeometry(tinyAsset())).not.toBe(painted);
  });

  it('sheet inset: nothing before layout, the lowered sheet, never more than half', () => {
    expect(sheetInset('peek', 0)).toBe(0);
    expect(sheetInset('peek', 789)).toBe(sheetHeights(789).peek);
    expect(sheetInset('peek', 789)).toBe(226);
    expect(sheetInset('peek', 300)).toBe(120);
    expect(sheetInset('full', 789)).toBe(sheetHeights(789).half);
  });

  it('only a link with no state at all is painted before the app', () => {
    expect(isBlankHash('')).toBe(true);
    expect(isBlankHash('#')).toBe(true);
    expect(isBlankHash('#v=back')).toBe(false);
    expect(isBlankHash('#zz=1')).toBe(false);
  });
});
