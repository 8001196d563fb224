/**
 * Camera controls (camera-controls, as shipped with drei: orbit, dolly, truck, touch, smooth and
 * interruptible transitions) plus the camera moves the app makes:
 * - a view preset request applies the preset at once (marks `data-view` for tests);
 * - choosing a muscle or candidate turns and zooms smoothly to frame its pattern and trigger
 *   point(s) (see selectionFraming.ts), kept inside the store's `frameInset`;
 * - a link that names a muscle without a camera of its own (opened, pasted, Back/Forward: the
 *   store's `framePending`) is framed the same way, turning from the link's view once the muscles'
 *   trigger point positions are known (a link's `cam=` is the user's own view and is kept as is);
 * - "whole body" turns back to the whole body from the nearest of front/back/left/right.
 * Nothing else moves the camera: a resize, a new drawing or a layer change keep the user's view.
 * `data-camera` is `moving` during a transition (and while a link's framing waits for the muscles)
 * and `still` after it (camera-controls' rest, within 0.01 of the end); `data-camera-settled` is
 * `false` from a user's drag or wheel, or a transition's start, until the camera has stopped
 * exactly where it ends (the smoothing tail included, up to the point where what is left of it
 * would move no pixel and the camera jumps to the end: cameraTail.ts), then `true`.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { afterNextPaint, prefersReducedMotion } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { CameraControlsImpl, configureControls } from './cameraControls';
import { cameraMoved, captureCamera, newCameraSnapshot } from './cameraMoved';
import { endInvisibleTail } from './cameraTail';
import { frameSelection, nearestSide } from './selectionFraming';
import type { RigHandle } from './rigHandle';
import { setCameraSignal, setSettledSignal, useControlsEvents } from './useControlsEvents';
import { useFramingRehearsal } from './useFramingRehearsal';
import { cameraPose, VIEW_CAMERA, type CameraPose, type Vec3 } from './viewPresets';

export interface CameraRigProps {
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /** The skin, for framing a pattern by its zone vertices (no framing without it). */
  readonly body?: BodyAsset;
  /** Trigger point positions inside the muscles (`l:<id>` → m), when loaded. */
  readonly triggerPoints?: Readonly<Record<string, Vec3>> | undefined;
  /** Where the rig leaves its controls while mounted. */
  readonly rig: RigHandle;
}

/** Scratch: the camera's pose before a move. */
const posed = newCameraSnapshot();

