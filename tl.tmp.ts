import { launchChromium, openPage } from './bench/browser';
import { startStaticServer } from './bench/server';
const dists = process.argv.slice(2);
const server = await startStaticServer(Object.fromEntries([['/baseline/', 'bench/out/baseline'], ...dists.map((d, i) => [`/d${i}/`, d])]));
const b = await launchChromium();
const init = String.raw`(() => {
  const w = window;
  const ev = (w.__tl = []);
  const t = () => performance.now();
  const gc = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...a) {
    const t0 = t(); const r = gc.apply(this, a); if (a[0] !== '2d') ev.push(['ctx ' + a[0] + ' ' + (t() - t0).toFixed(0) + 'ms', t0]); return r;
  };
  const C = WebGL2RenderingContext.prototype;
  let first = true;
  for (const m of ['drawElements', 'drawArrays']) {
    const f = C[m];
    C[m] = function (...a) { if (first) { first = false; ev.push(['first draw', t()]); } return f.apply(this, a); };
  }
  let sync = 0, n = 0;
  for (const m of ['getProgramParameter', 'getShaderParameter', 'getParameter', 'getExtension', 'getSupportedExtensions', 'getShaderPrecisionFormat', 'getContextAttributes', 'getProgramInfoLog', 'getUniformLocation', 'getActiveUniform', 'getActiveAttrib', 'linkProgram', 'compileShader', 'bufferData', 'texImage2D', 'texStorage2D', 'texSubImage2D']) {
    const f = C[m];
    C[m] = function (...a) { const t0 = t(); const r = f.apply(this, a); const d = t() - t0; sync += d; n++; if (d > 3) ev.push([m + ' ' + d.toFixed(0) + 'ms', t0]); w.__sync = [sync, n]; return r; };
  }
  new PerformanceObserver((l) => { for (const e of l.getEntries()) ev.push(['longtask ' + e.duration.toFixed(0) + 'ms', e.startTime]); }).observe({ type: 'longtask', buffered: true });
  const raf = () => { const n = t(); ev.push(['raf', n]); if (n < 700) requestAnimationFrame(raf); };
  requestAnimationFrame(raf);
})()`;
const rows: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < Number(process.env.ROUNDS ?? 6) + 1; round++) {
  for (const prefix of ['/baseline/', ...dists.map((_, i) => `/d${i}/`)]) {
    const { context, page } = await openPage(b);
    await page.addInitScript({ content: init });
    await page.goto(`${server.origin}${prefix}`);
    const mark = prefix === '/baseline/' ? 'baseline:first-frame' : 'atlas:body-first-frame';
    await page.waitForFunction((m) => performance.getEntriesByName(m).length, mark);
    const res = await page.evaluate((m) => {
      const w = window as any;
      const out: [string, number][] = [...w.__tl];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const n = e.name.split('/').pop()!.replace(/-[\w-]{8}\./, '.');
        if (/\.(js|bin|css)$/.test(n)) out.push([`res ${n} start`, e.startTime], [`res ${n} end`, e.responseEnd]);
      }
      for (const e of performance.getEntriesByType('mark')) out.push([`mark ${e.name}`, e.startTime]);
      out.push(['sync total', w.__sync?.[0] ?? 0]);
      return out.sort((a, b) => a[1] - b[1]);
    }, mark);
    if (process.env.SHOW && round === 1) console.log(prefix, '\n' + res.filter(r => r[0] !== 'raf' || true).map(([k, v]) => `${v.toFixed(0).padStart(5)} ${k}`).join('\n'));
    if (round > 0) for (const [k, v] of res) if (!k.startsWith('raf') && !k.startsWith('longtask') && !/ \d+ms$/.test(k)) ((rows[prefix] ??= {})[k] ??= []).push(v);
    await context.close();
  }
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };
for (const [p, r] of Object.entries(rows)) {
  console.log(p);
  for (const [k, v] of Object.entries(r).sort((a, b) => med(a[1]) - med(b[1]))) console.log(`${med(v).toFixed(0).padStart(6)}  [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}] ${k}`);
}
await b.close(); await server.close();
