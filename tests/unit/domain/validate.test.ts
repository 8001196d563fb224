/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON fixtures are mutated freely */
/**
 * Each fixture is the clean minimal dataset with one defect; each must be rejected with its
 * precise `file › record › field: message`.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/problems';
import { validateDataset, type DataFile } from '../../../src/domain/validate';
import { minimalDataset } from './minimalDataset';
import { asMuscleId, asRegionId } from '../../../src/domain/ids';

type Mutate = (files: Record<string, any>) => void;

function problemsAfter(mutate: Mutate): string[] {
  const files = minimalDataset();
  mutate(files);
  const list: DataFile[] = Object.entries(files).map(([path, json]) => ({ path, json }));
  return validateDataset(list).problems.map(formatProblem);
}

const M = 'data/muscles/test.json';
const RF = 'data/redflags.json';
const tp0 = (f: Record<string, any>) => f[M].muscles[0].triggerPoints[0];
/** Adds one red flag whose signs include "foot drop". */
const withFlag = (f: Record<string, any>) =>
  (f[RF] = {
    redFlags: [
      {
        id: 'new-weakness',
        title: 't',
        text: 'x',
        action: 'a',
        urgency: 'emergency',
        areas: ['head'],
        signs: ['foot drop'],
        sources: ['simons-1999'],
      },
    ],
  });

