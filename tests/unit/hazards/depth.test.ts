/**
 * The depth measurement on hand-made geometry: a box of "skin" 0.2 m deep with a small box of
 * "hazard" behind the trigger point, and the needle-line wording of the approach parser.
 */
import { describe, expect, it } from 'vitest';
import { approachBasis, needleDirection } from '../../../src/body/hazards/approach';
import { HAZARD_STRUCTURES } from '../../../src/body/hazards/catalogue';
import { measureDepth, type HazardGeometry, type TriMesh } from '../../../src/body/hazards/depth';

/** Closed axis-aligned box (outward winding) from min to max, metres. */
function box(min: [number, number, number], max: [number, number, number]): TriMesh {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const positions = Float32Array.from([
    x0,
    y0,
    z0,
    x1,
    y0,
    z0,
    x1,
    y1,
    z0,
    x0,
    y1,
    z0,
    x0,
    y0,
    z1,
    x1,
    y0,
    z1,
    x1,
    y1,
    z1,
    x0,
    y1,
    z1,
  ]);
  const q = [
    [0, 3, 2, 1],
    [4, 5, 6, 7],
    [0, 1, 5, 4],
    [2, 3, 7, 6],
    [1, 2, 6, 5],
    [0, 4, 7, 3],
  ];
  const indices = Uint32Array.from(q.flatMap(([a, b, c, d]) => [a, b, c, a, c, d] as number[]));
  return { positions, indices };
}

const skin = box([-0.2, -0.2, -0.1], [0.2, 0.2, 0.1]);
const lungIndex = HAZARD_STRUCTURES.findIndex((h) => h.id === 'l-lung');
const lungBox = box([-0.05, -0.05, -0.06], [0.05, 0.05, 0.04]);
const hazards: HazardGeometry = {
  ...lungBox,
  structure: new Uint16Array(8).fill(lungIndex),
};

describe('measureDepth', () => {
  it('measures skin → point and skin → structure along a perpendicular needle', () => {
    // Point 20 mm under the front face (z = 0.1), structure surface at z = 0.04.
    const r = measureDepth(skin, hazards, [0, 0, 0.08], 'Needle perpendicular to the skin.');
    expect(r.basis).toBe('perpendicular');
    expect(r.skinToPointMm).toBe(20);
    expect(r.direction[2]).toBeCloseTo(-1, 5);
    expect(r.alongNeedle?.id).toBe('l-lung');
    expect(r.alongNeedle?.depthMm).toBe(60);
    expect(r.nearest.id).toBe('l-lung');
    expect(r.nearest.fromPointMm).toBe(40);
    expect(r.nearby.map((h) => h.id)).toEqual(['l-lung']);
  });

  it('leaves out structures beyond the reporting distance', () => {
    const r = measureDepth(skin, hazards, [0, 0, 0.095], 'Needle perpendicular.');
    expect(r.nearest.fromPointMm).toBe(55);
    expect(r.nearby).toEqual([]);
  });
});

describe('needle direction from the approach', () => {
  it('reads a named direction and tangential advice', () => {
    expect(approachBasis('Needle directed medially onto the lamina.')).toBe('medial');
    expect(
      approachBasis('Side-lying; needle from lateral directed medially and slightly posteriorly'),
    ).toBe('medial');
    expect(approachBasis('Needle directed medially and slightly downward onto the process.')).toBe(
      'medial',
    );
    expect(approachBasis('Needle angled downward onto the rib.')).toBe('downward');
    expect(approachBasis('Flat palpation; needle perpendicular.')).toBe('perpendicular');
    expect(
      needleDirection('needle angled tangentially onto a rib', [0, 0, -1], 0.1).tangential,
    ).toBe(true);
  });

  it('tilts the perpendicular 30° towards the midline for "medially"', () => {
    const d = needleDirection('needle directed medially', [0, 0, -1], 0.1).dir;
    expect(d[0]).toBeCloseTo(-0.5, 5);
    expect(d[2]).toBeCloseTo(-Math.sqrt(3) / 2, 5);
  });
});
