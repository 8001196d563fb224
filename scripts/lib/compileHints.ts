/**
 * Build-only Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+)
 * as the first line of the chunks that the first tap and the first choice run through and that
 * load after the body's first frame (the camera rig, the late scene parts, the muscles, the page
 * chrome). V8 compiles a function the first time it runs, on the main thread; with the hint it
 * compiles all of the chunk's functions when the chunk loads, off the main thread while it streams
 * in. The first tap had compiled ~50 functions in its own time (1.2 ms of parse and bytecode in
 * V8's function log, 0.1 ms for the second tap); the camera rig's alone took 0.35 ms of its
 * pointerdown. Other browsers ignore the comment.
 *
 * Never on a chunk the first frame waits for (scripts/lib/entrySize.ts): compiling all of it there
 * would delay that frame. `npm run size:check` fails if one does.
 */
import type { Plugin } from 'vite';

/** The comment V8 reads, as the chunk's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Source modules (paths from the project root) whose chunks carry the hint. */
export const HINTED_MODULES: readonly string[] = [
  'src/scene/CameraRig.tsx',
  'src/scene/lateScene.ts',
  'src/scene/MuscleMeshes.tsx',
  'src/scene/muscleMaterial.ts',
  'src/ui/chrome.tsx',
];

/** Whether a chunk built from `moduleIds` (absolute paths) is to carry the hint. */
export function wantsCompileHint(moduleIds: readonly string[]): boolean {
  const ids = moduleIds.map((id) => id.replaceAll('\\', '/'));
  return HINTED_MODULES.some((m) => ids.some((id) => id.endsWith(`/${m}`)));
}

/** Whether built chunk text starts with the hint. */
export const hasCompileHint = (code: string): boolean => code.startsWith(COMPILE_HINT);

export function compileHints(): Plugin {
  return {
    name: 'referral-atlas:compile-hints',
    apply: 'build',
    // After minification, which drops comments (file names keep their hash of the code without it).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !wantsCompileHint(chunk.moduleIds)) continue;
          if (!hasCompileHint(chunk.code)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
