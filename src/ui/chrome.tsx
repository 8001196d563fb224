/**
 * The page's controls that the first frame of the body does not need: the panel's contents
 * (search, lists, cards), the legend, hints, notices, the education dialog and the page keys. One
 * chunk, fetched once the body has been drawn ({@link ../App}), so it never delays the first frame
 * and stays out of the entry JavaScript. The toolbar and the header's Share and Handout buttons
 * are not here: they take room in the layout, and arriving after the first frame they shrank and
 * moved the body's canvas just after it was drawn (a layout shift and a second drawing buffer).
 */
import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import { useAppKeys } from './appKeys';
import { useInteractionRehearsal } from './warmUp';

export { CanvasHints } from './CanvasHints';
export { CanvasLegend } from './CanvasLegend';
export { ConsultBar } from './ConsultBar';
export { Education } from './Education';
export { HoverLabel } from './HoverLabel';
export { Notices } from './Notices';
export { Panel } from './Panel';
export { PwaStatus } from './PwaStatus';

export interface AppKeysProps {
  readonly consult: boolean;
  readonly exitConsult: () => void;
}

/**
 * The page-wide keys (`/`, Escape), as a component so they load with the rest of the chrome;
 * always mounted, it also reports the chrome as loaded (part of the scene-ready signal) and runs
 * the idle rehearsal of a first tap's computations and rendering (`warmUp.tsx`).
 */
export function AppKeys({ consult, exitConsult }: AppKeysProps): null {
  useAppKeys(consult, exitConsult);
  useInteractionRehearsal();
  useEffect(() => useAtlasStore.getState().setLateLoaded('chrome'), []);
  return null;
}
export { LiveRegionText } from './LiveRegion';
