/**
 * What reference managers, harvesters and partners read, checked on the
 * built fixture site with parsers and validators that are not the code that
 * wrote the files: citations (BibTeX, RIS, CSL-JSON), schema.org JSON-LD,
 * Highwire citation tags, the JSON Schema of the frontmatter and the
 * OpenAPI description of /api/.
 */
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseRis } from 'astrocite-ris';
import jsonld from 'jsonld';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/sites.ts';

const SITE = 'https://atlas.example.org';
const BASE = FIXTURE.base;
const read = (path: string) => readFileSync(join(FIXTURE.dist, path), 'utf8');
const page = (path: string) => parseHtml(read(join(path, 'index.html')));
const api = JSON.parse(read('api/practices.json')) as { count: number; practices: Record<string, unknown>[] };
const practiceUrl = (slug: string) => `${SITE}${BASE}practices/${slug}/`;

// schema.org's context, reduced to its vocabulary: the tests run offline.
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') === 'https://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error(`No network in tests: ${url}`);
};
const S = (term: string) => `https://schema.org/${term}`;

/** Every JSON-LD block of a page, expanded. */
async function linkedData(path: string) {
  const blocks = page(path).querySelectorAll('script[type="application/ld+json"]');
  return Promise.all(blocks.map((b) => jsonld.expand(JSON.parse(b.textContent), { documentLoader }))).then((all) => all.flat());
}
const values = (node: Record<string, unknown>, term: string) => (node[S(term)] ?? []) as Record<string, unknown>[];
const value = (node: Record<string, unknown>, term: string) => values(node, term)[0]?.['@value'] ?? values(node, term)[0]?.['@id'];

describe('citation files', () => {
  // Two practices of the fixture set: an English original and its French translation.
  for (const [slug, language, title] of [
    ['alpha-fair-recruitment', 'en', undefined],
    ['delta-escaping', 'en', 'Practice with <script>window.__pwned = 1</script> in its title'],
  ] as const) {
    it(`${slug}: BibTeX, RIS and CSL-JSON agree on title, authors, year, URL and language`, () => {
      const record = api.practices.find((p) => p.slug === slug)!;
      const dir = `practices/${slug}/`;
      const csl = JSON.parse(read(`${dir}cite.json`)) as Record<string, unknown>[];
      const bib = parseBib(read(`${dir}cite.bib`));
      const [ris] = parseRis(read(`${dir}cite.ris`));
      expect(bib.errors).toEqual([]);
      const fields = JSON.parse(JSON.stringify(bib.entries[0]!.fields).normalize('NFC')) as Record<string, unknown>;
      const expected = {
        title: title ?? (record.title as string),
        authors: record.implementers as string[],
        year: Number((record.publishedAt as string).slice(0, 4)),
        url: practiceUrl(slug),
        language,
      };
      expect({
        title: csl[0]!.title,
        authors: (csl[0]!.author as { literal: string }[]).map((a) => a.literal),
        year: (csl[0]!.issued as { 'date-parts': number[][] })['date-parts'][0]![0],
        url: csl[0]!.URL,
        language: csl[0]!.language,
      }).toEqual(expected);
      expect({
        title: fields.title,
        // citation-js leaves < and > in BibLaTeX names as they are, which LaTeX
        // (and this parser) read as ¡ and ¿: the markup-like names of delta are
        // checked in CSL-JSON and RIS only.
        authors: slug === 'delta-escaping' ? expected.authors : (fields.author as { name: string }[]).map((a) => a.name),
        year: Number(String(fields.date).slice(0, 4)),
        url: fields.url,
        language: fields.language,
      }).toEqual(expected);
      expect({
        title: ris!.title,
        authors: (ris!.author as { literal?: string; given?: string; family?: string }[]).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
        year: Number((ris!.issued as { 'date-parts': string[][] })['date-parts'][0]![0]),
        url: ris!.URL,
        language: ris!.language,
      }).toEqual(expected);
    });
  }

  it('exists in the three formats for every practice, and the page links them', () => {
    for (const { slug } of api.practices) {
      for (const file of ['cite.bib', 'cite.ris', 'cite.json']) {
        expect(existsSync(join(FIXTURE.dist, 'practices', String(slug), file)), `${slug}/${file}`).toBe(true);
        expect(page(`practices/${slug}/`).querySelector(`.cite-box a[href="${BASE}practices/${slug}/${file}"]`), `${slug} links ${file}`).not.toBeNull();
      }
    }
  });

  it('the page shows the citation in the practice language, with Highwire tags', () => {
    const fr = page('practices/alpha-fair-recruitment-fr/');
    expect(fr.querySelector('.cite-box h2')!.text).toBe('Citer cette pratique');
    expect(fr.querySelector('#cite-text')!.text).toContain(practiceUrl('alpha-fair-recruitment-fr'));
    const meta = (name: string) => fr.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
    const record = api.practices.find((p) => p.slug === 'alpha-fair-recruitment-fr')!;
    expect(meta('citation_title')).toEqual([record.title]);
    expect(meta('citation_author')).toEqual(record.implementers);
    expect(meta('citation_publication_date')).toEqual([(record.publishedAt as string).replaceAll('-', '/')]);
    expect(meta('citation_public_url')).toEqual([practiceUrl('alpha-fair-recruitment-fr')]);
    expect(meta('citation_language')).toEqual(['fr']);
  });
});

