import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compileHints } from './scripts/lib/compileHints.ts';
import { leanBundle } from './scripts/lib/leanBundle.ts';
import { serviceWorker } from './scripts/lib/serviceWorker.ts';
import { firstPaintShell } from './scripts/lib/firstPaintShell.ts';

/**
 * Unit tests of pure code (domain, dataset, geometry generators and their assets, build scripts):
 * no DOM, no timers, no module state beyond caches. They share each worker's modules instead of
 * importing them again per file (Vitest's `isolate: false`). The tests of the app's state, scene
 * and UI (jsdom, fake timers, stubbed globals) stay isolated.
 */
const PURE_TESTS = [
  'tests/unit/{body,dataset,domain,hazards,muscles}/**/*.test.ts',
  'tests/unit/*.test.ts',
];
/**
 * Tests of scene helpers and UI components, which set up what they use (store state, stubs) in
 * each test: they share each worker's modules and jsdom too (`npm test` 34 → 30 and 42 → 37 s of
 * wall time on 2 cores, interleaved; 12 shuffled orders pass). The state suites (module-level boot
 * and store state leaked between files in shuffled orders) and the files that replace a module
 * with `vi.mock` stay isolated.
 */
const SHARED_DOM_TESTS = ['tests/unit/{scene,ui}/**/*.test.{ts,tsx}'];
const ISOLATED_DOM_TESTS = [
  'tests/unit/ui/pwaStatus.test.tsx',
  'tests/unit/scene/useSceneObject.test.tsx',
];

/** Vite config: the app is fully static and loads nothing from other hosts. */
export default defineConfig({
  plugins: [
    leanBundle(),
    // The app's first render as static markup, for the first paint (src/firstPaint.ts).
    firstPaintShell(),
    react(),
    // V8 compiles the chunks of the first tap and choice as they load (scripts/lib/compileHints.ts).
    compileHints(),
    // sw.js: offline after the first visit, updates only when the person chooses
    // (scripts/lib/serviceWorker.ts).
    serviceWorker(),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'node',
    pool: 'threads',
    // Vitest leaves one core free by default (one worker on a 2-core machine); CI, with the
    // machine to itself, runs as many workers as cores. A shared machine keeps the default.
    maxWorkers: process.env.CI ? availableParallelism() : undefined,
    testTimeout: 60000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: PURE_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: SHARED_DOM_TESTS,
          exclude: ISOLATED_DOM_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/unit/{state,pwa}/**/*.test.{ts,tsx}', ...ISOLATED_DOM_TESTS],
        },
      },
    ],
  },
});
