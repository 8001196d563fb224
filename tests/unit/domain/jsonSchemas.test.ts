import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../scripts/lib/jsonSchemas';

describe('JSON Schemas next to the data', () => {
  it('match the zod schemas (regenerate with npm run data:check -- --write-schemas)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(`data/${name}`, 'utf8')) as unknown;
      expect(committed, name).toEqual(schema);
    }
  });
});
