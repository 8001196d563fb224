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

/** Path of the Chromium executable. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';
