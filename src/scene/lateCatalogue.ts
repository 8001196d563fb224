/**
 * The three.js classes used as JSX elements only by scene parts that load after the first frame
 * (lateScene.ts): registered with R3F by the modules that use them, so the classes stay out of the
 * entry chunk. The catalogue test checks tags against {@link SCENE_CATALOGUE} and this together.
 */
import { extend } from '@react-three/fiber';
import { Points } from 'three';

export const LATE_SCENE_CATALOGUE = { Points } as const;

/** Registers the late classes with R3F (idempotent). */
export function extendLateCatalogue(): void {
  extend(LATE_SCENE_CATALOGUE);
}
