import { z } from 'astro/zod';
import { jsonShapes } from '../../schemas/field-rules.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import type { Vocabularies } from '../../catalogue/load-vocabularies.ts';

/**
 * The JSON Schema (2020-12) of a practice's frontmatter, generated from the
 * zod schema that `npm run check` and the build use, with the real
 * vocabularies as enums. Published as `/api/schema.json`.
 *
 * @param descriptions doc comments of the schema's fields, by dotted path
 *   (`period.start`), which editors read in their editor and partners here.
 */
export function practiceJsonSchema(
  vocabularies: Vocabularies,
  options: { id: string; descriptions?: Map<string, string> },
): Record<string, unknown> {
  const schema = practiceSchema({ vocabularies });
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // The frontmatter as written, before defaults and date normalisation.
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const found = jsonShapes.get(ctx.zodSchema);
      if (!found) return;
      if (found.replace) for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, found.shape);
    },
  }) as Record<string, unknown>;
  addDescriptions(json, '', options.descriptions ?? new Map());
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: options.id,
    title: 'Practice Atlas: the frontmatter of a practice',
    ...json,
  };
}

/** Puts each field's doc comment on its property, walking objects and arrays of objects. */
function addDescriptions(node: Record<string, unknown>, prefix: string, descriptions: Map<string, string>): void {
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties) {
    for (const [name, property] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const description = descriptions.get(path);
      if (description) property.description = description;
      addDescriptions(property, path, descriptions);
    }
  }
  const items = node.items as Record<string, unknown> | undefined;
  if (items && typeof items === 'object') addDescriptions(items, prefix, descriptions);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const branch of (node[key] as Record<string, unknown>[] | undefined) ?? []) addDescriptions(branch, prefix, descriptions);
  }
}
