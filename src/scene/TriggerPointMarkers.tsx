/**
 * ✕ markers, drawn on top of every layer (depth test off) in one draw call: the trigger points of
 * the chosen muscle, and the trigger point of each of the best candidates (the top few large, the
 * rest small and faint; with a muscle chosen, the other candidates' ✕ step back; the hovered
 * candidate's ✕ grows and turns magenta). Positions, sizes, opacities and emphasis update in place;
 * nothing remounts.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Points } from 'three';
import type { Atlas, SidedTriggerPoint } from '../domain/atlas';
import { selectionView } from '../domain/selection';
import { shallow } from 'zustand/vanilla/shallow';
import { bestPerMuscleSide } from '../domain/rank';
import { useAtlasStore, type AtlasState } from '../state/store';
import { useSceneObject } from './useSceneObject';
import { createMarkerMaterial } from './markerMaterial';
import { setDrawnMarkers, type DrawnMarker } from './markerHits';
import { createCrossTexture } from './markerTexture';
import { STRONG_CANDIDATES } from './muscleMaterial';
import { triggerPointPosition } from './triggerPointPositions';
import type { Vec3 } from './viewPresets';

export interface TriggerPointMarkersProps {
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /**
   * Trigger point positions inside their muscles (`l:<id>` → metres), from the muscle asset;
   * until it has loaded, positions are interpolated between landmarks.
   */
  readonly positions?: Readonly<Record<string, Vec3>> | undefined;
  /** Marker size in CSS pixels of a chosen or top candidate (default 26). */
  readonly sizePx?: number;
  /** Most markers shown at once (default 32). */
  readonly capacity?: number;
  /** Candidates whose ✕ is drawn, best first (default 8, as many as the ghosted muscles). */
  readonly candidateCount?: number;
}

interface Marker extends DrawnMarker {
  /** CSS px. */
  readonly size: number;
  readonly alpha: number;
  /** 1 for the hovered or focused candidate's ✕, else 0. */
  readonly emph: number;
}

/** The markers to draw for the store's state. */
function markersFor(
  s: AtlasState,
  byKey: ReadonlyMap<string, SidedTriggerPoint>,
  place: (tp: SidedTriggerPoint) => Vec3 | undefined,
  sizePx: number,
  candidateCount: number,
): Marker[] {
  if (!s.atlas) return [];
  const out: Marker[] = [];
  const chosen = selectionView(s.atlas, s.muscle, s.triggerPoint, s.side).triggerPoints;
  for (const tp of chosen) {
    const p = place(tp);
    if (p) out.push({ ...ids(tp), position: p, candidate: false, size: sizePx, alpha: 1, emph: 0 });
  }
  const hover = s.hoverCandidate ?? s.hoverMuscle;
  const shown = bestPerMuscleSide(s.ranking.candidates).slice(0, candidateCount);
  for (const [r, c] of shown.entries()) {
    const tp = byKey.get(c.key);
    const p = tp && place(tp);
    if (!tp || !p || chosen.some((t) => t.key === c.key)) continue;
    const hovered = hover?.muscle === c.muscle && hover.side === c.side;
    const strong = r < STRONG_CANDIDATES;
    // Candidates' ✕ smaller than a chosen muscle's, so the patient's own marks stay readable.
    const size = hovered ? sizePx * 1.2 : strong ? sizePx * 0.78 : sizePx * 0.55;
    const alpha = hovered ? 1 : (strong ? 1 : 0.45) * (s.muscle ? 0.4 : 1);
    out.push({ ...ids(tp), position: p, candidate: true, size, alpha, emph: hovered ? 1 : 0 });
  }
  return out;
}

const ids = (tp: SidedTriggerPoint): Pick<DrawnMarker, 'key' | 'muscle' | 'side'> => ({
  key: tp.key,
  muscle: tp.muscle,
  side: tp.side,
});

