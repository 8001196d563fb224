/**
 * Clinical safety of the real dataset: non-pain records never rank, red flags reach the drawings
 * and muscles they belong to (most urgent first), and red-flag symptoms are linked to a flag.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../../src/domain/rank';
import { redFlagsFor, redFlagsForTriggerPoints } from '../../../src/domain/redFlags';
import { r, realAtlas } from '../helpers';

const atlas = realAtlas();
const CARDIAC = 'chest-pain-exertion-breathlessness';
const flagIds = (regions: string[]) =>
  redFlagsFor(
    atlas,
    regions.map((id) => ({ region: r(id) })),
  ).map((f) => f.id);

describe('non-pain records', () => {
  it('are flagged: the pectoralis major arrhythmia spot and the trapezius goose-flesh point (TrP7)', () => {
    const flagged = [...atlas.triggerPoints.values()].filter((t) => t.nonPain !== undefined);
    expect(flagged.map((t) => t.id).sort()).toEqual([
      'middle-trapezius-3',
      'pectoralis-major-arrhythmia',
    ]);
  });

  it.each(['l-lower-chest', 'r-lower-chest', 'epigastrium'])(
    'rank %s returns no non-pain record and lists the cardiac flag first',
    (region) => {
      const ranking = rank(atlas.sidedTriggerPoints, [{ region: r(region) }]);
      expect(ranking.candidates.length).toBeGreaterThan(0);
      const nonPain = ranking.candidates.filter(
        (c) => atlas.triggerPoints.get(c.triggerPoint)?.nonPain !== undefined,
      );
      expect(nonPain).toEqual([]);
      expect(ranking.candidates.map((c) => c.triggerPoint)).not.toContain(
        'pectoralis-major-arrhythmia',
      );
      expect(flagIds([region])[0]).toBe(CARDIAC);
    },
  );
});

describe('red flags for a drawing', () => {
  it('lists the torsion and hernia flag for a groin drawing', () => {
    expect(flagIds(['r-groin'])).toContain('testicular-torsion-strangulated-hernia');
  });

  it('lists the deep vein thrombosis flag for a calf drawing', () => {
    expect(flagIds(['l-calf-middle'])).toContain('calf-swelling-heat-redness');
  });

  it('lists flags most urgent first', () => {
    const order = { emergency: 0, 'same-day': 1, soon: 2 } as const;
    const flags = redFlagsFor(atlas, [{ region: r('l-loin') }, { region: r('r-deltoid-side') }]);
    const ranks = flags.map((f) => order[f.urgency]);
    expect(flags.length).toBeGreaterThan(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('covers the areas the clinical review asked for', () => {
    expect(flagIds(['epigastrium'])).toContain(CARDIAC);
    expect(flagIds(['l-knee-outer'])).toContain('bladder-bowel-saddle-numbness');
    expect(flagIds(['l-deltoid-side'])).toContain('night-pain-weight-loss-cancer');
    expect(flagIds(['l-deltoid-side'])).toContain('polymyalgia-rheumatica');
    expect(flagIds(['l-loin'])).toContain('loin-pain-urinary-symptoms');
    expect(flagIds(['l-loin'])).toContain('aortic-dissection-aneurysm');
    expect(flagIds(['l-forearm-palm-middle'])).toContain('arm-swelling-upper-limb-dvt');
    expect(flagIds(['l-calf-middle'])).toContain('compartment-syndrome-limb-ischaemia');
    expect(flagIds(['l-hypochondrium'])).toContain('pain-with-fever-or-unwell');
  });
});

describe('red flags for a muscle', () => {
  const musclesWithLungHazard = [...atlas.triggerPoints.values()]
    .filter((t) => t.needling.hazards.some((h) => h.kind === 'lung'))
    .map((t) => t.muscle);

  it.each([
    'quadratus-lumborum',
    'iliocostalis-lumborum',
    'longissimus-thoracis',
    'diaphragm',
    'rectus-abdominis',
    'external-oblique',
  ])('shows breathlessness after needling on the %s card (lung hazard)', (muscle) => {
    expect(musclesWithLungHazard).toContain(muscle);
    const tps = [...atlas.triggerPoints.values()].filter((t) => t.muscle === muscle);
    expect(redFlagsForTriggerPoints(atlas, tps).map((f) => f.id)).toContain(
      'breathless-after-needling',
    );
  });

  it('does not show it for a muscle with no lung hazard', () => {
    const tps = [...atlas.triggerPoints.values()].filter((t) => t.muscle === 'tibialis-anterior');
    expect(redFlagsForTriggerPoints(atlas, tps).map((f) => f.id)).not.toContain(
      'breathless-after-needling',
    );
  });
});

describe('red-flag symptoms', () => {
  const linked = (id: string) =>
    (atlas.triggerPoints.get(id as never)?.redFlagSymptoms ?? []).map((s) => s.redFlag);

  it.each([
    ['tibialis-anterior-1', 'new-numbness-tingling-weakness'],
    ['extensor-digitorum-longus-1', 'new-numbness-tingling-weakness'],
    ['extensor-hallucis-longus-1', 'new-numbness-tingling-weakness'],
    ['fibularis-longus-1', 'new-numbness-tingling-weakness'],
    ['rectus-abdominis-5', 'bladder-bowel-saddle-numbness'],
    ['internal-oblique-1', 'bladder-bowel-saddle-numbness'],
    ['sternocleidomastoid-sternal-3', 'neck-pain-dizziness-double-vision'],
    ['splenius-cervicis-1', 'headache-jaw-claudication-over-50'],
    ['serratus-anterior-1', CARDIAC],
    ['diaphragm-1', CARDIAC],
    ['soleus-2', 'calf-swelling-heat-redness'],
    ['subclavius-1', 'arm-swelling-upper-limb-dvt'],
    ['masseter-4', 'hearing-loss-tinnitus-one-side'],
    ['sternocleidomastoid-clavicular-2', 'hearing-loss-tinnitus-one-side'],
    ['rectus-femoris-1', 'night-pain-weight-loss-cancer'],
  ])('%s links its red-flag symptom to %s', (tp, flag) => {
    expect(linked(tp)).toContain(flag);
  });
});
