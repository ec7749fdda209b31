/**
 * The practice schema: every field of a practice's frontmatter, its rules and
 * the sentence an editor reads when a rule is broken. It is the single source
 * of truth for the build (`src/content.config.ts`) and for `npm run check`.
 *
 * Messages follow one pattern: the value as written, what is wrong, what is
 * allowed, and the closest allowed value when there is one. The path and the
 * file are added by `src/catalogue/format-problem.ts`.
 */
import { z } from 'astro/zod';
import currencyCodes from 'currency-codes';
import { closestMatch } from '../catalogue/closest-match.ts';
import { toDateString } from '../catalogue/dates.ts';
import { showValue } from '../catalogue/show-value.ts';
import { EMAIL, calendarDate, fail, list, name, oneOf, partialDate, sourceNumber, text, typeError, visibleOnly, vocabularyId, withShape } from './field-rules.ts';

export { INVISIBLE_CHARACTERS } from './field-rules.ts';
import type { Vocabularies } from '../catalogue/load-vocabularies.ts';
import { I18N } from '../i18n/locales.ts';

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
/** The languages a practice can be written in: the site's locales (src/i18n/locales.ts). */
export const LANGUAGES = I18N.locales;
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

/**
 * Caps on lengths (in characters) and counts (entries of a list). They keep
 * cards, pages and feeds readable and a build's memory bounded; each is far
 * above what a real practice needs. CONTRIBUTING's field table is generated
 * from these.
 */
export const LIMITS = {
  /** `title`: 5 to 160 characters. */
  title: { min: 5, max: 160 },
  /** `summary`: 50 to 500 characters. */
  summary: { min: 50, max: 500 },
  /** Each organisation in `implementers`, `partners`, `funders`, and `contact.name`/`organisation`. */
  name: { max: 200 },
  /** `resources[].title`. */
  resourceTitle: { max: 300 },
  /** `resources[].url`. */
  url: { max: 2000 },
  /** `cover.alt`. */
  alt: { max: 500 },
  /** `contact.email` (the longest address mail servers accept). */
  email: { max: 254 },
  /** Entries of each list. */
  gcmObjectives: { max: 23 },
  themes: { max: 10 },
  sdgTargets: { max: 20 },
  guidingPrinciples: { max: 10 },
  countries: { max: 120 },
  regions: { max: 30 },
  implementers: { max: 20 },
  partners: { max: 40 },
  funders: { max: 20 },
  resources: { max: 30 },
  buildingBlocks: { max: 10 },
  reach: { max: 10 },
  /** `reach[].unit`, `budget.period`, each entry of `enablingFactors` and `constraints`. */
  phrase: { max: 200 },
  /** `budget.note`. */
  budgetNote: { max: 300 },
  enablingFactors: { max: 10 },
  constraints: { max: 10 },
} as const;

/**
 * ISO 4217 currency codes, from the `currency-codes` package (which follows
 * the ISO maintenance agency's list) rather than typed here.
 */
export const CURRENCY_CODES: readonly string[] = currencyCodes.codes();

export interface PracticeSchemaOptions {
  vocabularies: Vocabularies;
  /**
   * How `cover.src` is read. The build passes Astro's `image()` so covers go
   * through `astro:assets`; `npm run check` keeps the path as text and checks
   * the file itself.
   */
  image?: () => z.ZodType;
  /**
   * Ids of the building blocks a practice may name. Without it (the JSON
   * Schema, the web editor) `buildingBlocks` is only checked for its shape.
   */
  buildingBlocks?: () => Iterable<string>;
}

