/**
 * The "what lies beneath" view: the hazard anatomy of the body shape (lungs and pleura, heart and
 * pericardium, kidneys, major arteries and nerves; `generated/hazards-<shape>.bin`, fetched only
 * when the view is first opened) drawn through the body as an x-ray, the structures within 40 mm
 * of the selected trigger point strong and the rest faded, and the needle line from the skin
 * through the point. One mesh and one line (two draw calls); the fading rewrites the vertex
 * colour attribute, never remounts. It measures the depths (src/body/hazards/depth.ts) and puts
 * them in the store for the panel. Metres, body frame.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshStandardMaterial,
} from 'three';
import { decodeBodyAsset, type BodyAsset } from '../body/asset/bodyAsset';
import { HAZARD_STRUCTURES, type HazardKind } from '../body/hazards/catalogue';
import { measureDepth } from '../body/hazards/depth';
import { keyTriggerPoint } from '../domain/triggerPointKey';
import type { BodyShape } from '../domain/urlState';
import { beneathShown, useAtlasStore } from '../state/store';
import { useSceneObject } from './useSceneObject';
import { useLayerAsset } from './useLayerAsset';
import type { Vec3 } from './viewPresets';

const KIND_COLOUR: Record<HazardKind, string> = {
  lung: '#e7a1b0',
  heart: '#b3262e',
  kidney: '#8a4a2c',
  artery: '#e03131',
  nerve: '#f0b400',
};
const NEAR_ALPHA = 0.85;
const FAR_ALPHA = 0.12;

export interface HazardAnatomyProps {
  readonly shape: BodyShape;
  /** The skin mesh of the body shape (for the needle's entry point). */
  readonly skin: BodyAsset;
  /** Sided trigger point key → position inside its muscle, m. */
  readonly positions?: Readonly<Record<string, Vec3>> | undefined;
}

function buildMesh(asset: BodyAsset): Mesh {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(asset.positions, 3));
  g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
  g.setAttribute(
    'color',
    new BufferAttribute(new Float32Array((asset.positions.length / 3) * 4), 4),
  );
  g.setIndex(new BufferAttribute(asset.indices, 1));
  g.computeBoundingSphere();
  const m = new Mesh(
    g,
    new MeshStandardMaterial({
      vertexColors: true,
      transparent: true,
      depthTest: false,
      depthWrite: false,
      roughness: 0.6,
    }),
  );
  m.name = 'hazards';
  m.renderOrder = 10;
  m.raycast = () => undefined;
  return m;
}

/** Writes the RGBA colour attribute: near structures strong, the rest faded. */
function paint(mesh: Mesh, asset: BodyAsset, near: ReadonlySet<number>): void {
  const attr = mesh.geometry.getAttribute('color') as BufferAttribute;
  const a = attr.array as Float32Array;
  const c = new Color();
  for (let v = 0; v < asset.regionIndex.length; v++) {
    const s = asset.regionIndex[v] as number;
    c.set(KIND_COLOUR[HAZARD_STRUCTURES[s]?.kind ?? 'nerve']);
    a[4 * v] = c.r;
    a[4 * v + 1] = c.g;
    a[4 * v + 2] = c.b;
    a[4 * v + 3] = near.has(s) ? NEAR_ALPHA : FAR_ALPHA;
  }
  attr.needsUpdate = true;
}

export function HazardAnatomy({ shape, skin, positions }: HazardAnatomyProps): null {
  const open = useAtlasStore(beneathShown);
  const tpKey = useAtlasStore((s) => s.triggerPoint);
  const atlas = useAtlasStore((s) => s.atlas);
  const asset = useLayerAsset('hazards', shape, open, decodeBodyAsset);
  const invalidate = useThree((s) => s.invalidate);
  const mesh = useMemo(() => (asset ? buildMesh(asset) : undefined), [asset]);
  const line = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(6), 3));
    const l = new Line(g, new LineBasicMaterial({ color: '#1d3557', depthTest: false }));
    l.renderOrder = 11;
    l.raycast = () => undefined;
    return l;
  }, []);
  const point = tpKey ? positions?.[tpKey] : undefined;
  const approach = tpKey
    ? atlas?.triggerPoints.get(keyTriggerPoint(tpKey))?.needling.approach
    : undefined;
  const report = useMemo(() => {
    if (!asset || !point || approach === undefined) return undefined;
    return measureDepth(
      skin,
      { positions: asset.positions, indices: asset.indices, structure: asset.regionIndex },
      [point[0], point[1], point[2]],
      approach,
    );
  }, [asset, skin, point, approach]);
  useEffect(() => {
    const set = useAtlasStore.getState().setBeneathReport;
    set(report && tpKey ? { key: tpKey, body: shape, report } : undefined);
    if (!mesh || !asset) return;
    const near = new Set(
      (report?.nearby ?? []).map((h) => HAZARD_STRUCTURES.findIndex((s) => s.id === h.id)),
    );
    paint(mesh, asset, near);
    if (report) {
      const a = line.geometry.getAttribute('position') as BufferAttribute;
      const len = (report.skinToPointMm + 45) / 1000;
      const [x, y, z] = report.entry;
      const [dx, dy, dz] = report.direction;
      (a.array as Float32Array).set([
        x - dx * 0.03,
        y - dy * 0.03,
        z - dz * 0.03,
        x + dx * len,
        y + dy * len,
        z + dz * len,
      ]);
      a.needsUpdate = true;
      line.geometry.computeBoundingSphere();
      document.documentElement.dataset.beneathReady = 'true';
    }
    invalidate();
    return () => {
      delete document.documentElement.dataset.beneathReady;
    };
  }, [report, mesh, asset, line, tpKey, shape, invalidate]);
  useEffect(
    () => () => {
      line.geometry.dispose();
      (line.material as LineBasicMaterial).dispose();
    },
    [line],
  );
  useEffect(() => {
    if (!mesh) return;
    return () => {
      mesh.geometry.dispose();
      (mesh.material as MeshStandardMaterial).dispose();
    };
  }, [mesh]);
  useSceneObject(mesh, open);
  useSceneObject(line, open && !!report);
  return null;
}
