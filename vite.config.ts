import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { leanBundle } from './scripts/lib/leanBundle.ts';

/**
 * Precached by the service worker: the app shell, the dataset bundle and the geometry (body,
 * muscles, bones) of both body shapes, wherever the build puts them (public/generated/ or
 * fingerprinted under assets/), and the manifest and icons.
 */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,webmanifest,png,svg,json,bin}'];
/** Build bookkeeping in public/generated that the app never loads. */
export const PRECACHE_IGNORES = ['**/*.hash', 'generated/muscles-*.json'];

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

/** Vite config: the app is fully static and loads nothing from other hosts. */
export default defineConfig({
  plugins: [
    leanBundle(),
    react(),
    VitePWA({
      // A waiting new version is announced and applied only when the person chooses to reload.
      registerType: 'prompt',
      injectRegister: false,
      // The manifest is the static file public/manifest.webmanifest (linked from index.html).
      manifest: false,
      strategies: 'generateSW',
      workbox: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_IGNORES,
        // Each shape's body, muscle and bone geometry is ≤ 0.5 MB and the dataset ~0.5 MB; leave room.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes charge of the page that installed it, so a later release waits
        // behind the prompt instead of activating under a page that is not yet controlled (whose
        // lazily loaded files would then come from the new release, or be gone).
        clientsClaim: true,
        // The worker's runtime is emitted next to sw.js, never loaded from another host.
        inlineWorkboxRuntime: false,
      },
      devOptions: { enabled: false },
    }),
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
          name: 'app',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: PURE_TESTS,
        },
      },
    ],
  },
});
