import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { decodeEntities, excerptSegments } from '../../src/search/excerpt-segments.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { readBundle } from '../../src/client/search/bundle.ts';
import { readerLanguages } from '../../src/i18n/pick-language-versions.ts';
import { searchFilters, searchRecord, sortKeys, titleSortKeys } from '../../src/search/search-record.ts';
import { practiceEntry } from '../support/practice-entry.ts';

describe('excerpts', () => {
  it('splits Pagefind’s excerpt into text and marked text, decoding entities once', () => {
    expect(excerptSegments('A <mark>diaspora</mark> bond &amp; <mark>fund</mark>s')).toEqual([
      { text: 'A ', mark: false },
      { text: 'diaspora', mark: true },
      { text: ' bond & ', mark: false },
      { text: 'fund', mark: true },
      { text: 's', mark: false },
    ]);
    expect(decodeEntities('&amp;lt;script&amp;gt; &#39;x&#39; &#x41; &bogus;')).toBe("&lt;script&gt; 'x' A &bogus;");
  });

  it('keeps markup that is not a mark as text, never as elements', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>hit</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> bold ', mark: false },
      { text: 'hit', mark: true },
    ]);
  });
});


describe('the search record', () => {
  const vocab = loadVocabularies();
  const catalog = buildCatalog(
    [
      practiceEntry('zebra', { title: 'Zebra crossing for migrants', countries: ['SLE'], themes: ['diaspora'] }),
      practiceEntry('eclair', { title: 'Étude des migrations', language: 'fr' }),
      practiceEntry('alpha', { title: 'alpha study', partners: ['Partner <b>Org</b>'] } as never),
      practiceEntry('ecole', { title: 'École de la migration', language: 'fr' }),
    ],
    vocab,
  );

  it('sorts titles in one alphabetical order, accents and case aside, as padded keys Pagefind compares as strings', () => {
    const keys = titleSortKeys(catalog.practices);
    expect(Object.fromEntries(keys)).toEqual({ alpha: '0', ecole: '1', eclair: '2', zebra: '3' });
  });

  it('holds the filters of the query parameters, with derived regions, and searchable tags in the practice’s language', () => {
    const zebra = catalog.bySlug.get('zebra')!;
    expect(searchFilters(zebra).region).toEqual(expect.arrayContaining(['africa', 'western-africa']));
    const record = searchRecord(zebra, vocab, { date: '2025-01-01.1', title: '1' }, ['en']);
    expect(record.sort).toEqual({ date: '2025-01-01.1', title: '1' });
    expect(record.meta.place).toBe('Sierra Leone');
    expect(record.meta.tags).toContain('Sierra Leone');
    expect(record.meta.tags).toContain(vocab.themes.get('diaspora')!.label);
    expect(Object.keys(record.meta).sort()).toEqual(['lang', 'objective', 'place', 'status', 'summary', 'tags', 'years']);
    expect(record.listedIn).toEqual(['en']);
  });

  it('holds the place and tags in each language that lists the practice, objectives with their official titles', () => {
    const zebra = catalog.bySlug.get('zebra')!;
    const record = searchRecord(zebra, vocab, { date: '2025-01-01.1', title: '1' }, ['en', 'fr', 'es']);
    const objective = vocab.objectives.get(zebra.primaryObjective)!;
    expect(record.inLanguage.fr!.tags).toContain(objective.fr.short);
    expect(record.inLanguage.fr!.tags).toContain(objective.fr.title);
    expect(record.inLanguage.es!.tags).toContain(vocab.themes.get('diaspora')!.es.label);
    expect(record.inLanguage.es!.tags).toContain('África');
    expect(record.inLanguage.fr!.place).toBe('Sierra Leone');
    expect(record.inLanguage.es!.tags).not.toContain(vocab.themes.get('diaspora')!.label);
  });

  it('holds the organisations in a field of their own, not in the tags, and no such field without any', () => {
    const alpha = catalog.bySlug.get('alpha')!;
    const record = searchRecord(alpha, vocab, { date: '2025-01-01.1', title: '0' }, ['en', 'fr']);
    expect(record.meta.orgs).toContain('Partner <b>Org</b>');
    for (const meta of [record.meta.tags!, record.inLanguage.en!.tags, record.inLanguage.fr!.tags]) expect(meta).not.toContain('Partner');
    expect(searchRecord(catalog.bySlug.get('zebra')!, vocab, { date: '2025-01-01.1', title: '3' }, ['en']).meta).not.toHaveProperty('orgs');
  });
});

describe('the index tag a search page carries', () => {
  it('is read when it is twelve hexadecimal digits, and ignored otherwise', () => {
    expect(readBundle('0123456789ab')).toEqual({ tag: '0123456789ab' });
    for (const bad of [undefined, '', '__PAGEFIND_BUNDLE__', '0123456789abc', '{"tag":"0123456789ab"}']) expect(readBundle(bad)).toBeUndefined();
  });
});

describe('the date sort key', () => {
  it('orders newest first, then by title, as the listings do, when Pagefind sorts it descending', () => {
    const vocab = loadVocabularies();
    const catalog = buildCatalog(
      [
        practiceEntry('b', { title: 'Beta', publishedAt: '2026-01-01' }),
        practiceEntry('a', { title: 'Alpha', publishedAt: '2026-01-01' }),
        practiceEntry('c', { title: 'Gamma', publishedAt: '2026-02-01' }),
        practiceEntry('d', { title: 'Delta', publishedAt: '2025-12-31' }),
      ],
      vocab,
    );
    const keys = sortKeys(catalog.practices);
    const descending = [...keys].sort(([, x], [, y]) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0)).map(([slug]) => slug);
    expect(descending).toEqual(catalog.practices.map((p) => p.slug));
    expect(descending).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('the languages whose search lists a version', () => {
  const v = (slug: string, language: string, translationOf?: string) => ({ slug, data: { language, ...(translationOf ? { translationOf } : {}) } });
  it('lists a version in its language, and an original wherever the practice has no version', () => {
    const original = v('a', 'en');
    const fr = v('a-fr', 'fr', 'a');
    expect(readerLanguages(original, [fr], ['en', 'fr', 'es'])).toEqual(['en', 'es']);
    expect(readerLanguages(fr, [original], ['en', 'fr', 'es'])).toEqual(['fr']);
    expect(readerLanguages(v('b', 'es'), [], ['en', 'fr', 'es'])).toEqual(['en', 'fr', 'es']);
  });
});
