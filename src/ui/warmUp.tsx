/**
 * A rehearsal of the first tap's and the first choice's work, run once when the page is idle after
 * the body has been drawn. V8 compiles a function the first time it runs: on a slow machine the
 * first tap spent ~8 ms compiling the ranking alone (≈ 0.05 ms once compiled), and the wording of
 * the reasons and the selection's view likewise. React's first mount of the candidate list and of
 * the muscle card cost ~10 ms more than later ones, and the first marked area's row (with the
 * page's first intensity `<select>`) more than later rows.
 *
 * On a sample drawing (an area of the first trigger point's main zone), the computations run as
 * pure calls (the ranking first on drawings of one to three areas across the body); then the marked
 * areas, the warning signs, the candidate list, text through a portal (as the live region's), the
 * isolate toggle and the card of its first candidate are rendered by a React root of their own
 * into a hidden, inert element, once as before a choice and once as after it (React's update paths
 * run too), and one click goes through React's event handling (the page's first, otherwise the
 * first choice): nothing is stored, drawn or announced, and everything is thrown away.
 */
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Atlas, Muscle, SidedTriggerPoint } from '../domain/atlas';
import { candidateReasons, explainingSetReason, unexplainedReason } from '../domain/explain';
import {
  bestPerMuscleSide,
  rank,
  tieGroups,
  type Candidate,
  type PainDrawing,
  type Ranking,
  type ZoneSets,
} from '../domain/rank';
import { bySeverity, redFlagsFor } from '../domain/redFlags';
import { selectionView } from '../domain/selection';
import type { Mode } from '../domain/urlState';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { CandidateList } from './Candidates';
import { DrawingListView } from './DrawingList';
import { MuscleCardView } from './MuscleCard';
import { RedFlagList } from './RedFlags';
import { phraseReason, phraseReasons } from './reasonWords';
import { regionPhrase } from './regionPhrase';
import { IsolateToggleView } from './Toolbar';

export interface RehearsalInput {
  readonly atlas: Atlas;
  readonly zoneSets: readonly ZoneSets[];
  readonly mode: Mode;
}

/** The sample drawing's ranking, for the rendering rehearsal. */
export interface RehearsalSample {
  /** The sample drawing (one area). */
  readonly drawing: PainDrawing;
  readonly ranking: Ranking;
  readonly markedCount: number;
  /** The sample's candidates as the list shows its first ones (best per muscle and side). */
  readonly shown: readonly Candidate[];
}

/** Up to three areas of trigger points far apart in the atlas: a main zone, spillover, a main zone. */
function spreadDrawing(atlas: Atlas): PainDrawing {
  const tps = atlas.sidedTriggerPoints;
  const at = (f: number): SidedTriggerPoint | undefined => tps[Math.floor(f * tps.length)];
  const regions = [at(0.2)?.essential[0], at(0.5)?.spillover[0], at(0.8)?.essential[0]];
  return regions.flatMap((region) => (region ? [{ region }] : []));
}

/** Runs the computations once; returns the sample (undefined for an atlas without zones). */
export function rehearseInteraction({
  atlas,
  zoneSets,
  mode,
}: RehearsalInput): RehearsalSample | undefined {
  const region = atlas.sidedTriggerPoints[0]?.essential[0];
  if (!region) return undefined;
  // First, drawings of one to three areas from across the body, as taps grow them: with only one
  // sample area, V8 had optimised the scoring for what that area met, and a first real tap
  // elsewhere threw that code away ("wrong map") in its own time.
  const spread = spreadDrawing(atlas);
  for (let n = 1; n <= spread.length; n++)
    rank(atlas.sidedTriggerPoints, spread.slice(0, n), zoneSets, atlas.commonness);
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
  // Every area's phrase (a few hundred, cached): a tap names areas no earlier tap named.
  for (const r of atlas.regions) regionPhrase(r.label);
  return { drawing, ranking, markedCount: drawing.length, shown };
}

const noop = (): void => undefined;

/** The rehearsal's click handler: marks its button, so a test can see React ran it. */
const markClicked = (e: React.MouseEvent<HTMLElement>): void => {
  e.currentTarget.dataset.clicked = 'true';
};

/** Host of the rendering rehearsal: in the page for style and layout, hidden from eyes, pointer and AT. */
function rehearsalHost(doc: Document): HTMLElement {
  const host = doc.createElement('div');
  host.className = 'rehearsal';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // The panel's width, so lines break (and text is shaped) as they will there.
  const width = doc.querySelector('.panel, .sheet')?.clientWidth || 360;
  Object.assign(host.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${width}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    contain: 'strict',
    height: '1px',
  });
  doc.body.append(host);
  return host;
}

/**
 * Text written through a portal into a paragraph React rendered, as the live region's announcement
 * is (`LiveRegion.tsx`, the first tap's). React's code for a portal and for a text node in a
 * portal's container had otherwise first met them in that tap, and V8 threw away the optimised
 * code that had never seen them (a "wrong map" deoptimisation, then slower code for a while).
 */
