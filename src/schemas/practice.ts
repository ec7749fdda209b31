/**
 * The practice schema: every field of a practice's frontmatter, its rules and
 * the sentence an editor reads when a rule is broken. It is the single source
 * of truth for the build (`src/content.config.ts`) and for `npm run check`.
 *
 * Messages follow one pattern: the value as written, what is wrong, what is
 * allowed, and the closest allowed value when there is one. The path and the
 * file are added by `src/lib/format-problem.ts`.
 */
import { z } from 'astro/zod';
import { closestMatch } from '../lib/closest-match.ts';
import { isRealDate, toDateString } from '../lib/dates.ts';
import { showValue } from '../lib/show-value.ts';
import type { Vocabularies } from '../lib/load-vocabularies.ts';

export const SCOPES = ['local', 'national', 'regional', 'global'] as const;
export const PRACTICE_TYPES = [
  'policy',
  'legislation',
  'programme',
  'project',
  'tool',
  'training',
  'partnership',
  'research',
] as const;
export const STATUSES = ['planned', 'ongoing', 'completed'] as const;
export const EVALUATIONS = ['independent', 'internal', 'none'] as const;
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export const RESOURCE_TYPES = [
  'report',
  'policy',
  'toolkit',
  'training',
  'video',
  'website',
  'dataset',
] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Ctx = z.RefinementCtx;

/** Examples shown when a list is missing or is not a list. */
const example: Record<string, string> = {
  'GCM objective': '6, 23',
  theme: 'labour-migration',
  'SDG target': '"10.7"',
  'guiding principle': 'whole-of-government',
  country: 'SLE, CIV',
  region: 'western-africa',
  'implementing organisation': 'ICMPD',
  partner: 'IOM',
  funder: 'European Union',
  resource: '{ title: …, url: https://… }',
};

