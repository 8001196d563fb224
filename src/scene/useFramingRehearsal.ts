/**
 * Rehearses the camera framing once per body when the page is idle and the dataset is there
 * (`rehearseFraming`), so the first choice's turn does not wait for V8 to compile the framing.
 */
import { useEffect } from 'react';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { rehearseFraming } from './selectionFraming';
import type { Vec3 } from './viewPresets';

/** Latest start after the body and the dataset are both there, ms. */
const FRAMING_REHEARSAL_TIMEOUT_MS = 3000;

export function useFramingRehearsal(
  body: BodyAsset | undefined,
  landmarks: Readonly<Record<string, Vec3>>,
): void {
  const ready = useAtlasStore((s) => s.atlas !== undefined);
  useEffect(() => {
    if (!body || !ready) return;
    return whenIdle(() => {
      rehearseFraming(useAtlasStore.getState(), {
        body,
        landmarks,
        fov: 30,
        aspect: 1,
        fallback: [0, 0, 1],
      });
    }, FRAMING_REHEARSAL_TIMEOUT_MS);
  }, [body, landmarks, ready]);
}
