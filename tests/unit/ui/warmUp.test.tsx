// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexTriggerPoints } from '../../../src/domain/rank';
import { useAtlasStore } from '../../../src/state/store';
import { rehearseInteraction, rehearseRendering } from '../../../src/ui/warmUp';
import { realAtlas } from '../helpers';

describe('idle rehearsal of a first tap and a first choice', () => {
  const atlas = realAtlas();
  const zoneSets = indexTriggerPoints(atlas.sidedTriggerPoints);

  it('ranks a real sample drawing and words its first candidates without throwing', () => {
    // The first trigger point's own main zone: at least that muscle is a candidate.
    for (const mode of ['patient', 'clinician'] as const) {
      const sample = rehearseInteraction({ atlas, zoneSets, mode });
      expect(sample?.markedCount, mode).toBe(1);
      expect(sample?.shown.length, mode).toBeGreaterThan(0);
      const ranked = sample?.ranking.candidates.map((c) => c.muscle);
      expect(ranked).toContain(atlas.sidedTriggerPoints[0]?.muscle);
    }
  });

  it('renders the marked area, the list and the first card off the page, then leaves nothing behind', async () => {
    const before = useAtlasStore.getState();
    const bodyBefore = document.body.innerHTML;
    const sample = rehearseInteraction({ atlas, zoneSets, mode: 'clinician' });
    if (!sample) throw new Error('no sample');
    const html = await rehearseRendering(atlas, sample, 'clinician');
    const first = atlas.muscleById.get(sample.shown[0]!.muscle);
    // The marked area's row (with its intensity menu), the whole list and the whole card, with
    // the deferred details, were rendered.
    const region = atlas.regionById.get(sample.drawing[0]!.region);
    expect(html).toContain('data-testid="drawing-list"');
    expect(html).toContain(`Remove ${region?.label ?? '?'}`);
    expect(html).toContain('<select');
    // Rendered again as after a choice: the isolate toggle enabled (an update, not a mount).
    expect(html).toMatch(/<input type="checkbox"[^>]*>Isolate muscle/);
    expect(html).not.toMatch(/<input type="checkbox"[^>]*disabled/);
    expect(html).toContain('data-testid="red-flags"');
    expect(html).toContain('data-testid="candidates"');
    expect(html).toContain('data-testid="muscle-card"');
    expect(html).toContain(first?.name ?? '?');
    expect(html).toContain('class="tp-details"');
    expect(html).toContain('Needling');
    // Text went through a portal into a paragraph React rendered (as the live region's does),
    // and was updated there by the second render.
    expect(html).toContain('<p>after a choice</p>');
    // One click went through React's event handling (its handler marks the button).
    expect(html).toMatch(/class="rehearsal-click"[^>]*data-clicked="true"/);
    // Never in the page, never in the store.
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(useAtlasStore.getState()).toBe(before);
  });
});
