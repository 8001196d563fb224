/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON fixtures are mutated freely */
/** The smallest clean dataset: two paired regions, one midline, one muscle, one condition,
 * one pain-guide panel, one prevalence figure. */
export function minimalDataset(): Record<string, any> {
  const region = (id: string, side: string) => ({
    id,
    label: id,
    side,
    parent: 'head',
    view: 'front',
    choir: [101],
  });
  return {
    'data/regions.json': {
      regions: [
        region('l-temple', 'left'),
        region('r-temple', 'right'),
        region('l-neck', 'left'),
        region('r-neck', 'right'),
        region('navel', 'midline'),
      ],
    },
    'data/choir.json': {
      segments: [
        { id: 101, view: 'front', side: 'right', area: 'head', label: 'front right head' },
      ],
    },
    'data/landmarks.json': {
      landmarks: [
        { id: 'c7', label: 'C7', paired: false },
        { id: 'acromion', label: 'acromion', paired: true },
      ],
    },
    'data/sources/core.json': {
      sources: [{ id: 'simons-1999', citation: 'Simons et al. 1999', kind: 'book', year: 1999 }],
    },
    'data/muscles/test.json': {
      muscles: [
        {
          id: 'test-muscle',
          name: 'Test muscle',
          latin: 'Musculus testis',
          aliases: [],
          area: 'head-neck',
          layer: 'superficial',
          shape: 'sheet',
          origin: { text: 'o', landmarks: ['c7'] },
          insertion: { text: 'i', landmarks: ['acromion'] },
          action: 'a',
          innervation: 'n',
          sources: ['simons-1999'],
          triggerPoints: [
            {
              id: 'test-muscle-1',
              name: 'TrP',
              location: { text: 'l', from: 'c7', to: 'acromion', t: 0.5, depth: 'superficial' },
              palpation: 'pincer',
              position: 'p',
              essential: ['temple'],
              spillover: ['both:neck', 'navel'],
              symptoms: [],
              perpetuating: [],
              selfCheck: 's',
              selfCare: ['c'],
              needling: { approach: 'x', hazards: [], precaution: 'low' },
              sources: ['simons-1999'],
            },
          ],
        },
      ],
    },
    'data/conditions.json': {
      conditions: [
        {
          id: 'test-condition',
          name: 'T',
          lay: 'l',
          summary: 's',
          drawing: [{ region: 'l-temple' }],
          muscles: ['test-muscle'],
          sources: ['simons-1999'],
        },
      ],
    },
    'data/guides.json': {
      guides: [
        {
          id: 'test-guide',
          part: 'head-neck',
          area: 'head',
          panel: 'temple pain',
          regions: ['temple'],
          muscles: [{ muscles: ['test-muscle'] }],
          sources: ['simons-1999'],
        },
      ],
    },
    'data/prevalence.json': {
      prevalence: [
        {
          id: 'test-prevalence',
          muscle: 'test-muscle',
          population: 'people with headache',
          areas: ['head'],
          percent: [20, 40],
          sources: ['simons-1999'],
        },
      ],
    },
  };
}
