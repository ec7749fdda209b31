import { frontmatterJsonSchema } from '../../schemas/json-schema.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import type { Vocabularies } from '../../catalogue/load-vocabularies.ts';

/**
 * The JSON Schema (2020-12) of a practice's frontmatter, generated from the
 * zod schema that `npm run check` and the build use, with the real
 * vocabularies as enums and each field's description (its `.meta()`, which
 * editors also read as the field's doc comment). Published as `/api/schema.json`.
 */
export function practiceJsonSchema(vocabularies: Vocabularies, options: { id: string }): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: options.id,
    title: 'Practice Atlas: the frontmatter of a practice',
    ...frontmatterJsonSchema(practiceSchema({ vocabularies })),
  };
}
