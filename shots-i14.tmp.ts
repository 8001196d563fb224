// Temporary look-see script (not committed).
import { launchChromium, startPreview } from './scripts/lib/preview';
const PORT = 5114;
const shots = [
  { file: 'desk-buttock.png', hash: '#d=l-buttock-centre,l-thigh-back-upper&v=back&mode=patient&body=male&layer=skin', vp: { width: 1280, height: 800 }, touch: false },
  { file: 'desk-chest.png', hash: '#d=l-lower-chest&v=front&mode=patient&body=male&layer=skin', vp: { width: 1280, height: 800 }, touch: false },
  { file: 'phone-buttock.png', hash: '#d=l-buttock-centre,l-thigh-back-upper&v=back&mode=patient&body=male&layer=skin', vp: { width: 390, height: 844 }, touch: true },
  { file: 'phone-temple.png', hash: '#d=l-temple&v=left&mode=patient&body=female&layer=skin', vp: { width: 390, height: 844 }, touch: true },
  { file: 'phone-chest.png', hash: '#d=l-lower-chest&v=front&mode=patient&body=male&layer=skin', vp: { width: 390, height: 844 }, touch: true },
];
const only = process.argv[2];
const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  for (const s of shots) {
    if (only && !s.file.includes(only)) continue;
    const page = await browser.newPage({ viewport: s.vp, deviceScaleFactor: 1, hasTouch: s.touch, isMobile: s.touch });
    await page.addInitScript(() => localStorage.setItem('referral-atlas:gesture-hint-dismissed', '1'));
    await page.goto(server.base + s.hash);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('html[data-muscles-ready="true"]', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/i14/${s.file}` });
    const boxes = await page.evaluate(`(() => {
      const r = (q) => { const e = document.querySelector(q); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom)]; };
      return { sheet: r('[data-testid="sheet"]'), flags: r('[data-testid="red-flags"]'), cand: r('[data-testid="candidates"] button[data-muscle]'), name: r('[data-testid="candidates"] .candidate-name'), vh: innerHeight };
    })()`);
    console.log(JSON.stringify(boxes));
    console.log(s.file);
    await page.close();
  }
  await browser.close();
} finally { server.stop(); }
