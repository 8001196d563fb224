/** Small builders for hand-made test datasets and a cached load of the real one. */
import { join } from 'node:path';
import type { Atlas, SidedTriggerPoint } from '../../src/domain/atlas';
import { asMuscleId, asRegionId, asTriggerPointId, type BodySide } from '../../src/domain/ids';
import type { TriggerPointRecord } from '../../src/domain/schema';
import { triggerPointKey } from '../../src/domain/triggerPointKey';
import { validateDataset } from '../../src/domain/validate';
import { readDataDir } from '../../scripts/lib/dataFiles';

let cached: Atlas | undefined;
/** The real dataset of `data/`, validated (throws with the problems if it is broken). */
export function realAtlas(): Atlas {
  if (cached) return cached;
  const read = readDataDir(join(process.cwd(), 'data'));
  const result = validateDataset(read.files);
  if (!result.atlas || read.problems.length > 0) {
    throw new Error(
      [...read.problems, ...result.problems]
        .map((p) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`)
        .join('\n'),
    );
  }
  cached = result.atlas;
  return cached;
}

/** A sided trigger point with the given zones (full region ids). */
export function tp(
  id: string,
  essential: string[],
  spillover: string[] = [],
  side: BodySide = 'left',
  muscle = id.replace(/-\d+$/, ''),
): SidedTriggerPoint {
  return {
    key: triggerPointKey(side, id),
    id: asTriggerPointId(id),
    side,
    muscle: asMuscleId(muscle),
    index: 0,
    essential: essential.map(asRegionId),
    spillover: spillover.map(asRegionId),
    record: {} as TriggerPointRecord,
  };
}

export const r = asRegionId;
