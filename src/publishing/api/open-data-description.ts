/**
 * The OpenAPI 3.1 description of everything under `/api/`, for partners who
 * generate clients or validate their copies. Its schemas are built from the
 * practice's JSON Schema (`/api/schema.json`), so the two cannot drift.
 */

type Schema = Record<string, unknown>;

const json = (schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const count = { type: 'integer', minimum: 0 };
const counts = { type: 'object', additionalProperties: count };

/**
 * A record of `/api/practices.json`: the frontmatter as the check read it
 * (dates as text, defaults filled in), without `draft`, with its derived
 * fields and the cover as a public URL.
 */
export function practiceRecordSchema(frontmatter: Schema): Schema {
  const { $schema: _s, $id: _i, title: _t, properties, required, ...rest } = frontmatter as {
    properties: Record<string, Schema>;
    required?: string[];
  } & Schema;
  const { draft: _draft, cover, ...fields } = properties;
  const asText = (date: Schema | undefined) => ({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: date?.description });
  const period = fields.period as { properties: Record<string, Schema> } & Schema;
  return {
    ...rest,
    description: 'One published practice: its frontmatter, derived scope, regions and primary objective, and its public URL.',
    properties: {
      slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Permanent id of the practice; the last segment of its URL.' },
      url: { type: 'string', format: 'uri', description: 'Absolute URL of the practice page.' },
      ...fields,
      statusAsOf: asText(fields.statusAsOf),
      period: {
        ...period,
        properties: { start: asText(period.properties.start), end: asText(period.properties.end) },
      },
      scope: { ...fields.scope, description: 'Scope as written, or derived from countries and regions.' },
      language: { ...fields.language, default: undefined },
      derivedRegions: {
        type: 'array',
        items: { type: 'string' },
        description: 'Every region the practice is found under: those of its countries and those it names, with their parents.',
      },
      primaryObjective: { type: 'integer', minimum: 1, maximum: 23, description: 'The first of gcmObjectives.' },
      ...(cover
        ? {
            cover: {
              type: 'object',
              properties: { url: { type: 'string', format: 'uri' }, alt: { type: 'string' } },
              required: ['alt'],
              additionalProperties: false,
              description: 'The cover image as published, with its alt text.',
            },
          }
        : {}),
    },
    required: [...new Set([...(required ?? []), 'slug', 'url', 'scope', 'language', 'derivedRegions', 'primaryObjective'])],
  };
}

export function openDataDescription(input: { siteUrl: string; frontmatter: Schema; version: string }): Schema {
  const record = { $ref: '#/components/schemas/PracticeRecord' };
  const list = {
    type: 'object',
    properties: { count, practices: { type: 'array', items: record } },
    required: ['count', 'practices'],
    additionalProperties: false,
  };
  const listRef = { $ref: '#/components/schemas/PracticeList' };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Practice Atlas open data',
      version: input.version,
      summary: 'Migration-governance practices as open data: static files, no key, CORS open.',
      description:
        'Every file is static and rebuilt with the site. Drafts never appear. ' +
        'The frontmatter of a practice is described by /api/schema.json (JSON Schema 2020-12).',
    },
    servers: [{ url: input.siteUrl }],
    paths: {
      '/api/practices.json': {
        get: { operationId: 'listPractices', summary: 'Every published practice, newest first', responses: { '200': json(listRef, 'The practices.') } },
      },
      '/api/practices.csv': {
        get: {
          operationId: 'listPracticesCsv',
          summary: 'Every published practice as CSV (lists joined with "; ", cells safe for spreadsheets)',
          responses: { '200': { description: 'The practices, one row each.', content: { 'text/csv': { schema: { type: 'string' } } } } },
        },
      },
      '/api/{facet}/{id}.json': {
        get: {
          operationId: 'listPracticesOfTerm',
          summary: 'The practices of one GCM objective, theme or region, in the shape of /api/practices.json',
          parameters: [
            { name: 'facet', in: 'path', required: true, schema: { type: 'string', enum: ['objectives', 'themes', 'regions'] } },
            { name: 'id', in: 'path', required: true, description: 'An objective number (1-23), a theme id or a region id.', schema: { type: 'string' } },
          ],
          responses: { '200': json(listRef, 'The practices of that term.'), '404': { description: 'No such term.' } },
        },
      },
      '/api/practices/{slug}.json': {
        get: {
          operationId: 'getPractice',
          summary: 'One practice: its record of /api/practices.json (a translation lists the building blocks of its original too)',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } }],
          responses: { '200': json(record, 'The practice.'), '404': { description: 'No such practice.' } },
        },
      },
      '/api/building-blocks.json': {
        get: {
          operationId: 'listBuildingBlocks',
          summary: 'Every published building block, its translations and the practices that use it',
          responses: { '200': json({ $ref: '#/components/schemas/BuildingBlockList' }, 'The building blocks.') },
        },
      },
      '/api/coverage.json': {
        get: {
          operationId: 'coverage',
          summary: 'The counts behind /coverage/: per country, objective × region, SDG target and year',
          responses: { '200': json({ $ref: '#/components/schemas/Coverage' }, 'The counts.') },
        },
      },
      '/api/schema.json': {
        get: {
          operationId: 'practiceSchema',
          summary: 'The JSON Schema (2020-12) of the frontmatter of a practice',
          responses: { '200': json({ type: 'object' }, 'A JSON Schema document.') },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openApi', summary: 'This description', responses: { '200': json({ type: 'object' }, 'An OpenAPI 3.1 document.') } },
      },
    },
    components: {
      schemas: {
        PracticeRecord: practiceRecordSchema(input.frontmatter),
        PracticeList: list,
        BuildingBlockList: {
          type: 'object',
          properties: {
            count,
            buildingBlocks: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
                  url: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  summary: { type: 'string' },
                  gcmObjectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 }, minItems: 1 },
                  themes: { type: 'array', items: { type: 'string' }, minItems: 1 },
                  language: { enum: ['en', 'fr', 'es'] },
                  translations: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { language: { enum: ['en', 'fr', 'es'] }, title: { type: 'string' }, summary: { type: 'string' } },
                      required: ['language', 'title', 'summary'],
                      additionalProperties: false,
                    },
                  },
                  practices: { type: 'array', items: { type: 'string' }, description: 'Slugs of the practices (any language version) that name the block.' },
                },
                required: ['id', 'url', 'title', 'summary', 'gcmObjectives', 'themes', 'language', 'translations', 'practices'],
                additionalProperties: false,
              },
            },
          },
          required: ['count', 'buildingBlocks'],
          additionalProperties: false,
        },
        Coverage: {
          type: 'object',
          properties: {
            total: count,
            regions: { type: 'array', items: { type: 'string' }, description: 'The five UN M49 regions, the columns of `objectives`.' },
            countries: { ...counts, description: 'Practices per country (ISO 3166-1 alpha-3).' },
            withoutCountry: {
              type: 'object',
              properties: { regions: counts, global: count },
              required: ['regions', 'global'],
            },
            objectives: {
              type: 'array',
              items: {
                type: 'object',
                properties: { objective: { type: 'integer', minimum: 1, maximum: 23 }, regions: counts, total: count },
                required: ['objective', 'regions', 'total'],
              },
            },
            sdgGoals: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  goal: { type: 'integer', minimum: 1, maximum: 17 },
                  targets: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, count }, required: ['id', 'count'] } },
                  targetCount: count,
                },
                required: ['goal', 'targets', 'targetCount'],
              },
            },
            years: {
              type: 'array',
              items: { type: 'object', properties: { year: { type: 'integer' }, count }, required: ['year', 'count'] },
            },
          },
          required: ['total', 'regions', 'countries', 'withoutCountry', 'objectives', 'sdgGoals', 'years'],
        },
      },
    },
  };
}
