/**
 * The practice schema described for people and the web editor: its fields
 * (from `src/schemas/practice.ts`, asked with the real vocabularies) and the
 * doc comment of each. Used by the build (`/admin/config.yml`), by
 * `npm run docs` (the fields table of CONTRIBUTING) and by their tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { en } from '../i18n/en.ts';
import * as practiceModule from '../schemas/practice.ts';
import { projectRoot } from './content-paths.ts';
import { constantValueSets, describeFields, vocabularyValueSets, type FieldSpec } from './describe-practice-fields.ts';
import type { Vocabularies } from './load-vocabularies.ts';
import { schemaDocComments } from './schema-doc-comments.ts';

export const PRACTICE_SCHEMA_FILE = join(projectRoot, 'src', 'schemas', 'practice.ts');

export interface PracticeFieldSpecs {
  fields: FieldSpec[];
  /** Doc comments by field path. */
  hints: Map<string, string>;
}

export function practiceFieldSpecs(vocabularies: Vocabularies): PracticeFieldSpecs {
  // A schema object of our own for `image()`, so the describer can tell image fields by identity.
  const image = z.string();
  const schema = practiceModule.practiceSchema({ vocabularies, image: () => image });
  const fields = describeFields(schema, {
    valueSets: [...vocabularyValueSets(vocabularies), ...constantValueSets(practiceModule, en)],
    image,
  });
  const hints = schemaDocComments(readFileSync(PRACTICE_SCHEMA_FILE, 'utf8'), 'practiceSchema');
  return { fields, hints };
}
