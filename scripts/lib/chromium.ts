/**
 * The one definition of how we run Chromium headless (tests, benchmark, screenshots): Debian's
 * `chromium` or `CHROME_PATH`, WebGL through SwiftShader, and no background connections (the
 * machine's network is closed; nothing may leave the device anyway).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Path of the Chromium executable. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';
