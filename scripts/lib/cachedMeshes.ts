/**
 * The generators of the skin, the skeleton and the muscles behind the lossless mesh cache of
 * `meshCache.ts`: the asset builds and the unit tests call these instead of the generators, so a
 * body shape is meshed once per change of its inputs. Within one process each result is also kept
 * in memory (callers must not modify it).
 */
import type { BodyAsset } from '../../src/body/asset/bodyAsset.ts';
import { generateBones, type BoneMesh } from '../../src/body/bones/index.ts';
import { generateBody } from '../../src/body/generate.ts';
import {
  assembleMuscles,
  bodyInputFor,
  type AssembledMuscles,
  type DatasetMuscle,
} from '../../src/body/muscles/assemble.ts';
import type { BodyInput } from '../../src/body/muscles/types.ts';
import { BODY_SPECS } from '../../src/body/spec/shapes.ts';
import type { BodyShape } from '../../src/domain/primitives.ts';
import { cachedGenerate } from './meshCache.ts';

export interface CacheOptions {
  /** Regenerate and replace the stored entry (the builds' `--force`). */
  readonly refresh?: boolean;
}

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, refresh: boolean | undefined, make: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p || refresh) {
    p = make();
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

/** The skin asset of a shape, as `generateBody` makes it. */
export function cachedBody(shape: BodyShape, o: CacheOptions = {}): Promise<BodyAsset> {
  return once(`body-${shape}`, o.refresh, () =>
    cachedGenerate(`body-${shape}`, { shape }, () => generateBody(BODY_SPECS[shape]), o),
  );
}

/** The merged bone mesh of a shape, as `generateBones` makes it. */
export function cachedBones(shape: BodyShape, o: CacheOptions = {}): Promise<BoneMesh> {
  return once(`bones-${shape}`, o.refresh, () =>
    cachedGenerate(`bones-${shape}`, { shape }, () => generateBones(BODY_SPECS[shape]), o),
  );
}

type StoredMuscles = Omit<AssembledMuscles, 'body'>;

/**
 * Every muscle of `muscles` on a shape, as `assembleMuscles` makes them. The body input (skin
 * field and landmarks, functions that cannot be stored) is rebuilt with `bodyInputFor`, which is
 * what `assembleMuscles` uses.
 */
export async function cachedMuscles(
  shape: BodyShape,
  muscles: readonly DatasetMuscle[],
  o: CacheOptions = {},
): Promise<AssembledMuscles> {
  const key = `muscles-${shape}`;
  return once(`${key} ${JSON.stringify(muscles)}`, o.refresh, async () => {
    let body: BodyInput | undefined;
    const stored = await cachedGenerate<StoredMuscles>(
      key,
      { shape, muscles },
      () => {
        const { body: used, ...rest } = assembleMuscles(BODY_SPECS[shape], muscles);
        body = used;
        return rest;
      },
      o,
    );
    return { ...stored, body: body ?? bodyInputFor(BODY_SPECS[shape]) };
  });
}
