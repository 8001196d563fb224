/**
 * The first paint's shells (`scripts/lib/firstPaintShell.ts`): the app's own first render as
 * static markup, per layout, made at build time. Both must hold the 3D view's empty slot where
 * the app puts it; the phone's has the bottom sheet, the wider layout the side panel.
 */
import { describe, expect, it } from 'vitest';
import { renderShells } from '../../scripts/lib/firstPaintShell';

describe('first paint shells', () => {
  it('renders the app’s first render for both layouts, with the 3D view’s slot', async () => {
    const before = (globalThis as { window?: unknown }).window;
    const { desktop, phone } = await renderShells(process.cwd());
    expect((globalThis as { window?: unknown }).window).toBe(before);
    for (const html of [desktop, phone]) {
      expect(html).toMatch(/^<div class="app">/);
      expect(html).toContain('<header class="header">');
      expect(html).toContain('<div class="canvas-wrap"></div>');
      expect(html).toContain('class="toolbar"');
      expect(html).not.toContain('<canvas');
      expect(html).not.toContain('<script');
    }
    expect(desktop).toContain('<aside class="panel"');
    expect(desktop).not.toContain('class="sheet');
    expect(phone).toContain('class="sheet sheet-peek"');
    expect(phone).not.toContain('<aside class="panel"');
  }, 60_000);
});
