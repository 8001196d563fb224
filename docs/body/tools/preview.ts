/**
 * Throwaway-grade preview renderer for the generated body (not part of the app).
 * Decodes assets/generated/body-<shape>.bin in Node, serves it with a tiny three.js page and
 * takes screenshots with headless Chromium (SwiftShader).
 * Usage: npx tsx docs/body/tools/preview.ts <shape> <outDir> [view,...] [--regions] [--size=WxH]
 * Views: front back left right three-quarter head hand-palm hand-back foot-top foot-sole.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeBodyAsset } from '../../../src/body/asset/bodyAsset.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const [shape = 'male', outDir = '/tmp/body-shots', viewArg = 'front,back,left,three-quarter'] =
  process.argv.slice(2).filter((a) => !a.startsWith('--'));
const regions = process.argv.includes('--regions');
const flat = process.argv.includes('--flat');
const sizeArg = process.argv.find((a) => a.startsWith('--size='))?.slice(7) ?? '900x1200';
const [W, H] = sizeArg.split('x').map(Number) as [number, number];
const montage = process.argv.includes('--montage');
const nViews = viewArg.split(',').length;
const CW = montage ? W * nViews : W;

const page = `<!doctype html><html><body style="margin:0;background:#e9edf1">
<script type="importmap">{"imports":{"three":"/three.module.js"}}</script>
<script type="module">
import * as THREE from 'three';
const buf = await (await fetch('/mesh.bin')).arrayBuffer();
const meta = await (await fetch('/meta.json')).json();
const f32 = (o, n) => new Float32Array(buf, o, n);
const pos = f32(0, meta.n * 3), nor = f32(meta.n * 12, meta.n * 3);
const idx = new Uint32Array(buf, meta.n * 24, meta.i);
const reg = new Uint16Array(buf, meta.n * 24 + meta.i * 4, meta.n);
const g = new THREE.BufferGeometry();
g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
g.setAttribute('normal', new THREE.BufferAttribute(nor, 3));
g.setIndex(new THREE.BufferAttribute(idx, 1));
let mat;
if (meta.regions) {
  const col = new Float32Array(meta.n * 3);
  for (let v = 0; v < meta.n; v++) {
    const r = reg[v]; const h = (r * 0.618034) % 1;
    const c = new THREE.Color().setHSL(h, 0.65, 0.55);
    col.set([c.r, c.g, c.b], v * 3);
  }
  g.setAttribute('color', new THREE.BufferAttribute(col, 3));
  mat = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.7 });
} else {
  mat = new THREE.MeshPhysicalMaterial({ color: 0xd9a58a, roughness: 0.55, sheen: 0.4, sheenColor: 0xffd6c4, clearcoat: 0.05, flatShading: !!meta.flat });
}
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(${CW}, ${H});
renderer.setScissorTest(true);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xe9edf1);
scene.add(new THREE.Mesh(g, mat));
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a7a70, 1.2));
const key = new THREE.DirectionalLight(0xffffff, 2.2); key.position.set(1.5, 3, 3); scene.add(key);
const fill = new THREE.DirectionalLight(0xdde6ff, 0.8); fill.position.set(-3, 1, 1); scene.add(fill);
const rim = new THREE.DirectionalLight(0xffffff, 1.0); rim.position.set(0, 2, -3); scene.add(rim);
const cam = new THREE.PerspectiveCamera(30, ${W}/${H}, 0.01, 20);
window.shoot = (eye, target, fov, up, far, slot) => {
  cam.up.set(...(up ?? [0, 1, 0]));
  cam.far = far ?? 20;
  renderer.setViewport(slot * ${W}, 0, ${W}, ${H});
  renderer.setScissor(slot * ${W}, 0, ${W}, ${H});
  cam.fov = fov; cam.updateProjectionMatrix();
  cam.position.set(...eye); cam.lookAt(...target);
  const ex = eye[0] - target[0], ey = eye[1] - target[1], ez = eye[2] - target[2];
  key.position.set(target[0] + ex + 0.4 * Math.hypot(ex, ez), target[1] + ey + 0.6 * Math.hypot(ex, ey, ez), target[2] + ez);
  fill.position.set(target[0] - ez, target[1] + ey * 0.5, target[2] + ex);
  rim.position.set(target[0] - ex, target[1] + 1, target[2] - ez);
  renderer.render(scene, cam);
};
window.lm = meta.landmarks;
window.ready = true;
</script></body></html>`;

async function main(): Promise<void> {
  const bytes = readFileSync(join(root, 'assets', 'generated', `body-${shape}.bin`));
  const a = await decodeBodyAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const n = a.positions.length / 3;
  const bin = Buffer.concat([
    Buffer.from(a.positions.buffer),
    Buffer.from(a.normals.buffer),
    Buffer.from(a.indices.buffer),
    Buffer.from(a.regionIndex.buffer),
  ]);
  const meta = JSON.stringify({ n, i: a.indices.length, regions, flat, landmarks: a.landmarks });
  const three = readFileSync(join(root, 'node_modules', 'three', 'build', 'three.module.js'));
  const threeCore = readFileSync(join(root, 'node_modules', 'three', 'build', 'three.core.js'));
  const server = createServer((req, res) => {
    const u = req.url ?? '/';
    if (u === '/mesh.bin') res.end(bin);
    else if (u === '/meta.json') res.end(meta);
    else if (u === '/three.module.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(three);
    else if (u === '/three.core.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(threeCore);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const p = await browser.newPage({ viewport: { width: CW, height: H } });
  p.on('console', (m) => console.log('page:', m.text()));
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForFunction('window.ready === true', null, { timeout: 60000 });
  const S = a.stature;
  const L = (id: string) => a.landmarks[id] ?? [0, 0, 0];
  const views: Record<string, [readonly number[], readonly number[], number, (readonly number[])?, number?]> = {
    front: [[0, S * 0.55, 4.2], [0, S * 0.5, 0], 26],
    back: [[0, S * 0.55, -4.2], [0, S * 0.5, 0], 26],
    left: [[4.2, S * 0.55, 0], [0, S * 0.5, 0.02], 26],
    right: [[-4.2, S * 0.55, 0], [0, S * 0.5, 0.02], 26],
    'three-quarter': [[2.9, S * 0.62, 3.0], [0, S * 0.5, 0], 26],
    head: [[0.45, S - 0.07, 1.0], [0, S - 0.115, 0.03], 18],
    'head-side': [[1.1, S - 0.1, 0.05], [0, S - 0.115, 0.03], 18],
    'head-front': [[0, S - 0.1, 1.1], [0, S - 0.115, 0.03], 18],
    'hand-palm': [[L('r-mc3-head')[0] - 0.05, L('r-mc3-head')[1], 0.6], L('r-mc3-head'), 22],
    'hand-back': [[L('r-mc3-head')[0] - 0.05, L('r-mc3-head')[1], -0.6], L('r-mc3-head'), 22],
    'foot-top': [[L('l-navicular')[0] + 0.04, 0.75, L('l-navicular')[2] + 0.3], [L('l-navicular')[0], 0.03, L('l-navicular')[2] + 0.04], 20],
    'foot-sole': [[L('l-navicular')[0], -0.7, L('l-navicular')[2] + 0.03], [L('l-navicular')[0], 0.0, L('l-navicular')[2] + 0.03], 22, [0, 0, 1], 0.8],
    'toes': [[L('l-toe2-tip')[0] + 0.12, 0.22, L('l-toe2-tip')[2] + 0.3], [L('l-toe2-tip')[0], 0.02, L('l-toe2-tip')[2] - 0.04], 14],
    'foot-side': [[1.0, 0.15, 0.08], [0.09, 0.06, 0.07], 16],
    'foot-medial': [[-0.3, 0.06, 0.12], [0.09, 0.05, 0.07], 30],
    torso: [[0.5, S * 0.7, 1.6], [0, S * 0.68, 0], 28],
    hips: [[0, S * 0.5, -1.6], [0, S * 0.52, 0], 28],
    'neck-side': [[0.9, S * 0.86, 0.35], [0, S * 0.84, 0], 22],
    'neck-back': [[0.35, S * 0.88, -0.9], [0, S * 0.84, 0], 22],
    'knee-front': [[0.3, S * 0.3, 1.2], [0.09, S * 0.28, 0], 22],
    'knee-side': [[1.2, S * 0.3, 0.2], [0.09, S * 0.28, 0], 22],
    'hips-front': [[0.3, S * 0.55, 1.5], [0, S * 0.53, 0], 24],
    'hips-side': [[1.5, S * 0.55, 0.2], [0, S * 0.53, 0], 24],
  };
  let slot = 0;
  for (const v of viewArg.split(',')) {
    const spec = views[v];
    if (!spec) continue;
    const arg = [spec[0], spec[1], spec[2], spec[3] ?? null, spec[4] ?? null, montage ? slot++ : 0];
    await p.evaluate((a) => (window as unknown as { shoot: (...x: unknown[]) => void }).shoot(...a), arg);
    if (!montage) {
      await p.locator('canvas').screenshot({ path: join(outDir, `${shape}-${v}${regions ? '-regions' : ''}.png`) });
    }
  }
  if (montage) {
    const name = `${shape}-montage${regions ? '-regions' : ''}.png`;
    await p.locator('canvas').screenshot({ path: join(outDir, name) });
  }
  await browser.close();
  server.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
