/**
 * Browser flows in the system Chromium (Debian's `chromium`, or CHROME_PATH); Playwright never
 * downloads a browser here. WebGL runs on SwiftShader, so no GPU is needed.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, FLOW_ARGS, chromiumPath } from './scripts/lib/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4318);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // Flows are independent (each has its own browser context). CI (2 cores) runs two workers, one
  // test at a time each; a shared machine defaults to one. E2E_WORKERS overrides both.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: Number(process.env.E2E_WORKERS ?? (process.env.CI ? 2 : 1)),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, ...FLOW_ARGS],
    },
    viewport: { width: 1280, height: 800 },
    // The service worker precaches every asset after the first frame (~1.5 s of CPU per page load).
    // Flows that test it (offline.e2e.ts, update.e2e.ts) allow it; the others do not need it.
    serviceWorkers: 'block',
    // The camera jumps instead of turning (the app honours the system's reduced motion): SwiftShader
    // draws every frame of a turn at 1280×800, which was most of the flows' CPU. The flows of the
    // camera turning to the answer (sources.e2e.ts) keep the animated moves.
    reducedMotion: 'reduce',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
export { devices };
