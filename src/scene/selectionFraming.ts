/**
 * The camera pose that frames the chosen muscle's pattern and trigger point(s), from the store's
 * selection: the one rule behind choosing a muscle in the app, opening a link that names one and
 * stepping Back or Forward to one. Body frame, metres: +Y up, +X body's left, +Z anterior.
 */
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { RegionId } from '../domain/ids';
import { selectionView } from '../domain/selection';
import type { ViewPreset } from '../domain/urlState';
import type { AtlasState } from '../state/store';
import { framePattern, zoneVertices } from './cameraFraming';
import { triggerPointPosition } from './triggerPointPositions';
import type { CameraPose, Vec3 } from './viewPresets';

export interface SelectionFramingInput {
  readonly body: BodyAsset;
  /** Trigger point positions inside the muscles (`l:<id>` → m), once the muscles are loaded. */
  readonly triggerPoints?: Readonly<Record<string, Vec3>> | undefined;
  /** Skeleton landmarks (m): the trigger points' estimated places until the muscles load. */
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /** Vertical field of view, degrees. */
  readonly fov: number;
  /** Canvas width / height. */
  readonly aspect: number;
  /** Current viewing direction (target → camera), used when the pattern faces every way. */
  readonly fallback: Vec3;
}

export interface SelectionFraming {
  readonly pose: CameraPose;
  /** The side preset the framed camera faces (the view buttons and the link follow it). */
  readonly side: ViewPreset;
}

/** The side preset nearest to a viewing direction (target → camera). */
export function nearestSide(dir: Vec3): ViewPreset {
  if (Math.abs(dir[0]) > Math.abs(dir[2])) return dir[0] > 0 ? 'left' : 'right';
  return dir[2] > 0 ? 'front' : 'back';
}

/** Frames the chosen muscle, or undefined when nothing is chosen or it has nothing to show. */
export function frameSelection(
  s: Pick<AtlasState, 'atlas' | 'muscle' | 'triggerPoint' | 'side' | 'frameInset'>,
  f: SelectionFramingInput,
): SelectionFraming | undefined {
  const { atlas } = s;
  if (!atlas || !s.muscle) return undefined;
  const view = selectionView(atlas, s.muscle, s.triggerPoint, s.side);
  const idx = (ids: ReadonlySet<RegionId>): Set<number> =>
    new Set([...ids].map((id) => atlas.regionById.get(id)?.index ?? -1));
  const zone = zoneVertices(f.body, idx(view.essential.size ? view.essential : view.spillover));
  const points = view.triggerPoints.flatMap((tp) => {
    const p = f.triggerPoints?.[tp.key] ?? triggerPointPosition(tp, f.landmarks);
    return p ? [p] : [];
  });
  if (zone.length === 0 && points.length === 0) return undefined;
  const pose = framePattern(f.body, {
    zone,
    points,
    fov: f.fov,
    aspect: f.aspect,
    inset: s.frameInset,
    fallback: f.fallback,
  });
  const [px, py, pz] = pose.position;
  const [tx, ty, tz] = pose.target;
  return { pose, side: nearestSide([px - tx, py - ty, pz - tz]) };
}

/**
 * Frames the first muscle of the atlas once, throwing the pose away: run when the page is idle, it
 * compiles the framing code (its loops over the skin took 9–16 ms the first time, ~2 ms after), so
 * the first choice's camera turn starts sooner. Pure: nothing is stored or moved.
 */
export function rehearseFraming(
  s: Pick<AtlasState, 'atlas' | 'frameInset'>,
  f: SelectionFramingInput,
): SelectionFraming | undefined {
  const muscle = s.atlas?.muscles[0]?.id;
  if (!muscle) return undefined;
  return frameSelection({ ...s, muscle, triggerPoint: undefined, side: 'left' }, f);
}
