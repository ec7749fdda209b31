/**
 * Evidence figures formatted for each language, the freshness rule shared by
 * the check and the site, and the compare page's reading of its URL.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations, type Lang } from '../../src/i18n/index.ts';
import { budgetText, reachText } from '../../src/i18n/evidence-format.ts';
import { buildDay, lastDayOf, staleOngoing } from '../../src/catalogue/freshness.ts';
import { cardStatusLabel, staleStatusLabel } from '../../src/i18n/status-label.ts';
import { buildCatalog } from '../../src/catalogue/build-catalog.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { searchRecord } from '../../src/search/search-record.ts';
import { readSelection, selectionQuery, withPrevious } from '../../src/client/compare/selection.ts';
import { buildFacetData } from '../../src/search/facet-data.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const LANGS: Lang[] = ['en', 'fr', 'es'];
// Intl separates French thousands with a narrow no-break space, Spanish ones with a dot from 10,000 on.
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('evidence figures', () => {
  it('write counts the way each language does', () => {
    expect(LANGS.map((l) => plain(reachText({ count: 23096, unit: 'residence cards issued', asOf: '2015' }, l)))).toEqual([
      '23,096 residence cards issued (2015)',
      '23 096 residence cards issued (2015)',
      '23.096 residence cards issued (2015)',
    ]);
    expect(reachText({ count: 0, unit: 'complaints upheld' }, 'en')).toBe('0 complaints upheld');
  });

  it('write amounts in their currency, whole ones without decimals, with what they cover', () => {
    expect(LANGS.map((l) => plain(budgetText({ amount: 1500000, currency: 'EUR', period: '2019-2022', note: 'EU contribution' }, l)))).toEqual([
      '€1,500,000 (2019-2022; EU contribution)',
      '1 500 000 € (2019-2022; EU contribution)',
      '1.500.000 € (2019-2022; EU contribution)',
    ]);
    expect(plain(budgetText({ amount: 2500000, currency: 'XOF' }, 'fr'))).toBe('2 500 000 F CFA');
    expect(budgetText({ amount: 250000.5, currency: 'USD' }, 'en')).toBe('$250,000.50');
  });
});

describe('freshness', () => {
  const today = new Date('2026-12-01T12:00:00Z');
  const ongoing = { status: 'ongoing', publishedAt: '2025-01-10' };

  it('counts a partial date to its last day', () => {
    expect([lastDayOf('2023'), lastDayOf('2024-02'), lastDayOf('2023-02'), lastDayOf('2023-05-04')]).toEqual(['2023-12-31', '2024-02-29', '2023-02-28', '2023-05-04']);
  });

  it('takes statusAsOf, else updatedAt, else publishedAt, and only for an ongoing status', () => {
    expect(staleOngoing({ ...ongoing, statusAsOf: '2018-08' }, today)).toEqual({ asOf: '2018-08', from: 'statusAsOf' });
    expect(staleOngoing({ ...ongoing, publishedAt: '2020-01-01', updatedAt: '2022-06-30' }, today)).toEqual({ asOf: '2022-06-30', from: 'updatedAt' });
    expect(staleOngoing({ ...ongoing, publishedAt: '2021-02-03' }, today)).toEqual({ asOf: '2021-02-03', from: 'publishedAt' });
    // December 2023 ends less than three years before 1 December 2026; 30 November 2023 is just over.
    expect(staleOngoing({ ...ongoing, statusAsOf: '2023-12' }, today)).toBeUndefined();
    expect(staleOngoing({ ...ongoing, statusAsOf: '2023-12-01' }, today)).toBeUndefined();
    expect(staleOngoing({ ...ongoing, statusAsOf: '2023-11' }, today)).toEqual({ asOf: '2023-11', from: 'statusAsOf' });
    expect(staleOngoing({ ...ongoing, statusAsOf: '2023-11-30' }, today)).toEqual({ asOf: '2023-11-30', from: 'statusAsOf' });
    expect(staleOngoing({ ...ongoing, status: 'planned', statusAsOf: '2018-08' }, today)).toBeUndefined();
    expect(staleOngoing({ ...ongoing, status: 'completed', statusAsOf: '2018-08' }, today)).toBeUndefined();
  });

  it('reads the build\'s day from ATLAS_TODAY when it is a date', () => {
    expect(buildDay({ ATLAS_TODAY: '2026-12-01' }).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(Math.abs(buildDay({ ATLAS_TODAY: 'tomorrow' }).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('says so in each language, never as a bare "Ongoing"', () => {
    const stale = { ...ongoing, statusAsOf: '2018-08' };
    expect(LANGS.map((l) => staleStatusLabel(stale, useTranslations(l), today))).toMatchInlineSnapshot(`
      [
        "Ongoing as of 2018, not confirmed since",
        "En cours en 2018, non confirmé depuis",
        "En curso en 2018, sin confirmar desde entonces",
      ]
    `);
    expect(cardStatusLabel({ ...stale, status: 'ongoing' }, useTranslations('en'), today)).toEqual({ text: 'Ongoing as of 2018, not confirmed since', stale: true });
    expect(cardStatusLabel({ ...ongoing, status: 'ongoing' }, useTranslations('en'), today)).toEqual({ text: 'Ongoing', stale: false });
  });
});

describe('the compare selection', () => {
  it('keeps slugs only, each once, four at most, in the order given', () => {
    expect(readSelection('?practice=b&practice=a&practice=b&practice=%3Cscript%3E&practice=c&practice=d&practice=e')).toEqual({ slugs: ['b', 'a', 'c', 'd'], cut: true });
    expect(readSelection('?q=x')).toEqual({ slugs: [], cut: false });
    expect(selectionQuery(['a', 'b'])).toBe('practice=a&practice=b');
  });

  it('adds one practice to the previous selection, dropping the oldest past four; takes two or more as given', () => {
    expect(withPrevious({ slugs: ['c'], cut: false }, ['a', 'b'])).toEqual({ slugs: ['a', 'b', 'c'], cut: false });
    expect(withPrevious({ slugs: ['b'], cut: false }, ['a', 'b'])).toEqual({ slugs: ['a', 'b'], cut: false });
    expect(withPrevious({ slugs: ['e'], cut: false }, ['a', 'b', 'c', 'd'])).toEqual({ slugs: ['b', 'c', 'd', 'e'], cut: false });
    expect(withPrevious({ slugs: ['x', 'y'], cut: false }, ['a', 'b'])).toEqual({ slugs: ['x', 'y'], cut: false });
    expect(withPrevious({ slugs: ['x'], cut: false }, ['<bad>', 'a'])).toEqual({ slugs: ['a', 'x'], cut: false });
  });
});

describe('the block filter', () => {
  const vocab = loadVocabularies();
  const catalog = buildCatalog(
    [
      practiceEntry('a', { buildingBlocks: ['pre-departure-orientation', 'migrant-resource-centre'] }),
      practiceEntry('b', { buildingBlocks: ['pre-departure-orientation'] }),
      practiceEntry('c', { buildingBlocks: ['unpublished-draft-block'] }),
      practiceEntry('d', {}),
    ],
    vocab,
  );
  const titles = new Map([
    ['pre-departure-orientation', 'Orientation avant le départ'],
    ['migrant-resource-centre', 'Centre de ressources pour migrants'],
  ]);

  it('counts the practices of each published block, labelled in the page\'s language', () => {
    expect(buildFacetData(catalog.practices, vocab, 'fr', titles).facets.block).toEqual([
      { v: 'migrant-resource-centre', l: 'Centre de ressources pour migrants', n: 1 },
      { v: 'pre-departure-orientation', l: 'Orientation avant le départ', n: 2 },
    ]);
  });

  it('puts the blocks in a practice\'s search record: ids as filters, titles as searched tags', () => {
    const record = searchRecord(catalog.bySlug.get('b')!, vocab, { date: '2025-01-01.1', title: '1' }, ['en'], {
      blocks: [{ id: 'pre-departure-orientation', titles: ['Pre-departure orientation', 'Orientation avant le départ'] }],
      staleSince: '2018',
    });
    expect(record.filters.block).toEqual(['pre-departure-orientation']);
    expect(record.meta.tags).toContain('Pre-departure orientation');
    expect(record.meta.tags).toContain('Orientation avant le départ');
    expect(record.meta.staleSince).toBe('2018');
    expect(searchRecord(catalog.bySlug.get('d')!, vocab, { date: '2025-01-01.1', title: '1' }, ['en']).meta.staleSince).toBeUndefined();
  });
});
