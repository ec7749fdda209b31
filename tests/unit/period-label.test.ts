/**
 * Issue 23: a practice's period is one range, as each language writes one,
 * so a start and an end in the same year read right (not "2017 to April 2017").
 * Ranges use the thin space (U+2009) and en dash of the CLDR data.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations, type Lang } from '../../src/i18n/index.ts';
import { periodLabel } from '../../src/i18n/period-label.ts';

const label = (period: { start: string; end?: string }, lang: Lang = 'en') => periodLabel(period, useTranslations(lang), lang);
const T = '\u2009';

describe('the period of a practice', () => {
  it('writes the year a start and an end share once', () => {
    expect(label({ start: '2017-01', end: '2017-04' })).toBe(`January${T}–${T}April 2017`);
    expect(label({ start: '2017-01', end: '2017-04' }, 'fr')).toBe(`janvier${T}–${T}avril 2017`);
    expect(label({ start: '2017-01', end: '2017-04' }, 'es')).toBe('enero–abril de 2017');
    expect(label({ start: '2022-01-31', end: '2022-08-07' }, 'fr')).toBe(`31 janvier${T}–${T}7 août 2022`);
  });

  it('shows ends in the same year at the coarser precision, inventing no month (the Côte d’Ivoire page)', () => {
    expect(label({ start: '2017', end: '2017-04' })).toBe('2017');
    expect(label({ start: '2017', end: '2017-04' }, 'fr')).toBe('2017');
    expect(label({ start: '2022-01-31', end: '2022-08' })).toBe(`January${T}–${T}August 2022`);
    // A day shown as its month is not later than an end in that month.
    expect(label({ start: '2017-04-15', end: '2017-04' }, 'es')).toBe('abril de 2017');
  });

  it('keeps each end as written across years, joined as the language joins a range', () => {
    expect(label({ start: '2022-03-30', end: '2023-04' })).toBe(`March 30, 2022${T}–${T}April 2023`);
    expect(label({ start: '2022-03-30', end: '2023-04' }, 'fr')).toBe(`30 mars 2022${T}–${T}avril 2023`);
    expect(label({ start: '2019', end: '2021-07' }, 'es')).toBe(`2019${T}–${T}julio de 2021`);
  });

  it('writes years as a range, one date when both ends are the same, and an open period from its start', () => {
    expect(label({ start: '2019', end: '2023' })).toBe(`2019${T}–${T}2023`);
    expect(label({ start: '2019', end: '2023' }, 'fr')).toBe('2019–2023');
    expect(label({ start: '2020-05', end: '2020-05' })).toBe('May 2020');
    expect(label({ start: '2019-06' })).toBe('Since June 2019');
    expect(label({ start: '2019-06' }, 'fr')).toBe('Depuis juin 2019');
  });
});
