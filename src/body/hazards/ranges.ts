/**
 * Published skin-to-pleura (chest wall) thicknesses, for the "what lies beneath" panel and the
 * test that the model's depths over the thorax fall inside them. Millimetres; the range is the
 * study's mean ± 2 SD. Full citations in data/sources/hazards.json.
 */
export interface DepthRange {
  readonly site: string;
  readonly meanMm: number;
  readonly sdMm: number;
  readonly minMm: number;
  readonly maxMm: number;
  /** Source id (data/sources) and short citation. */
  readonly source: string;
  readonly citation: string;
}

const range = (
  site: string,
  mean: number,
  sd: number,
  source: string,
  citation: string,
): DepthRange => ({
  site,
  meanMm: mean,
  sdMm: sd,
  minMm: Math.round(mean - 2 * sd),
  maxMm: Math.round(mean + 2 * sd),
  source,
  citation,
});

/** Back between the shoulder blades (CT, 50 adults, mean BMI 21). */
export const INTERSCAPULAR = range(
  'between the shoulder blades',
  37,
  7,
  'kim-2002-skin-pleura',
  'Kim KK et al., J Korean Acad Rehabil Med 2002',
);

/** Front of the chest, 2nd intercostal space, midclavicular line (CT, 201 trauma patients). */
export const ANTERIOR = range(
  'front of the chest (2nd space, midclavicular line)',
  40.8,
  14,
  'schroeder-2013-chest-wall',
  'Schroeder E et al., Injury 2013',
);

/** Side of the chest, 5th intercostal space, anterior axillary line (same study). */
export const LATERAL = range(
  'side of the chest (5th space, anterior axillary line)',
  45.5,
  17,
  'schroeder-2013-chest-wall',
  'Schroeder E et al., Injury 2013',
);

export const CHEST_WALL_RANGES: readonly DepthRange[] = [INTERSCAPULAR, ANTERIOR, LATERAL];
