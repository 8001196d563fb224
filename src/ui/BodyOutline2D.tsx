/**
 * A flat front and back outline of the body (SVG), shading the pain drawing and a referral pattern
 * by region: main zone solid, spillover stippled, the drawing hatched over both, so the three read
 * apart without colour. Used where the 3D body cannot be shown (no WebGL) and reusable for print.
 * Pure presentation: the outline (`assets/generated/outline-<shape>.json`) and the region sets
 * (indices into data/regions.json) come in as props.
 */
import { useId } from 'react';
import type { BodyOutline, OutlineView } from '../body/asset/outline';

export interface BodyOutline2DProps {
  readonly outline: BodyOutline;
  /** Regions of the pain drawing (hatched). */
  readonly drawing: ReadonlySet<number>;
  /** Main (essential) zone of the shown pattern (solid). */
  readonly essential: ReadonlySet<number>;
  /** Spillover zone of the shown pattern (stippled). */
  readonly spillover: ReadonlySet<number>;
  /** Region name for each polygon's tooltip. */
  readonly label?: (regionIndex: number) => string | undefined;
  readonly className?: string;
}

/** Gap between the front and the back view, mm. */
const GAP = 60;
/** Room under the views for their captions, mm. */
const CAPTION = 90;

type Kind = 'essential' | 'spillover' | 'base';

function kindOf(r: number, p: BodyOutline2DProps): Kind {
  return p.essential.has(r) ? 'essential' : p.spillover.has(r) ? 'spillover' : 'base';
}

function View({
  view,
  name,
  x,
  props,
  ids,
}: {
  view: OutlineView;
  name: 'front' | 'back';
  x: number;
  props: BodyOutline2DProps;
  ids: { stipple: string; hatch: string };
}): React.JSX.Element {
  const { outline } = props;
  const fill: Record<Kind, string> = {
    essential: 'var(--essential, #d1332e)',
    spillover: `url(#${ids.stipple})`,
    base: '#eadfd3',
  };
  // In the front view the body's left is on the viewer's right; in the back view on the left.
  const [leftSide, rightSide] = name === 'front' ? ['R', 'L'] : ['L', 'R'];
  return (
    <g transform={`translate(${x} 0)`} data-view={name}>
      {view.regions.map(([r, pts]) => {
        const points = pts.join(' ');
        const kind = kindOf(r, props);
        return (
          <g
            key={r}
            data-region={r}
            data-kind={kind}
            data-marked={props.drawing.has(r) || undefined}
          >
            <polygon
              points={points}
              fill={fill[kind]}
              stroke="#fff"
              strokeWidth={2}
              strokeLinejoin="round"
            >
              <title>{props.label?.(r)}</title>
            </polygon>
            {props.drawing.has(r) && <polygon points={points} fill={`url(#${ids.hatch})`} />}
          </g>
        );
      })}
      <text x={outline.width / 2} y={outline.height + 50} textAnchor="middle" fontSize={48}>
        {name === 'front' ? 'Front' : 'Back'}
      </text>
      <text x={30} y={outline.height + 50} fontSize={40} fill="#666">
        {leftSide}
      </text>
      <text
        x={outline.width - 30}
        y={outline.height + 50}
        textAnchor="end"
        fontSize={40}
        fill="#666"
      >
        {rightSide}
      </text>
    </g>
  );
}

export function BodyOutline2D(props: BodyOutline2DProps): React.JSX.Element {
  const { outline } = props;
  const uid = useId().replace(/:/g, '');
  const ids = { stipple: `stipple-${uid}`, hatch: `hatch-${uid}` };
  const width = 2 * outline.width + GAP;
  const height = outline.height + CAPTION;
  return (
    <svg
      className={props.className ?? 'body-outline'}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Flat outline of the body, front and back: your marked areas hatched, the chosen pattern's main zone solid, its spillover zone dotted"
      data-testid="body-outline"
    >
      <defs>
        <pattern id={ids.stipple} width={16} height={16} patternUnits="userSpaceOnUse">
          <rect width={16} height={16} fill="#fde3cf" />
          <circle cx={8} cy={8} r={4.5} fill="var(--spill, #f08a3c)" />
        </pattern>
        <pattern
          id={ids.hatch}
          width={18}
          height={18}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={8} height={18} fill="var(--drawing, #2f4bd6)" fillOpacity={0.85} />
        </pattern>
      </defs>
      <View view={outline.front} name="front" x={0} props={props} ids={ids} />
      <View view={outline.back} name="back" x={outline.width + GAP} props={props} ids={ids} />
    </svg>
  );
}
