/** Drawing tools, history, view presets and layers, under the canvas. */
import { LAYERS, VIEW_PRESETS, type Layer } from '../domain/urlState';
import { useAtlasStore, type Tool } from '../state/store';

export const TOOLS: readonly { id: Tool; label: string; hint: string }[] = [
  { id: 'tap', label: 'Tap', hint: 'Tap an area to mark or unmark it; drag to turn the body' },
  {
    id: 'brush',
    label: 'Paint',
    hint: 'Drag over the body to paint; right-drag or two fingers to turn it',
  },
  { id: 'erase', label: 'Erase', hint: 'Drag over painted areas to remove them' },
];
const LAYER_LABEL: Record<Layer, string> = {
  skin: 'Skin',
  xray: 'X-ray',
  superficial: 'Superficial muscles',
  intermediate: 'Intermediate muscles',
  deep: 'Deep muscles',
};

/**
 * The toolbar never re-renders as a whole: each group below reads only its own part of the store,
 * so choosing a muscle (which enables "Isolate muscle") re-renders one checkbox, not every button
 * and both menus.
 */
export function Toolbar(): React.JSX.Element {
  return (
    <div className="toolbar" role="toolbar" aria-label="Drawing and view tools">
      <ToolButtons />
      <HistoryButtons />
      <div className="toolbar-row">
        <ViewButtons />
        <LayerSelect />
        <IsolateToggle />
      </div>
    </div>
  );
}

function ToolButtons(): React.JSX.Element {
  const tool = useAtlasStore((s) => s.tool);
  const brushRadius = useAtlasStore((s) => s.brushRadius);
  const a = useAtlasStore.getState();
  return (
    <>
      <div className="segmented" role="group" aria-label="Tool">
        {TOOLS.map((t) => (
          <button
            key={t.id}
            title={t.hint}
            aria-pressed={tool === t.id}
            onClick={() => a.setTool(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tool !== 'tap' && (
        <label className="brush-size">
          Brush
          <input
            type="range"
            min={1}
            max={12}
            value={Math.round(brushRadius * 100)}
            onChange={(e) => a.setBrushRadius(Number(e.target.value) / 100)}
            aria-valuetext={`${Math.round(brushRadius * 100)} cm`}
          />
        </label>
      )}
    </>
  );
}

function HistoryButtons(): React.JSX.Element {
  const canUndo = useAtlasStore((s) => s.past.length > 0);
  const canRedo = useAtlasStore((s) => s.future.length > 0);
  const hasDrawing = useAtlasStore((s) => s.drawing.length > 0);
  const a = useAtlasStore.getState();
  return (
    <div className="segmented" role="group" aria-label="History">
      <button onClick={a.undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button onClick={a.redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button onClick={a.clearDrawing} disabled={!hasDrawing}>
        Clear
      </button>
    </div>
  );
}

function ViewButtons(): React.JSX.Element {
  const view = useAtlasStore((s) => s.view);
  const a = useAtlasStore.getState();
  return (
    <div className="segmented views" role="group" aria-label="View">
      {VIEW_PRESETS.map((v) => (
        <button key={v} aria-pressed={view === v} onClick={() => a.setView(v)}>
          {v[0]?.toUpperCase() + v.slice(1)}
        </button>
      ))}
    </div>
  );
}

function LayerSelect(): React.JSX.Element {
  const layer = useAtlasStore((s) => s.layer);
  const a = useAtlasStore.getState();
  return (
    <label className="layer-select">
      Layer
      <select value={layer} onChange={(e) => a.setLayer(e.target.value as Layer)}>
        {LAYERS.map((l) => (
          <option key={l} value={l}>
            {LAYER_LABEL[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function IsolateToggle(): React.JSX.Element {
  const isolate = useAtlasStore((s) => s.isolate);
  const hasMuscle = useAtlasStore((s) => !!s.muscle);
  return (
    <IsolateToggleView
      isolate={isolate}
      enabled={hasMuscle}
      onChange={useAtlasStore.getState().setIsolate}
    />
  );
}

export interface IsolateToggleViewProps {
  readonly isolate: boolean;
  /** Only with a chosen muscle. */
  readonly enabled: boolean;
  readonly onChange: (isolate: boolean) => void;
}

/** "Isolate muscle" (the store's, or the idle rehearsal's in `warmUp.tsx`, which enables it as a choice does). */
export function IsolateToggleView({
  isolate,
  enabled,
  onChange,
}: IsolateToggleViewProps): React.JSX.Element {
  return (
    <label className="layer-select" title="Among the muscle layers, show only the selected muscle">
      <input
        type="checkbox"
        checked={isolate}
        disabled={!enabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      Isolate muscle
    </label>
  );
}
