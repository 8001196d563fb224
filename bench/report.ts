/** The benchmark's figures, their budgets (../shared/DESIGN.md), and the table/JSON/Markdown output. */
import type { Summary } from './stats';

export interface FigureDef {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly decimals: number;
  /** Upper budget, or undefined when the figure is reported for information. */
  readonly budget?: number;
  readonly note?: string;
}

type Figure = FigureDef & { readonly required: boolean };
type Extra = Partial<Pick<FigureDef, 'budget' | 'note'>> & { required?: boolean };

const fig = (
  key: string,
  label: string,
  unit: string,
  decimals: number,
  x: Extra = {},
): Figure => ({
  key,
  label,
  unit,
  decimals,
  ...x,
  required: x.required ?? false,
});
const REQ = { required: true } as const;
const MAIN = { budget: 16, note: 'main thread', required: true } as const;
const RANK = { budget: 1000, note: 'best of 3 per drawing', required: true } as const;

/** Order of the table. Figures with `required` are the stable JSON keys of issue 3. */
export const FIGURES: readonly Figure[] = [
  fig('js_gzip_kb', 'JavaScript before first frame, gzip', 'KB', 1, {
    budget: 250,
    required: true,
  }),
  fig('js_entry_gzip_kb', '  of which in index.html (entry)', 'KB', 1),
  fig('transfer_kb', 'Transferred at load (all)', 'KB', 1, REQ),
  fig('transfer_js_kb', '  of which JavaScript', 'KB', 1),
  fig('geometry_kb', '  of which geometry (.bin)', 'KB', 1, { budget: 1536, note: '1.5 MB' }),
  fig('transfer_data_kb', '  of which data (.json)', 'KB', 1),
  fig('first_frame_ms', 'Navigation → first frame with body', 'ms', 0, {
    budget: 1500,
    note: 'on a laptop',
    required: true,
  }),
  fig('baseline_first_frame_ms', 'Baseline three.js page, same', 'ms', 0, REQ),
  fig('first_frame_ratio', 'First frame, app ÷ baseline', '×', 2, {
    budget: 1.5,
    required: true,
  }),
  fig('first_frame_cpu_ratio', '  same, browser CPU time to first frame', '×', 2),
  fig('tap_to_frame_ms', 'Tap body → list + highlight drawn', 'ms', 1, MAIN),
  fig('first_tap_ms', '  first tap of a page load', 'ms', 1, MAIN),
  fig('tap_p95_ms', '  p95 over all taps of the session', 'ms', 1, MAIN),
  fig('tap_max_ms', '  slowest tap of the session', 'ms', 1),
  fig('tap_input_ms', '  of which input handling', 'ms', 1),
  fig('tap_frame_ms', '  of which the frame', 'ms', 1),
  fig('tap_cpu_ms', '  cross-check: main-thread CPU time', 'ms', 1),
  fig('tap_wall_ms', '  wall clock, incl. wait for vsync', 'ms', 1),
  fig('select_to_frame_ms', 'Select muscle → pattern drawn', 'ms', 1, MAIN),
  fig('first_select_ms', '  first (cold) selection of a page load', 'ms', 1, {
    budget: 50,
    note: 'main thread',
    required: true,
  }),
  fig('select_p95_ms', '  p95 over all selections of the session', 'ms', 1, MAIN),
  fig('select_max_ms', '  slowest selection of the session', 'ms', 1),
  fig('select_cpu_ms', '  cross-check: main-thread CPU time', 'ms', 1),
  fig('rank_p50_us_1', 'Ranking p50, 1 region', 'µs', 1),
  fig('rank_p99_us_1', 'Ranking p99, 1 region', 'µs', 1, RANK),
  fig('rank_raw_p99_us_1', '  raw p99, single timings', 'µs', 1),
  fig('rank_p50_us_5', 'Ranking p50, 5 regions', 'µs', 1),
  fig('rank_p99_us_5', 'Ranking p99, 5 regions', 'µs', 1, RANK),
  fig('rank_raw_p99_us_5', '  raw p99, single timings', 'µs', 1),
  fig('rank_p50_us_20', 'Ranking p50, 20 regions', 'µs', 1),
  fig('rank_p99_us_20', 'Ranking p99, 20 regions', 'µs', 1, RANK),
  fig('rank_raw_p99_us_20', '  raw p99, single timings', 'µs', 1),
  fig('draw_calls', 'Draw calls per frame at rest', '', 0, { budget: 30, required: true }),
  fig('triangles', 'Triangles per frame at rest', '', 0, REQ),
  fig('heap_mb', 'JS heap after load (after GC)', 'MB', 1, { budget: 150, required: true }),
  fig('heap_buffers_mb', '  plus ArrayBuffer backing stores', 'MB', 1),
  fig('cpu_idle_pct', 'Machine CPU idle before each pair', '%', 0),
];

