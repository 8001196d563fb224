/**
 * A flat front and back outline of the body (SVG), shading the pain drawing and a referral pattern
 * by region: main zone solid, spillover stippled, the drawing hatched over both, so the three read
 * apart without colour. Used where the 3D body cannot be shown (no WebGL) and reusable for print.
 * Pure presentation: the outline (`assets/generated/outline-<shape>.json`) and the region sets
 * (indices into data/regions.json) come in as props.
 */
import { useId } from 'react';
import type { BodyOutline, OutlineView } from '../body/asset/outline';
import type { OutlineBox } from './outlineFrame';
import type { OutlineMarks, OutlinePoint } from './outlineSelection';

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
  /** Trigger points of the shown pattern, drawn as ✕ on each view. */
  readonly marks?: OutlineMarks | undefined;
  /** Draw one view only (its caption is then left to the page around it). */
  readonly only?: 'front' | 'back' | undefined;
  /** With `only`: the part of that view to show (see `outlineFrame`); the whole view without. */
  readonly box?: OutlineBox | undefined;
  /**
   * Paper colours: a grey-edged silhouette and darker dots and stripes, so the zones still read
   * apart on a black-and-white print.
   */
  readonly print?: boolean | undefined;
  readonly className?: string;
}

/** Gap between the front and the back view, mm. */
const GAP = 60;
/** Room under the views for their captions, mm. */
const CAPTION = 90;

type Kind = 'essential' | 'spillover' | 'base';

/** Colours on screen and on paper. */
const PALETTE = {
  screen: {
    essential: 'var(--essential, #d1332e)',
    base: '#eadfd3',
    edge: '#fff',
    dotBack: '#fde3cf',
    dot: 'var(--spill, #f08a3c)',
    stripe: 'var(--drawing, #2f4bd6)',
    stripeEdge: 'none',
  },
  print: {
    essential: '#d1332e',
    base: '#f1ece6',
    edge: '#8a8a8a',
    dotBack: '#fbe3cf',
    dot: '#b85a14',
    stripe: '#2f4bd6',
    stripeEdge: '#fff',
  },
} as const;

/** Half the width of a trigger point's ✕, as a fraction of the shown view's width. */
const CROSS = 0.024;

/** A ✕ (black on a white halo) of half-width `size`, mm. */
function Cross({ at: [x, y], size }: { at: OutlinePoint; size: number }): React.JSX.Element {
  const s = size;
  const d = `M${x - s} ${y - s}L${x + s} ${y + s}M${x - s} ${y + s}L${x + s} ${y - s}`;
  return (
    <g data-testid="outline-cross">
      <path d={d} stroke="#fff" strokeWidth={s * 0.75} strokeLinecap="round" />
      <path d={d} stroke="#000" strokeWidth={s * 0.32} strokeLinecap="round" />
    </g>
  );
}

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
  const box = props.box ?? { x: 0, y: 0, width: outline.width, height: outline.height + 50 };
  // Side letters scale with the shown part, so a framed view prints them at the same size.
  const [letter, inset] = [box.width * 0.042, box.width * 0.03];
  const colours = PALETTE[props.print ? 'print' : 'screen'];
  const fill: Record<Kind, string> = {
    essential: colours.essential,
    spillover: `url(#${ids.stipple})`,
    base: colours.base,
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
              stroke={colours.edge}
              strokeWidth={props.print ? 1.5 : 2}
              strokeLinejoin="round"
            >
              <title>{props.label?.(r)}</title>
            </polygon>
            {props.drawing.has(r) && <polygon points={points} fill={`url(#${ids.hatch})`} />}
          </g>
        );
      })}
      {props.marks?.[name].map((p, i) => (
        <Cross key={i} at={p} size={CROSS * box.width} />
      ))}
      {!props.only && (
        <text x={outline.width / 2} y={outline.height + 50} textAnchor="middle" fontSize={48}>
          {name === 'front' ? 'Front' : 'Back'}
        </text>
      )}
      <text x={box.x + inset} y={box.y + box.height} fontSize={letter} fill="#666">
        {leftSide}
      </text>
      <text
        x={box.x + box.width - inset}
        y={box.y + box.height}
        textAnchor="end"
        fontSize={letter}
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
  const colours = PALETTE[props.print ? 'print' : 'screen'];
  const width = props.only ? outline.width : 2 * outline.width + GAP;
  const height = outline.height + CAPTION;
  const viewBox =
    props.only && props.box
      ? `${props.box.x} ${props.box.y} ${props.box.width} ${props.box.height}`
      : `0 0 ${width} ${height}`;
  const views = props.only ? [props.only] : (['front', 'back'] as const);
  const which = props.only ? `${props.only} view` : 'front and back';
  return (
    <svg
      className={props.className ?? 'body-outline'}
      viewBox={viewBox}
      role="img"
      aria-label={`Flat outline of the body, ${which}: your marked areas hatched, the chosen pattern's main zone solid, its spillover zone dotted, trigger points crossed`}
      data-testid="body-outline"
    >
      <defs>
        <pattern id={ids.stipple} width={16} height={16} patternUnits="userSpaceOnUse">
          <rect width={16} height={16} fill={colours.dotBack} />
          <circle cx={8} cy={8} r={4.5} fill={colours.dot} />
        </pattern>
        <pattern
          id={ids.hatch}
          width={18}
          height={18}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={8} height={18} fill={colours.stripe} fillOpacity={0.85} />
          {props.print && <rect x={8} width={3} height={18} fill={colours.stripeEdge} />}
        </pattern>
      </defs>
      {views.map((name, i) => (
        <View
          key={name}
          view={outline[name]}
          name={name}
          x={i * (outline.width + GAP)}
          props={{ ...props, box: props.only ? props.box : undefined }}
          ids={ids}
        />
      ))}
    </svg>
  );
}