/** A building block id: one that exists when the list of blocks is known, else any slug. */
function buildingBlockId(ids: (() => Iterable<string>) | undefined) {
  const rule = z.string({ error: typeError('a building block id (text)') }).superRefine((value, ctx) => {
    if (!ids) {
      if (!SLUG_PATTERN.test(value)) fail(ctx, `${showValue(value)} is not a building block id; ids are lowercase words joined by "-", such as "migrant-resource-centre"`);
      return;
    }
    const known = [...ids()];
    if (known.includes(value)) return;
    if (!known.length) {
      fail(ctx, `${showValue(value)} is not a building block; there are none yet in content/building-blocks/: add the block first`);
      return;
    }
    const near = closestMatch(value, known);
    fail(
      ctx,
      `${showValue(value)} is not a building block; allowed values are the ids of the files in content/building-blocks/` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  });
  return withShape(rule, () => {
    const known = ids ? [...ids()] : [];
    // Until there is a block, any slug: an empty enum would refuse everything.
    return known.length ? { type: 'string', enum: known, vocabulary: 'content/building-blocks' } : { type: 'string', pattern: SLUG_PATTERN.source };
  });
}

/** An ISO 4217 code; a known code in the wrong case, or a near one, is suggested. */
function currencyCode() {
  return withShape(z.string({ error: typeError('an ISO 4217 currency code, such as "USD", "EUR" or "XOF"') }).superRefine((value, ctx) => {
    if (CURRENCY_CODES.includes(value)) return;
    const upper = value.trim().toUpperCase();
    const near = CURRENCY_CODES.includes(upper) ? upper : closestMatch(upper, CURRENCY_CODES);
    fail(
      ctx,
      `${showValue(value)} is not an ISO 4217 currency code; write the three capital letters, such as "USD", "EUR" or "XOF"` +
        (near ? `; did you mean "${near}"?` : ''),
    );
  }), { type: 'string', enum: [...CURRENCY_CODES] });
}

/** GCM objectives by number, at least one, no repeats (practices and building blocks). */
export function objectivesField(vocab: Vocabularies) {
  const objectives = [...vocab.objectives.keys()];
  const minObjective = Math.min(...objectives);
  const maxObjective = Math.max(...objectives);
  return list(
    withShape(z
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
      }), { type: 'integer', enum: objectives, vocabulary: 'content/taxonomies/objectives.json' }),
    'GCM objective',
    1,
    LIMITS.gcmObjectives.max,
  );
}

/** Theme ids from the themes vocabulary, at least one (practices and building blocks). */
export function themesField(vocab: Vocabularies) {
  return list(
    vocabularyId(() => vocab.themes.keys(), 'a theme', 'content/taxonomies/themes.yaml'),
    'theme',
    1,
    LIMITS.themes.max,
  );
}

/** Language of a file: `en` (default), `fr` or `es`. */
export function languageField() {
  return oneOf(LANGUAGES, 'a supported language').default('en');
}

