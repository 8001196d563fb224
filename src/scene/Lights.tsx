/** Soft studio lighting: a warm key from the front-left, a cool fill, a rim from behind, a faint bounce from below (soles). */
import { useAtlasStore } from '../state/store';
import { SCENE_THEMES } from './sceneTheme';

export function Lights(): React.JSX.Element {
  const theme = SCENE_THEMES[useAtlasStore((s) => s.theme)];
  const k = theme.light;
  return (
    <>
      <hemisphereLight args={['#ffffff', theme.ground, 1.1 * k]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.6 * k} color="#fff4e8" />
      <directionalLight position={[-2, 1.5, 1.5]} intensity={0.55 * k} color="#dfe8ff" />
      <directionalLight position={[0, 2.5, -3]} intensity={0.9 * k} color="#ffffff" />
      <directionalLight position={[0.3, -2, 0.6]} intensity={0.45 * k} color="#fff1e6" />
    </>
  );
}