export type Verdict = 'within' | 'over' | 'info' | 'n/a';

export interface FigureResult {
  readonly def: FigureDef;
  readonly summary: Summary | null;
  readonly verdict: Verdict;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly webgl: string;
}

export interface Report {
  readonly date: string;
  readonly commit: string;
  readonly runs: number;
  readonly warmup: number;
  readonly machine: Machine;
  readonly figures: readonly FigureResult[];
  readonly notes: readonly string[];
}

export function judge(def: FigureDef, summary: Summary | null): Verdict {
  if (!summary) return 'n/a';
  if (def.budget === undefined) return 'info';
  return summary.median <= def.budget ? 'within' : 'over';
}

const num = (v: number, d: number): string =>
  v.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });

function cells(f: FigureResult): string[] {
  const { def, summary: s } = f;
  const u = def.unit ? ` ${def.unit}` : '';
  const spread =
    s && s.n > 1
      ? `${num(s.min, def.decimals)}–${num(s.max, def.decimals)} (n=${s.n})`
      : s
        ? `n=${s.n}`
        : '';
  const budget =
    def.budget === undefined
      ? ''
      : `≤ ${num(def.budget, def.budget % 1 === 0 ? 0 : def.decimals)}${u}${def.note ? ` (${def.note})` : ''}`;
  return [
    def.label,
    s ? `${num(s.median, def.decimals)}${u}` : 'not measured',
    spread,
    budget,
    f.verdict === 'info' ? '' : f.verdict,
  ];
}

const HEAD = ['figure', 'median', 'spread: min–max over runs', 'budget', 'verdict'];

const machineLine = (r: Report): string =>
  `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; ${r.machine.os}; ` +
  `Node ${r.machine.node}; Chromium ${r.machine.chromium} headless, WebGL: ${r.machine.webgl}`;

export function formatTable(r: Report): string {
  const rows = [HEAD, ...r.figures.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    row
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    `Referral Atlas benchmark — ${r.date}, commit ${r.commit}; ${r.runs} runs after ${r.warmup} warm-up`,
    machineLine(r),
    '',
    line(HEAD),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...(r.notes.length ? ['', ...r.notes.map((n) => `note: ${n}`)] : []),
  ].join('\n');
}

export function formatMarkdown(r: Report, command: string): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|').replace(/^ +/, '↳ ');
  return [
    `Measured ${r.date} at commit \`${r.commit}\`, ${r.runs} runs after ${r.warmup} warm-up, on ${machineLine(r)}.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map((_, i) => (i === 1 ? '---:' : '---')).join(' | ')} |`,
    ...r.figures.map((f) => `| ${cells(f).map(esc).join(' | ')} |`),
    '',
    `Reproduce: \`${command}\``,
    ...(r.notes.length ? ['', ...r.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

/** Stable JSON: every figure's median at the top level (null when not measured), then details. */
export function toJson(r: Report): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of r.figures)
    out[f.def.key] = f.summary ? Number(f.summary.median.toFixed(3)) : null;
  out.verdicts = Object.fromEntries(r.figures.map((f) => [f.def.key, f.verdict]));
  out.budgets = Object.fromEntries(
    r.figures.filter((f) => f.def.budget !== undefined).map((f) => [f.def.key, f.def.budget]),
  );
  out.spread = Object.fromEntries(r.figures.map((f) => [f.def.key, f.summary]));
  out.meta = {
    date: r.date,
    commit: r.commit,
    runs: r.runs,
    warmup: r.warmup,
    machine: r.machine,
    notes: r.notes,
  };
  return out;
}
