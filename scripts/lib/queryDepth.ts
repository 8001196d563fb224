/**
 * `query depth <triggerPointId> [--body female|male]`: what lies beneath the trigger point (left
 * side) on the generated model body — skin → point depth, the first structure along the needle
 * line and every hazard structure within 40 mm, nearest first — computed by the same pure module
 * as the app's "what lies beneath" panel (src/body/hazards/depth.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBodyAsset } from '../../src/body/asset/bodyAsset';
import {
  measureDepth,
  type DepthReport,
  type HazardGeometry,
  type TriMesh,
} from '../../src/body/hazards/depth';
import { decodeMuscleAsset } from '../../src/body/muscles/assetDecode';
import type { Atlas } from '../../src/domain/atlas';
import type { TriggerPointId } from '../../src/domain/ids';
import type { BodyShape } from '../../src/domain/primitives';
import { closest } from '../../src/domain/suggest';
import { parseTriggerPointKey } from '../../src/domain/triggerPointKey';
import { GENERATED_DIR } from './generatedDir';
import type { QueryResult } from './queryCommands';

const buf = (file: string): ArrayBuffer => {
  const b = readFileSync(join(GENERATED_DIR, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** What a depth is measured on: skin, hazard geometry and the placed trigger points (left side). */
export interface DepthBody {
  readonly skin: TriMesh;
  readonly hazards: HazardGeometry;
  /** Trigger point id → position inside its muscle (left side), m. */
  readonly triggerPoints: Readonly<Record<string, readonly number[]>>;
}

const cache = new Map<string, Promise<DepthBody>>();

/** The skin, hazard and muscle assets of a body shape (decoded once). */
export function loadBody(shape: BodyShape): Promise<DepthBody> {
  let p = cache.get(shape);
  if (!p) {
    p = (async () => {
      const [skin, hazards] = await Promise.all([
        decodeBodyAsset(buf(`body-${shape}.bin`)),
        decodeBodyAsset(buf(`hazards-${shape}.bin`)),
      ]);
      const muscles = decodeMuscleAsset(buf(`muscles-${shape}.bin`));
      const triggerPoints: Record<string, readonly number[]> = {};
      for (const [k, p] of Object.entries(muscles.triggerPoints)) {
        const key = parseTriggerPointKey(k);
        if (key?.side === 'left') triggerPoints[key.id] = p;
      }
      return {
        skin,
        hazards: {
          positions: hazards.positions,
          indices: hazards.indices,
          structure: hazards.regionIndex,
        },
        triggerPoints,
      };
    })();
    cache.set(shape, p);
  }
  return p;
}

/** The depth report of one trigger point (left side) on a loaded body, or undefined if unplaced. */
export function depthOf(atlas: Atlas, body: DepthBody, id: string): DepthReport | undefined {
  const tp = atlas.triggerPoints.get(id as TriggerPointId);
  const p = body.triggerPoints[id];
  if (!tp || !p) return undefined;
  return measureDepth(
    body.skin,
    body.hazards,
    [p[0] as number, p[1] as number, p[2] as number],
    tp.needling.approach,
  );
}

export async function depthCommand(atlas: Atlas, args: readonly string[]): Promise<QueryResult> {
  const bi = args.indexOf('--body');
  const shape = bi >= 0 ? args[bi + 1] : 'female';
  if (shape !== 'female' && shape !== 'male')
    return { ok: false, error: `--body must be female or male, got "${shape ?? ''}"` };
  const id = args.find(
    (a, i) => (!a.startsWith('--') && i !== bi + 1) || (bi < 0 && !a.startsWith('--')),
  );
  if (!id) return { ok: false, error: 'depth needs a trigger point id (see: query muscles)' };
  const ids = [...atlas.triggerPoints.keys()] as string[];
  if (!ids.includes(id))
    return {
      ok: false,
      error: `unknown trigger point "${id}". Did you mean: ${closest(id, ids).join(', ')}?`,
    };
  const r = depthOf(atlas, await loadBody(shape), id);
  if (!r)
    return { ok: false, error: `trigger point "${id}" has no position on the ${shape} model` };
  return {
    ok: true,
    value: {
      triggerPoint: id,
      side: 'left',
      body: shape,
      model: 'Measured on the generated model body; real depths vary with build, sex and position.',
      needle: { basis: r.basis, tangentialAdvised: r.tangential },
      skinToPointMm: r.skinToPointMm,
      firstAlongNeedle: r.alongNeedle ?? null,
      nearest: {
        structure: r.nearest.name,
        id: r.nearest.id,
        kind: r.nearest.kind,
        distanceMm: r.nearest.fromPointMm,
        fromSkinMm: r.nearest.fromSkinMm,
      },
      hazardsWithin40mm: r.nearby.map((h) => ({
        structure: h.name,
        id: h.id,
        kind: h.kind,
        dataKind: h.dataKind,
        distanceMm: h.fromPointMm,
        fromSkinMm: h.fromSkinMm,
      })),
    },
  };
}
