import { z } from 'astro/zod';

/** A GCM objective (`content/taxonomies/objectives.json`). */
export const objectiveSchema = z.strictObject({
  /** Objective number, 1–23. */
  id: z.int().min(1).max(23),
  /** Short title for badges and facets, worded by the Atlas. */
  short: z.string().min(1),
  /** Official title from the Global Compact. */
  title: z.string().min(1),
});

/** A GCM guiding principle (`principles.json`). */
export const principleSchema = z.strictObject({
  /** Permanent id used in practice files and URLs (`whole-of-government`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Name of the principle as the Compact words it. */
  title: z.string().min(1),
});

/** A Sustainable Development Goal (`sdg-goals.json`). */
export const sdgGoalSchema = z.strictObject({
  /** Goal number, 1–17. */
  id: z.int().min(1).max(17),
  /** Short name ("Reduced inequalities"). */
  short: z.string().min(1),
  /** Official title. */
  title: z.string().min(1),
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
});

/** A UN M49 region, sub-region or intermediate region (`regions.json`, generated). */
export const regionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  m49: z.string().regex(/^\d{3}$/),
  level: z.enum(['region', 'sub-region', 'intermediate-region']),
  parent: z.string().optional(),
});

/** A country or area (`countries.json`, generated from UN M49 and ISO 3166). */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-3 code. */
  id: z.string().regex(/^[A-Z]{3}$/),
  names: z.strictObject({ en: z.string(), fr: z.string(), es: z.string() }),
  m49: z.string().regex(/^\d{3}$/),
  region: z.string(),
  subRegion: z.string(),
  intermediateRegion: z.string().optional(),
});

export type Objective = z.infer<typeof objectiveSchema>;
export type Principle = z.infer<typeof principleSchema>;
export type SdgGoal = z.infer<typeof sdgGoalSchema>;
export type SdgTarget = z.infer<typeof sdgTargetSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Country = z.infer<typeof countrySchema>;
