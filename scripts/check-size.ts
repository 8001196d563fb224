/**
 * `npm run size:check [-- --dist DIR] [-- --budget KB]`: fails (exit 1) when the JavaScript the
 * built page fetches before the body's first frame (the entry script, its module preloads and the
 * chunks the first frame waits for, on a first visit and on a link with state;
 * scripts/lib/entrySize.ts) is larger, gzip, than the
 * budget of ../shared/DESIGN.md (250 KB): the figure the benchmark reports as `js_gzip_kb`. Needs
 * only a build, no browser; CI runs it after the production build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hasCompileHint } from './lib/compileHints';
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

/** Built scripts (relative to the build directory) that start with V8's compile hint. */
function hintedScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.m?js$/.test(f))
    .filter((f) => hasCompileHint(readFileSync(join(dir, f), 'utf8')))
    .map((f) => f.replaceAll('\\', '/'));
}

/** One start path's line; false when over the budget or when a script it waits for is hinted. */
function check(label: string, chunks: readonly string[], hinted: readonly string[]): boolean {
  const size = firstFrameJsSize(values.dist, chunks);
  // Compiling every function of a script the first frame waits for would delay that frame
  // (scripts/lib/compileHints.ts).
  const early = size.files.filter((f) => hinted.includes(f));
  if (early.length > 0) {
    process.stderr.write(
      `size check failed: ${label}: the first frame waits for ${early.join(', ')}, which ` +
        `carry the compile hint (scripts/lib/compileHints.ts)\n`,
    );
    return false;
  }
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
  const hinted = hintedScripts(values.dist);
  process.stdout.write(`size check: compile hint on ${hinted.join(', ') || 'no script'}\n`);
  const visit = check('first visit', FIRST_VISIT_CHUNKS, hinted);
  const link = check('link with state', FIRST_FRAME_CHUNKS, hinted);
  if (!visit || !link) process.exit(1);
} catch (e) {
  process.stderr.write(`size check: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
