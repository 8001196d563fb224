/**
 * Camera controls (camera-controls, as shipped with drei: orbit, dolly, truck, touch, smooth and
 * interruptible transitions) plus the camera moves the app makes:
 * - a view preset request applies the preset at once (marks `data-view` for tests);
 * - choosing a muscle or candidate turns and zooms smoothly to frame its pattern and trigger
 *   point(s) (see cameraFraming.ts), kept inside the store's `frameInset`;
 * - "whole body" turns back to the whole body from the nearest of front/back/left/right.
 * Nothing else moves the camera: a resize, a new drawing or a layer change keep the user's view.
 * `data-camera` is `moving` during a transition and `still` after it (camera-controls' rest, within
 * 0.01 of the end); `data-camera-settled` is `false` from a user's drag or wheel until the camera
 * has stopped exactly where it ends (the smoothing tail included), then `true`.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame, useThree, type RootState } from '@react-three/fiber';
import { CameraControlsImpl } from '@react-three/drei/core/CameraControls.js';
import {
  Box3,
  MathUtils,
  Matrix4,
  PerspectiveCamera,
  Quaternion,
  Raycaster,
  Sphere,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
} from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { RegionId } from '../domain/ids';
import type { ViewPreset } from '../domain/urlState';
import { selectionView } from '../domain/selection';
import { useAtlasStore } from '../state/store';
import { framePattern, zoneVertices } from './cameraFraming';
import { triggerPointPosition } from './triggerPointPositions';
import { cameraPose, type CameraPose, type Vec3 } from './viewPresets';

CameraControlsImpl.install({
  THREE: {
    Box3,
    MathUtils: { clamp: MathUtils.clamp },
    Matrix4,
    Quaternion,
    Raycaster,
    Sphere,
    Spherical,
    Vector2,
    Vector3,
    Vector4,
  },
});
const { ACTION } = CameraControlsImpl;

export interface CameraRigProps {
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /** The skin, for framing a pattern by its zone vertices (no framing without it). */
  readonly body?: BodyAsset;
  /** Trigger point positions inside the muscles (`l:<id>` → m), when loaded. */
  readonly triggerPoints?: Readonly<Record<string, Vec3>> | undefined;
}

const setCameraSignal = (state: 'moving' | 'still'): void => {
  document.documentElement.dataset.camera = state;
};
const setSettledSignal = (settled: boolean): void => {
  document.documentElement.dataset.cameraSettled = String(settled);
};

/** The side preset nearest to a viewing direction (target → camera). */
function nearestSide(dir: Vector3): ViewPreset {
  if (Math.abs(dir.x) > Math.abs(dir.z)) return dir.x > 0 ? 'left' : 'right';
  return dir.z > 0 ? 'front' : 'back';
}

