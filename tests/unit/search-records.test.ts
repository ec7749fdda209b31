/**
 * The manifest and the search records made from it, against the contract
 * (CONTENT-MODEL.md's query parameters, issue 20's cross-language search,
 * the labels of content/taxonomies): every expected value is written here
 * by hand, and the record documents are read back by Pagefind itself.
 */
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog, type PracticeFields } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { buildManifest, type ManifestBody } from '../../src/catalogue/manifest.ts';
import { recordDocument } from '../../src/search/record-document.ts';
import { mdxSourceHtml } from '../../src/search/mdx-source-html.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const vocab = loadVocabularies();
type Extra = { partners?: string[]; resources?: { title: string; url: string; type?: string }[]; cover?: { alt: string } };
const entry = (slug: string, fields: Partial<PracticeFields> & Extra) => practiceEntry(slug, fields as Partial<PracticeFields>) as { slug: string; data: PracticeFields & Extra };

const ORIGINAL_BODY = '<h2 id="context">Context</h2>\n<p>Recruiters in Kailahun signed a code.</p>\n<h2 id="lessons-learned">Lessons learned</h2>\n<p>Ledgers first.</p>';
const entries = [
  entry('orig', {
    title: 'Fish & <b>chips</b> "desk"',
    summary: 'A desk for workers <script>alert(1)</script>',
    gcmObjectives: [6],
    themes: ['labour-migration'],
    countries: ['SLE'],
    status: 'ongoing',
    statusAsOf: '2021-06',
    publishedAt: '2025-01-10',
    buildingBlocks: ['block-one', 'not-published'],
    partners: ['Partner <i>Org</i>'],
    resources: [{ title: 'Annual report', url: 'https://www.example.org/r.pdf', type: 'report' }],
    cover: { alt: 'Workers at a desk' },
  }),
  entry('orig-fr', { title: 'Guichet', language: 'fr', translationOf: 'orig', gcmObjectives: [6], themes: ['labour-migration'], countries: ['SLE'], publishedAt: '2025-02-01', resources: [{ title: 'Rapport annuel', url: 'https://example.org/r.pdf', type: 'report' }] }),
  entry('solo', { title: 'Solo', language: 'es', publishedAt: '2024-05-05' }),
];
const SOLO_MDX = '## Contexto\n\nUn <Nota>componente</Nota> {/* nota */} y más.';
const bodies: Record<string, ManifestBody> = {
  orig: { html: ORIGINAL_BODY },
  'orig-fr': { html: '<h2 id="contexte">Contexte</h2><p>Texte.</p>' },
  solo: { mdx: SOLO_MDX },
};
const manifestOf = (list: typeof entries) =>
  buildManifest({
    catalog: buildCatalog(list, vocab),
    vocab,
    blocks: new Map([['block-one', { titles: ['Block one', 'Bloc un'] }]]),
    body: (slug) => bodies[slug]!,
    today: new Date('2026-12-01T00:00:00Z'),
    engine: '1.6.0',
  });
const manifest = manifestOf(entries);
const orig = manifest.bySlug.get('orig')!;
const fr = manifest.bySlug.get('orig-fr')!;
const solo = manifest.bySlug.get('solo')!;

afterAll(async () => {
  await pagefind.close();
});

describe('the manifest', () => {
  it('lists each version in its language, and the original wherever the practice has no version', () => {
    expect(orig.listedIn).toEqual(['en', 'es']);
    expect(fr.listedIn).toEqual(['fr']);
    expect(solo.listedIn).toEqual(['en', 'fr', 'es']);
  });

  it('names each language’s version, or the page saying there is none, by the original’s slug', () => {
    const expected = [
      { lang: 'en', path: '/practices/orig/' },
      { lang: 'fr', path: '/practices/orig-fr/' },
      { lang: 'es', path: '/es/untranslated/orig/', missing: true },
    ];
    expect(orig.alternates).toEqual(expected);
    expect(fr.alternates).toEqual(expected);
    expect(solo.alternates).toEqual([
      { lang: 'en', path: '/untranslated/solo/', missing: true },
      { lang: 'fr', path: '/fr/untranslated/solo/', missing: true },
      { lang: 'es', path: '/practices/solo/' },
    ]);
  });

  it('gives a translation the published blocks of its original, and words resource types in the practice’s language', () => {
    expect(orig.record.filters.block).toEqual(['block-one']);
    expect(fr.record.filters.block).toEqual(['block-one']);
    expect(orig.resources).toEqual([{ title: 'Annual report', url: 'https://www.example.org/r.pdf', type: 'Report' }]);
    expect(fr.resources).toEqual([{ title: 'Rapport annuel', url: 'https://example.org/r.pdf', type: 'Rapport' }]);
  });

  it('says when an ongoing status was last confirmed more than three years before the build', () => {
    expect(orig.record.meta.staleSince).toBe('2021');
    expect(fr.record.meta).not.toHaveProperty('staleSince');
  });

  it('refuses a practice in a language the site does not have, rather than list it under another', () => {
    expect(() => manifestOf([...entries, entry('german', { language: 'de' as never })])).toThrowErrorMatchingInlineSnapshot(
      `[Error: german: language "de" is not one of the site's (en, fr, es).]`,
    );
  });

  it('has a tag that stays with the same records and changes with any of them', () => {
    expect(manifest.tag).toMatch(/^[0-9a-f]{12}$/);
    expect(manifestOf(entries).tag).toBe(manifest.tag);
    const changed = entries.map((e) => (e.slug === 'solo' ? { ...e, data: { ...e.data, summary: 'Another summary' } } : e));
    expect(manifestOf(changed).tag).not.toBe(manifest.tag);
  });
});