export function practiceSchema({ vocabularies: vocab, image, buildingBlocks }: PracticeSchemaOptions) {
  // Each field's `.meta()` description is what the web editor, CONTRIBUTING
  // and /api/schema.json show; its doc comment (for editors' hovers) is the
  // description or its opening, which tests/unit/schema-descriptions.test.ts checks.
  const schema = z.strictObject(
    {
      /** Name of the practice as readers will search for it. 5–160 characters, no invisible characters. */
      title: text(LIMITS.title.min, LIMITS.title.max).meta({
        description: 'Name of the practice as readers will search for it. 5–160 characters, no invisible characters.',
      }),

      /**
       * One or two plain sentences (50–500 characters, no markup) saying what was
       * done, where and with what result.
       */
      // Markup is not an error (it is shown as text, escaped); `npm run check` warns.
      summary: text(LIMITS.summary.min, LIMITS.summary.max, 'plain text').meta({
        description:
          'One or two plain sentences (50–500 characters, no markup) saying what was done, where and with what result. ' +
          "Shown in cards, search results, feeds, embeds and as the page's description.",
      }),

      /**
       * GCM objectives (numbers 1–23) the practice contributes to, the primary
       * objective first. At least one, no repeats.
       */
      gcmObjectives: objectivesField(vocab).meta({
        description: 'GCM objectives (numbers 1–23) the practice contributes to, the primary objective first. At least one, no repeats.',
      }),

      /** Themes from `content/taxonomies/themes.yaml`, at least one. */
      themes: themesField(vocab).meta({ description: 'Themes from `content/taxonomies/themes.yaml`, at least one.' }),

      /**
       * SDG targets the practice contributes to, as quoted text: `"10.7"`,
       * `"17.18"`, `"10.c"`.
       */
      sdgTargets: list(
        withShape(z
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
          }), () => ({ type: 'string', enum: [...vocab.sdgTargets.keys()], vocabulary: 'content/taxonomies/sdg-targets.json' })),
        'SDG target',
        0,
        LIMITS.sdgTargets.max,
      ).optional().meta({
        description: 'SDG targets the practice contributes to, as quoted text: `"10.7"`, `"17.18"`, `"10.c"`. Unquoted, YAML reads 10.10 as the number 10.1.',
      }),

      /** GCM guiding principles, by id (`whole-of-government`, `human-rights`...). */
      guidingPrinciples: list(
        vocabularyId(
          () => vocab.principles.keys(),
          'a GCM guiding principle',
          'content/taxonomies/principles.json',
        ),
        'guiding principle',
        0,
        LIMITS.guidingPrinciples.max,
      ).optional().meta({ description: 'GCM guiding principles, by id (`whole-of-government`, `human-rights`...).' }),

      /**
       * Countries where the practice took place, as ISO 3166-1 alpha-3 codes
       * (`SLE`, `CIV`, `CRI`).
       */
      countries: list(
        vocabularyId(
          () => vocab.countries.keys(),
          'an ISO 3166-1 alpha-3 country code',
          'content/taxonomies/countries.json',
        ),
        'country',
        0,
        LIMITS.countries.max,
      ).optional().meta({
        description: 'Countries where the practice took place, as ISO 3166-1 alpha-3 codes (`SLE`, `CIV`, `CRI`). Their regions are derived; do not list them again.',
      }),

      /**
       * UN M49 regions (`africa`, `western-africa`, `caribbean`...) for practices
       * that cover a region rather than listed countries.
       */
      regions: list(
        vocabularyId(() => vocab.regions.keys(), 'a region', 'content/taxonomies/regions.json'),
        'region',
        0,
        LIMITS.regions.max,
      ).optional().meta({
        description: 'UN M49 regions (`africa`, `western-africa`, `caribbean`...) for practices that cover a region rather than listed countries.',
      }),

      /** `local`, `national`, `regional` or `global`. */
      scope: oneOf(SCOPES, 'a scope').optional().meta({
        description: '`local`, `national`, `regional` or `global`. Leave it out to derive it: no country or region is global, one country national, several regional.',
      }),

      /** What kind of practice this is. */
      practiceType: oneOf(PRACTICE_TYPES, 'a practice type').optional().meta({ description: 'What kind of practice this is.' }),

      /** `planned`, `ongoing` or `completed`. A completed practice needs `period.end`. */
      status: oneOf(STATUSES, 'a status').meta({ description: '`planned`, `ongoing` or `completed`. A completed practice needs `period.end`.' }),

      /**
       * When the source reported that status, `YYYY-MM` or `YYYY-MM-DD`
       * ("ongoing, as reported in March 2023").
       */
      statusAsOf: partialDate().optional().meta({
        description:
          'When the source reported that status, `YYYY-MM` or `YYYY-MM-DD` ("ongoing, as reported in March 2023"). ' +
          'Give it for `planned` and `ongoing`: a status is only as true as the report behind it.',
      }),

      /**
       * Strength of evidence: `independent` (external evaluation), `internal`
       * (own monitoring or review) or `none`.
       */
      evaluation: oneOf(EVALUATIONS, 'an evaluation level').optional().meta({
        description: 'Strength of evidence: `independent` (external evaluation), `internal` (own monitoring or review) or `none`.',
      }),

      /** When it ran: `start` (required) and `end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
      period: z
        .strictObject(
          {
            /** When the practice started. */
            start: partialDate().meta({ description: 'When the practice started.' }),
            /** When it ended; not before `start`. Required when `status` is `completed`. */
            end: partialDate().optional().meta({ description: 'When it ended; not before `start`. Required when `status` is `completed`.' }),
          },
          { error: typeError('an object with `start` (and optionally `end`)') },
        )
        .superRefine((period, ctx) => {
          if (period.end && period.end < period.start.slice(0, period.end.length)) {
            fail(ctx, `${showValue(period.end)} is before start ${showValue(period.start)}; end cannot come before start`, ['end']);
          }
        })
        .meta({ description: 'When it ran: `start` (required) and `end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' }),

      /** Organisations that carried out the practice: 1 to 20, each at most 200 characters. */
      implementers: list(name(LIMITS.name.max), 'implementing organisation', 1, LIMITS.implementers.max).meta({
        description: 'Organisations that carried out the practice: 1 to 20, each at most 200 characters.',
      }),

      /** Other organisations involved: at most 40, each at most 200 characters. */
      partners: list(name(LIMITS.name.max), 'partner', 0, LIMITS.partners.max).optional().meta({
        description: 'Other organisations involved: at most 40, each at most 200 characters.',
      }),

      /** Organisations that funded it: at most 20, each at most 200 characters. */
      funders: list(name(LIMITS.name.max), 'funder', 0, LIMITS.funders.max).optional().meta({
        description: 'Organisations that funded it: at most 20, each at most 200 characters.',
      }),

      /** When the practice entered the repository, `YYYY-MM-DD`. */
      publishedAt: calendarDate().meta({ description: 'When the practice entered the repository, `YYYY-MM-DD`.' }),

      /** When the practice was last substantially revised, `YYYY-MM-DD`; not before `publishedAt`. */
      updatedAt: calendarDate().optional().meta({
        description: 'When the practice was last substantially revised, `YYYY-MM-DD`; not before `publishedAt`.',
      }),

      /** Language of this file: `en` (default), `fr` or `es`. */
      language: languageField().meta({ description: 'Language of this file: `en` (default), `fr` or `es`.' }),

      /** Slug of the practice this one translates (`sierra-leone-national-migration-policy`). */
      translationOf: withShape(z
        .string({ error: typeError('the slug of another practice') })
        .superRefine((value, ctx) => {
          if (!SLUG_PATTERN.test(value)) {
            fail(ctx, `${showValue(value)} is not a slug; write the practice's folder name, lowercase words joined by "-"`);
          }
        }), { type: 'string', pattern: SLUG_PATTERN.source })
        .optional()
        .meta({ description: 'Slug of the practice this one translates (`sierra-leone-national-migration-policy`).' }),

      /** Cover image: `src` is a file beside the practice (`./cover.jpg`), `alt` describes it. */
      cover: z
        .strictObject(
          {
            /** Path of the image file, relative to the practice (`./cover.jpg`). */
            src: (image ? image() : z.string({ error: typeError('the path of an image beside the practice, such as "./cover.jpg"') })).meta({
              description: 'Path of the image file, relative to the practice (`./cover.jpg`).',
              image: true,
            }),
            /** What the image shows, for people who cannot see it. Required, not empty, at most 500 characters. */
            alt: withShape(z
              .string({ error: typeError('a description of the image (alt text)') })
              .superRefine((value, ctx) => {
                if (!value.trim()) fail(ctx, 'is empty; describe what the image shows for people who cannot see it');
                const length = [...value].length;
                if (length > LIMITS.alt.max) fail(ctx, `has ${length} characters; describe the image in at most ${LIMITS.alt.max}`);
                visibleOnly(value, ctx);
              }), { type: 'string', minLength: 1, maxLength: LIMITS.alt.max, pattern: '\\S' })
              .meta({ description: 'What the image shows, for people who cannot see it. Required, not empty, at most 500 characters.' }),
          },
          { error: typeError('an object with `src` and `alt`') },
        )
        .optional()
        .meta({ description: 'Cover image: `src` is a file beside the practice (`./cover.jpg`), `alt` describes it.' }),

      /** Reports, policies, toolkits and other material, each `{ title, url, type? }`; at most 30. */
      resources: list(
        z.strictObject(
          {
            /** Title of the resource as published, at most 300 characters. */
            title: name(LIMITS.resourceTitle.max).meta({ description: 'Title of the resource as published, at most 300 characters.' }),
            /** Web address, `https:` (or `http:`), at most 2,000 characters. */
            url: withShape(z
              .string({ error: typeError('a web address starting with https://') })
              .superRefine((value, ctx) => {
                if (value.length > LIMITS.url.max) {
                  fail(ctx, `${showValue(value)} has ${value.length} characters; link to an address of at most ${LIMITS.url.max}`);
                  return;
                }
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
              }), { type: 'string', format: 'uri', pattern: '^https?://', maxLength: LIMITS.url.max })
              .meta({ description: 'Web address, `https:` (or `http:`), at most 2,000 characters.' }),
            /** One of report, policy, toolkit, training, video, website, dataset. */
            type: oneOf(RESOURCE_TYPES, 'a resource type').optional().meta({
              description: 'One of report, policy, toolkit, training, video, website, dataset.',
            }),
          },
          { error: typeError('an object with `title`, `url` and optionally `type`') },
        ),
        'resource',
        0,
        LIMITS.resources.max,
      ).optional().meta({ description: 'Reports, policies, toolkits and other material, each `{ title, url, type? }`; at most 30.' }),

      /** Who to ask about the practice. Every part is optional. */
      contact: z
        .strictObject(
          {
            /** Name of a contact person, at most 200 characters. */
            name: name(LIMITS.name.max).optional().meta({ description: 'Name of a contact person, at most 200 characters.' }),
            /** Their organisation, at most 200 characters. */
            organisation: name(LIMITS.name.max).optional().meta({ description: 'Their organisation, at most 200 characters.' }),
            /**
             * A public e-mail address and nothing else (no name, no `?subject=`):
             * it becomes a `mailto:` link, at most 254 characters.
             */
            email: withShape(z
              .string({ error: typeError('an e-mail address') })
              .superRefine((value, ctx) => {
                if (value.length > LIMITS.email.max || !EMAIL.test(value)) {
                  fail(ctx, `${showValue(value)} is not a plain e-mail address; write the address alone, such as desk@ministry.gov.sl`);
                }
              }), { type: 'string', format: 'email', maxLength: LIMITS.email.max })
              .optional()
              .meta({
                description: 'A public e-mail address and nothing else (no name, no `?subject=`): it becomes a `mailto:` link, at most 254 characters.',
              }),
          },
          { error: typeError('an object with `name`, `organisation` and/or `email`') },
        )
        .optional()
        .meta({ description: 'Who to ask about the practice. Every part is optional.' }),

      /**
       * Building blocks the practice uses, by id (`migrant-resource-centre`):
       * the files of `content/building-blocks/`.
       */
      buildingBlocks: list(buildingBlockId(buildingBlocks), 'building block', 0, LIMITS.buildingBlocks.max).optional().meta({
        description:
          'Building blocks the practice uses, by id (`migrant-resource-centre`): the files of `content/building-blocks/`. ' +
          'Readers go from a block to every practice that used it.',
      }),

      /**
       * What the practice reached, as its sources report it, each
       * `{ count, unit, asOf? }`: `{ count: 23096, unit: "residence cards issued", asOf: 2015 }`.
       */
      reach: list(
        z.strictObject(
          {
            /** How many, a whole number of 0 or more, exactly as the source states it (never rounded or summed). */
            count: sourceNumber('a count', '23096', true).meta({
              description: 'How many, a whole number of 0 or more, exactly as the source states it (never rounded or summed).',
            }),
            /** What was counted, plain text: "residence cards issued", "workers placed abroad". */
            unit: name(LIMITS.phrase.max).meta({ description: 'What was counted, plain text: "residence cards issued", "workers placed abroad".' }),
            /** When the source counted it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
            asOf: partialDate().optional().meta({ description: 'When the source counted it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' }),
          },
          { error: typeError('an object with `count`, `unit` and optionally `asOf`') },
        ),
        'reach figure',
        0,
        LIMITS.reach.max,
      ).optional().meta({
        description:
          'What the practice reached, as its sources report it, each `{ count, unit, asOf? }`: ' +
          '`{ count: 23096, unit: "residence cards issued", asOf: 2015 }`.',
      }),

      /** Resources mobilised, as a cited source states them: `{ amount, currency, period?, note? }`. */
      budget: z
        .strictObject(
          {
            /** The amount, a number of 0 or more, in `currency`. */
            amount: sourceNumber('an amount of money', '1500000', false).meta({ description: 'The amount, a number of 0 or more, in `currency`.' }),
            /** ISO 4217 code of the currency the source states (`USD`, `EUR`, `XOF`). */
            currency: currencyCode().meta({ description: 'ISO 4217 code of the currency the source states (`USD`, `EUR`, `XOF`).' }),
            /** What time the amount covers, as text: `2019-2022`, `per year`. */
            period: name(LIMITS.phrase.max).optional().meta({ description: 'What time the amount covers, as text: `2019-2022`, `per year`.' }),
            /** What the amount is, as text: "EU contribution", "first phase only". */
            note: name(LIMITS.budgetNote.max).optional().meta({ description: 'What the amount is, as text: "EU contribution", "first phase only".' }),
          },
          { error: typeError('an object with `amount`, `currency` and optionally `period` and `note`') },
        )
        .optional()
        .meta({ description: 'Resources mobilised, as a cited source states them: `{ amount, currency, period?, note? }`.' }),

      /** What made it work, as short phrases: political backing, a law, a partner's data. */
      enablingFactors: list(name(LIMITS.phrase.max), 'enabling factor', 0, LIMITS.enablingFactors.max).optional().meta({
        description: "What made it work, as short phrases: political backing, a law, a partner's data.",
      }),

      /** What held it back, as short phrases. */
      constraints: list(name(LIMITS.phrase.max), 'constraint', 0, LIMITS.constraints.max).optional().meta({
        description: 'What held it back, as short phrases.',
      }),

      /** `true` keeps the practice out of the published site; it shows in development only. */
      draft: z.boolean({ error: typeError('true or false') }).default(false).meta({
        description: '`true` keeps the practice out of the published site; it shows in development only.',
      }),
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
  'buildingBlocks',
  'reach',
  'budget',
  'enablingFactors',
  'constraints',
  'draft',
] as const;

export type PracticeSchema = ReturnType<typeof practiceSchema>;
/** A practice's frontmatter once validated (cover as a path; the build has image metadata). */
export type PracticeData = z.output<PracticeSchema>;
export type Status = (typeof STATUSES)[number];
export type Scope = (typeof SCOPES)[number];
export type Language = (typeof LANGUAGES)[number];
