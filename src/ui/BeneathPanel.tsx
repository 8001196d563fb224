/**
 * "What lies beneath" (clinician mode, a trigger point selected): the depths the scene measured
 * on this model body — skin → trigger point, the first structure along the needle line, the
 * nearest structure in any direction, everything within 40 mm — with the plain statement that
 * these come from a model body, and the published chest-wall ranges real patients span.
 */
import { CHEST_WALL_RANGES } from '../body/hazards/ranges';
import { useAtlasStore } from '../state/store';

const BASIS = {
  perpendicular: 'perpendicular to the skin at the trigger point',
  medial: 'angled 30° medially, as the needling note says',
  downward: 'angled 30° downwards, as the needling note says',
  upward: 'angled 30° upwards, as the needling note says',
} as const;

export function BeneathPanel(): React.JSX.Element | null {
  const tpKey = useAtlasStore((s) => s.triggerPoint);
  const body = useAtlasStore((s) => s.body);
  const r = useAtlasStore((s) => s.beneathReport);
  if (!tpKey) return null;
  const report = r && r.key === tpKey && r.body === body ? r.report : undefined;
  return (
    <div className="beneath" data-testid="beneath-panel" aria-live="polite">
      <h4>What lies beneath ({body} model)</h4>
      {!report ? (
        <p>Measuring on the model body…</p>
      ) : (
        <>
          <dl className="beneath-depths">
            <dt>Skin → trigger point</dt>
            <dd data-testid="depth-skin-point">{report.skinToPointMm} mm</dd>
            <dt>Skin → first structure along the needle</dt>
            <dd data-testid="depth-along">
              {report.alongNeedle
                ? `${report.alongNeedle.depthMm} mm — ${report.alongNeedle.name}`
                : 'none modelled within 120 mm'}
            </dd>
            <dt>Nearest structure in any direction</dt>
            <dd data-testid="depth-nearest">
              {report.nearest.name}: {report.nearest.fromPointMm} mm from the trigger point,{' '}
              {report.nearest.fromSkinMm} mm from the skin entry
            </dd>
          </dl>
          {report.nearby.length > 0 && (
            <ul className="beneath-list">
              {report.nearby.map((h) => (
                <li key={h.id}>
                  <span className={`hazard hazard-${h.dataKind}`}>{h.kind}</span> {h.name} —{' '}
                  {h.fromPointMm} mm
                </li>
              ))}
            </ul>
          )}
          <p className="beneath-note">
            Needle line: {BASIS[report.basis]}
            {report.tangential
              ? ' (the note advises a tangential or in-fold needle; the line is the reference)'
              : ''}
            .
          </p>
        </>
      )}
      <p className="beneath-caveat">
        These figures are measured on a generated model body, not on this patient. Real depths vary
        widely with build, sex, breathing and position; published skin-to-pleura distances (mean ± 2
        SD):{' '}
        {CHEST_WALL_RANGES.map(
          (c) => `${c.site} ${c.minMm.toFixed(0)}–${c.maxMm.toFixed(0)} mm (${c.citation})`,
        ).join('; ')}
        . Palpate, bracket and image; never needle by these numbers.
      </p>
    </div>
  );
}
