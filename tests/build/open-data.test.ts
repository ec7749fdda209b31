/**
 * Feeds, open data and embed data of the real site, checked against the
 * content files: every feed parses and has what its format requires; the CSV
 * matches /api/practices.json row by row; the facet JSON files and the search
 * index hold exactly the practices they should; the embed stays small.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { pickLanguageVersions } from '../../src/i18n/pick-language-versions.ts';
import { buildCatalog, type Catalog } from '../../src/catalogue/build-catalog.ts';
import { FEED_ENTRY_LIMIT } from '../../src/publishing/feeds/feed-model.ts';
import { escapeXml } from '../../src/publishing/feeds/escape-xml.ts';
import { JSON_FEED_VERSION } from '../../src/publishing/feeds/json-feed.ts';
import { feedSources, type FeedSource } from '../../src/publishing/feeds/feed-sources.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { openDataPaths } from '../../src/publishing/api/open-data-paths.ts';
import { PRACTICE_CSV_COLUMNS, type PracticeExportRecord } from '../../src/search/results-export.ts';
import { headersFor, parseHeadersFile } from '../../src/publishing/security-headers.ts';
import { validatePractices } from '../../src/catalogue/validate-practices.ts';
import { REAL, ROOT } from '../support/sites.ts';

const SITE = 'https://atlas.example.org';
const vocab = loadVocabularies();
let catalog: Catalog;
let sources: FeedSource[];
let dataSources: FeedSource[];
let api: { count: number; practices: PracticeExportRecord[] };

const file = (path: string) => join(REAL.dist, path.replace(/^\//, ''));
const read = (path: string) => readFileSync(file(path), 'utf8');
const practiceUrl = (slug: string) => `${SITE}/practices/${slug}/`;

beforeAll(async () => {
  const result = await validatePractices({ dir: join(REAL.content, 'practices') });
  catalog = buildCatalog(result.practices.map((p) => ({ slug: p.slug, data: p.data })), vocab);
  // The English feeds: each practice once, in English where it has an English version.
  sources = feedSources(catalog, vocab, useTranslations('en'), 'en');
  // Open data: every practice of every language.
  dataSources = feedSources(catalog, vocab, useTranslations('en'));
  api = JSON.parse(read(openDataPaths.json()));
});

describe('feeds', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
  });

  it('exist for all practices and each objective, theme and region, in both formats', () => {
    expect(sources).toHaveLength(1 + 23 + vocab.themes.size + vocab.regions.size);
    for (const s of sources) {
      for (const format of ['atom', 'json'] as const) expect(existsSync(file(openDataPaths.feed(format, s.facet, s.id))), `${s.facet}/${s.id} ${format}`).toBe(true);
    }
  });

  it('Atom: well-formed, with feed id, title, updated, author, and entries with id, title, updated and link', () => {
    for (const s of sources) {
      const path = openDataPaths.feed('atom', s.facet, s.id);
      const text = read(path);
      expect(SyntaxValidator.validate(text), path).toBe(true);
      const feed = xml.parse(text).feed;
      expect(feed['@xmlns'], path).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id, path).toBe(`${SITE}${s.homePath}`);
      expect(feed.title, path).toBe(`Practice Atlas: ${s.title}`);
      expect(feed.updated, path).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(feed.author[0].name, path).toBe('Practice Atlas');
      expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href'], path).toBe(SITE + path);
      const entries: Record<string, unknown>[] = feed.entry ?? [];
      expect(entries.map((e) => e.id), path).toEqual(s.practices.slice(0, FEED_ENTRY_LIMIT).map((p) => practiceUrl(p.slug)));
      for (const e of entries as { id: string; title: { '#text': string }; updated: string; link: Record<string, string>[] }[]) {
        // Sent as HTML by the feed package, so escaped: readers show the plain text.
        expect(e.title['#text'], path).toBe(escapeXml(catalog.bySlug.get(e.id.split('/').at(-2)!)!.data.title));
        expect(e.updated, path).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
        expect(e.link[0]!['@href'], path).toBe(e.id);
      }
    }
  });

  it('JSON Feed: version, title, feed_url and items with id, url and text', () => {
    for (const s of sources) {
      const path = openDataPaths.feed('json', s.facet, s.id);
      const feed = JSON.parse(read(path));
      expect(feed.version, path).toBe(JSON_FEED_VERSION);
      expect(feed.title, path).toBe(`Practice Atlas: ${s.title}`);
      expect(feed.feed_url, path).toBe(SITE + path);
      expect(feed.home_page_url, path).toBe(`${SITE}${s.homePath}`);
      expect(Array.isArray(feed.items), path).toBe(true);
      expect(feed.items.map((i: { id: string }) => i.id), path).toEqual(s.practices.slice(0, FEED_ENTRY_LIMIT).map((p) => practiceUrl(p.slug)));
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(item.url).toBe(item.id);
        expect(item.content_text || item.content_html).toBeTruthy();
        expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
      }
    }
  });

  it('all-practices feeds follow /practices/ and list every practice once, newest first', () => {
    const feed = JSON.parse(read(openDataPaths.feed('json')));
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(sources[0]!.practices.slice(0, FEED_ENTRY_LIMIT).map((p) => practiceUrl(p.slug)));
  });
});

describe('open data', () => {
  it('/api/practices.csv parses and matches /api/practices.json row by row', () => {
    const rows = parseCsv(read(openDataPaths.csv())) as string[][];
    const [header, ...body] = rows;
    expect(header).toEqual(PRACTICE_CSV_COLUMNS.map((c) => c.name));
    expect(body).toHaveLength(api.count);
    expect(api.count).toBe(catalog.practices.length);
    body.forEach((row, i) => {
      const record = api.practices[i]!;
      const cell = (name: string) => row[header!.indexOf(name)];
      const list = (v: unknown[] | undefined) => (v ?? []).join(';');
      expect(cell('slug')).toBe(record.slug);
      expect(cell('url')).toBe(record.url);
      expect(cell('title')).toBe(record.title);
      expect(cell('summary')).toBe(record.summary);
      expect(cell('primaryObjective')).toBe(String(record.primaryObjective));
      for (const name of ['gcmObjectives', 'themes', 'sdgTargets', 'guidingPrinciples', 'countries', 'regions', 'derivedRegions', 'implementers', 'partners', 'funders'] as const) {
        expect(cell(name), `${record.slug} ${name}`).toBe(list(record[name]));
      }
      for (const name of ['scope', 'practiceType', 'status', 'evaluation', 'publishedAt', 'updatedAt', 'language', 'translationOf'] as const) {
        expect(cell(name), `${record.slug} ${name}`).toBe(record[name] ?? '');
      }
      expect(cell('periodStart')).toBe(record.period.start);
      expect(cell('periodEnd')).toBe(record.period.end ?? '');
      expect(cell('coverUrl')).toBe(record.cover?.url ?? '');
      expect(cell('coverAlt')).toBe(record.cover?.alt ?? '');
      expect(cell('resourceUrls')).toBe(list(record.resources?.map((r) => r.url)));
      expect(cell('contactEmail')).toBe(record.contact?.email ?? '');
    });
  });

  it('/api/<objectives|themes|regions>/<id>.json hold the records of /api/practices.json for that value', () => {
    const bySlug = new Map(api.practices.map((p) => [p.slug, p]));
    for (const s of dataSources.filter((x) => x.facet)) {
      const data = JSON.parse(read(openDataPaths.facetJson(s.facet!, s.id!)));
      expect(data.count).toBe(s.practices.length);
      expect(data.practices).toEqual(s.practices.map((p) => bySlug.get(p.slug)));
    }
  });
});

describe('the Pagefind index', () => {
  it('holds each language’s practices, and every page that runs Pagefind carries the index’s one tag', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    // Each language's index holds what a reader of it finds: each practice once, in that language where it exists.
    for (const lang of ['en', 'es', 'fr']) {
      expect(entry.languages[lang]?.page_count, lang).toBe(pickLanguageVersions(catalog.practices, lang, catalog.translations).length);
    }
    const pages = ['search/index.html', 'fr/search/index.html', 'es/search/index.html', 'embed/index.html', 'fr/embed/index.html', 'es/embed/index.html'];
    const tags = new Set(pages.map((page) => parseHtml(read(page)).querySelector('[data-bundle]')!.getAttribute('data-bundle')));
    expect(tags.size).toBe(1);
    expect([...tags][0]).toMatch(/^[0-9a-f]{12}$/);
    expect(existsSync(file('pagefind/result-urls.json'))).toBe(false);
  });
});

describe('embed', () => {
  it('has no inline script or style on /embed/ and /embed/builder/', () => {
    for (const path of ['embed/index.html', 'embed/builder/index.html']) {
      const doc = parseHtml(read(path));
      for (const s of doc.querySelectorAll('script')) expect(s.getAttribute('src'), path).toBeTruthy();
      expect(doc.querySelectorAll('style, [style]'), path).toHaveLength(0);
    }
  });

  it('is small: /embed/ (HTML, CSS, JS) under 20 KB gzipped, /embed.js under 2 KB', () => {
    const html = read('embed/index.html');
    const doc = parseHtml(html);
    const assets = [
      ...doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ];
    // Static imports of the entry script load too.
    const js = assets.filter((a) => a.endsWith('.js'));
    for (const entry of js) for (const [, dep] of read(entry).matchAll(/from"\.\/([^"]+\.js)"/g)) assets.push(entry.replace(/[^/]+$/, dep!));
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const page = gz(html) + assets.reduce((sum, a) => sum + gz(read(a)), 0);
    console.log(`embed view: ${page} B gzipped; embed.js: ${gz(read('embed.js'))} B`);
    expect(page).toBeLessThanOrEqual(20 * 1024);
    expect(gz(read('embed.js'))).toBeLessThanOrEqual(2048);
    expect(read('embed.js')).toBe(readFileSync(join(ROOT, 'public', 'embed.js'), 'utf8'));
  });

  it('is served with frame-ancestors * on /embed/ only, and CORS on embed.js, feeds, open data and the index', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(headersFor(rules, '/embed/')['Content-Security-Policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/search/', '/practices/', '/objectives/23/']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toContain("frame-ancestors 'self'");
    }
    for (const path of ['/embed.js', '/feeds/practices.xml', '/api/practices.csv', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
  });

  it('lets only the pages that run Pagefind run WebAssembly and workers', () => {
    const rules = parseHeadersFile(read('_headers'));
    const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';
    for (const path of ['/search/', '/fr/search/', '/es/search/', '/embed/']) {
      expect(csp(path), path).toContain("'wasm-unsafe-eval'");
      expect(csp(path), path).toContain("worker-src 'self'");
    }
    // Pagefind's own worker script (its own UIs) may compile its WebAssembly.
    expect(csp('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
    for (const path of ['/', '/practices/', '/practices/sierra-leone-national-migration-policy/', '/objectives/23/', '/embed.js', '/api/practices.json']) {
      expect(csp(path), path).not.toContain('wasm');
    }
  });
});
