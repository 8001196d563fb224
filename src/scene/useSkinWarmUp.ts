/**
 * Moves shader compilation out of the first selection's frame. Choosing a muscle makes the skin
 * translucent (a different program: three.js compiles `OPAQUE` in or out) drawn after a depth
 * pre-pass; compiling and linking both in that frame made the first selection about five times
 * slower than the next ones. Once the body has been drawn and the page is idle, both programs are
 * compiled (`compileAsync`, with the scene's lights) on the skin's translucent twin and the depth
 * material themselves, which the skin then draws with. Nothing is drawn here.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Mesh, type BufferGeometry, type Material } from 'three';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { warmProgram } from './warmProgram';

/** Latest start of the warm-up after the first frame, ms. */
const WARM_UP_TIMEOUT_MS = 2000;

export function useSkinWarmUp(
  geometry: BufferGeometry,
  /** The translucent skin material (owned and disposed by the caller). */
  translucentTwin: Material,
  depthMaterial: Material,
): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const drawn = useAtlasStore((s) => s.sceneReady);
  useEffect(() => {
    if (!drawn) return;
    return whenIdle(() => {
      for (const m of [translucentTwin, depthMaterial])
        warmProgram(gl, new Mesh(geometry, m), camera, scene).catch(() => undefined);
    }, WARM_UP_TIMEOUT_MS);
  }, [drawn, gl, camera, scene, geometry, translucentTwin, depthMaterial]);
}