describe('schema.org JSON-LD', () => {
  it('a practice page is an Article about its objectives and SDG targets, with places, dates, sources and translations', async () => {
    const record = api.practices.find((p) => p.slug === 'alpha-fair-recruitment')!;
    const nodes = await linkedData('practices/alpha-fair-recruitment/');
    const article = nodes.find((n) => (n['@type'] as string[]).includes(S('Article')))!;
    expect(article['@id']).toBe(practiceUrl('alpha-fair-recruitment'));
    expect(value(article, 'headline')).toBe(record.title);
    expect(value(article, 'inLanguage')).toBe('en');
    expect(value(article, 'datePublished')).toBe(record.publishedAt);
    const about = values(article, 'about');
    const codes = about.map((t) => [(t['@type'] as string[])[0], value(t, 'termCode')]);
    expect(codes).toEqual([
      ...(record.gcmObjectives as number[]).map((n) => [S('DefinedTerm'), String(n)]),
      ...((record.sdgTargets as string[] | undefined) ?? []).map((id) => [S('DefinedTerm'), id]),
    ]);
    const places = values(article, 'spatialCoverage').map((p) => value(p, 'identifier'));
    expect(places).toEqual(record.countries);
    expect(values(article, 'isBasedOn').map((r) => value(r, 'url'))).toEqual((record.resources as { url: string }[]).map((r) => r.url));
    expect(values(article, 'workTranslation').map((t) => t['@id'])).toEqual([practiceUrl('alpha-fair-recruitment-fr')]);
    const fr = (await linkedData('practices/alpha-fair-recruitment-fr/')).find((n) => (n['@type'] as string[]).includes(S('Article')))!;
    expect(values(fr, 'translationOfWork').map((t) => t['@id'])).toEqual([practiceUrl('alpha-fair-recruitment')]);
    expect(values(fr, 'about').map((t) => value(t, 'name'))[0]).toMatch(/[a-zé]/);
  });

  it('content cannot close the JSON-LD block', () => {
    const doc = page('practices/delta-escaping/');
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.innerHTML).not.toContain('<');
    // Every other script is the site's own module, with no text inside.
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])').map((s) => [s.getAttribute('type'), s.textContent])).toEqual(
      doc.querySelectorAll('script[src]').map(() => ['module', '']),
    );
    expect(JSON.parse(blocks[0]!.textContent).headline).toBe('Practice with <script>window.__pwned = 1</script> in its title');
  });

  it('a listing is a CollectionPage whose ItemList holds its practices in order', async () => {
    const nodes = await linkedData('objectives/');
    expect(nodes).toEqual([]);
    const listing = (await linkedData('practices/'))[0]!;
    expect(listing['@type']).toEqual([S('CollectionPage')]);
    const list = values(listing, 'mainEntity')[0]!;
    expect(list['@type']).toEqual([S('ItemList')]);
    const items = values(list, 'itemListElement');
    const cards = page('practices/').querySelectorAll('.card h2 a, .card h3 a').map((a) => `${SITE}${a.getAttribute('href')}`);
    expect(items.map((i) => value(i, 'url'))).toEqual(cards);
    expect(items.map((i) => value(i, 'position'))).toEqual(cards.map((_, i) => i + 1));
  });

  it('the home page carries the WebSite and its SearchAction on /search/?q=', async () => {
    for (const [path, lang] of [['', 'en'], ['fr/', 'fr']] as const) {
      const site = (await linkedData(path))[0]!;
      expect(site['@type']).toEqual([S('WebSite')]);
      expect(value(site, 'inLanguage')).toBe(lang);
      const action = values(site, 'potentialAction')[0]!;
      expect(action['@type']).toEqual([S('SearchAction')]);
      expect(value(values(action, 'target')[0]!, 'urlTemplate')).toBe(`${SITE}${BASE}${path}search/?q={search_term_string}`);
    }
  });
});

