/**
 * Test suite of the hazard anatomy of one body shape, generated in-process (skin, muscles with
 * their trigger points, hazards): shared mesh invariants, inside the skin, clear of the bones,
 * the pleural outline, the depths the issue names, the skin-to-pleura depths over the thorax
 * against the published ranges, and the data ↔ geometry agreement with its explained exceptions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoneField } from '../../../src/body/bones/index';
import { HAZARD_STRUCTURES, structureIndex } from '../../../src/body/hazards/catalogue';
import type { DepthReport } from '../../../src/body/hazards/depth';
import { generateHazards, type HazardMesh } from '../../../src/body/hazards/index';
import { ANTERIOR, INTERSCAPULAR, LATERAL } from '../../../src/body/hazards/ranges';
import { bodyInputFor } from '../../../src/body/muscles/assemble';
import { BODY_SPECS } from '../../../src/body/spec/shapes';
import type { BodyShape } from '../../../src/domain/primitives';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { cachedBody, cachedMuscles } from '../../../scripts/lib/cachedMeshes';
import { depthOf, type DepthBody } from '../../../scripts/lib/queryDepth';
import { describeMeshInvariants } from '../body/invariants';
import { realAtlas } from '../helpers';
import { findDisagreements } from './agreement';
import { EXCEPTIONS, ONE_SHAPE } from './exceptions';

/** Nearest hazard expected per trigger point (issue #17). */
export const EXPECTED_NEAREST: Readonly<Record<string, RegExp>> = {
  'rhomboids-1': /^l-lung$/,
  'pectoralis-major-sternal': /^l-lung$/,
  'intercostals-1': /^l-lung$/,
  'serratus-anterior-1': /^l-lung$/,
  'piriformis-1': /^l-sciatic$/,
  'scalenus-anterior-1': /^l-(brachial-plexus|subclavian)$/,
  'quadratus-lumborum-1': /^l-(kidney|lung)$/,
  'suboccipitals-1': /^l-vertebral$/,
};

/** Thorax points and the published chest-wall range their skin-to-pleura depth must fall in. */
const THORAX = [
  ['rhomboids-1', INTERSCAPULAR],
  ['pectoralis-major-sternal', ANTERIOR],
  ['intercostals-1', LATERAL],
  ['serratus-anterior-1', LATERAL],
] as const;

export function describeBeneath(shape: BodyShape): void {
  const atlas = realAtlas();
  let hazards: HazardMesh;
  let body: DepthBody;
  const reports = new Map<string, DepthReport>();

  beforeAll(async () => {
    const spec = BODY_SPECS[shape];
    hazards = generateHazards(spec);
    const skin = await cachedBody(shape);
    const muscles = await cachedMuscles(shape, datasetMuscles(atlas));
    body = {
      skin,
      hazards: {
        positions: hazards.positions,
        indices: hazards.indices,
        structure: hazards.structure,
      },
      triggerPoints: muscles.triggerPoints,
    };
    for (const id of atlas.triggerPoints.keys()) {
      const r = depthOf(atlas, body, id);
      if (r) reports.set(id, r);
    }
  }, 300_000);

  describeMeshInvariants(`${shape} hazards`, () => hazards);

  describe(`${shape} hazard anatomy`, () => {
    it('has every catalogued structure', () => {
      const present = new Set(hazards.structure);
      expect(HAZARD_STRUCTURES.filter((_, i) => !present.has(i)).map((h) => h.id)).toEqual([]);
    });

    it('lies inside the skin and clear of the bones', () => {
      const { skin } = bodyInputFor(BODY_SPECS[shape]);
      const bone = buildBoneField(BODY_SPECS[shape]);
      const p = hazards.positions;
      let skinWorst = -Infinity;
      const inBone: string[] = [];
      for (let v = 0; v < p.length; v += 3) {
        const x = p[v] as number,
          y = p[v + 1] as number,
          z = p[v + 2] as number;
        skinWorst = Math.max(skinWorst, skin(x, y, z));
        if (bone.eval(x, y, z) < -0.0005)
          inBone.push(HAZARD_STRUCTURES[hazards.structure[v / 3] as number]?.id ?? '?');
      }
      expect(skinWorst).toBeLessThan(0);
      expect([...new Set(inBone)]).toEqual([]);
    });

    it('draws the pleura above the clavicle and lowest at the back', () => {
      const lung = structureIndex('l-lung');
      const p = hazards.positions;
      let top = -Infinity;
      let low: [number, number] = [Infinity, 0];
      let front = -Infinity;
      for (let v = 0; v < hazards.structure.length; v++) {
        if (hazards.structure[v] !== lung) continue;
        const y = p[3 * v + 1] as number;
        top = Math.max(top, y);
        if (y < low[0]) low = [y, p[3 * v + 2] as number];
        front = Math.max(front, p[3 * v + 2] as number);
      }
      const clavicle = BODY_SPECS[shape].suprasternaleHeight;
      expect(top).toBeGreaterThan(clavicle + 0.015);
      expect(low[1]).toBeLessThan(front - 0.12);
    });
  });

  describe(`${shape}: what lies beneath (query depth)`, () => {
    it('measures every trigger point', () => {
      expect([...atlas.triggerPoints.keys()].filter((id) => !reports.has(id))).toEqual([]);
      for (const r of reports.values()) expect(r.skinToPointMm).toBeGreaterThan(0);
    });

    for (const [id, want] of Object.entries(EXPECTED_NEAREST)) {
      it(`nearest hazard of ${id} is ${want.source}`, () => {
        expect(reports.get(id)?.nearest.id).toMatch(want);
      });
    }

    for (const [id, range] of THORAX) {
      it(`skin-to-pleura at ${id} lies in the published range (${range.minMm}–${range.maxMm} mm)`, () => {
        const lung = reports.get(id)?.all.find((h) => h.id === 'l-lung');
        expect(lung?.fromSkinMm).toBeGreaterThanOrEqual(range.minMm);
        expect(lung?.fromSkinMm).toBeLessThanOrEqual(range.maxMm);
      });
    }

    it('records and geometry agree except for the documented exceptions', () => {
      const found = findDisagreements(atlas, reports).map((f) => `${f.triggerPoint} ${f.check}`);
      expect(
        found.filter((k) => !(k in EXCEPTIONS)),
        'found but not documented',
      ).toEqual([]);
      // Every exception for this shape is still found (the list stays exact).
      const expected = Object.keys(EXCEPTIONS).filter((k) => (ONE_SHAPE[k] ?? shape) === shape);
      expect(
        expected.filter((k) => !found.includes(k)),
        'documented but no longer found',
      ).toEqual([]);
    });
  });
}
