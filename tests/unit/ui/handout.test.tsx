// @vitest-environment jsdom
/** The handout sheet over the real dataset: content per wording, the no-3D fallback, the QR. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { triggerPointKey } from '../../../src/domain/triggerPointKey';
import { redFlagsFor } from '../../../src/domain/redFlags';
import { HandoutSheet, type HandoutSheetProps } from '../../../src/ui/HandoutSheet';
import { r, realAtlas } from '../helpers';

afterEach(cleanup);

const atlas = realAtlas();
const drawing = [{ region: r('l-temple'), intensity: 7 }, { region: r('l-neck-back-upper') }];
const props: HandoutSheetProps = {
  atlas,
  drawing,
  muscle: asMuscleId('upper-trapezius'),
  triggerPoint: triggerPointKey('left', 'upper-trapezius-1'),
  side: 'left',
  clinician: false,
  pictures: null,
  note: 'Heat, then stretch, twice a day.',
  link: 'https://example.test/#d=l-temple.7&m=upper-trapezius',
  date: new Date(2026, 11, 3),
};
const tp = atlas.triggerPoints.get('upper-trapezius-1' as never);

describe('HandoutSheet', () => {
  it('prints the muscle, its self-check and self-care, the note, the flags, the link and the date', () => {
    render(<HandoutSheet {...props} />);
    const sheet = screen.getByTestId('handout');
    expect(within(sheet).getByRole('heading', { level: 3, name: /Upper trapezius/ })).toBeTruthy();
    expect(screen.getByTestId('handout-selfcheck').textContent).toContain(tp?.selfCheck);
    for (const step of tp?.selfCare ?? []) expect(sheet.textContent).toContain(step);
    expect(screen.getByTestId('handout-note').textContent).toBe(props.note);
    const flags = redFlagsFor(atlas, drawing);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags)
      expect(screen.getByTestId('handout-flags').textContent).toContain(f.title);
    expect(screen.getByTestId('handout-link').textContent).toBe(props.link);
    expect(sheet.textContent).toContain('3 December 2026');
    expect(sheet.textContent).toContain('left temple (7/10)');
    expect(sheet.textContent).toContain('Education, not diagnosis');
    expect(sheet.textContent).not.toContain('Needling');
  });

  it('adds the needling notes in clinician wording', () => {
    render(<HandoutSheet {...props} clinician />);
    expect(screen.getByTestId('handout').textContent).toContain('Needling');
    expect(screen.getByTestId('handout').textContent).toContain(tp?.needling.approach);
  });

  it('without a 3D body shows the outline slot, or a plain box when there is none', () => {
    const { rerender } = render(<HandoutSheet {...props} />);
    expect(screen.getByTestId('handout-outline-front')).toBeTruthy();
    expect(screen.getByTestId('handout-outline-back')).toBeTruthy();
    rerender(<HandoutSheet {...props} outline={(v) => <svg data-testid={`outline-${v}`} />} />);
    expect(screen.getByTestId('outline-front')).toBeTruthy();
    expect(screen.queryByTestId('handout-outline-front')).toBeNull();
  });

  it('shows the rendered pictures when there are some', () => {
    const pic = (view: 'front' | 'back') => ({
      view,
      dataUrl: `data:image/png;base64,${view}`,
      width: 560,
      height: 1000,
    });
    render(<HandoutSheet {...props} pictures={[pic('front'), pic('back')]} />);
    expect(screen.getByTestId('handout-picture-back').getAttribute('src')).toContain('back');
  });

  it('draws a QR code as SVG modules with a quiet zone', () => {
    render(<HandoutSheet {...props} />);
    const svg = screen.getByTestId('handout-qr');
    const n = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    expect(n).toBeGreaterThanOrEqual(21 + 8);
    expect(svg.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
  });
});