describe('a record document', () => {
  const filters = (html: string) => {
    const out: Record<string, string[]> = {};
    for (const el of parse(html).querySelectorAll('[data-pagefind-filter]')) (out[el.getAttribute('data-pagefind-filter')!] ??= []).push(el.text);
    return out;
  };

  it('is in the index’s language, with a URL of its own in another language’s index', () => {
    expect(recordDocument(orig, 'en').url).toBe('/practices/orig/');
    expect(recordDocument(orig, 'es').url).toBe('/practices/orig/?lang=es');
    expect(parse(recordDocument(orig, 'es').content).querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(() => recordDocument(fr, 'en')).toThrowErrorMatchingInlineSnapshot(`[Error: orig-fr is not listed in the search of en (listedIn: fr).]`);
  });

  it('holds the filters of the query parameters (none for a parameter without values), regions with their parents, and the languages that list it', () => {
    expect(filters(recordDocument(orig, 'es').content)).toEqual({
      objective: ['6'],
      region: expect.arrayContaining(['africa', 'sub-saharan-africa', 'western-africa']),
      country: ['SLE'],
      theme: ['labour-migration'],
      status: ['ongoing'],
      block: ['block-one'],
      listedIn: ['en', 'es'],
    } as never);
    const doc = parse(recordDocument(orig, 'es').content);
    expect(doc.querySelectorAll('[data-pagefind-filter="region"]').map((e) => e.text).sort()).toEqual(['africa', 'sub-saharan-africa', 'western-africa']);
    expect(doc.querySelector('[data-pagefind-sort="date"]')!.text).toMatch(/^2025-01-10\.\d+$/);
  });

  it('keeps the body’s sections with the ids of the page, and leaves no value unescaped', () => {
    const doc = parse(recordDocument(orig, 'en').content);
    const body = doc.querySelector('[data-pagefind-body]')!;
    expect(body.querySelectorAll('h2').map((h) => h.id)).toEqual(['context', 'lessons-learned', 'resources-title']);
    expect(body.querySelector('h1')!.text).toBe('Fish & <b>chips</b> "desk"');
    expect(doc.querySelectorAll('script, b, i')).toHaveLength(0);
    expect(body.text).toContain('Annual report (Report) example.org');
    expect(body.text).toContain('Workers at a desk');
  });

  it('is read by Pagefind with the title, summary, place and labels in the index’s language, and the organisations apart', async () => {
    const { index } = await pagefind.createIndex({});
    try {
      const { errors, file } = await index!.addHTMLFile(recordDocument(orig, 'es'));
      expect(errors).toEqual([]);
      expect(file.url).toBe('/practices/orig/?lang=es');
      expect(file.meta.title).toBe('Fish & <b>chips</b> "desk"');
      expect(file.meta.summary).toBe('A desk for workers <script>alert(1)</script>');
      expect(file.meta.place).toBe('Sierra Leona');
      expect(file.meta.lang).toBe('en');
      expect(file.meta.staleSince).toBe('2021');
      expect(file.meta.orgs).toBe('Partner <i>Org</i>');
      // Objective 6 (short and official title), theme, country and regions in Spanish, and the block's titles.
      const tags = file.meta.tags!.split(' · ');
      expect(tags).toEqual(
        expect.arrayContaining(['Contratación y trabajo decente', 'Migración laboral', 'Sierra Leona', 'África', 'Block one', 'Bloc un']),
      );
      expect(tags).not.toContain('Labour migration');
      expect(tags.some((t) => t.startsWith('Facilitar la contratación equitativa y ética'))).toBe(true);
    } finally {
      await index!.deleteIndex();
    }
  });
});

describe('the body of an MDX practice, from its source', () => {
  it('keeps Markdown’s elements and a component’s text, with Astro’s heading ids, and drops comments', () => {
    expect(mdxSourceHtml(SOLO_MDX)).toBe('<h2 id="contexto">Contexto</h2>\n<p>Un componente  y más.</p>');
    expect(mdxSourceHtml('## What was done\n\nA.\n\n## What was done\n\n# Étude & co')).toBe(
      '<h2 id="what-was-done">What was done</h2>\n<p>A.</p>\n<h2 id="what-was-done-1">What was done</h2>\n<h1 id="étude--co">Étude &amp; co</h1>',
    );
  });

  it('escapes text and writes no attribute a body could smuggle', () => {
    // `&lt;b&gt;` is Markdown for the text "<b>", written back escaped once.
    expect(mdxSourceHtml('A &lt;b&gt; <Box onClick="x" title="y">in</Box> ![alt "q"](x.png)')).toBe('<p>A &lt;b&gt; in <img alt="alt &quot;q&quot;"></p>');
  });
});
