/**
 * The data ↔ geometry disagreements the agreement test finds, each explained (kept in step with
 * docs/hazards.md). Key: `<triggerPoint> <check>`; the test fails when a finding is missing here
 * and when an entry here is no longer found on either body shape.
 */
import type { BodyShape } from '../../../src/domain/primitives';

export const EXCEPTIONS: Readonly<Record<string, string>> = {
  'gluteus-maximus-2 sciatic far':
    'the point lies over the ischial tuberosity; the nerve runs 4–5 cm lateral to it between tuberosity and trochanter — the record warns against straying laterally',
  'gluteus-minimus-posterior sciatic far':
    'the point is at the upper border of piriformis; the nerve emerges below the muscle, 5–7 cm lower in the model',
  'infraspinatus-2 lung far':
    'over the scapular blade; the record names the lung only if the needle passes beyond the scapula',
  'supraspinatus-2 lung far':
    'in the lateral fossa; the record names the apex only for a needle directed forward and medially',
  'middle-trapezius-2 lung far':
    'lateral, over the scapular spine; the record names the apex only for a needle straying medially and deep',
  'upper-trapezius-1 lung far':
    'the lateral upper trapezius lies 6 cm from the cervical pleura in the model; the apex is reached medially',
  'upper-trapezius-2 lung far': 'as upper-trapezius-1, at the acromial end of the fold',
  'pectoralis-minor-1 brachial-plexus far':
    'the point is mid-belly; the cords run under the muscle’s upper end near the coracoid, 4–5 cm away',
  'pectoralis-minor-1 subclavian far':
    'as for the plexus: the axillary artery lies under the upper end of the muscle',
  'scalenus-anterior-2 lung far':
    'the hazard list is the lower point’s; at C4–C5 the pleural dome lies 6 cm lower',
  'scalenus-anterior-2 subclavian far':
    'as above: the subclavian artery crosses the first rib 6 cm below this point',
  'scalenus-medius-1 subclavian far': 'at C5 the artery is 4–5 cm lower, over the first rib',
  'scalenus-minimus-1 brachial-plexus far':
    'the model draws the plexus from the C5–C7 roots; the lower trunk (C8–T1) that passes beside this point is not modelled separately',
  'semimembranosus-1 tibial far':
    'the record names the tibial nerve “in the popliteal fossa distally”, not at the mid-thigh point',
  'soleus-2 common-fibular far':
    'the nerve winds round the fibular neck lateral to the entry point, 6 cm from the point inside the muscle',
  'teres-major-2 brachial-plexus far':
    'the record warns of the axillary contents anteriorly; the point is in the posterior axillary fold, 7–9 cm away',
  'vastus-lateralis-3 sciatic far':
    'the nerve is behind the lateral intermuscular septum, 6 cm posteromedial of the point',
  'biceps-femoris-2 popliteal far':
    'the popliteal vessels lie medially, just beyond 40 mm on the male model (38–42 mm between shapes)',
  'longus-colli-1 carotid far':
    'the carotid sheath lies lateral; the model’s carotid runs at 42 mm on the male model',
  'sternocleidomastoid-sternal-4 carotid far':
    'the upper sternal division overlies the sheath 42 mm from the point on the male model',
};

/** Exceptions found on one body shape only (the rest are found on both). */
export const ONE_SHAPE: Readonly<Record<string, BodyShape>> = {
  'upper-trapezius-1 lung far': 'female',
  'pectoralis-minor-1 subclavian far': 'female',
  'biceps-femoris-2 popliteal far': 'male',
  'longus-colli-1 carotid far': 'male',
  'sternocleidomastoid-sternal-4 carotid far': 'male',
};
