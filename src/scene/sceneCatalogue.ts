/**
 * The three.js classes the scene uses as JSX elements (`<mesh>`, `<color>`…), registered with R3F
 * by {@link LeanCanvas}. Only these are kept in the entry chunk for R3F's sake; classes the scene
 * builds itself (`new BufferGeometry()`, materials) are imported where they are used and go with
 * their module, and `<primitive>` needs no entry. Parts that load after the first frame put
 * their objects into the scene themselves (useSceneObject.ts). A unit test fails when a lowercase
 * JSX tag under `src/scene` has no entry, and when an entry is no longer used as a tag (each one costs bytes).
 */
import { Color, DirectionalLight, HemisphereLight, Mesh } from 'three';

export const SCENE_CATALOGUE = {
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
} as const;
