/**
 * ✕ markers for the trigger points of the selection, drawn on top of every layer
 * (depth test off) in one draw call. Positions update in place; nothing remounts.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, PointsMaterial } from 'three';
import { selectionView } from '../domain/selection';
import { useAtlasStore } from '../state/store';
import { createCrossTexture } from './markerTexture';
import { triggerPointPosition } from './triggerPointPositions';
import type { Vec3 } from './viewPresets';

export interface TriggerPointMarkersProps {
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /**
   * Trigger point positions inside their muscles (`l:<id>` → metres), from the muscle asset;
   * until it has loaded, positions are interpolated between landmarks.
   */
  readonly positions?: Readonly<Record<string, Vec3>> | undefined;
  /** Marker size in CSS pixels (default 26). */
  readonly sizePx?: number;
  /** Most markers shown at once (default 32). */
  readonly capacity?: number;
}

export function TriggerPointMarkers({
  landmarks,
  positions,
  sizePx = 26,
  capacity = 32,
}: TriggerPointMarkersProps): React.JSX.Element {
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(capacity * 3), 3));
    g.setDrawRange(0, 0);
    return g;
  }, [capacity]);
  const material = useMemo(
    () =>
      new PointsMaterial({
        size: sizePx,
        sizeAttenuation: false,
        map: createCrossTexture() ?? null,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        alphaTest: 0.05,
      }),
    [sizePx],
  );
  useEffect(
    () => () => (geometry.dispose(), material.map?.dispose(), material.dispose()),
    [geometry, material],
  );

  useEffect(() => {
    const update = (): void => {
      const s = useAtlasStore.getState();
      const attr = geometry.getAttribute('position') as BufferAttribute;
      let n = 0;
      if (s.atlas) {
        for (const tp of selectionView(s.atlas, s.muscle, s.triggerPoint, s.side).triggerPoints) {
          const p = positions?.[tp.key] ?? triggerPointPosition(tp, landmarks);
          if (!p || n >= capacity) continue;
          attr.setXYZ(n++, p[0], p[1], p[2]);
        }
      }
      attr.needsUpdate = true;
      geometry.setDrawRange(0, n);
      geometry.computeBoundingSphere();
      invalidate();
    };
    update();
    return useAtlasStore.subscribe((s, prev) => {
      if (
        s.muscle !== prev.muscle ||
        s.triggerPoint !== prev.triggerPoint ||
        s.side !== prev.side ||
        s.atlas !== prev.atlas
      )
        update();
    });
  }, [geometry, landmarks, positions, capacity, invalidate]);

  return (
    <points
      geometry={geometry}
      material={material}
      renderOrder={10}
      frustumCulled={false}
      name="trigger-points"
    />
  );
}
