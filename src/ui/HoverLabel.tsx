/** Names what is under the pointer over the canvas: the muscle in a muscle layer, else the region. */
import { useAtlasStore } from '../state/store';

export function HoverLabel(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const hover = useAtlasStore((s) => s.hoverRegion);
  const muscle = useAtlasStore((s) => s.hoverMuscle);
  const name = muscle ? atlas?.muscleById.get(muscle.muscle)?.name : undefined;
  const label = name
    ? `${name}, ${muscle?.side}`
    : hover
      ? atlas?.regionById.get(hover)?.label
      : undefined;
  return label ? (
    <div className="hover-label" aria-live="polite" data-testid="hover-label">
      {label}
    </div>
  ) : null;
}
