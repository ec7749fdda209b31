import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, LIMIT_DEFAULT, LIMIT_MAX, clampLimit, embedQuery, parseEmbedParams } from '../../src/search/embed-params.ts';
import { QUERY_MAX, emptyFilters, hasFilters } from '../../src/search/search-state.ts';

describe('parseEmbedParams', () => {
  it('has the documented defaults', () => {
    const p = parseEmbedParams('');
    expect(p).toEqual({ ...EMBED_DEFAULTS, filters: emptyFilters() });
    expect(p.limit).toBe(10);
    expect(p.layout).toBe('list');
    expect(p.colorScheme).toBe('auto');
    expect(p.lang).toBe('en');
    expect(p.target).toBe('blank');
    expect(hasFilters(p.filters)).toBe(false);
  });

  it('reads repeated filters the way /search/ does', () => {
    const p = parseEmbedParams('objective=5&objective=6&region=africa&sdg=10.7&sdg=10.c&country=sle&principle=human-rights&status=ongoing');
    expect(p.filters.objective).toEqual(['5', '6']);
    expect(p.filters.region).toEqual(['africa']);
    expect(p.filters.sdg).toEqual(['10.7', '10.c']);
    expect(p.filters.country).toEqual(['SLE']);
    expect(p.filters.principle).toEqual(['human-rights']);
    expect(p.filters.status).toEqual(['ongoing']);
    expect(hasFilters(p.filters)).toBe(true);
  });

  it('takes the language of the page (/fr/embed/) unless lang names another', () => {
    expect(parseEmbedParams('objective=5', 'fr').lang).toBe('fr');
    expect(parseEmbedParams('objective=5&lang=es', 'fr').lang).toBe('es');
    expect(parseEmbedParams('objective=5&lang=de', 'fr').lang).toBe('fr');
    expect(parseEmbedParams('objective=5').lang).toBe('en');
  });

  it('reads display options and clamps the limit', () => {
    const p = parseEmbedParams('layout=cards&limit=3&search=1&theme=dark&lang=fr&target=_top');
    expect(p).toMatchObject({ layout: 'cards', limit: 3, search: true, colorScheme: 'dark', lang: 'fr', target: 'top' });
    expect(clampLimit('0')).toBe(1);
    expect(clampLimit('99')).toBe(LIMIT_MAX);
    expect(clampLimit('50')).toBe(50);
    expect(clampLimit('abc')).toBe(LIMIT_DEFAULT);
    expect(clampLimit('12abc')).toBe(LIMIT_DEFAULT);
    expect(clampLimit('-5')).toBe(LIMIT_DEFAULT);
    expect(clampLimit('1e3')).toBe(LIMIT_DEFAULT);
    expect(clampLimit(undefined)).toBe(LIMIT_DEFAULT);
    expect(parseEmbedParams('search=yes').search).toBe(true);
    expect(parseEmbedParams('search=0').search).toBe(false);
  });

  it('tells the colour scheme from theme filters by value', () => {
    const p = parseEmbedParams('theme=labour-migration&theme=dark&theme=diaspora');
    expect(p.colorScheme).toBe('dark');
    expect(p.filters.theme).toEqual(['labour-migration', 'diaspora']);
  });

  it('treats hostile values as data: dropped when they cannot be valid, never thrown', () => {
    const hostile = [
      'q=<img src=x onerror=window.__pwned=1>',
      'objective=1"><script>window.__pwned=1</script>',
      'objective=24',
      'objective=0',
      'theme=javascript:window.__pwned=1',
      'region=../../etc',
      'country=SLEE',
      'status=done',
      'sdg=10.7"',
      'layout=<b>',
      'lang=de',
      'target=_parent',
      'limit=Infinity',
      'constructor=1&__proto__=x&toString=y',
      `q=${'a'.repeat(5000)}`,
      `region=${'a'.repeat(5000)}`,
    ].join('&');
    const p = parseEmbedParams(hostile);
    expect(p.filters).toEqual(emptyFilters());
    expect(p.layout).toBe('list');
    expect(p.lang).toBe('en');
    expect(p.target).toBe('blank');
    expect(p.colorScheme).toBe('auto');
    expect(p.limit).toBe(LIMIT_DEFAULT);
    // Text is kept as text (shown in the search box, never as markup), and cut.
    expect(p.q.startsWith('<img src=x onerror=window.__pwned=1>')).toBe(true);
    expect(p.q.length).toBeLessThanOrEqual(QUERY_MAX);
    expect(() => parseEmbedParams('%E0%A4%A')).not.toThrow();
    expect(parseEmbedParams('q=%00a%0A%0Db%09').q).toBe('a b');
  });

  it('keeps at most 30 values of one filter, without repeats', () => {
    const many = Array.from({ length: 100 }, (_, i) => `region=r${i}`).join('&');
    expect(parseEmbedParams(many).filters.region).toHaveLength(30);
    expect(parseEmbedParams('objective=5&objective=5').filters.objective).toEqual(['5']);
  });
});

describe('embedQuery', () => {
  it('writes filters in a fixed order and only the options that differ from the defaults', () => {
    const p = parseEmbedParams('region=africa&objective=23&lang=en&limit=10&layout=cards');
    expect(embedQuery(p)).toBe('objective=23&region=africa&layout=cards');
    expect(embedQuery(p, { searchOnly: true })).toBe('objective=23&region=africa');
    expect(embedQuery(parseEmbedParams(''))).toBe('');
  });

  it('reads and writes sort as /search/ does: relevance with text, newest without, unless asked', () => {
    expect(parseEmbedParams('objective=5').sort).toBe('relevance');
    expect(parseEmbedParams('objective=5&sort=Title').sort).toBe('title');
    expect(parseEmbedParams('objective=5&sort=oldest').sort).toBe('relevance');
    expect(embedQuery(parseEmbedParams('objective=5&sort=title'))).toBe('objective=5&sort=title');
    expect(embedQuery(parseEmbedParams('objective=5&sort=newest'))).toBe('objective=5');
    expect(embedQuery(parseEmbedParams('q=visa&sort=newest'), { searchOnly: true })).toBe('q=visa&sort=newest');
    expect(embedQuery(parseEmbedParams('q=visa&sort=relevance'))).toBe('q=visa');
  });

  it('round-trips through parseEmbedParams', () => {
    const p = parseEmbedParams('q=fair recruitment&objective=6&objective=23&sort=title&theme=dark&theme=skills&search=1&target=top&lang=es&limit=50&layout=cards');
    expect(parseEmbedParams(embedQuery(p))).toEqual(p);
  });
});