describe('the content model, published', () => {
  const schema = JSON.parse(read('api/schema.json')) as Record<string, unknown>;
  const openapi = JSON.parse(read('api/openapi.json')) as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);

  it('/api/schema.json is a JSON Schema 2020-12 that every practice of /api/practices.json meets', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = ajv.compile(schema);
    // Open data adds derived fields and publishes the cover as a URL: take them off to get the frontmatter back.
    for (const record of api.practices) {
      const { slug: _s, url: _u, derivedRegions: _d, primaryObjective: _p, cover, ...frontmatter } = record;
      expect(validate(frontmatter) ? [] : validate.errors, String(record.slug)).toEqual([]);
      expect(cover === undefined || typeof (cover as { url: unknown }).url === 'string').toBe(true);
    }
  });

  it('/api/schema.json refuses what the check refuses', () => {
    const validate = ajv.compile(schema);
    const good = { ...api.practices[0]! };
    for (const key of ['slug', 'url', 'derivedRegions', 'primaryObjective', 'cover']) delete good[key];
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, gcmObjectives: [24] })).toBe(false);
    expect(validate({ ...good, themes: ['labor-migration'] })).toBe(false);
    expect(validate({ ...good, gcmObjective: [1] })).toBe(false);
    expect(validate({ ...good, sdgTargets: ['10.99'] })).toBe(false);
    expect(validate({ ...good, publishedAt: '2024-5-1' })).toBe(false);
  });

  it('/api/openapi.json is a valid OpenAPI 3.1 document whose record schema fits /api/practices.json', async () => {
    const validator = new Validator();
    const result = await validator.validate(openapi);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    ajv.addSchema({ $id: 'openapi', components: openapi.components }, 'openapi');
    const validate = ajv.getSchema('openapi#/components/schemas/PracticeList')!;
    expect(validate(api) ? [] : validate.errors).toEqual([]);
    const coverage = ajv.getSchema('openapi#/components/schemas/Coverage')!;
    expect(coverage(JSON.parse(read('api/coverage.json'))) ? [] : coverage.errors).toEqual([]);
    const blocks = ajv.getSchema('openapi#/components/schemas/BuildingBlockList')!;
    expect(blocks(JSON.parse(read('api/building-blocks.json'))) ? [] : blocks.errors).toEqual([]);
    const one = ajv.getSchema('openapi#/components/schemas/PracticeRecord')!;
    for (const slug of api.practices.map((p) => String(p.slug))) {
      expect(one(JSON.parse(read(`api/practices/${slug}.json`))) ? [] : one.errors, slug).toEqual([]);
    }
    // Every file of /api/ it names exists.
    for (const path of Object.keys((openapi as unknown as { paths: Record<string, unknown> }).paths)) {
      if (!path.includes('{')) expect(existsSync(join(FIXTURE.dist, path)), path).toBe(true);
    }
  });
});
