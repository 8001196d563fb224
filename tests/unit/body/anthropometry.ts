/**
 * The published ANSUR II heights, read from the project's reference file
 * (`../shared/reference/anthropometry.md`, Gordon et al. 2014) rather than typed again here,
 * so the landmark-height test checks the generator against the publication, not against a copy
 * of the generator's own inputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyShape } from '../../../src/domain/primitives.ts';

export const REFERENCE_FILE = join(process.cwd(), '..', 'shared', 'reference', 'anthropometry.md');

/** Landmark id (left side where paired) measured by each height of the ANSUR table. */
const LANDMARK_OF: Readonly<Record<string, string>> = {
  'cervicale height': 'c7',
  'acromial height': 'l-acromion',
  'suprasternale height': 'suprasternale',
  'axilla height': 'l-axilla-front',
  '10th rib height': 'l-rib10-lateral',
  'iliocristale height': 'l-iliocristale',
  'waist (omphalion) height': 'omphalion',
  'trochanterion height': 'l-greater-trochanter',
  'crotch height': 'perineum-centre',
  'wrist height': 'l-wrist-centre',
  'lateral femoral epicondyle height': 'l-lateral-femoral-epicondyle',
  'lateral malleolus height': 'l-lateral-malleolus',
};

/** One cell of the table: "1517 (0.864)" or "848" (mm, optional ratio to stature). */
function cell(text: string): { mm: number; ratio?: number } {
  const m = /^(\d+)(?:\s*±\d+)?(?:\s*\((0\.\d+)\))?$/.exec(text.trim());
  if (!m) throw new Error(`${REFERENCE_FILE}: cannot read "${text}"`);
  return m[2] ? { mm: Number(m[1]), ratio: Number(m[2]) } : { mm: Number(m[1]) };
}

/** Landmark id → published mean height ÷ mean stature, per body shape. */
export function publishedHeightRatios(): Record<BodyShape, Record<string, number>> {
  if (!existsSync(REFERENCE_FILE)) {
    throw new Error(`${REFERENCE_FILE} is missing: the tests need ../shared beside the project`);
  }
  const rows = new Map<string, [string, string]>();
  for (const line of readFileSync(REFERENCE_FILE, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length === 5 && cells[1] && cells[2] && cells[3]) {
      rows.set(cells[1], [cells[2], cells[3]]);
    }
  }
  const stature = rows.get('stature');
  if (!stature) throw new Error(`${REFERENCE_FILE}: no stature row`);
  const out: Record<BodyShape, Record<string, number>> = { male: {}, female: {} };
  for (const [measure, id] of Object.entries(LANDMARK_OF)) {
    const row = rows.get(measure);
    if (!row) throw new Error(`${REFERENCE_FILE}: no "${measure}" row`);
    (['male', 'female'] as const).forEach((shape, i) => {
      const c = cell(row[i] as string);
      out[shape][id] = c.ratio ?? c.mm / cell(stature[i] as string).mm;
    });
  }
  return out;
}