function PortalText({ text }: { readonly text: string }): React.JSX.Element {
  const [host, setHost] = useState<HTMLElement | null>(null);
  return (
    <>
      <p ref={setHost} />
      {host && createPortal(text, host)}
    </>
  );
}

interface RehearsalTreeProps {
  readonly atlas: Atlas;
  readonly sample: RehearsalSample;
  readonly mode: Mode;
  readonly first: Candidate;
  readonly muscle: Muscle;
  /** As after the first choice: the isolate toggle enabled, the area given an intensity. */
  readonly chosen: boolean;
}

function rehearsalTree({
  atlas,
  sample,
  mode,
  first,
  muscle,
  chosen,
}: RehearsalTreeProps): React.JSX.Element {
  const drawing = chosen ? sample.drawing.map((m) => ({ ...m, intensity: 5 })) : sample.drawing;
  return (
    <>
      <div className="panel-scroll">
        <DrawingListView drawing={drawing} atlas={atlas} onRemove={noop} onIntensity={noop} />
        <RedFlagList flags={bySeverity(atlas.redFlags)} phone={false} />
        <CandidateList
          atlas={atlas}
          ranking={sample.ranking}
          markedCount={sample.markedCount}
          mode={mode}
        />
        <PortalText text={chosen ? 'after a choice' : 'before a choice'} />
      </div>
      <div className="panel-scroll card-view">
        <IsolateToggleView isolate={false} enabled={chosen} onChange={noop} />
        <button type="button" className="rehearsal-click" onClick={markClicked} />
        <MuscleCardView
          atlas={atlas}
          muscle={muscle}
          tpKey={first.key}
          mode={mode}
          side={first.side}
        />
      </div>
    </>
  );
}

/**
 * Renders the warning signs, the sample's candidate list and its first candidate's card once, in
 * an element of their own React root that is in the page but hidden (`visibility: hidden`, inert,
 * `aria-hidden`), lays them out once their deferred details have rendered, and removes them. The
 * first real card had spent 10–37 ms of its frame on its first style, layout and text shaping.
 * The page's ready signal waits for this (store `lateLoaded.rehearsal`), so no test or benchmark
 * sees the copy. Resolves to the markup rendered (for tests), or undefined.
 */
export function rehearseRendering(
  atlas: Atlas,
  sample: RehearsalSample,
  mode: Mode,
  doc: Document = document,
): Promise<string | undefined> {
  const first = sample.shown[0];
  const muscle = first && atlas.muscleById.get(first.muscle);
  if (!first || !muscle) return Promise.resolve(undefined);
  const host = rehearsalHost(doc);
  const root = createRoot(host);
  // Rendered twice: first as the page shows a drawing before any choice, then as a choice (and a
  // changed intensity) updates it, so React's update paths for these elements run once too.
  for (const chosen of [false, true])
    flushSync(() => root.render(rehearsalTree({ atlas, sample, mode, first, muscle, chosen })));
  // The page's first click through React's own events is otherwise the first choice of a muscle
  // (taps go to the canvas): one click on a button that does nothing runs that path here.
  host
    .querySelector('.rehearsal-click')
    ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  // The card's details render after the next frame (at most 100 ms later); once they are in, one
  // forced style and layout of everything, in this idle time rather than in a tap's frame.
  return new Promise((resolve) => {
    const finish = (triesLeft: number): void => {
      if (host.querySelector('.tp-details-pending') && triesLeft > 0) {
        setTimeout(() => finish(triesLeft - 1), DETAILS_POLL_MS);
        return;
      }
      void host.offsetHeight;
      for (const el of host.querySelectorAll<HTMLElement>('.panel-scroll')) void el.scrollHeight;
      const html = host.innerHTML;
      root.unmount();
      host.remove();
      resolve(html);
    };
    setTimeout(() => finish(10), DETAILS_POLL_MS);
  });
}

/** How often the rendering rehearsal looks for the card's details (at most ten times), ms. */
const DETAILS_POLL_MS = 50;

/** Latest start of the rehearsal after the body's first frame, ms. */
const REHEARSAL_TIMEOUT_MS = 3000;

/** Whether this page has rehearsed already (once is enough: the compiled code stays). */
let rehearsed = false;

/** Rehearses once per page, when idle after the body has been drawn. */
export function useInteractionRehearsal(): void {
  const drawn = useAtlasStore((s) => s.sceneReady && s.atlas !== undefined);
  useEffect(() => {
    const done = (): void => useAtlasStore.getState().setLateLoaded('rehearsal');
    if (rehearsed) done();
    if (!drawn || rehearsed) return;
    return whenIdle(() => {
      const { atlas, zoneSets, mode } = useAtlasStore.getState();
      if (!atlas || rehearsed) return;
      rehearsed = true;
      try {
        const sample = rehearseInteraction({ atlas, zoneSets, mode });
        if (!sample) return done();
        rehearseRendering(atlas, sample, mode).then(done, done);
      } catch {
        // A rehearsal is an optimisation: whatever happens, the page goes on (and says it is ready).
        done();
      }
    }, REHEARSAL_TIMEOUT_MS);
  }, [drawn]);
}
