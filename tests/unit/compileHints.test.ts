/** The build's compile hints: which chunks carry V8's `allFunctionsCalledOnLoad`, and where. */
import { existsSync } from 'node:fs';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  HINTED_MODULES,
  wantsCompileHint,
} from '../../scripts/lib/compileHints';

const chunk = (moduleIds: string[], code: string): Rolldown.OutputChunk =>
  ({ type: 'chunk', moduleIds, code }) as unknown as Rolldown.OutputChunk;

/** Runs the plugin's bundle step on `bundle`, as the build does after minification. */
function generate(bundle: Record<string, Rolldown.OutputChunk>): void {
  const hook = compileHints().generateBundle as {
    handler: (this: unknown, o: unknown, b: Rolldown.OutputBundle) => void;
  };
  hook.handler.call({}, {}, bundle as unknown as Rolldown.OutputBundle);
}

describe('compile hints', () => {
  it('names modules that exist', () => {
    for (const m of HINTED_MODULES) expect(existsSync(m), m).toBe(true);
  });

  it('picks chunks by a whole path, not a name that merely ends the same', () => {
    expect(wantsCompileHint(['/app/src/scene/CameraRig.tsx', '/app/node_modules/x.js'])).toBe(true);
    expect(wantsCompileHint(['C:\\app\\src\\ui\\chrome.tsx'])).toBe(true);
    expect(wantsCompileHint(['/app/src/scene/OtherCameraRig.tsx'])).toBe(false);
    expect(wantsCompileHint(['/app/src/start.tsx'])).toBe(false);
  });

  it('puts the hint first in the chosen chunks once, and leaves the others and assets alone', () => {
    const rig = chunk(['/a/src/scene/CameraRig.tsx'], 'import"./x.js";');
    const start = chunk(['/a/src/start.tsx'], 'import"./y.js";');
    const bundle = { 'rig.js': rig, 'start.js': start };
    generate(bundle);
    generate(bundle);
    expect(rig.code).toBe(`${COMPILE_HINT}\nimport"./x.js";`);
    expect(start.code).toBe('import"./y.js";');
  });
});
