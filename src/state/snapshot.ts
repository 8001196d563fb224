/**
 * A bridge from the DOM (the handout) to the 3D scene: the scene registers a function that
 * renders the body from a preset view into an image; the handout asks for pictures without
 * importing the scene. Nothing is registered where there is no WebGL, and the handout then
 * falls back to the 2D outline.
 */

/** Views the handout shows. */
export type SnapshotView = 'front' | 'back';

export interface SnapshotRequest {
  /** Picture size in device pixels. */
  readonly width: number;
  readonly height: number;
  readonly views: readonly SnapshotView[];
}

export interface BodySnapshot {
  readonly view: SnapshotView;
  /** PNG data URL. */
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

export type Snapshotter = (request: SnapshotRequest) => BodySnapshot[];

let current: Snapshotter | undefined;

/** Called by the scene once it can draw; returns the unregister function. */
export function registerSnapshotter(fn: Snapshotter): () => void {
  current = fn;
  return () => {
    if (current === fn) current = undefined;
  };
}

/** Renders the body pictures, or returns undefined when there is no 3D scene to render. */
export function takeBodySnapshots(request: SnapshotRequest): BodySnapshot[] | undefined {
  if (!current) return undefined;
  try {
    return current(request);
  } catch {
    return undefined;
  }
}
