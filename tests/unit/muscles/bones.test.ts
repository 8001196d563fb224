/**
 * Muscles against the skeleton (male body): the superficial muscles lie over the bones, not
 * inside them; each deeper muscle's overlap is pinned near its measured value. Deep muscles pressed onto bone may overlap the simplified bone shapes; that limit
 * is documented in docs/muscles/README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoneField } from '../../../src/body/bones/index';
import type { AssembledMuscles } from '../../../src/body/muscles/assemble';
import type { SdfProgram } from '../../../src/body/sdf/core';
import { MALE_SPEC } from '../../../src/body/spec/shapes';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { cachedMuscles } from '../../../scripts/lib/cachedMeshes';
import { realAtlas } from '../helpers';

/**
 * Measured share (%) of each deeper muscle's vertices inside bone on the male body, pinned so
 * the fixes that pulled deep muscles off the bones (piriformis 20 → 0 %, popliteus 52 → 8 %,
 * suboccipitals 57 → 44 %…) cannot regress unseen. A muscle may not exceed its pin by more than
 * {@link PIN_MARGIN} percentage points; lower is welcome (then lower its pin). Muscles not listed
 * measured at or under {@link UNLISTED_PCT} (piriformis among them, 20 → 0 %), so they are held
 * to that plus the margin: a new deeper muscle must be measured and pinned here.
 */
const PINNED_PCT: Readonly<Record<string, number>> = {
  'lateral-pterygoid': 55.8,
  'medial-pterygoid': 55.0,
  suboccipitals: 43.8,
  coccygeus: 23.4,
  'scalenus-minimus': 22.4,
  'flexor-digitorum-longus': 20.7,
  'quadratus-plantae': 20.2,
  'longus-colli': 19.0,
  'fibularis-brevis': 17.5,
  'extensor-hallucis-longus': 16.9,
  'flexor-hallucis-brevis': 16.8,
  'flexor-digitorum-profundus': 16.6,
  'adductor-brevis': 16.5,
  'foot-interossei': 15.5,
  'flexor-pollicis-longus': 14.7,
  'levator-scapulae': 14.4,
  'tibialis-posterior': 12.2,
  supinator: 10.9,
  'foot-lumbricals': 9.0,
  'abductor-pollicis-longus': 8.2,
  'pronator-quadratus': 7.9,
  'splenius-capitis': 9.3,
  'semispinalis-capitis': 9.2,
  'flexor-hallucis-longus': 7.6,
  popliteus: 7.6,
  'gluteus-medius': 7.4,
  'opponens-pollicis': 7.1,
  intercostals: 6.9,
  'levator-ani': 6.8,
  iliopsoas: 6.1,
  'adductor-magnus': 5.9,
  'obturator-internus': 5.9,
  'iliocostalis-cervicis': 5.8,
  'extensor-indicis': 5.0,
  'pectoralis-minor': 4.7,
  'serratus-posterior-superior': 4.5,
  digastric: 4.2,
  'transversus-abdominis': 4.1,
  rhomboids: 4.1,
  diaphragm: 3.8,
  'obturator-externus': 3.1,
  'internal-oblique': 2.7,
  'iliocostalis-thoracis': 2.7,
  'adductor-hallucis': 2.7,
  'longissimus-thoracis': 2.6,
  subscapularis: 1.9,
  semimembranosus: 1.8,
  'hand-interossei': 1.8,
  infraspinatus: 1.6,
  'flexor-digiti-minimi-brevis-foot': 1.3,
  supraspinatus: 1.2,
  brachialis: 1.2,
  'thoracolumbar-multifidi': 0.7,
  'iliocostalis-lumborum': 0.7,
};
const PIN_MARGIN = 3;
/** Upper bound of the measured share of every deeper muscle not in {@link PINNED_PCT}. */
const UNLISTED_PCT = 0.5;

type Meshes = AssembledMuscles['muscles'];
let muscles: Meshes;
let deeper: Meshes;
let bones: SdfProgram;
beforeAll(async () => {
  // Each muscle is generated on its own, so the dataset's whole assembly splits by layer.
  const all = await cachedMuscles('male', datasetMuscles(realAtlas()));
  expect(all.failures).toEqual([]);
  muscles = all.muscles.filter((m) => m.layer === 'superficial');
  deeper = all.muscles.filter((m) => m.layer !== 'superficial');
  bones = buildBoneField(MALE_SPEC);
}, 300_000);

/** Share of a mesh's vertices more than 2 mm inside bone. */
function insideBone(positions: Float32Array): number {
  let inside = 0;
  const n = positions.length / 3;
  for (let i = 0; i < n; i++) {
    const x = positions[3 * i] as number;
    const y = positions[3 * i + 1] as number;
    const z = positions[3 * i + 2] as number;
    if (bones.eval(x, y, z) < -0.002) inside++;
  }
  return inside / n;
}

describe('muscles and bones', () => {
  it('no superficial muscle has more than a fifth of its surface inside bone', () => {
    const over = muscles
      .map((m) => ({ id: m.id, share: insideBone(m.mesh.positions) }))
      .filter((m) => m.share > 0.2)
      .map((m) => `${m.id}: ${(100 * m.share).toFixed(0)} %`);
    expect(over).toEqual([]);
  });

  it('no deeper muscle sinks further into bone than its pinned share (+3 points)', () => {
    const over = deeper
      .map((m) => ({ id: m.id, pct: 100 * insideBone(m.mesh.positions) }))
      .filter((m) => m.pct > (PINNED_PCT[m.id] ?? UNLISTED_PCT) + PIN_MARGIN)
      .map((m) => `${m.id}: ${m.pct.toFixed(1)} % (pinned ${PINNED_PCT[m.id] ?? 'none'})`);
    expect(deeper.length).toBeGreaterThan(50);
    expect(over).toEqual([]);
  });

  it('the scalp muscles lie over the skull (at most a tenth inside it, where they reach the mastoid)', () => {
    for (const id of ['frontalis', 'occipitalis']) {
      const m = muscles.find((x) => x.id === id);
      if (!m) throw new Error(`${id} missing`);
      expect(insideBone(m.mesh.positions), id).toBeLessThan(0.1);
    }
  });
});
