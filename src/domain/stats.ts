/** Counts over the dataset, printed by `npm run data:check -- --stats`. */
import type { Atlas } from './atlas';

export interface DatasetStats {
  readonly muscles: number;
  readonly triggerPoints: number;
  readonly triggerPointsWithSpillover: number;
  readonly regions: number;
  readonly conditions: number;
  readonly redFlags: number;
  readonly educationSections: number;
  readonly sources: number;
  /** Pain-guide panels and published prevalence figures (the ranking's prior). */
  readonly guidePanels: number;
  readonly prevalenceFigures: number;
  readonly musclesByArea: Record<string, number>;
}

export function datasetStats(atlas: Atlas): DatasetStats {
  const tps = [...atlas.triggerPoints.values()];
  const musclesByArea: Record<string, number> = {};
  for (const m of atlas.muscles) musclesByArea[m.area] = (musclesByArea[m.area] ?? 0) + 1;
  return {
    muscles: atlas.muscles.length,
    triggerPoints: tps.length,
    triggerPointsWithSpillover: tps.filter((t) => t.spillover.length > 0).length,
    regions: atlas.regions.length,
    conditions: atlas.conditions.length,
    redFlags: atlas.redFlags.length,
    educationSections: atlas.education.length,
    sources: atlas.sources.size,
    guidePanels: atlas.guides.length,
    prevalenceFigures: atlas.prevalence.length,
    musclesByArea,
  };
}
