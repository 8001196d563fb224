/** The build's GLSL stripping keeps every line of code and every preprocessor directive intact. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAN_ALIASES, minifyGlsl, minifyGlslModule } from '../../scripts/lib/leanBundle';

describe('minifyGlsl', () => {
  it('drops comments, indentation and blank lines, never joins two lines', () => {
    const src = [
      '#ifdef USE_X // trailing',
      '',
      '\tfloat a = b; // why',
      '\t/* block',
      '\t   comment */ vec3 c = d;',
      '#endif',
    ].join('\n');
    expect(minifyGlsl(src)).toBe(
      ['#ifdef USE_X', 'float a = b;', 'vec3 c = d;', '#endif'].join('\n'),
    );
  });

  it('rewrites /* glsl */ template literals of a module to strings and leaves interpolations alone', () => {
    const mod =
      'export default /* glsl */`\n\tx = 1; // c\n`;\nconst y = /* glsl */`${a} // keep`;';
    expect(minifyGlslModule(mod)).toBe(
      'export default "\\nx = 1;\\n";\nconst y = /* glsl */`${a} // keep`;',
    );
  });

  it('leaves a real three.js chunk shorter with the same directives in the same order', () => {
    const path =
      'node_modules/three/src/renderers/shaders/ShaderChunk/lights_fragment_begin.glsl.js';
    const code = readFileSync(path, 'utf8');
    const out = minifyGlslModule(code);
    const directives = (s: string) => s.match(/#(if|ifdef|ifndef|elif|else|endif|define)\b/g) ?? [];
    expect(out.length).toBeLessThan(code.length * 0.9);
    expect(directives(out)).toEqual(directives(code));
  });

  it('maps every aliased module to a file that exists', () => {
    for (const a of LEAN_ALIASES) expect(() => readFileSync(a.replacement)).not.toThrow();
  });
});
