/**
 * Scene parts that the body's first frame does not need, in one chunk loaded once it is drawn:
 * the ✕ markers, double-tap zoom and the handout's snapshot renderer.
 */
export { DoubleTapZoom } from './DoubleTapZoom';
export { SnapshotRenderer } from './SnapshotRenderer';
export { TriggerPointMarkers } from './TriggerPointMarkers';
