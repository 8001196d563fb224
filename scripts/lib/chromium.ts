/**
 * The one definition of how we run Chromium headless (tests, benchmark, screenshots): Debian's
 * `chromium` or `CHROME_PATH`, WebGL through SwiftShader, and no background connections (the
 * machine's network is closed; nothing may leave the device anyway).
 *
 * The page itself (text, panels, buttons) is rasterised on the CPU, as Chrome does on a machine
 * whose GPU it does not use: Playwright turns GPU rasterisation on, which here rasterised every
 * tile of the page through SwiftShader as well. Without it a load with a search took 13 % less
 * CPU of all Chromium processes (5 interleaved rounds of 6 loads, twice). WebGL is unchanged.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu-rasterization',
];

/**
 * Added for the browser flows (not the benchmark, whose conditions stay as in its earlier runs):
 * the page is composited on the CPU too, as Chrome does on a machine whose GPU it does not use
 * (WebGL still draws through SwiftShader; each drawn frame is read back for the compositor).
 * Composited through SwiftShader, a frame that changed only the page's DOM cost the GPU process
 * 28 ms of CPU at 1280×800; on the CPU it costs 1 ms. The 68 flows with two workers took 11 % less
 * CPU of the whole machine and 22–23 s less wall time (two interleaved rounds: 443 → 393 and
 * 390 → 343 CPU-s, 227 → 204 and 201 → 179 s).
 */
export const FLOW_ARGS: readonly string[] = ['--disable-gpu-compositing'];

/** Path of the Chromium executable. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';
