/**
 * Pain-guide cases of Travell & Simons vol. 2 (1992): low back, buttock, hip, thigh, knee,
 * leg, ankle and foot. See `painGuides.test.ts` for what a case asserts.
 */
import { MULTIFIDI, type GuideCase } from './guideCases';

export const LOWER_HALF: readonly GuideCase[] = [
  {
    area: 'back',
    panel: 'low back pain',
    drawing: ['l-lumbar-lower'],
    expected: [
      'gluteus-medius',
      'iliopsoas',
      'longissimus-thoracis',
      'iliocostalis-lumborum',
      'thoracolumbar-multifidi',
    ],
  },
  {
    area: 'back',
    panel: 'low back pain at the sacroiliac joint',
    drawing: ['l-sacroiliac'],
    expected: ['quadratus-lumborum', 'gluteus-medius', 'gluteus-maximus', MULTIFIDI],
  },
  {
    area: 'buttock',
    panel: 'buttock pain',
    drawing: ['l-buttock-centre'],
    expected: [
      'gluteus-medius',
      'quadratus-lumborum',
      'gluteus-maximus',
      'iliocostalis-lumborum',
      'longissimus-thoracis',
    ],
  },
  {
    area: 'hip',
    panel: 'outer hip pain',
    drawing: ['l-trochanter'],
    expected: [
      'gluteus-minimus',
      'vastus-lateralis',
      'piriformis',
      'quadratus-lumborum',
      'tensor-fasciae-latae',
    ],
  },
  {
    area: 'thigh',
    // Piriformis, third in this panel, refers to the hip part (tested above), not the thigh.
    panel: 'outer thigh pain',
    drawing: ['l-thigh-outer-upper'],
    expected: ['gluteus-minimus', 'vastus-lateralis', 'quadratus-lumborum', 'tensor-fasciae-latae'],
  },
  {
    area: 'thigh',
    panel: 'front-of-thigh pain',
    drawing: ['l-thigh-front-upper'],
    expected: [
      'adductor-longus',
      'adductor-brevis',
      'iliopsoas',
      'adductor-magnus',
      'vastus-intermedius',
    ],
  },
  {
    area: 'thigh',
    panel: 'back-of-thigh pain',
    drawing: ['l-thigh-back-middle'],
    expected: [
      'gluteus-minimus',
      'semitendinosus',
      'semimembranosus',
      'biceps-femoris',
      'piriformis',
    ],
  },
  {
    area: 'knee',
    panel: 'front-of-knee pain',
    drawing: ['l-patella'],
    expected: ['rectus-femoris', 'vastus-medialis'],
  },
  {
    area: 'knee',
    panel: 'back-of-knee pain',
    drawing: ['l-knee-back'],
    expected: ['gastrocnemius', 'biceps-femoris', 'popliteus', 'semitendinosus', 'semimembranosus'],
  },
  {
    area: 'leg',
    panel: 'calf pain',
    drawing: ['l-calf-upper'],
    expected: ['soleus', 'gluteus-minimus', 'gastrocnemius', 'semitendinosus', 'semimembranosus'],
  },
  {
    area: 'leg',
    panel: 'front-of-leg pain',
    drawing: ['l-shin-middle'],
    expected: ['tibialis-anterior', 'adductor-longus', 'adductor-brevis'],
  },
  {
    area: 'ankle',
    panel: 'front-of-ankle pain',
    drawing: ['l-ankle-front'],
    expected: [
      'tibialis-anterior',
      'fibularis-tertius',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
    ],
  },
  {
    area: 'ankle',
    panel: 'outer-ankle pain',
    drawing: ['l-lateral-malleolus'],
    expected: ['fibularis-longus', 'fibularis-brevis', 'fibularis-tertius'],
  },
  {
    area: 'ankle',
    panel: 'back-of-ankle pain',
    drawing: ['l-achilles'],
    expected: ['soleus', 'tibialis-posterior'],
  },
  {
    area: 'foot',
    panel: 'heel pain',
    drawing: ['l-heel-sole'],
    expected: ['soleus', 'quadratus-plantae', 'abductor-hallucis', 'tibialis-posterior'],
  },
  {
    area: 'foot',
    panel: 'pain under the forefoot',
    drawing: ['l-ball-of-foot'],
    expected: [
      'flexor-hallucis-brevis',
      'flexor-digitorum-brevis',
      'adductor-hallucis',
      'flexor-hallucis-longus',
      'foot-interossei',
    ],
  },
  {
    area: 'foot',
    panel: 'pain on the top of the forefoot',
    drawing: ['l-foot-top-outer', 'l-foot-top-inner'],
    expected: [
      'extensor-digitorum-brevis',
      'extensor-hallucis-brevis',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
    ],
  },
];