function fail(ctx: Ctx, message: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/** Error callback for a field's base type: missing, or of the wrong kind. */
function typeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is required: ${expected}`
      : `${showValue(issue.input)} is not ${expected}`;
}

/** Text of a bounded length, counted in characters as a reader sees them. */
function text(min: number, max: number, what = 'text') {
  const allowed = `${what} of ${min}–${max} characters`;
  return z.string({ error: typeError(allowed) }).superRefine((value, ctx) => {
    const length = [...value.trim()].length;
    if (length < min || length > max) {
      fail(ctx, `${showValue(value)} has ${length} characters; write ${allowed}`);
    }
  });
}

/** A non-empty line of text (organisation names, titles of resources). */
const name = z.string({ error: typeError('a non-empty text') }).superRefine((value, ctx) => {
  if (!value.trim()) fail(ctx, `is empty; write a name`);
});

/** One value of a closed list, with a suggestion when it is close to one. */
function oneOf<const T extends readonly string[]>(values: T, what: string) {
  const list = values.map((v) => `"${v}"`).join(', ');
  return z.string({ error: typeError(`one of ${list}`) }).superRefine((value, ctx) => {
    if ((values as readonly string[]).includes(value)) return;
    const near = closestMatch(value, values);
    fail(
      ctx,
      `${showValue(value)} is not ${what}; use one of ${list}` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  }) as unknown as z.ZodType<T[number], string>;
}

/** A list whose entries must not repeat. `what` is singular; the plural adds "s". */
function list<T extends z.ZodType>(item: T, what: string, min = 0) {
  const base = z.array(item, { error: typeError(`a list of ${what}s, such as [${example[what] ?? '…'}]`) });
  // `when`: report an empty list or a repeat even when another entry is wrong.
  return base.superRefine((values, ctx) => {
    if (!Array.isArray(values)) return;
    if (values.length < min) {
      fail(ctx, `is empty; give at least ${min === 1 ? 'one' : min} ${what}`);
    }
    const seen = new Set<string>();
    values.forEach((v, i) => {
      const key = JSON.stringify(v);
      if (seen.has(key)) fail(ctx, `${showValue(v)} appears twice; list it once`, [i]);
      seen.add(key);
    });
  }, { when: () => true });
}

/** An id from a controlled vocabulary, e.g. a theme or an ISO3 country code. */
function vocabularyId(ids: () => Iterable<string>, what: string, where: string) {
  return z.string({ error: typeError(`${what} id (text)`) }).superRefine((value, ctx) => {
    const known = [...ids()];
    if (known.includes(value)) return;
    const near = closestMatch(value, known);
    fail(
      ctx,
      `${showValue(value)} is not ${what}; allowed values are listed in ${where}` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  });
}

/** `YYYY-MM-DD`. YAML parsers may already have turned it into a Date. */
function calendarDate() {
  const allowed = 'a date as YYYY-MM-DD, such as 2024-05-31';
  return z
    .union([z.string(), z.date()], { error: typeError(allowed) })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          fail(ctx, `is not a real date; write ${allowed}`);
          return z.NEVER;
        }
        return toDateString(value);
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!isRealDate(value)) {
        fail(ctx, `${showValue(value)} is not a real calendar date; write ${allowed}`);
        return z.NEVER;
      }
      return value;
    });
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare year may come from YAML as a number. */
function partialDate() {
  const allowed = 'a year (2019), a month (2019-05) or a day (2019-05-31)';
  return z
    .union([z.string(), z.number(), z.date()], { error: typeError(allowed) })
    .transform((value, ctx) => {
      if (value instanceof Date) return toDateString(value);
      const written = String(value);
      if (typeof value === 'number' && !/^\d{4}$/.test(written)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(written)) {
        fail(ctx, `${showValue(value)} is not ${allowed}`);
        return z.NEVER;
      }
      if (!isRealDate(written)) {
        fail(ctx, `${showValue(value)} is not a real calendar date; write ${allowed}`);
        return z.NEVER;
      }
      return written;
    });
}

export interface PracticeSchemaOptions {
  vocabularies: Vocabularies;
  /**
   * How `cover.src` is read. The build passes Astro's `image()` so covers go
   * through `astro:assets`; `npm run check` keeps the path as text and checks
   * the file itself.
   */
  image?: () => z.ZodType;
}

export function practiceSchema({ vocabularies: vocab, image }: PracticeSchemaOptions) {
  const objectives = [...vocab.objectives.keys()];
  const minObjective = Math.min(...objectives);
  const maxObjective = Math.max(...objectives);

  const schema = z.strictObject(
    {
      /** Name of the practice as readers will search for it. 5–160 characters. */
      title: text(5, 160),

      /**
       * One or two plain sentences (50–500 characters, no markup) saying what was
       * done, where and with what result. Shown in cards, search results, feeds,
       * embeds and as the page's description.
       */
      // Markup is not an error (it is shown as text, escaped); `npm run check` warns.
      summary: text(50, 500, 'plain text'),

      /**
       * GCM objectives (numbers 1–23) the practice contributes to, the primary
       * objective first. At least one, no repeats.
       */
      gcmObjectives: list(
        z
          .number({
            error: (issue) =>
              typeof issue.input === 'string' && /^\d+$/.test(issue.input)
                ? `${showValue(issue.input)} is text; write the objective number without quotes: ${issue.input}`
                : typeError(`a GCM objective number (${minObjective}-${maxObjective})`)(issue),
          })
          .superRefine((n, ctx) => {
            if (!vocab.objectives.has(n)) {
              fail(ctx, `${n} is not a GCM objective (${minObjective}-${maxObjective})`);
            }
          }),
        'GCM objective',
        1,
      ),

      /** Themes from `content/taxonomies/themes.yaml`, at least one. */
      themes: list(
        vocabularyId(() => vocab.themes.keys(), 'a theme', 'content/taxonomies/themes.yaml'),
        'theme',
        1,
      ),

      /**
       * SDG targets the practice contributes to, as quoted text: `"10.7"`,
       * `"17.18"`, `"10.c"`. Unquoted, YAML reads 10.10 as the number 10.1.
       */
      sdgTargets: list(
        z
          .string({
            error: (issue) =>
              typeof issue.input === 'number'
                ? `${issue.input} is a number; write SDG target ids as quoted text, such as "${issue.input}"`
                : typeError('an SDG target id in quotes, such as "10.7"')(issue),
          })
          .superRefine((value, ctx) => {
            if (vocab.sdgTargets.has(value)) return;
            const near = closestMatch(value, vocab.sdgTargets.keys());
            fail(
              ctx,
              `${showValue(value)} is not an SDG target; use a target id such as "10.7" or "17.18"` +
                ' (all 169 are in content/taxonomies/sdg-targets.json)' +
                (near ? `; did you mean "${near}"?` : ''),
            );
          }),
        'SDG target',
      ).optional(),

      /** GCM guiding principles, by id (`whole-of-government`, `human-rights`...). */
      guidingPrinciples: list(
        vocabularyId(
          () => vocab.principles.keys(),
          'a GCM guiding principle',
          'content/taxonomies/principles.json',
        ),
        'guiding principle',
      ).optional(),

      /**
       * Countries where the practice took place, as ISO 3166-1 alpha-3 codes
       * (`SLE`, `CIV`, `CRI`). Their regions are derived; do not list them again.
       */
      countries: list(
        vocabularyId(
          () => vocab.countries.keys(),
          'an ISO 3166-1 alpha-3 country code',
          'content/taxonomies/countries.json',
        ),
        'country',
      ).optional(),

      /**
       * UN M49 regions (`africa`, `western-africa`, `caribbean`...) for practices
       * that cover a region rather than listed countries.
       */
      regions: list(
        vocabularyId(() => vocab.regions.keys(), 'a region', 'content/taxonomies/regions.json'),
        'region',
      ).optional(),

      /**
       * `local`, `national`, `regional` or `global`. Leave it out to derive it:
       * no country or region is global, one country national, several regional.
       */
      scope: oneOf(SCOPES, 'a scope').optional(),

      /** What kind of practice this is. */
      practiceType: oneOf(PRACTICE_TYPES, 'a practice type').optional(),

      /** `planned`, `ongoing` or `completed`. A completed practice needs `period.end`. */
      status: oneOf(STATUSES, 'a status'),

      /**
       * When the source reported that status, `YYYY-MM` or `YYYY-MM-DD`
       * ("ongoing, as reported in March 2023"). Give it for `planned` and
       * `ongoing`: a status is only as true as the report behind it.
       */
      statusAsOf: partialDate().optional(),

      /**
       * Strength of evidence: `independent` (external evaluation), `internal`
       * (own monitoring or review) or `none`.
       */
      evaluation: oneOf(EVALUATIONS, 'an evaluation level').optional(),

      /** When it ran: `start` (required) and `end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
      period: z
        .strictObject(
          {
            /** When the practice started. */
            start: partialDate(),
            /** When it ended; not before `start`. Required when `status` is `completed`. */
            end: partialDate().optional(),
          },
          { error: typeError('an object with `start` (and optionally `end`)') },
        )
        .superRefine((period, ctx) => {
          if (period.end && period.end < period.start.slice(0, period.end.length)) {
            fail(ctx, `${showValue(period.end)} is before start ${showValue(period.start)}; end cannot come before start`, ['end']);
          }
        }),

      /** Organisations that carried out the practice, at least one. */
      implementers: list(name, 'implementing organisation', 1),

      /** Other organisations involved. */
      partners: list(name, 'partner').optional(),

      /** Organisations that funded it. */
      funders: list(name, 'funder').optional(),

      /** When the practice entered the repository, `YYYY-MM-DD`. */
      publishedAt: calendarDate(),

      /** When the practice was last substantially revised, `YYYY-MM-DD`; not before `publishedAt`. */
      updatedAt: calendarDate().optional(),

      /** Language of this file: `en` (default), `fr` or `es`. */
      language: oneOf(LANGUAGES, 'a supported language').default('en'),

      /** Slug of the practice this one translates (`sierra-leone-national-migration-policy`). */
      translationOf: z
        .string({ error: typeError('the slug of another practice') })
        .superRefine((value, ctx) => {
          if (!SLUG_PATTERN.test(value)) {
            fail(ctx, `${showValue(value)} is not a slug; write the practice's folder name, lowercase words joined by "-"`);
          }
        })
        .optional(),

      /** Cover image: `src` is a file beside the practice (`./cover.jpg`), `alt` describes it. */
      cover: z
        .strictObject(
          {
            /** Path of the image file, relative to the practice (`./cover.jpg`). */
            src: image ? image() : z.string({ error: typeError('the path of an image beside the practice, such as "./cover.jpg"') }),
            /** What the image shows, for people who cannot see it. Required, not empty. */
            alt: z
              .string({ error: typeError('a description of the image (alt text)') })
              .superRefine((value, ctx) => {
                if (!value.trim()) fail(ctx, 'is empty; describe what the image shows for people who cannot see it');
              }),
          },
          { error: typeError('an object with `src` and `alt`') },
        )
        .optional(),

      /** Reports, policies, toolkits and other material, each `{ title, url, type? }`. */
      resources: list(
        z.strictObject(
          {
            /** Title of the resource as published. */
            title: name,
            /** Web address, `https:` (or `http:`). */
            url: z
              .string({ error: typeError('a web address starting with https://') })
              .superRefine((value, ctx) => {
                let url: URL | undefined;
                try {
                  url = new URL(value);
                } catch {
                  fail(ctx, `${showValue(value)} is not a web address; write a full address starting with https://`);
                  return;
                }
                if (url.protocol !== 'https:' && url.protocol !== 'http:') {
                  fail(ctx, `${showValue(value)} uses "${url.protocol}"; only https: (or http:) addresses are allowed`);
                }
              }),
            /** One of report, policy, toolkit, training, video, website, dataset. */
            type: oneOf(RESOURCE_TYPES, 'a resource type').optional(),
          },
          { error: typeError('an object with `title`, `url` and optionally `type`') },
        ),
        'resource',
      ).optional(),

      /** Who to ask about the practice. Every part is optional. */
      contact: z
        .strictObject(
          {
            /** Name of a contact person. */
            name: name.optional(),
            /** Their organisation. */
            organisation: name.optional(),
            /** A public e-mail address. */
            email: z
              .string({ error: typeError('an e-mail address') })
              .superRefine((value, ctx) => {
                if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value)) {
                  fail(ctx, `${showValue(value)} is not an e-mail address; write it as name@example.org`);
                }
              })
              .optional(),
          },
          { error: typeError('an object with `name`, `organisation` and/or `email`') },
        )
        .optional(),

      /** `true` keeps the practice out of the published site; it shows in development only. */
      draft: z.boolean({ error: typeError('true or false') }).default(false),
    },
    { error: typeError('a frontmatter block of fields') },
  );

  // Rules across fields run even when other fields have problems, so that
  // every problem of a file is reported in one run.
  return schema.superRefine(
    (raw, ctx) => {
      const data = raw as Record<string, unknown>;
      const period = data.period as { end?: unknown } | undefined;
      if (data.status === 'completed' && period && typeof period === 'object' && period.end === undefined) {
        fail(ctx, 'is missing: a completed practice needs an end date (`period.end`)', ['period', 'end']);
      }
      const published = data.publishedAt;
      const updated = data.updatedAt;
      const day = (v: unknown) =>
        v instanceof Date ? toDateString(v) : typeof v === 'string' ? v : undefined;
      if (day(published) && day(updated) && day(updated)! < day(published)!) {
        fail(
          ctx,
          `${showValue(day(updated))} is before publishedAt ${showValue(day(published))}; a practice cannot be updated before it was published`,
          ['updatedAt'],
        );
      }
    },
    { when: () => true },
  );
}

/** Every field a practice may have, for "did you mean" on unknown fields. */
export const PRACTICE_FIELDS = [
  'title',
  'summary',
  'gcmObjectives',
  'themes',
  'sdgTargets',
  'guidingPrinciples',
  'countries',
  'regions',
  'scope',
  'practiceType',
  'status',
  'statusAsOf',
  'evaluation',
  'period',
  'implementers',
  'partners',
  'funders',
  'publishedAt',
  'updatedAt',
  'language',
  'translationOf',
  'cover',
  'resources',
  'contact',
  'draft',
] as const;

export type PracticeSchema = ReturnType<typeof practiceSchema>;
/** A practice's frontmatter once validated (cover as a path; the build has image metadata). */
export type PracticeData = z.output<PracticeSchema>;
export type Status = (typeof STATUSES)[number];
export type Scope = (typeof SCOPES)[number];
export type Language = (typeof LANGUAGES)[number];
