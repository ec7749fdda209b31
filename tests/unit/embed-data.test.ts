import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { embedRecord } from '../../src/lib/embed-record.ts';
import { loadVocabularies } from '../../src/lib/load-vocabularies.ts';
import { matchesFilters } from '../../src/lib/match-filters.ts';
import { searchRecord } from '../../src/lib/search-record.ts';
import { practiceEntry } from '../support/practice-entry.ts';

const vocab = loadVocabularies();

const practice = practiceEntry;

describe('matchesFilters', () => {
  const values = { objective: ['5', '23'], region: ['western-africa', 'africa'], status: ['ongoing'] };
  it('ORs values of one filter and ANDs filters', () => {
    expect(matchesFilters(values, {})).toBe(true);
    expect(matchesFilters(values, { objective: [] })).toBe(true);
    expect(matchesFilters(values, { objective: ['6', '23'] })).toBe(true);
    expect(matchesFilters(values, { objective: ['6'] })).toBe(false);
    expect(matchesFilters(values, { objective: ['23'], region: ['africa'] })).toBe(true);
    expect(matchesFilters(values, { objective: ['23'], region: ['asia'] })).toBe(false);
    expect(matchesFilters(values, { theme: ['skills'] })).toBe(false);
  });
});

describe('embedRecord', () => {
  const catalog = buildCatalog(
    [
      practice('sle', { countries: ['SLE'], gcmObjectives: [6, 23], publishedAt: '2025-02-01' }),
      practice('civ-fr', { countries: ['CIV'], language: 'fr', status: 'completed', period: { start: '2019', end: '2021' } }),
      practice('world'),
    ],
    vocab,
  );

  it('carries the filter values of the search index, so embeds and search select alike', () => {
    for (const p of catalog.practices) {
      const record = embedRecord(p, vocab);
      const { filters } = searchRecord(p);
      for (const [name, list] of Object.entries(filters)) expect(record.filters[name as keyof typeof filters] ?? []).toEqual(list);
    }
  });

  it('has what a card shows, with the place in the practice’s language', () => {
    const sle = embedRecord(catalog.bySlug.get('sle')!, vocab);
    expect(sle).toMatchObject({ slug: 'sle', objective: 6, place: 'Sierra Leone', years: '2020–', status: 'ongoing', language: 'en' });
    expect(sle.filters.region).toEqual(expect.arrayContaining(['western-africa', 'africa']));
    const civ = embedRecord(catalog.bySlug.get('civ-fr')!, vocab);
    expect(civ.place).toBe(vocab.countries.get('CIV')!.names.fr);
    expect(civ.years).toBe('2019–2021');
    const world = embedRecord(catalog.bySlug.get('world')!, vocab);
    expect(world.place).toBe('');
    expect(world.filters.country).toBeUndefined();
  });
});
