/** The scene's lights (`lightRig.ts`) for the page's colour scheme. */
import { useAtlasStore } from '../state/store';
import { lightRig } from './lightRig';
import { SCENE_THEMES } from './sceneTheme';

export function Lights(): React.JSX.Element {
  const rig = lightRig(SCENE_THEMES[useAtlasStore((s) => s.theme)]);
  const { sky, ground, intensity } = rig.hemisphere;
  return (
    <>
      <hemisphereLight args={[sky, ground, intensity]} />
      {rig.directional.map((d, i) => (
        <directionalLight key={i} position={d.position} intensity={d.intensity} color={d.color} />
      ))}
    </>
  );
}
