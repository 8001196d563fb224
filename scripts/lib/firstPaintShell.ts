/**
 * Build-only Vite plugin: the module `virtual:first-paint-shell`, the app's first render
 * (`src/App.tsx` before the WebGL test: header, toolbar, the empty 3D view slot, the panel or the
 * phone's bottom sheet) as static markup, rendered with React's server renderer from the app's own
 * components at build time, once per layout. `src/firstPaint.ts` shows it before the app's code
 * has loaded, so the body can be drawn where the app will draw it. In development and tests the
 * shells are empty (no first paint; the app does everything).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { PHONE_QUERY } from '../../src/ui/phoneLayout.ts';

const ID = 'virtual:first-paint-shell';
const RESOLVED = `\0${ID}`;

export interface Shells {
  readonly desktop: string;
  readonly phone: string;
}

/**
 * The globals the app's first render reads, for one layout: `matchMedia` answers the phone query
 * (and nothing else, e.g. not a dark scheme), and a location with no state.
 */
function fakeWindow(phone: boolean): object {
  return {
    matchMedia: (query: string) => ({
      matches: phone && query === PHONE_QUERY,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
    location: { hash: '', search: '', pathname: '/' },
  };
}

/** Renders `App` for one layout in a fresh module graph (its media-query cache is per module). */
async function renderShell(root: string, phone: boolean): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    // No dependency scan: it would walk the whole app, which imports this very module.
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react()],
  });
  const g = globalThis as { window?: unknown };
  const before = g.window;
  const quiet = process.noDeprecation;
  g.window = fakeWindow(phone);
  // three.js warns that its CommonJS build, which Node's server render loads, is deprecated.
  process.noDeprecation = true;
  try {
    const { App } = (await server.ssrLoadModule('/src/App.tsx')) as {
      App: () => React.JSX.Element;
    };
    return renderToStaticMarkup(createElement(App));
  } finally {
    g.window = before;
    process.noDeprecation = quiet;
    await server.close();
  }
}

/** Both layouts' shells; throws when one lacks the 3D view's slot. */
export async function renderShells(root: string): Promise<Shells> {
  const desktop = await renderShell(root, false);
  const phone = await renderShell(root, true);
  for (const [name, html] of Object.entries({ desktop, phone })) {
    if (!html.includes('class="canvas-wrap"'))
      throw new Error(`first-paint shell (${name}): no .canvas-wrap in the app's first render`);
  }
  return { desktop, phone };
}

export function firstPaintShell(): Plugin {
  let build = false;
  let root = process.cwd();
  return {
    name: 'referral-atlas:first-paint-shell',
    configResolved(config) {
      build = config.command === 'build' && !config.build.ssr;
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const shells: Shells = build ? await renderShells(root) : { desktop: '', phone: '' };
      return `export default ${JSON.stringify(shells)};`;
    },
  };
}
