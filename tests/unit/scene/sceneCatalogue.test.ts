/**
 * Every three.js element the scene writes as JSX (`<mesh>`, `<directionalLight>`…) must be
 * registered by the lean canvas, or R3F throws at mount. This reads the scene's sources, so a
 * new element without a catalogue entry fails here instead of in a user's browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_CATALOGUE } from '../../../src/scene/sceneCatalogue';

/** DOM elements a scene file may render outside the canvas, and R3F's built-ins. */
const NOT_THREE = new Set(['div', 'p', 'span', 'canvas', 'button', 'svg', 'primitive']);

function sceneSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sceneSources(join(dir, e.name))
      : e.name.endsWith('.tsx')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Lowercase JSX opening tags (not generics: a tag never follows an identifier character). */
export function jsxTags(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return [...code.matchAll(/(?<![\w$.])<([a-z][A-Za-z0-9]*)(?=[\s/>])/g)].map((m) => m[1] ?? '');
}

const pascal = (tag: string): string => tag.charAt(0).toUpperCase() + tag.slice(1);

describe('scene catalogue', () => {
  it('finds tags and ignores generics', () => {
    expect(jsxTags('const a = useState<boolean>(x); return <mesh a={1}><color /></mesh>')).toEqual([
      'mesh',
      'color',
    ]);
  });

  it('registers every three.js element used under src/scene', () => {
    const files = sceneSources(join(process.cwd(), 'src/scene'));
    const missing = files.flatMap((f) =>
      jsxTags(readFileSync(f, 'utf8'))
        .filter((t) => !NOT_THREE.has(t) && !(pascal(t) in SCENE_CATALOGUE))
        .map((t) => `${f}: <${t}>`),
    );
    expect(files.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('registers nothing that no scene file uses as an element (each entry stays in the entry chunk)', () => {
    const used = new Set(
      sceneSources(join(process.cwd(), 'src/scene')).flatMap((f) =>
        jsxTags(readFileSync(f, 'utf8')).map(pascal),
      ),
    );
    expect(Object.keys(SCENE_CATALOGUE).filter((name) => !used.has(name))).toEqual([]);
  });

  it('fails on an element that is not registered', () => {
    const tags = jsxTags('<torusKnotGeometry args={[1]} />').filter(
      (t) => !(pascal(t) in SCENE_CATALOGUE),
    );
    expect(tags).toEqual(['torusKnotGeometry']);
  });
});
