/** JSON Schemas of the data files, generated from the zod schemas, for editors. */
import { z } from 'zod';
import {
  ChoirFile,
  ConditionsFile,
  EducationFile,
  GuidesFile,
  LandmarksFile,
  MusclesFile,
  PrevalenceFile,
  RedFlagsFile,
  RegionsFile,
  SourcesFile,
} from '../../src/domain/schema';

export function jsonSchemas(): Record<string, unknown> {
  const files = {
    'regions.schema.json': RegionsFile,
    'choir.schema.json': ChoirFile,
    'landmarks.schema.json': LandmarksFile,
    'sources.schema.json': SourcesFile,
    'muscles.schema.json': MusclesFile,
    'conditions.schema.json': ConditionsFile,
    'redflags.schema.json': RedFlagsFile,
    'education.schema.json': EducationFile,
    'guides.schema.json': GuidesFile,
    'prevalence.schema.json': PrevalenceFile,
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'input' })]),
  );
}
