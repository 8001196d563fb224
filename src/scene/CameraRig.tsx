/**
 * Orbit/zoom/pan controls plus the view presets. The camera is framed only when a view is asked
 * for (a preset, a link, a new body): a resize, a phone rotation or a wrapping toolbar changes the
 * aspect ratio (R3F updates it) and never the user's rotation, zoom or pan.
 */
import { useEffect } from 'react';
import { OrbitControls } from '@react-three/drei/core/OrbitControls.js';
import { useThree } from '@react-three/fiber';
import { MOUSE, PerspectiveCamera, TOUCH } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useAtlasStore } from '../state/store';
import { cameraPose, type Vec3 } from './viewPresets';

export interface CameraRigProps {
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
}

export function CameraRig({ stature, landmarks }: CameraRigProps): React.JSX.Element {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const getState = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const view = useAtlasStore((s) => s.view);
  const request = useAtlasStore((s) => s.viewRequest);
  const tool = useAtlasStore((s) => s.tool);

  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    // The size at the moment of the request frames the body; later resizes keep the pose.
    const size = getState().size;
    // A free view from a link (or left by orbiting) wins over the preset until a preset is chosen.
    const pose =
      useAtlasStore.getState().camera ??
      cameraPose(view, {
        stature,
        landmarks,
        fov: camera.fov,
        aspect: size.width / Math.max(1, size.height),
      });
    camera.position.set(...pose.position);
    camera.near = 0.02;
    camera.far = 50;
    camera.updateProjectionMatrix();
    if (controls) {
      controls.target.set(...pose.target);
      controls.update();
    } else camera.lookAt(...pose.target);
    // Lets tests and the benchmark wait for the preset instead of sleeping.
    document.documentElement.dataset.view = view;
    invalidate();
  }, [camera, controls, view, request, stature, landmarks, getState, invalidate]);

  const painting = tool !== 'tap';
  /** Remembers where an orbit, zoom or pan left the camera, for the share link. */
  const onEnd = (): void => {
    if (!controls) return;
    const v = (p: { x: number; y: number; z: number }): Vec3 => [p.x, p.y, p.z];
    useAtlasStore
      .getState()
      .setCamera({ position: v(camera.position), target: v(controls.target) });
  };
  return (
    <OrbitControls
      makeDefault
      enableDamping={false}
      onEnd={onEnd}
      minDistance={0.15}
      maxDistance={8}
      mouseButtons={{
        LEFT: painting ? (-1 as MOUSE) : MOUSE.ROTATE,
        MIDDLE: MOUSE.DOLLY,
        RIGHT: painting ? MOUSE.ROTATE : MOUSE.PAN,
      }}
      touches={{ ONE: painting ? (-1 as TOUCH) : TOUCH.ROTATE, TWO: TOUCH.DOLLY_ROTATE }}
    />
  );
}
