/**
 * `npx tsx bench/ffab.ts DIST_A [DIST_B …] [--runs N]`: A/B of the first frame only. Loads each
 * build (and the baseline page) in turn, N rounds after a warm-up, fresh context each load,
 * and prints each one's median navigation → first-frame mark. For trying a change quickly
 * before a full `npm run bench`; asserts nothing, never part of CI.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { VIEWPORT } from './browser';
import { BASELINE_OUT } from './build';
import { INSTRUMENT_SCRIPT } from './instrument';
import { startStaticServer } from './server';
import { median } from './stats';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '7' } },
  });
  const dirs: Record<string, string> = { '/baseline/': BASELINE_OUT };
  positionals.forEach((d, i) => (dirs[`/b${i}/`] = d));
  const server = await startStaticServer(dirs);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const times = new Map<string, number[]>();
  try {
    for (let round = 0; round <= Number(values.runs); round++) {
      for (const prefix of Object.keys(dirs)) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
        await context.addInitScript({ content: INSTRUMENT_SCRIPT });
        const page = await context.newPage();
        const mark = prefix === '/baseline/' ? 'baseline:first-frame' : 'atlas:body-first-frame';
        await page.goto(`${server.origin}${prefix}`);
        await page.waitForFunction((m) => performance.getEntriesByName(m).length, mark, {
          timeout: 60_000,
        });
        const t = await page.evaluate((m) => window.__bench.markTime(m), mark);
        if (round > 0 && t !== null) times.set(prefix, [...(times.get(prefix) ?? []), t]);
        await context.close();
      }
    }
    for (const [prefix, ts] of times) {
      const name =
        prefix === '/baseline/' ? 'baseline' : (positionals[Number(prefix.slice(2, -1))] ?? '');
      console.log(
        `${median(ts).toFixed(0).padStart(6)} ms  ${name}  (${ts.map((t) => t.toFixed(0)).join(' ')})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
