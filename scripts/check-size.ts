/**
 * `npm run size:check [-- --dist DIR] [-- --budget KB]`: fails (exit 1) when the JavaScript that
 * the built `index.html` loads up front is larger, gzip, than the budget of ../shared/DESIGN.md
 * (250 KB). Needs only a build, no browser; CI runs it after the production build.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryJsSize } from './lib/entrySize';

/** Initial JavaScript budget, KB gzip (DESIGN.md, performance budgets). */
export const ENTRY_JS_BUDGET_KB = 250;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(process.cwd(), 'dist') },
    budget: { type: 'string', default: String(ENTRY_JS_BUDGET_KB) },
  },
});
const budget = Number(values.budget);
try {
  const size = entryJsSize(values.dist);
  const kb = size.gzipBytes / 1024;
  const line = `entry JavaScript ${kb.toFixed(1)} KB gzip (${size.files.join(', ')}), budget ${budget} KB`;
  if (kb > budget) {
    process.stderr.write(`size check failed: ${line}\n`);
    process.exit(1);
  }
  process.stdout.write(`size check: ${line}\n`);
} catch (e) {
  process.stderr.write(`size check: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
