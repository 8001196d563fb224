/**
 * A rehearsal of the first tap's and the first choice's computations, run once when the page is
 * idle after the body has been drawn. V8 compiles a function the first time it runs: on a slow
 * machine the first tap spent ~8 ms compiling the ranking alone (≈ 0.05 ms once compiled), and
 * the wording of the reasons and the selection's view likewise. Pure calls on a sample drawing
 * (an area of the first trigger point's main zone): nothing is stored, drawn or announced, and
 * the results are thrown away.
 */
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas';
import { candidateReasons, explainingSetReason, unexplainedReason } from '../domain/explain';
import { bestPerMuscleSide, rank, tieGroups, type ZoneSets } from '../domain/rank';
import { redFlagsFor } from '../domain/redFlags';
import { selectionView } from '../domain/selection';
import type { Mode } from '../domain/urlState';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { phraseReason, phraseReasons } from './reasonWords';

export interface RehearsalInput {
  readonly atlas: Atlas;
  readonly zoneSets: readonly ZoneSets[];
  readonly mode: Mode;
}

/** Runs the computations once; returns how many candidates the sample drawing had (for tests). */
export function rehearseInteraction({ atlas, zoneSets, mode }: RehearsalInput): number {
  const region = atlas.sidedTriggerPoints[0]?.essential[0];
  if (!region) return 0;
  const drawing = [{ region }];
  const ranking = rank(atlas.sidedTriggerPoints, drawing, zoneSets, atlas.commonness);
  const shown = bestPerMuscleSide(ranking.candidates).slice(0, 3);
  tieGroups(shown);
  for (const c of shown) {
    phraseReasons(atlas, candidateReasons(c, drawing.length), mode);
    selectionView(atlas, c.muscle, c.key, c.side);
  }
  const cover = explainingSetReason(ranking, drawing.length);
  if (cover) phraseReason(atlas, cover, mode);
  const unexplained = unexplainedReason(ranking);
  if (unexplained) phraseReason(atlas, unexplained, mode);
  redFlagsFor(atlas, drawing);
  return shown.length;
}

/** Latest start of the rehearsal after the body's first frame, ms. */
const REHEARSAL_TIMEOUT_MS = 3000;

/** Whether this page has rehearsed already (once is enough: the compiled code stays). */
let rehearsed = false;

/** Rehearses once per page, when idle after the body has been drawn. */
export function useInteractionRehearsal(): void {
  const drawn = useAtlasStore((s) => s.sceneReady);
  useEffect(() => {
    if (!drawn || rehearsed) return;
    return whenIdle(() => {
      const { atlas, zoneSets, mode } = useAtlasStore.getState();
      if (!atlas || rehearsed) return;
      rehearsed = true;
      rehearseInteraction({ atlas, zoneSets, mode });
    }, REHEARSAL_TIMEOUT_MS);
  }, [drawn]);
}
