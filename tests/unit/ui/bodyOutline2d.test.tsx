// @vitest-environment jsdom
/** The flat outline shades by pattern, not by colour alone: solid, stippled, hatched. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyOutline } from '../../../src/body/asset/outline';
import { BodyOutline2D } from '../../../src/ui/BodyOutline2D';

afterEach(cleanup);

const square = (x: number): number[] => [x, 0, x + 10, 0, x + 10, 10, x, 10];
const outline: BodyOutline = {
  format: 'referral-atlas-outline',
  shape: 'female',
  regionsHash: '00000000',
  width: 100,
  height: 200,
  front: {
    regions: [
      [0, square(0)],
      [1, square(20)],
      [2, square(40)],
    ],
  },
  back: { regions: [[3, square(0)]] },
};

describe('BodyOutline2D', () => {
  it('draws the main zone solid, spillover stippled and the drawing hatched over them', () => {
    render(
      <BodyOutline2D
        outline={outline}
        drawing={new Set([1, 3])}
        essential={new Set([0])}
        spillover={new Set([1])}
        label={(i) => `region ${i}`}
      />,
    );
    const svg = screen.getByTestId('body-outline');
    const fill = (r: number): string | null =>
      svg.querySelector(`[data-region="${r}"] polygon`)?.getAttribute('fill') ?? null;
    expect(fill(0)).toContain('--essential');
    expect(fill(1)).toMatch(/^url\(#stipple-/);
    expect(fill(2)).toBe('#eadfd3');
    const marked = [...svg.querySelectorAll('[data-marked="true"]')].map((g) =>
      g.getAttribute('data-region'),
    );
    expect(marked).toEqual(['1', '3']);
    expect(
      svg.querySelector('[data-region="1"] polygon:nth-of-type(2)')?.getAttribute('fill'),
    ).toMatch(/^url\(#hatch-/);
    expect(svg.querySelector('[data-region="2"] title')?.textContent).toBe('region 2');
    expect(svg.querySelectorAll('[data-view] > [data-region]')).toHaveLength(4);
  });

  it('draws one view with trigger point crosses and paper colours for the handout', () => {
    render(
      <BodyOutline2D
        outline={outline}
        drawing={new Set([3])}
        essential={new Set([3])}
        spillover={new Set()}
        marks={{
          front: [[5, 5]],
          back: [
            [5, 5],
            [50, 50],
          ],
        }}
        only="back"
        print
      />,
    );
    const svg = screen.getByTestId('body-outline');
    expect(svg.querySelectorAll('[data-view]')).toHaveLength(1);
    expect(svg.querySelector('[data-view="back"]')).toBeTruthy();
    expect(svg.getAttribute('viewBox')?.split(' ')[2]).toBe('100');
    expect(svg.querySelectorAll('[data-testid="outline-cross"]')).toHaveLength(2);
    // On paper the main zone is a fixed red (no theme variable) and the stripes have white edges.
    expect(svg.querySelector('[data-region="3"] polygon')?.getAttribute('fill')).toBe('#d1332e');
    expect(
      svg.querySelector('pattern[id^="hatch-"] rect:nth-of-type(2)')?.getAttribute('fill'),
    ).toBe('#fff');
  });

  it('shows only the framed part of a single view', () => {
    render(
      <BodyOutline2D
        outline={outline}
        drawing={new Set()}
        essential={new Set([0])}
        spillover={new Set()}
        only="front"
        box={{ x: 10, y: 20, width: 56, height: 100 }}
      />,
    );
    expect(screen.getByTestId('body-outline').getAttribute('viewBox')).toBe('10 20 56 100');
  });
});
