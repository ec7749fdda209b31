import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/publishing/feeds/atom-feed.ts';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { escapeXml } from '../../src/publishing/feeds/escape-xml.ts';
import { FEED_ENTRY_LIMIT, practiceFeed } from '../../src/publishing/feeds/feed-model.ts';
import { feedSources } from '../../src/publishing/feeds/feed-sources.ts';
import { JSON_FEED_VERSION, jsonFeed } from '../../src/publishing/feeds/json-feed.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { openDataPaths } from '../../src/publishing/api/open-data-paths.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const vocab = loadVocabularies();
const t = useTranslations('en');

const practice = practiceEntry;

const options = {
  site: 'https://atlas.example.org',
  base: '/hub/',
  title: 'Practice Atlas: All practices',
  description: 'Every practice.',
  homePath: '/practices/',
  atomPath: openDataPaths.feed('atom'),
  jsonPath: openDataPaths.feed('json'),
  siteName: 'Practice Atlas',
  rights: 'Content under CC BY 4.0',
  siteUpdated: '2025-03-01',
  labels: { objective: (n: number) => `Objective ${n}`, theme: (id: string) => id.toUpperCase(), block: (id: string) => `Block ${id}` },
};

const hostile = practice('escaping', {
  title: 'Tom & Jerry <script>alert(1)</script> ]]> "quoted"\u0001',
  summary: 'A summary with <b>markup</b> & an ampersand, shown as text.',
  publishedAt: '2025-02-01',
  updatedAt: '2025-02-15',
  language: 'fr',
});
const catalog = buildCatalog([practice('older'), hostile], vocab);

describe('feed model', () => {
  it('lists practices newest first with absolute URLs and RFC 3339 dates', () => {
    const feed = practiceFeed(catalog.practices, options);
    expect(feed.entries.map((e) => e.id)).toEqual([
      'https://atlas.example.org/hub/practices/escaping/',
      'https://atlas.example.org/hub/practices/older/',
    ]);
    expect(feed.updated).toBe('2025-02-15T00:00:00Z');
    expect(feed.atomUrl).toBe('https://atlas.example.org/hub/feeds/practices.xml');
    expect(feed.entries[0]).toMatchObject({ published: '2025-02-01T00:00:00Z', updated: '2025-02-15T00:00:00Z', language: 'fr' });
  });

  it('keeps a stable date for an empty feed and cuts long ones', () => {
    expect(practiceFeed([], options).updated).toBe('2025-03-01T00:00:00Z');
    const many = buildCatalog(Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, i) => practice(`p${i}`)), vocab);
    expect(practiceFeed(many.practices, options).entries).toHaveLength(FEED_ENTRY_LIMIT);
  });

  it('has a feed for all practices and for every objective, theme and region', () => {
    const sources = feedSources(catalog, vocab, t);
    expect(sources.filter((s) => !s.facet)).toHaveLength(1);
    expect(sources.filter((s) => s.facet === 'objectives')).toHaveLength(23);
    expect(sources.filter((s) => s.facet === 'themes')).toHaveLength(vocab.themes.size);
    expect(sources.filter((s) => s.facet === 'regions')).toHaveLength(vocab.regions.size);
    expect(sources.find((s) => s.facet === 'objectives' && s.id === '23')!.practices.map((p) => p.slug)).toEqual(['escaping', 'older']);
  });
});

describe('Atom', () => {
  const xml = atomFeed(practiceFeed(catalog.practices, options));
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' || name === 'category' }).parse(xml);

  it('is well-formed XML with the elements RFC 4287 requires', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://atlas.example.org/hub/practices/');
    expect(feed.title).toBe(options.title);
    expect(feed.updated).toBe('2025-02-15T00:00:00.000Z');
    expect(feed.author.name).toBe('Practice Atlas');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe('https://atlas.example.org/hub/feeds/practices.xml');
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
      expect(entry.link[0]['@href']).toBe(entry.id);
    }
  });

  it('escapes text so that readers show it as plain text', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0001');
    const entry = doc.feed.entry[0];
    // The feed package sends titles as HTML: escaped once more, they read as the text they are.
    expect(entry.title['@type']).toBe('html');
    expect(entry.title['#text']).toBe(escapeXml(hostile.data.title));
    expect(xml).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &quot;quoted&quot;');
    expect(entry.category.map((c: Record<string, string>) => c['@label'])).toEqual(['Objective 23', 'INTERNATIONAL-COOPERATION']);
    expect(escapeXml('a"b<c>&')).toBe('a&quot;b&lt;c&gt;&amp;');
  });
});

describe('JSON Feed', () => {
  const feed = JSON.parse(jsonFeed(practiceFeed(catalog.practices, options)));

  it('has the required fields and one item per practice', () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.version).toBe('https://jsonfeed.org/version/1');
    expect(feed.title).toBe(options.title);
    expect(feed.feed_url).toBe('https://atlas.example.org/hub/feeds/practices.json');
    expect(feed.home_page_url).toBe('https://atlas.example.org/hub/practices/');
    expect(feed.author).toEqual({ name: 'Practice Atlas', url: 'https://atlas.example.org/hub/' });
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toBe(item.id);
      // Summaries are plain text, escaped into content_html.
      expect(item.content_html).toBeTruthy();
      expect(item.date_published).toMatch(/T00:00:00\.000Z$/);
    }
    expect(feed.items[0].title).toContain('<script>');
    expect(feed.items[0].content_html).toBe('A summary with &lt;b&gt;markup&lt;/b&gt; &amp; an ampersand, shown as text.');
  });
});
