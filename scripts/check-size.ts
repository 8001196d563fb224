/**
 * `npm run size:check [-- --dist DIR] [-- --budget KB]`: fails (exit 1) when the JavaScript the
 * built page fetches before the body's first frame (the entry script, its module preloads and the
 * body decoder the first frame waits for; scripts/lib/entrySize.ts) is larger, gzip, than the
 * budget of ../shared/DESIGN.md (250 KB): the figure the benchmark reports as `js_gzip_kb`. Needs
 * only a build, no browser; CI runs it after the production build.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstFrameJsSize } from './lib/entrySize';

/** Initial JavaScript budget, KB gzip (DESIGN.md, performance budgets). */
export const FIRST_FRAME_JS_BUDGET_KB = 250;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(process.cwd(), 'dist') },
    budget: { type: 'string', default: String(FIRST_FRAME_JS_BUDGET_KB) },
  },
});
const budget = Number(values.budget);
try {
  const size = firstFrameJsSize(values.dist);
  const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
  const waited = size.files.filter((f) => !size.entry.files.includes(f));
  const line =
    `JavaScript before the first frame ${kb(size.gzipBytes)} KB gzip, budget ${budget} KB ` +
    `(entry ${kb(size.entry.gzipBytes)} KB: ${size.entry.files.join(', ')}; ` +
    `then ${waited.join(', ')})`;
  if (size.gzipBytes / 1024 > budget) {
    process.stderr.write(`size check failed: ${line}\n`);
    process.exit(1);
  }
  process.stdout.write(`size check: ${line}\n`);
} catch (e) {
  process.stderr.write(`size check: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
