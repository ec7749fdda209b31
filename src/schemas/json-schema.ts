/**
 * A collection's schema as JSON Schema (2020-12), made by zod itself: the
 * structure, optional fields and defaults from the schema, each field's
 * description from its `.meta()`, and what each rule accepts from the shape
 * it states beside its code (`withShape`, src/schemas/field-rules.ts).
 * `/api/schema.json`, the web editor's configuration and CONTRIBUTING's
 * tables are all read from it.
 */
import { z } from 'astro/zod';
import { EDITOR_NOTES, jsonShapes } from './field-rules.ts';

export type JsonSchema = Record<string, unknown>;

/**
 * `editorNotes`: keep the keys the web editor reads (`vocabulary`, `image`);
 * without it, what is left is plain JSON Schema that any validator takes.
 */
export function frontmatterJsonSchema(schema: z.ZodType, { editorNotes = false } = {}): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // The frontmatter as written, before defaults and date normalisation.
    io: 'input',
    // Astro's `image()` is a transform; its shape comes from `withShape` or `.meta()`.
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      const found = jsonShapes.get(ctx.zodSchema);
      if (found) {
        const shape = typeof found.shape === 'function' ? found.shape() : found.shape;
        if (found.replace) {
          // What `.meta()` gave (the description) stays; zod's view of the value goes.
          const meta = z.globalRegistry.get(ctx.zodSchema) ?? {};
          for (const key of Object.keys(json)) if (!(key in meta)) delete json[key];
        }
        Object.assign(json, shape);
      }
      if (!editorNotes) for (const key of EDITOR_NOTES) delete json[key];
    },
  }) as JsonSchema;
}