export function CameraRig({
  stature,
  landmarks,
  body,
  triggerPoints,
}: CameraRigProps): React.JSX.Element {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const events = useThree((s) => s.events);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const request = useAtlasStore((s) => s.viewRequest);
  const tool = useAtlasStore((s) => s.tool);
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
  // Registered as R3F's default controls, so other scene parts (double-tap zoom, the probe) find
  // the orbit target through `useThree((s) => s.controls)`.
  const setR3f = useThree((s) => s.set);
  useEffect(() => {
    setR3f({ controls: controls as unknown as RootState['controls'] });
    return () => setR3f({ controls: null });
  }, [controls, setR3f]);
  /** The user moved the camera (drag, pinch or wheel) since its position was last kept. */
  const userMoved = useRef(false);
  /**
   * The camera shows a view preset exactly as applied (no orbit, zoom or framing since): a resize
   * (e.g. the page controls arriving after the first frame, or a phone's toolbar hiding) re-fits it.
   */
  const presetShown = useRef(false);
  useEffect(() => {
    // camera-controls reports no start/end for the wheel: mark it here, keep it at rest.
    const wheel = (): void => {
      userMoved.current = true;
      presetShown.current = false;
      setSettledSignal(false);
      invalidate();
    };
    dom.addEventListener('wheel', wheel, { passive: true });
    return () => dom.removeEventListener('wheel', wheel);
  }, [dom, invalidate]);
  useEffect(() => {
    const wake = (): void => invalidate();
    // Where the user's own orbit, zoom or pan left the camera is kept for the share link.
    const control = (): void => {
      userMoved.current = true;
      presetShown.current = false;
      setSettledSignal(false);
      invalidate();
    };
    const remember = (): void => {
      if (!userMoved.current) return;
      userMoved.current = false;
      const v = (p: Vector3): Vec3 => [p.x, p.y, p.z];
      useAtlasStore.getState().setCamera({
        position: v(camera.position),
        target: v(controls.getTarget(new Vector3())),
      });
    };
    const rest = (): void => {
      setCameraSignal('still');
      remember();
    };
    // A wheel zoom may end without a rest event: keep the view once updates pause.
    let timer = 0;
    const update = (): void => {
      invalidate();
      if (!userMoved.current) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(remember, 250);
    };
    controls.addEventListener('control', control);
    controls.addEventListener('controlstart', wake);
    controls.addEventListener('controlend', remember);
    controls.addEventListener('transitionstart', wake);
    controls.addEventListener('update', update);
    controls.addEventListener('rest', rest);
    return () => {
      controls.removeEventListener('control', control);
      controls.removeEventListener('controlstart', wake);
      controls.removeEventListener('controlend', remember);
      controls.removeEventListener('transitionstart', wake);
      controls.removeEventListener('update', update);
      window.clearTimeout(timer);
      controls.removeEventListener('rest', rest);
      controls.dispose();
    };
  }, [controls, camera, invalidate]);
  // Rendered on demand: after an idle spell the frame delta is long, so it is capped (0.1 s), or a
  // transition would jump to its end in its first frame.
  // A frame where nothing moved means the camera stands exactly where it ends: settled.
  useFrame((_, delta) => {
    const moving = controls.update(Math.min(delta, 0.1));
    if (moving) invalidate();
    if (!moving && !controls.currentAction) setSettledSignal(true);
  }, -1);

  const painting = tool !== 'tap';
  useEffect(() => {
    controls.minDistance = 0.15;
    controls.maxDistance = 8;
    controls.draggingSmoothTime = 0;
    // A wheel notch zooms about as much as it did with OrbitControls (×1.23 for 400 px).
    controls.dollySpeed = 0.3;
    controls.smoothTime = 0.35;
    controls.mouseButtons.left = painting ? ACTION.NONE : ACTION.ROTATE;
    controls.mouseButtons.middle = ACTION.DOLLY;
    controls.mouseButtons.right = painting ? ACTION.ROTATE : ACTION.TRUCK;
    controls.mouseButtons.wheel = ACTION.DOLLY;
    controls.touches.one = painting ? ACTION.NONE : ACTION.TOUCH_ROTATE;
    controls.touches.two = ACTION.TOUCH_DOLLY_ROTATE;
    controls.touches.three = ACTION.TOUCH_TRUCK;
  }, [controls, painting]);

  const go = (pose: CameraPose, smooth: boolean): void => {
    if (smooth) setCameraSignal('moving');
    void controls
      .setLookAt(...pose.position, ...pose.target, smooth)
      .then(() => setCameraSignal('still'));
    // A preset applies at once, so a probe in the same task already sees the new camera.
    if (!smooth) controls.update(0);
    invalidate();
  };
  const aspect = (): number => get().size.width / Math.max(1, get().size.height);

  // View presets: applied at once on every request (not on resize: the user's view stays).
  useLayoutEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    const { view, camera: free } = useAtlasStore.getState();
    camera.near = 0.02;
    camera.far = 50;
    camera.updateProjectionMatrix();
    // A free view from a link (or left by orbiting) wins over the preset until a preset is chosen.
    go(free ?? cameraPose(view, { stature, landmarks, fov: camera.fov, aspect: aspect() }), false);
    presetShown.current = !free;
    // Lets tests and the benchmark wait for the preset instead of sleeping.
    document.documentElement.dataset.view = view;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a request re-frames
  }, [camera, controls, request, stature, landmarks]);

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
    const frameSelection = (): void => {
      const s = useAtlasStore.getState();
      if (!s.atlas || !s.muscle || !body) return setCameraSignal('still');
      const view = selectionView(s.atlas, s.muscle, s.triggerPoint, s.side);
      const idx = (ids: ReadonlySet<RegionId>): Set<number> =>
        new Set([...ids].map((id) => s.atlas?.regionById.get(id)?.index ?? -1));
      const zone = zoneVertices(body, idx(view.essential.size ? view.essential : view.spillover));
      const points = view.triggerPoints.flatMap((tp) => {
        const p = triggerPoints?.[tp.key] ?? triggerPointPosition(tp, landmarks);
        return p ? [p] : [];
      });
      if (zone.length === 0 && points.length === 0) return setCameraSignal('still');
      const dir = camera.position.clone().sub(controls.getTarget(new Vector3())).normalize();
      const inset = s.frameInset;
      const fallback: Vec3 = [dir.x, dir.y, dir.z];
      const pose = framePattern(body, {
        zone,
        points,
        fov: camera.fov,
        aspect: aspect(),
        inset,
        fallback,
      });
      // The view buttons (and the link) follow the side the camera now faces.
      const side = nearestSide(new Vector3(...pose.position).sub(new Vector3(...pose.target)));
      // A framed view is derived from the choice, not kept as a free view (a later orbit is).
      useAtlasStore.setState({ view: side, camera: undefined });
      document.documentElement.dataset.view = side;
      presetShown.current = false;
      go(pose, true);
    };
    const wholeBody = (): void => {
      const dir = camera.position.clone().sub(controls.getTarget(new Vector3()));
      const view = nearestSide(dir);
      useAtlasStore.setState({ view, camera: undefined });
      document.documentElement.dataset.view = view;
      go(cameraPose(view, { stature, landmarks, fov: camera.fov, aspect: aspect() }), true);
    };
    return useAtlasStore.subscribe((s, prev) => {
      if (s.wholeBodyRequest !== prev.wholeBodyRequest) wholeBody();
      else if (
        s.viewRequest === prev.viewRequest &&
        s.muscle !== undefined &&
        (s.muscle !== prev.muscle || s.triggerPoint !== prev.triggerPoint || s.side !== prev.side)
      ) {
        // After the frame that draws the pattern: the camera starts turning one frame later, and
        // the choice itself stays within the interaction budget.
        setCameraSignal('moving');
        window.setTimeout(frameSelection, 0);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- go/aspect read live state
  }, [camera, controls, body, triggerPoints, stature, landmarks]);

  return <></>;
}
