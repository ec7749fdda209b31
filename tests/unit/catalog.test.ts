import { describe, expect, it } from 'vitest';
import { buildCatalog, deriveRegions, deriveScope, formatYears } from '../../src/catalogue/build-catalog.ts';
import { closestMatch, editDistance } from '../../src/catalogue/closest-match.ts';
import { compareTargetIds } from '../../src/catalogue/compare-target-ids.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { pageCount } from '../../src/i18n/paginate.ts';
import { partialDateLabel } from '../../src/i18n/period-label.ts';
import { placeLabel } from '../../src/i18n/place-label.ts';
import { relatedPractices } from '../../src/catalogue/related-practices.ts';
import { siteConfig } from '../../src/i18n/site-config.ts';
import { absoluteUrl, paths, withBase } from '../../src/i18n/urls.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const vocab = loadVocabularies();

const practice = practiceEntry;

describe('derived fields', () => {
  it('derives scope as the content model says, unless written', () => {
    expect(deriveScope({})).toBe('global');
    expect(deriveScope({ countries: ['SLE'] })).toBe('national');
    expect(deriveScope({ countries: ['SLE', 'CIV'] })).toBe('regional');
    expect(deriveScope({ regions: ['caribbean'] })).toBe('regional');
    expect(deriveScope({ countries: ['SLE'], scope: 'local' })).toBe('local');
  });

  it('derives regions from countries and named regions, with every parent', () => {
    expect(deriveRegions({ countries: ['SLE'] }, vocab).sort()).toEqual(['africa', 'sub-saharan-africa', 'western-africa']);
    expect(deriveRegions({ regions: ['caribbean'] }, vocab).sort()).toEqual(['americas', 'caribbean', 'latin-america-and-the-caribbean']);
    expect(deriveRegions({ countries: ['FRA'] }, vocab).sort()).toEqual(['europe', 'western-europe']);
    expect(deriveRegions({}, vocab)).toEqual([]);
  });

  it('formats years', () => {
    expect(formatYears({ start: '2019-05' })).toBe('2019–');
    expect(formatYears({ start: '2019', end: '2019-12' })).toBe('2019');
    expect(formatYears({ start: '2017', end: '2018' })).toBe('2017–2018');
  });

  it('labels places and dates for readers', () => {
    expect(placeLabel({ countries: ['SLE', 'CIV'] }, vocab)).toBe('Côte d’Ivoire and Sierra Leone');
    expect(placeLabel({ countries: ['SLE', 'CIV', 'CRI', 'FRA'] }, vocab)).toBe('Costa Rica, Côte d’Ivoire, France, and 1 more');
    // Each language's names, order and list: "Espagne" before "Lituanie", "España" after "Bélgica".
    expect(placeLabel({ countries: ['LTU', 'ESP', 'BEL'] }, vocab, 'fr')).toBe('Belgique, Espagne et Lituanie');
    expect(placeLabel({ countries: ['LTU', 'ESP', 'BEL'] }, vocab, 'es')).toBe('Bélgica, España y Lituania');
    expect(placeLabel({ countries: ['LTU', 'ESP', 'BEL', 'FRA', 'MKD'] }, vocab, 'es')).toBe('Bélgica, España, Francia y 2 más');
    expect(placeLabel({ regions: ['caribbean'] }, vocab, 'fr')).toBe('Caraïbes');
    expect(placeLabel({}, vocab)).toBe('');
    expect(partialDateLabel('2019')).toBe('2019');
    expect(partialDateLabel('2019-05')).toBe('May 2019');
    expect(partialDateLabel('2019-05-31', 'fr')).toBe('31 mai 2019');
  });
});

describe('the catalogue', () => {
  const entries = [
    practice('old', { publishedAt: '2024-01-01', countries: ['SLE'], gcmObjectives: [6, 23], themes: ['labour-migration'] }),
    practice('new', { publishedAt: '2025-06-01', regions: ['caribbean'], gcmObjectives: [2] }),
    practice('draft', { draft: true }),
    practice('old-fr', { publishedAt: '2024-01-02', language: 'fr', translationOf: 'old', gcmObjectives: [6, 23] }),
    practice('same-day-b', { publishedAt: '2025-06-01', title: 'B', gcmObjectives: [6], themes: ['labour-migration'] }),
    practice('same-day-a', { publishedAt: '2025-06-01', title: 'A', gcmObjectives: [6], themes: ['skills'] }),
  ];
  const catalog = buildCatalog(entries, vocab);

  it('orders newest first, then by title, and leaves drafts out', () => {
    expect(catalog.practices.map((p) => p.slug)).toEqual(['same-day-a', 'same-day-b', 'new', 'old-fr', 'old']);
    expect(buildCatalog(entries, vocab, { includeDrafts: true }).bySlug.has('draft')).toBe(true);
  });

  it('indexes by every facet, regions with their parents', () => {
    expect(catalog.byObjective.get(6)!.map((p) => p.slug)).toEqual(['same-day-a', 'same-day-b', 'old-fr', 'old']);
    expect(catalog.byRegion.get('africa')!.map((p) => p.slug)).toEqual(['old']);
    expect(catalog.byRegion.get('americas')!.map((p) => p.slug)).toEqual(['new']);
    expect(catalog.byCountry.get('SLE')!.map((p) => p.slug)).toEqual(['old']);
  });

  it('links translations both ways', () => {
    expect(catalog.translations.get('old')!.map((p) => p.slug)).toEqual(['old-fr']);
    expect(catalog.translations.get('old-fr')!.map((p) => p.slug)).toEqual(['old']);
    expect(catalog.translations.has('new')).toBe(false);
  });

  it('relates practices by shared objectives and themes, same language, not translations', () => {
    const related = relatedPractices(catalog.bySlug.get('old')!, catalog).map((p) => p.slug);
    expect(related[0]).toBe('same-day-b'); // objective 6 (primary) + theme
    expect(related).not.toContain('old-fr');
    expect(related).not.toContain('old');
  });
});

describe('small helpers', () => {
  it('suggests the closest allowed value, or nothing when none is close', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestMatch('labor-migration', ['labour-migration', 'skills'])).toBe('labour-migration');
    expect(closestMatch('Labour_Migration', ['labour-migration'])).toBe('labour-migration');
    expect(closestMatch('zzz', ['labour-migration'])).toBeUndefined();
  });

  it('orders SDG targets as the UN lists them', () => {
    expect(['10.a', '10.10', '10.2', '1.1'].sort(compareTargetIds)).toEqual(['1.1', '10.2', '10.10', '10.a']);
  });

  it('builds URLs with and without a base path', () => {
    expect(paths.practices(1)).toBe('/practices/');
    expect(paths.practices(3)).toBe('/practices/page/3/');
    expect(paths.search({ objective: [5, 6], region: 'africa' })).toBe('/search/?objective=5&objective=6&region=africa');
    expect(withBase('/practices-hub/', '/objectives/5/')).toBe('/practices-hub/objectives/5/');
    expect(absoluteUrl('https://example.org/', '/', '/api/practices.json')).toBe('https://example.org/api/practices.json');
    expect(pageCount(0)).toBe(1);
    expect(pageCount(49)).toBe(3);
  });

  it('reads site settings from the environment', () => {
    expect(siteConfig({ ATLAS_BASE: 'practices-hub' }).base).toBe('/practices-hub/');
    expect(siteConfig({}).base).toBe('/');
    expect(siteConfig({ ATLAS_SITE: 'https://example.org/' }).site).toBe('https://example.org');
  });
});
