/**
 * The three.js classes the scene may use as JSX elements (`<mesh>`, `<color>`…), registered with
 * R3F by {@link LeanCanvas}. Only what is listed here ends up in the bundle; `<primitive>` needs no
 * entry. Add a class here when a scene component starts using its element; a unit test fails when
 * a lowercase JSX tag under `src/scene` has no entry.
 */
import {
  AmbientLight,
  BufferGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  Points,
  PointsMaterial,
} from 'three';

export const SCENE_CATALOGUE = {
  AmbientLight,
  BufferGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  Points,
  PointsMaterial,
} as const;
