import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfPath, loadBundle } from '../../../src/domain/dataFiles';
import { validateDataset } from '../../../src/domain/validate';
import { readDataDir } from '../../../scripts/lib/dataFiles';
import { minimalDataset } from './minimalDataset';

describe('dataset bundle', () => {
  it('classifies data files by path and skips schemas', () => {
    expect(kindOfPath('data/muscles/trunk.json')).toBe('muscles');
    expect(kindOfPath('data/sources/core.json')).toBe('sources');
    expect(kindOfPath('data/redflags.json')).toBe('redFlags');
    expect(kindOfPath('data/muscles.schema.json')).toBeUndefined();
    expect(kindOfPath('data/notes.json')).toBeUndefined();
  });

  it('indexes the real bundle exactly as the validator does', () => {
    const { files } = readDataDir(join(process.cwd(), 'data'));
    const validated = validateDataset(files).atlas;
    const loaded = loadBundle(files);
    expect(loaded.sidedTriggerPoints).toEqual(validated?.sidedTriggerPoints);
    expect(loaded.regions).toEqual(validated?.regions);
    expect(loaded.conditions).toEqual(validated?.conditions);
  });

  it('refuses a bundle whose references are broken, naming file, record and field', () => {
    const raw = minimalDataset();
    raw['data/conditions.json'].conditions[0].muscles = ['ghost'];
    const files = Object.entries(raw).map(([path, json]) => ({ path, json }));
    expect(() => loadBundle(files)).toThrow(
      'data/conditions.json › test-condition › muscles.0: unknown muscle "ghost"',
    );
  });
});
