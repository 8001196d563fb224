/**
 * One loaded app shared by the flows of a group. Loading the app costs about 4 s of CPU in
 * SwiftShader (WebGL context, shaders, the first frames at 1280×800 with 4× MSAA), and most flows
 * only need the app at the state of some link. The flows of a group run in order in one worker
 * (`mode: 'default'`). The first one loads the app with its link; each later one brings the same
 * page to its own link the way Back and Forward do (the app re-initialises from the address, the
 * camera takes the link's view preset at once, or frames the link's muscle as opening it does) and resets what a link does not hold: viewport,
 * colour scheme, focus, pointer, tool, an open handout or "what lies beneath", the phone's sheet,
 * the first-use hint. A flow that fails ends its worker, so the next flow of the group starts in a
 * new worker with a fresh load.
 *
 * Flows about loading itself (a damaged link, a reload, missing browser APIs, the first-use hint
 * on a new device) keep their own page.
 */
import { expect, test, type BrowserContext, type Page, type ViewportSize } from '@playwright/test';
import { openAtlas, waitForSignal } from './helpers';

export interface SharedAtlas {
  /**
   * The shared page at the state of `hash` ('' = the start page). `firstUse` keeps the first-use
   * hint: only possible while the page has not yet dismissed it (put such flows first).
   */
  open(hash?: string, opts?: { firstUse?: boolean }): Promise<Page>;
}

/** Declares the group's shared page (call inside a `test.describe`). */
export function sharedAtlas(): SharedAtlas {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let loadedWithHint = false;
  let viewport: ViewportSize | null = null;
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async ({ browser }) => {
    // The context takes the file's and the group's `test.use` options, like a flow's own page.
    context = await browser.newContext();
    page = await context.newPage();
    viewport = page.viewportSize();
  });
  test.afterAll(async () => {
    await context?.close();
  });
  return {
    async open(hash = '', opts = {}) {
      if (!page) throw new Error('sharedAtlas: no page (call open() inside a flow)');
      if (!page.url().startsWith('http')) {
        loadedWithHint = !!opts.firstUse;
        await openAtlas(page, hash, opts);
        return page;
      }
      if (opts.firstUse && !loadedWithHint)
        throw new Error('sharedAtlas: the first-use hint needs a page loaded with it');
      await resetPage(page, hash, viewport, !!opts.firstUse);
      return page;
    },
  };
}

/** The view preset a link asks for (the app's default is the front). */
const viewOf = (hash: string): string => /[#&]v=([a-z]+)/.exec(hash)?.[1] ?? 'front';
/** The link names a muscle and carries no camera: the app frames the muscle. */
const framesMuscle = (hash: string): boolean => /[#&]m=/.test(hash) && !/[#&]cam=/.test(hash);

/** Closes or resets what a link does not hold: handout, tool, "what lies beneath", phone sheet. */
async function resetControls(page: Page): Promise<void> {
  if ((await page.getByTestId('handout-overlay').count()) > 0) {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('handout-overlay')).toHaveCount(0);
  }
  const tap = page.getByRole('button', { name: 'Tap', exact: true });
  if ((await tap.isVisible()) && (await tap.getAttribute('aria-pressed')) !== 'true')
    await tap.click();
  const beneath = page.getByRole('button', { name: 'What lies beneath' });
  if ((await beneath.isVisible()) && (await beneath.getAttribute('aria-pressed')) === 'true')
    await beneath.click();
  // The phone's bottom sheet back at peek height, as on a fresh start page.
  const sheet = page.getByTestId('sheet');
  if ((await sheet.count()) > 0) {
    for (let i = 0; i < 3 && (await sheet.getAttribute('data-sheet')) !== 'peek'; i++)
      await page.locator('.sheet-handle').press('ArrowDown');
    await expect(sheet).toHaveAttribute('data-sheet', 'peek');
  }
}

async function resetPage(
  page: Page,
  hash: string,
  viewport: ViewportSize | null,
  keepHint: boolean,
): Promise<void> {
  const now = page.viewportSize();
  if (viewport && (now?.width !== viewport.width || now.height !== viewport.height))
    await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: 'light' });
  await resetControls(page);
  await page.mouse.move(0, 0);
  // The address becomes the link, then the app takes it as on Back or Forward (popstate).
  await page.evaluate((h) => {
    history.replaceState(null, '', h === '' ? location.pathname + location.search : h);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, hash);
  // Another body shape withdraws the ready signal until it is drawn.
  await waitForSignal(page, 'scene-ready');
  // A link that names a muscle (without a camera of its own) is framed on it, facing the side the
  // framing chooses; `data-camera` reads `moving` from the popstate until the framing has ended.
  if (!framesMuscle(hash))
    await expect(page.locator(`html[data-view="${viewOf(hash)}"]`)).toHaveCount(1);
  await expect(page.locator('html[data-camera="moving"]')).toHaveCount(0);
  // Without a drawing the first-use hint comes back on a page that never dismissed it.
  const hint = page.getByRole('button', { name: 'Got it' });
  if (!keepHint && (await hint.isVisible())) {
    await hint.click();
    await expect(hint).toHaveCount(0);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Two animation frames: the scene has drawn the link's state.
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}
