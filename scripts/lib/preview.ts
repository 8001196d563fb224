/**
 * The built app served by `vite preview` on 127.0.0.1, and headless Chromium to look at it: shared
 * by the screenshot and measurement scripts (the browser flows use Playwright's own web server).
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export interface Preview {
  /** Base URL of the app, with a trailing slash. */
  readonly base: string;
  /** Stops the server. */
  stop(): void;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Serves `dist/` on `port` and resolves once it answers (throws after about 20 s). */
export async function startPreview(port: number): Promise<Preview> {
  // Its own process group, so stopping ends vite too, not only the npx that started it.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = (): void => {
    if (server.pid === undefined || server.exitCode !== null) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill();
    }
  };
  const base = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(base);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}

/**
 * Headless Chromium with the project's flags (WebGL through SwiftShader, no background traffic),
 * plus `extraArgs` (e.g. `--disable-webgl` to see the app without WebGL).
 */
export const launchChromium = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
