/** Names the region under the pointer, over the canvas. */
import { useAtlasStore } from '../state/store';

export function HoverLabel(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const hover = useAtlasStore((s) => s.hoverRegion);
  const label = hover ? atlas?.regionById.get(hover)?.label : undefined;
  return label ? (
    <div className="hover-label" aria-live="polite" data-testid="hover-label">
      {label}
    </div>
  ) : null;
}
