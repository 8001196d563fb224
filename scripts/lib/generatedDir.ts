/**
 * Where the generated assets go: `assets/generated/`, outside `public/`, so the app imports them
 * by URL and Vite names each file after its content hash (a new release never meets a stale cache).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const GENERATED_DIR = join(ROOT, 'assets', 'generated');

/** Removes `public/generated/` of older checkouts, whose unhashed copies would ship in `dist/`. */
export function removeLegacyGenerated(): void {
  const legacy = join(ROOT, 'public', 'generated');
  if (!existsSync(legacy)) return;
  rmSync(legacy, { recursive: true, force: true });
  console.log('removed public/generated/ (assets are now generated into assets/generated/)');
}
