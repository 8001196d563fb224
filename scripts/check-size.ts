/**
 * `npm run size:check [-- --dist DIR] [-- --budget KB]`: fails (exit 1) when the JavaScript the
 * built page fetches before the body's first frame (the entry script, its module preloads and the
 * chunks the first frame waits for, on a first visit and on a link with state;
 * scripts/lib/entrySize.ts) is larger, gzip, than the
 * budget of ../shared/DESIGN.md (250 KB): the figure the benchmark reports as `js_gzip_kb`. Needs
 * only a build, no browser; CI runs it after the production build.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIRST_FRAME_CHUNKS, FIRST_VISIT_CHUNKS, firstFrameJsSize } from './lib/entrySize';

/** Initial JavaScript budget, KB gzip (DESIGN.md, performance budgets). */
export const FIRST_FRAME_JS_BUDGET_KB = 250;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(process.cwd(), 'dist') },
    budget: { type: 'string', default: String(FIRST_FRAME_JS_BUDGET_KB) },
  },
});
const budget = Number(values.budget);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** One start path's line; false when over the budget. */
function check(label: string, chunks: readonly string[]): boolean {
  const size = firstFrameJsSize(values.dist, chunks);
  const waited = size.files.filter((f) => !size.entry.files.includes(f));
  const line =
    `${label}: JavaScript before the first frame ${kb(size.gzipBytes)} KB gzip, budget ` +
    `${budget} KB (entry ${kb(size.entry.gzipBytes)} KB: ${size.entry.files.join(', ')}; ` +
    `then ${waited.join(', ')})`;
  const over = size.gzipBytes / 1024 > budget;
  (over ? process.stderr : process.stdout).write(`size check${over ? ' failed' : ''}: ${line}\n`);
  return !over;
}

try {
  const visit = check('first visit', FIRST_VISIT_CHUNKS);
  const link = check('link with state', FIRST_FRAME_CHUNKS);
  if (!visit || !link) process.exit(1);
} catch (e) {
  process.stderr.write(`size check: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