export function CameraRig({
  stature,
  landmarks,
  body,
  triggerPoints,
  rig,
}: CameraRigProps): React.JSX.Element {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const events = useThree((s) => s.events);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const request = useAtlasStore((s) => s.viewRequest);
  const tool = useAtlasStore((s) => s.tool);
  useFramingRehearsal(body, landmarks);
  const controls = useMemo(() => {
    // The constructor turns the camera to the origin; keep the view until the preset effect applies.
    const q = camera.quaternion.clone();
    const c = new CameraControlsImpl(camera);
    camera.quaternion.copy(q);
    camera.updateMatrixWorld();
    return c;
  }, [camera]);
  const dom = (events.connected as HTMLElement | undefined) ?? gl.domElement;

  useEffect(() => {
    controls.connect(dom);
    return () => controls.disconnect();
  }, [controls, dom]);
  // Left in the rig's handle for the scene parts that act on them (double-tap zoom, the probe).
  useEffect(() => {
    rig.controls = controls;
    return () => {
      if (rig.controls === controls) rig.controls = null;
    };
  }, [controls, rig]);
  /** The user moved the camera (drag, pinch or wheel) since its position was last kept. */
  const userMoved = useRef(false);
  /**
   * The camera shows a view preset exactly as applied (no orbit, zoom or framing since): a resize
   * (e.g. the page controls arriving after the first frame, or a phone's toolbar hiding) re-fits it.
   */
  const presetShown = useRef(false);
  /**
   * The controls are being updated by code that asks for the frame itself if one is needed (the
   * frame loop, a preset's jump): their `update` events need no frame of their own.
   */
  const inFrame = useRef(false);
  /** A link's framing waits for the muscles' trigger point positions: the camera is about to turn. */
  const awaitingFrame = useRef(false);
  /** Counts camera moves: only the latest one reports the camera still when it ends. */
  const moves = useRef(0);
  const still = useCallback((): void => {
    if (!awaitingFrame.current) setCameraSignal('still');
  }, []);
  useControlsEvents({ controls, camera, dom, invalidate, userMoved, presetShown, inFrame, still });
  // Rendered on demand: after an idle spell the frame delta is long, so it is capped (0.1 s), or a
  // transition would jump to its end in its first frame.
  // A frame where nothing moved means the camera stands exactly where it ends: settled.
  // The last stretch of a smooth move, which changes no pixel, is skipped (cameraTail.ts).
  useFrame((state, delta) => {
    let moving = false;
    inFrame.current = true;
    try {
      moving = controls.update(Math.min(delta, 0.1));
      if (moving && camera instanceof PerspectiveCamera) {
        moving = !endInvisibleTail(controls, camera, state.size.height);
      }
    } finally {
      inFrame.current = false;
    }
    if (moving) invalidate();
    if (!moving && !controls.currentAction) setSettledSignal(true);
  }, -1);

  const painting = tool !== 'tap';
  useEffect(() => configureControls(controls, painting), [controls, painting]);

  const go = (pose: CameraPose, turn: boolean): void => {
    // A turn is animated unless the person asked for reduced motion: then the camera jumps there.
    const smooth = turn && !prefersReducedMotion();
    const move = ++moves.current;
    if (smooth) {
      setCameraSignal('moving');
      setSettledSignal(false);
    }
    captureCamera(camera, posed);
    void controls
      .setLookAt(...pose.position, ...pose.target, smooth)
      .then(() => move === moves.current && still());
    // A preset applies at once, so a probe in the same task already sees the new camera.
    if (!smooth) {
      inFrame.current = true;
      try {
        controls.update(0);
      } finally {
        inFrame.current = false;
      }
    }
    // A jump to where the camera already is (the rig arriving at the view the page opened with)
    // draws the same picture.
    if (smooth || cameraMoved(camera, posed)) invalidate();
  };
  const aspect = (): number => get().size.width / Math.max(1, get().size.height);

  /** Turns smoothly to frame the chosen muscle; false when there is nothing to frame. */
  const frameChosen = (): boolean => {
    awaitingFrame.current = false;
    if (!(camera instanceof PerspectiveCamera) || !body) return false;
    const dir = camera.position.clone().sub(controls.getTarget(new Vector3())).normalize();
    const framed = frameSelection(useAtlasStore.getState(), {
      body,
      triggerPoints,
      landmarks,
      fov: camera.fov,
      aspect: aspect(),
      fallback: [dir.x, dir.y, dir.z],
    });
    if (!framed) return false;
    // The view buttons (and the link) follow the side the camera now faces. A framed view is
    // derived from the choice, not kept as a free view (a later orbit is).
    useAtlasStore.setState({ view: framed.side, camera: undefined, framePending: false });
    document.documentElement.dataset.view = framed.side;
    presetShown.current = false;
    go(framed.pose, true);
    return true;
  };
  /**
   * A link's muscle (`framePending`) is framed as choosing it frames it, with the trigger points
   * where the muscles place them: until their positions are known the camera waits (`moving`) at
   * the link's view. True when it framed.
   */
  const frameFromLink = (): boolean => {
    const s = useAtlasStore.getState();
    if (!s.framePending) return false;
    if (!triggerPoints) {
      awaitingFrame.current = true;
      setCameraSignal('moving');
      return false;
    }
    if (frameChosen()) return true;
    useAtlasStore.setState({ framePending: false });
    still();
    return false;
  };

  // View presets: applied at once on every request (not on resize: the user's view stays). A
  // link's muscle is framed instead, turning from where the camera is.
  useLayoutEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    const { view, camera: free } = useAtlasStore.getState();
    camera.near = VIEW_CAMERA.near;
    camera.far = VIEW_CAMERA.far;
    camera.updateProjectionMatrix();
    // Lets tests and the benchmark wait for the preset instead of sleeping.
    document.documentElement.dataset.view = view;
    if (frameFromLink()) return;
    // A free view from a link (or left by orbiting) wins over the preset until a preset is chosen.
    go(free ?? cameraPose(view, { stature, landmarks, fov: camera.fov, aspect: aspect() }), false);
    presetShown.current = !free;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a request re-frames
  }, [camera, controls, request, stature, landmarks]);

  // The muscles' trigger point positions have arrived: a link's framing that waited for them runs.
  useEffect(() => {
    if (awaitingFrame.current) frameFromLink();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- frameFromLink reads live state
  }, [triggerPoints]);

  // A resize re-fits an untouched preset to the new canvas shape; any other view stays as it is.
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  useEffect(() => {
    if (!presetShown.current || !(camera instanceof PerspectiveCamera)) return;
    const { view } = useAtlasStore.getState();
    go(cameraPose(view, { stature, landmarks, fov: camera.fov, aspect: aspect() }), false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- go/aspect read live state
  }, [width, height]);

  // Choosing a muscle or a candidate frames its pattern; "whole body" frames the body.
  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    const wholeBody = (): void => {
      awaitingFrame.current = false;
      const [px, py, pz] = camera.position.clone().sub(controls.getTarget(new Vector3())).toArray();
      const view = nearestSide([px, py, pz]);
      useAtlasStore.setState({ view, camera: undefined });
      document.documentElement.dataset.view = view;
      go(cameraPose(view, { stature, landmarks, fov: camera.fov, aspect: aspect() }), true);
    };
    return useAtlasStore.subscribe((s, prev) => {
      // A link to frame (Back/Forward, a pasted link): about to move, from this very task on.
      if (s.framePending && !prev.framePending) setCameraSignal('moving');
      // A link's framing given up (the user moved first, or chose something else): not waiting.
      if (prev.framePending && !s.framePending && awaitingFrame.current) {
        awaitingFrame.current = false;
        setCameraSignal('still');
      }
      if (s.wholeBodyRequest !== prev.wholeBodyRequest) wholeBody();
      else if (
        s.viewRequest === prev.viewRequest &&
        s.muscle !== undefined &&
        (s.muscle !== prev.muscle || s.triggerPoint !== prev.triggerPoint || s.side !== prev.side)
      ) {
        // After the frame that draws the pattern: the camera starts turning one frame later, and
        // the choice itself stays within the interaction budget.
        setCameraSignal('moving');
        afterNextPaint(() => frameChosen() || setCameraSignal('still'));
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- go/aspect read live state
  }, [camera, controls, body, triggerPoints, stature, landmarks]);

  return <></>;
}
