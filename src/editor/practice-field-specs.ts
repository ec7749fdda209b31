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
import * as blockModule from '../schemas/building-block.ts';
import * as practiceModule from '../schemas/practice.ts';
import { projectRoot } from '../catalogue/content-paths.ts';
import { constantValueSets, describeFields, vocabularyValueSets, type FieldSpec } from './describe-practice-fields.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { schemaDocComments } from './schema-doc-comments.ts';

export const PRACTICE_SCHEMA_FILE = join(projectRoot, 'src', 'schemas', 'practice.ts');

export interface PracticeFieldSpecs {
  fields: FieldSpec[];
  /** Doc comments by field path. */
  hints: Map<string, string>;
}

/**
 * `blocks`: the building blocks practices may name, with their titles (the
 * web editor offers them by title; CONTRIBUTING links to their folder).
 */
export function practiceFieldSpecs(vocabularies: Vocabularies, blocks: { id: string; title: string }[] = []): PracticeFieldSpecs {
  // A schema object of our own for `image()`, so the describer can tell image fields by identity.
  const image = z.string();
  // Without blocks yet, `buildingBlocks` is described by its shape (an id); an empty value set would match any field.
  const schema = practiceModule.practiceSchema({ vocabularies, image: () => image, ...(blocks.length ? { buildingBlocks: () => blocks.map((b) => b.id) } : {}) });
  const blockSet = { name: 'content/building-blocks', options: blocks.map((b) => ({ value: b.id, label: b.title })).sort((a, b) => a.label.localeCompare(b.label, 'en')) };
  const fields = describeFields(schema, {
    valueSets: [...vocabularyValueSets(vocabularies), ...constantValueSets(practiceModule, en), ...(blocks.length ? [blockSet] : [])],
    image,
  });
  const hints = schemaDocComments(readFileSync(PRACTICE_SCHEMA_FILE, 'utf8'), 'practiceSchema');
  return { fields, hints };
}

export const BUILDING_BLOCK_SCHEMA_FILE = join(projectRoot, 'src', 'schemas', 'building-block.ts');

/** The building block schema described the same way, for the web editor and CONTRIBUTING. */
export function buildingBlockFieldSpecs(vocabularies: Vocabularies): PracticeFieldSpecs {
  const schema = blockModule.buildingBlockSchema({ vocabularies });
  const fields = describeFields(schema, { valueSets: [...vocabularyValueSets(vocabularies), ...constantValueSets(practiceModule, en)] });
  const hints = schemaDocComments(readFileSync(BUILDING_BLOCK_SCHEMA_FILE, 'utf8'), 'buildingBlockSchema');
  return { fields, hints };
}
