/** Accessibility steps shared by the phone and keyboard flows: axe-core, target sizes, no page scroll. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (injected from node_modules, nothing fetched) and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  expect(violations, `axe violations (${label})`).toEqual([]);
}

/** The page never scrolls as a whole: the document is exactly as tall as the viewport. */
export async function expectNoPageScroll(page: Page, step: string): Promise<void> {
  const { scrollHeight, viewport } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? -1,
    viewport: window.innerHeight,
  }));
  expect(scrollHeight, `document height at "${step}"`).toBe(viewport);
}

/** Visible interactive elements smaller than `min` CSS px in either dimension, as "name w×h". */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const sel =
      'button, select, input:not([type=checkbox]):not([type=range]), summary, a[href], label:has(> input[type=checkbox])';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('[inert], .covered, [hidden], dialog:not([open])')) continue;
      const r = el.getBoundingClientRect();
      const shown =
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        r.right > 0 &&
        r.left < innerWidth;
      if (!shown || getComputedStyle(el).visibility === 'hidden') continue;
      // A skip link off screen until focused is not a target.
      if (el.classList.contains('skip-link')) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5)
        out.push(
          `${(el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, min);
}
