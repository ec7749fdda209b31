/**
 * The building block schema: a reusable part of practices (a pre-departure
 * orientation course, a migrant resource centre), shared by every practice
 * that names it in `buildingBlocks`. One file per block in
 * `content/building-blocks/` (`<id>.mdx` or `<id>/index.mdx`); a translation
 * is an entry of its own with `language` and `translationOf`.
 *
 * Messages follow the pattern of the practice schema (src/schemas/practice.ts).
 */
import { z } from 'astro/zod';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { showValue } from '../catalogue/show-value.ts';
import { fail, text, typeError, withShape } from './field-rules.ts';
import { SLUG_PATTERN, languageField, objectivesField, themesField } from './practice.ts';
import type { Lang } from '../i18n/locales.ts';

/** Caps on lengths, in characters. */
export const BLOCK_LIMITS = {
  /** `title`: 5 to 120 characters. */
  title: { min: 5, max: 120 },
  /** `summary`: 50 to 400 characters. */
  summary: { min: 50, max: 400 },
} as const;

/** The body sections a block page shows, in this order, in each language a block may be written in. */
export const BLOCK_SECTION_NAMES: Record<Lang, readonly string[]> = {
  en: ['What it is', 'How it works', 'Conditions for success', 'Pitfalls'],
  fr: ["Ce que c'est", 'Comment ça marche', 'Conditions de réussite', 'Écueils'],
  es: ['Qué es', 'Cómo funciona', 'Condiciones para el éxito', 'Escollos'],
};

export function buildingBlockSchema({ vocabularies: vocab }: { vocabularies: Vocabularies }) {
  return z.strictObject(
    {
      /** Name of the block as a practitioner would call it. 5–120 characters. */
      title: text(BLOCK_LIMITS.title.min, BLOCK_LIMITS.title.max).meta({ description: 'Name of the block as a practitioner would call it. 5–120 characters.' }),

      /** What the block is, in one or two plain sentences (50–400 characters, no markup). */
      summary: text(BLOCK_LIMITS.summary.min, BLOCK_LIMITS.summary.max, 'plain text').meta({
        description: 'What the block is, in one or two plain sentences (50–400 characters, no markup).',
      }),

      /** GCM objectives (numbers 1–23) the block serves, the main one first. */
      gcmObjectives: objectivesField(vocab).meta({ description: 'GCM objectives (numbers 1–23) the block serves, the main one first.' }),

      /** Themes from `content/taxonomies/themes.yaml`, at least one. */
      themes: themesField(vocab).meta({ description: 'Themes from `content/taxonomies/themes.yaml`, at least one.' }),

      /** Language of this file: `en` (default), `fr` or `es`. */
      language: languageField().meta({ description: 'Language of this file: `en` (default), `fr` or `es`.' }),

      /** Id of the building block this one translates (`pre-departure-orientation`). */
      translationOf: withShape(z
        .string({ error: typeError('the id of another building block') })
        .superRefine((value, ctx) => {
          if (!SLUG_PATTERN.test(value)) {
            fail(ctx, `${showValue(value)} is not a building block id; write the block's file name without .mdx, lowercase words joined by "-"`);
          }
        }), { type: 'string', pattern: SLUG_PATTERN.source })
        .optional()
        .meta({ description: 'Id of the building block this one translates (`pre-departure-orientation`).' }),

      /** `true` keeps the block out of the published site; it shows in development only. */
      draft: z.boolean({ error: typeError('true or false') }).default(false).meta({
        description: '`true` keeps the block out of the published site; it shows in development only.',
      }),
    },
    { error: typeError('a frontmatter block of fields') },
  );
}

/** Every field a building block may have, for "did you mean" on unknown fields. */
export const BUILDING_BLOCK_FIELDS = ['title', 'summary', 'gcmObjectives', 'themes', 'language', 'translationOf', 'draft'] as const;

export type BuildingBlockSchema = ReturnType<typeof buildingBlockSchema>;
/** A building block's frontmatter once validated. */
export type BuildingBlockData = z.output<BuildingBlockSchema>;