const byKeyOf = (atlas: Atlas | undefined): Map<string, SidedTriggerPoint> =>
  new Map(atlas?.sidedTriggerPoints.map((t) => [t.key, t]) ?? []);

export function TriggerPointMarkers({
  landmarks,
  positions,
  sizePx = 26,
  capacity = 32,
  candidateCount = 8,
}: TriggerPointMarkersProps): null {
  const invalidate = useThree((s) => s.invalidate);
  const dpr = useThree((s) => s.viewport.dpr);
  const atlas = useAtlasStore((s) => s.atlas);
  const byKey = useMemo(() => byKeyOf(atlas), [atlas]);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(capacity * 3), 3));
    g.setAttribute('aSize', new BufferAttribute(new Float32Array(capacity), 1));
    g.setAttribute('aAlpha', new BufferAttribute(new Float32Array(capacity), 1));
    g.setAttribute('aEmph', new BufferAttribute(new Float32Array(capacity), 1));
    g.setDrawRange(0, 0);
    return g;
  }, [capacity]);
  const material = useMemo(() => createMarkerMaterial(createCrossTexture(), 1), []);
  const points = useMemo(() => {
    const p = new Points(geometry, material);
    p.name = 'trigger-points';
    p.renderOrder = 10;
    p.frustumCulled = false;
    return p;
  }, [geometry, material]);
  // With no ✕ yet it draws nothing: put in the scene without a frame (useSceneObject.ts).
  useSceneObject(points);
  // Compile the marker shader now, not in the frame of the first tap that draws a ✕.
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    gl.compile(points, camera, scene);
  }, [gl, camera, scene, points]);
  useEffect(() => {
    const u = material.uniforms['pixelRatio'];
    if (u) u.value = dpr;
    // No ✕ drawn yet (the page has just loaded): the new ratio changes no pixel.
    if (geometry.drawRange.count > 0) invalidate();
  }, [geometry, material, dpr, invalidate]);
  useEffect(
    () => () => {
      geometry.dispose();
      (material.uniforms['map']?.value as { dispose?: () => void } | null)?.dispose?.();
      material.dispose();
      setDrawnMarkers([]);
    },
    [geometry, material],
  );

  useEffect(() => {
    const place = (tp: SidedTriggerPoint): Vec3 | undefined =>
      positions?.[tp.key] ?? triggerPointPosition(tp, landmarks);
    const update = (): void => {
      const markers = markersFor(useAtlasStore.getState(), byKey, place, sizePx, candidateCount);
      const pos = geometry.getAttribute('position') as BufferAttribute;
      const size = geometry.getAttribute('aSize') as BufferAttribute;
      const alpha = geometry.getAttribute('aAlpha') as BufferAttribute;
      const emph = geometry.getAttribute('aEmph') as BufferAttribute;
      const shown = markers.slice(0, capacity);
      shown.forEach((m, i) => {
        pos.setXYZ(i, ...m.position);
        size.setX(i, m.size);
        alpha.setX(i, m.alpha);
        emph.setX(i, m.emph);
      });
      pos.needsUpdate = size.needsUpdate = alpha.needsUpdate = emph.needsUpdate = true;
      const drawnBefore = geometry.drawRange.count;
      // No bounding sphere: the points are never culled (`frustumCulled` off) nor raycast (a tap
      // on a ✕ is found on screen, markerHits.ts).
      geometry.setDrawRange(0, shown.length);
      setDrawnMarkers(shown);
      // No ✕ before and none now (a start page, a tap that ranks nothing): nothing to draw again.
      if (shown.length > 0 || drawnBefore > 0) invalidate();
    };
    update();
    return useAtlasStore.subscribe(
      (s) => [
        s.muscle,
        s.triggerPoint,
        s.side,
        s.ranking,
        s.hoverCandidate,
        s.hoverMuscle,
        s.atlas,
      ],
      update,
      { equalityFn: shallow },
    );
  }, [geometry, landmarks, positions, byKey, sizePx, capacity, candidateCount, invalidate]);

  return null;
}