describe('validateDataset', () => {
  it('accepts the clean minimal dataset and builds the atlas', () => {
    const files = Object.entries(minimalDataset()).map(([path, json]) => ({ path, json }));
    const res = validateDataset(files);
    expect(res.problems).toEqual([]);
    expect(res.atlas?.sidedTriggerPoints.map((t) => t.key)).toEqual([
      'l:test-muscle-1',
      'r:test-muscle-1',
    ]);
    expect(res.atlas?.sidedTriggerPoints[0]?.essential).toEqual(['l-temple']);
    expect(res.atlas?.sidedTriggerPoints[1]?.spillover).toEqual(['l-neck', 'r-neck', 'navel']);
    // Guide first place (1) beats the prevalence figure (0.3) in the temple; elsewhere in the
    // head only the prevalence counts.
    expect(res.atlas?.commonness.get(asRegionId('r-temple'))?.get(asMuscleId('test-muscle'))).toBe(
      1,
    );
    expect(res.atlas?.commonness.get(asRegionId('l-neck'))?.get(asMuscleId('test-muscle'))).toBe(
      0.3,
    );
  });

  const cases: [string, Mutate, string][] = [
    [
      'unknown region in a zone',
      (f) => tp0(f).essential.push('tempel'),
      `${M} › test-muscle-1 › essential: unknown region "tempel"`,
    ],
    [
      'unknown muscle in a condition',
      (f) => (f['data/conditions.json'].conditions[0].muscles = ['nope']),
      'data/conditions.json › test-condition › muscles.0: unknown muscle "nope"',
    ],
    [
      'duplicate muscle id',
      (f) =>
        f[M].muscles.push({ ...f[M].muscles[0], triggerPoints: [{ ...tp0(f), id: 'other-1' }] }),
      `${M} › test-muscle › id: duplicate muscle id (first defined in ${M})`,
    ],
    [
      'duplicate trigger point id',
      (f) => f[M].muscles[0].triggerPoints.push({ ...tp0(f) }),
      `${M} › test-muscle-1 › id: duplicate trigger point id (first defined in ${M})`,
    ],
    [
      'empty essential zone',
      (f) => (tp0(f).essential = []),
      `${M} › test-muscle-1 › essential: essential zone must not be empty`,
    ],
    [
      'missing sources',
      (f) => (tp0(f).sources = []),
      `${M} › test-muscle-1 › sources: must cite at least one source`,
    ],
    [
      'unknown source',
      (f) => (f[M].muscles[0].sources = ['ghost-2020']),
      `${M} › test-muscle › sources: unknown source "ghost-2020"`,
    ],
    [
      'wrong type',
      (f) => (tp0(f).location.t = 'half'),
      `${M} › test-muscle-1 › location.t: expected number, received string`,
    ],
    [
      'missing required field',
      (f) => delete f[M].muscles[0].name,
      `${M} › test-muscle › name: is required (string)`,
    ],
    [
      'unknown landmark',
      (f) => (tp0(f).location.from = 'knee-cap'),
      `${M} › test-muscle-1 › location.from: unknown landmark "knee-cap"`,
    ],
    [
      'region listed twice in a zone',
      (f) => tp0(f).essential.push('temple'),
      `${M} › test-muscle-1 › essential: region "temple" is listed twice in essential`,
    ],
    [
      'region in both zones',
      (f) => tp0(f).spillover.push('temple'),
      `${M} › test-muscle-1 › spillover: region "temple" is listed in both essential and spillover`,
    ],
    [
      'contra: on a midline region',
      (f) => tp0(f).spillover.push('contra:navel'),
      `${M} › test-muscle-1 › spillover: unknown region "navel" (a midline region takes no contra:/both:)`,
    ],
    [
      'value out of range',
      (f) => (tp0(f).location.t = 1.5),
      `${M} › test-muscle-1 › location.t: Too big: expected number to be <=1`,
    ],
    [
      'unknown field',
      (f) => (f[M].muscles[0].colour = 'red'),
      `${M} › test-muscle › (record): unknown field(s) colour`,
    ],
    [
      'bad enum value',
      (f) => (f[M].muscles[0].layer = 'middle'),
      `${M} › test-muscle › layer: Invalid option: expected one of "superficial"|"intermediate"|"deep"`,
    ],
    [
      'unknown region in a condition drawing',
      (f) => (f['data/conditions.json'].conditions[0].drawing[0].region = 'l-elbo'),
      'data/conditions.json › test-condition › drawing.0.region: unknown region "l-elbo"',
    ],
    [
      'unknown muscle in a pain guide',
      (f) => f['data/guides.json'].guides[0].muscles.push({ muscles: ['nope'] }),
      'data/guides.json › test-guide › muscles.1.muscles.0: unknown muscle "nope"',
    ],
    [
      'unknown region in a pain guide',
      (f) => (f['data/guides.json'].guides[0].regions = ['tempel']),
      'data/guides.json › test-guide › regions.0: unknown region "tempel"',
    ],
    [
      'bad part of a pain guide',
      (f) => (f['data/guides.json'].guides[0].part = 'legs'),
      'data/guides.json › test-guide › part: Invalid option: expected one of "head-neck"|"upper-back-shoulder-arm"|"elbow-to-finger"|"trunk"|"lower-torso"|"hip-thigh-knee"|"leg-ankle-foot"',
    ],
    [
      'reversed prevalence range',
      (f) => (f['data/prevalence.json'].prevalence[0].percent = [40, 20]),
      'data/prevalence.json › test-prevalence › percent: must be [low, high] with low ≤ high',
    ],
    [
      'unknown muscle in a prevalence figure',
      (f) => (f['data/prevalence.json'].prevalence[0].muscle = 'nope'),
      'data/prevalence.json › test-prevalence › muscle: unknown muscle "nope"',
    ],
    ['file is not an object', (f) => (f[M] = []), `${M} › (file) › (file): expected a JSON object`],
    [
      'a red-flag sign left among plain symptoms',
      (f) => {
        withFlag(f);
        tp0(f).symptoms = ['Foot drop when tired'];
      },
      `${M} › test-muscle-1 › symptoms.0: "Foot drop when tired" is a sign of red flag "new-weakness"; move it to redFlagSymptoms with that link`,
    ],
    [
      'a red-flag symptom linked to an unknown flag',
      (f) => {
        withFlag(f);
        tp0(f).redFlagSymptoms = [{ text: 'Foot drop', redFlag: 'ghost-flag' }];
      },
      `${M} › test-muscle-1 › redFlagSymptoms.0.redFlag: unknown red flag "ghost-flag"`,
    ],
    [
      'a hazard whose structure name contradicts its kind',
      (f) => (tp0(f).needling.hazards = [{ structure: 'Carotid artery', kind: 'vein' }]),
      `${M} › test-muscle-1 › needling.hazards.0.kind: "Carotid artery" names a structure of kind "artery", not "vein"`,
    ],
    [
      'a non-pain record with a referral zone',
      (f) => (tp0(f).nonPain = 'Palpitations, not pain'),
      `${M} › test-muscle-1 › spillover: a non-pain record has no referral pattern; leave spillover empty`,
    ],
    [
      'a condition listing a muscle that refers to none of its drawing',
      (f) => {
        tp0(f).spillover = [];
        f['data/conditions.json'].conditions[0].drawing = [{ region: 'l-neck' }];
      },
      'data/conditions.json › test-condition › muscles.0: "test-muscle" refers pain to none of the condition\'s drawing',
    ],
    [
      'a red flag without urgency',
      (f) => {
        withFlag(f);
        delete f[RF].redFlags[0].urgency;
      },
      `${RF} › new-weakness › urgency: Invalid option: expected one of "emergency"|"same-day"|"soon"`,
    ],
  ];
  it.each(cases)('rejects %s with a precise message', (_name, mutate, expected) => {
    const problems = problemsAfter(mutate);
    expect(problems).toContain(expected);
  });

  it('reports every problem, not only the first', () => {
    const problems = problemsAfter((f) => {
      tp0(f).essential = [];
      f[M].muscles[0].sources = ['ghost'];
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
