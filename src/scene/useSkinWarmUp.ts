/**
 * Moves the translucent skin's first-use work out of the first selection's frame. Choosing a muscle
 * makes the skin translucent (a different program: three.js compiles `OPAQUE` in or out) drawn
 * after a depth pre-pass; compiling and linking both in that frame made the first selection about
 * five times slower than the next ones. Once the body has been drawn and the page is idle, both
 * programs are compiled (`compileAsync`, with the scene's lights) on the skin's translucent twin
 * and the depth material themselves, which the skin then draws with. Then each is drawn once by a
 * stand-in scaled to nothing (`uploadInFrame`: no pixel changes), so that three.js's first draw
 * with them (vertex array object, uniform refresh, program checks: ~2 ms in a profile of the first
 * selection, none in the second) is not in that frame either.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Mesh, type BufferGeometry, type Material } from 'three';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { uploadInFrame } from './uploadInFrame';
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
  const invalidate = useThree((s) => s.invalidate);
  const drawn = useAtlasStore((s) => s.sceneReady);
  useEffect(() => {
    if (!drawn) return;
    let live = true;
    let removeStandIns = (): void => undefined;
    const cancelIdle = whenIdle(() => {
      const materials = [translucentTwin, depthMaterial];
      const compiled = materials.map((m) => warmProgram(gl, new Mesh(geometry, m), camera, scene));
      void Promise.allSettled(compiled).then(() => {
        if (!live) return;
        const parts = materials.map((material) => ({ geometry, material }));
        removeStandIns = uploadInFrame({ scene, parts, invalidate });
      });
    }, WARM_UP_TIMEOUT_MS);
    return () => {
      live = false;
      cancelIdle();
      removeStandIns();
    };
  }, [drawn, gl, camera, scene, invalidate, geometry, translucentTwin, depthMaterial]);
}
